"""The eight NIMH-style signs, in our own plain words, each with an everyday example."""

from django.db import migrations

SIGNS = [
    (
        "focus",
        "Finding it hard to concentrate or to keep up with everyday tasks",
        "reading the same page again and again, or letting bills, chores or work pile up.",
    ),
    (
        "anxiety",
        "Worrying a lot, or feeling anxious in a way that is hard to switch off",
        "lying awake going over \u201cwhat ifs\u201d, or dreading ordinary things like a phone call.",
    ),
    (
        "mood",
        "Feeling sad, empty or helpless, in a way that has lasted or feels like too much",
        "no longer enjoying things you used to love, or feeling that nothing will get better.",
    ),
    (
        "sleep",
        "Big changes in your sleep: sleeping much less, or much more, than usual",
        "waking at 4 a.m. and not getting back to sleep, or sleeping through most of the day.",
    ),
    (
        "substance-risk",
        "Doing more of something that could harm you, like drinking, using drugs or taking risks",
        "needing a drink to get through the evening, or driving fast when you're upset.",
    ),
    (
        "grief-loss",
        "Grief or loss: someone close dying, a divorce or break-up, or children leaving home",
        "waves of sadness or anger that come out of nowhere, or a home that feels too quiet.",
    ),
    (
        "relationships",
        "The way you act or react causing trouble with the people around you",
        "the same arguments coming back, snapping at people you love, or pulling away from friends.",
    ),
    (
        "life-changes",
        "A big upheaval in your life, like losing a job or changing career",
        "feeling lost after a layoff, a move, retirement or starting something new.",
    ),
]


def seed(apps, schema_editor):
    Area = apps.get_model("resources", "Area")
    Sign = apps.get_model("symptoms", "Sign")
    for order, (area_slug, text, example) in enumerate(SIGNS, start=1):
        Sign.objects.update_or_create(
            text=text,
            defaults={"example": example, "order": order, "area": Area.objects.get(slug=area_slug)},
        )


def unseed(apps, schema_editor):
    Sign = apps.get_model("symptoms", "Sign")
    Sign.objects.filter(text__in=[text for _, text, _ in SIGNS], answers__isnull=True).delete()


class Migration(migrations.Migration):
    dependencies = [
        ("symptoms", "0001_initial"),
        ("resources", "0002_seed_areas_and_crisis_strip"),
    ]

    operations = [migrations.RunPython(seed, unseed)]
