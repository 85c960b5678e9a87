import django.db.models.deletion
from django.db import migrations, models

from symptoms.latest import read_record, summarise_record


def fill_latest_answers(apps, schema_editor):
    """One row for every visit that has answered, from its record (as `latest.refresh`)."""
    models_used = [
        apps.get_model("symptoms", name)
        for name in ("ChecklistAttempt", "ChecklistAnswer", "ScreenerAttempt")
    ]
    LatestAnswers = apps.get_model("symptoms", "LatestAnswers")
    checklists, _, screeners = models_used
    visit_ids = set(checklists.objects.values_list("visit_id", flat=True))
    visit_ids |= set(screeners.objects.values_list("visit_id", flat=True))
    for visit_id in sorted(visit_ids):
        data = summarise_record(*read_record(visit_id, *models_used))
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
