import django.db.models.deletion
from django.db import migrations, models

from symptoms.latest import KEPT, summarise_record


def fill_latest_answers(apps, schema_editor):
    """One row for every visit that has answered, from its record (as `latest.refresh`)."""
    ChecklistAttempt = apps.get_model("symptoms", "ChecklistAttempt")
    ChecklistAnswer = apps.get_model("symptoms", "ChecklistAnswer")
    ScreenerAttempt = apps.get_model("symptoms", "ScreenerAttempt")
    LatestAnswers = apps.get_model("symptoms", "LatestAnswers")
    visit_ids = set(ChecklistAttempt.objects.values_list("visit_id", flat=True))
    visit_ids |= set(ScreenerAttempt.objects.values_list("visit_id", flat=True))
    for visit_id in sorted(visit_ids):
        checklists = list(
            ChecklistAttempt.objects.filter(visit_id=visit_id)
            .order_by("-taken_at", "-pk")
            .values("pk", "taken_at", "difficulty", "self_harm_thoughts")
        )
        answers = ChecklistAnswer.objects.filter(
            attempt_id__in=[row["pk"] for row in checklists[:KEPT]]
        ).values("attempt_id", "sign_id", "frequency", "weight")
        screeners = (
            ScreenerAttempt.objects.filter(visit_id=visit_id)
            .order_by("-taken_at", "-pk")
            .values("instrument", "taken_at", "total", "difficulty", "self_harm_thoughts")
        )
        data = summarise_record(checklists, answers, list(screeners))
        LatestAnswers.objects.create(visit_id=visit_id, data=data)


class Migration(migrations.Migration):
    dependencies = [
        ("symptoms", "0004_clinical_review"),
        ("visits", "0002_resume_codes_and_throttle"),
    ]

    operations = [
        migrations.CreateModel(
            name="LatestAnswers",
            fields=[
                (
                    "visit",
                    models.OneToOneField(
                        on_delete=django.db.models.deletion.CASCADE,
                        primary_key=True,
                        related_name="latest_answers",
                        serialize=False,
                        to="visits.visit",
                    ),
                ),
                ("data", models.JSONField()),
            ],
            options={
                "verbose_name_plural": "latest answers",
            },
        ),
        migrations.RunPython(fill_latest_answers, migrations.RunPython.noop),
    ]
