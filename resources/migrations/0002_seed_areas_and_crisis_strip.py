import datetime

from django.db import migrations

CHECKED = datetime.date(2026, 11, 29)

AREAS = [
    ("mood", "Mood"),
    ("anxiety", "Worry and anxiety"),
    ("sleep", "Sleep"),
    ("focus", "Focus and daily tasks"),
    ("substance-risk", "Substance use and risk-taking"),
    ("grief-loss", "Grief and loss"),
    ("relationships", "Relationships"),
    ("life-changes", "Life changes"),
]

STRIP = [
    dict(
        slug="988-lifeline",
        name="988 Suicide & Crisis Lifeline",
        summary="Free, confidential support by call, text or chat, day and night.",
        phone="988",
        text_number="988",
        website="https://988lifeline.org/",
        strip_position=1,
        strip_label="Need to talk? Day or night:",
        recheck_days=30,
    ),
    dict(
        slug="crisis-text-line",
        name="Crisis Text Line",
        summary="Text with a trained volunteer crisis counsellor, any time.",
        text_number="741741",
        text_keyword="HOME",
        website="https://www.crisistextline.org/",
        strip_position=2,
        strip_label="Prefer texting?",
        recheck_days=30,
    ),
    dict(
        slug="emergency-911",
        name="Emergency services",
        summary="For immediate danger to you or someone else.",
        phone="911",
        strip_position=3,
        strip_label="In immediate danger:",
        recheck_days=180,
    ),
    dict(
        slug="find-a-helpline",
        name="Find A Helpline",
        summary="Free, confidential crisis lines in many countries.",
        website="https://findahelpline.com/",
        strip_position=4,
        strip_label="Not in the US?",
        recheck_days=90,
    ),
]


def seed(apps, schema_editor):
    Area = apps.get_model("resources", "Area")
    Resource = apps.get_model("resources", "Resource")
    for order, (slug, name) in enumerate(AREAS, start=1):
        Area.objects.update_or_create(slug=slug, defaults={"name": name, "order": order})
    for fields in STRIP:
        kind = "directory" if fields["slug"] == "find-a-helpline" else "crisis"
        Resource.objects.update_or_create(
            slug=fields["slug"], defaults={**fields, "kind": kind, "last_checked_on": CHECKED}
        )


def unseed(apps, schema_editor):
    apps.get_model("resources", "Resource").objects.filter(
        slug__in=[fields["slug"] for fields in STRIP]
    ).delete()
    apps.get_model("resources", "Area").objects.filter(slug__in=[s for s, _ in AREAS]).delete()


class Migration(migrations.Migration):
    dependencies = [("resources", "0001_initial")]

    operations = [migrations.RunPython(seed, unseed)]
