"""The sources the starter content rests on. No date retrieved: nobody on the project has
read them for this site yet; a reviewer records the date when they check them."""

from django.db import migrations

SOURCES = [
    dict(
        slug="nimh-psychotherapies",
        title="Psychotherapies",
        publisher="National Institute of Mental Health (NIMH)",
        url="https://www.nimh.nih.gov/health/topics/psychotherapies",
    ),
    dict(
        slug="nimh-caring-for-your-mental-health",
        title="Caring for your mental health",
        publisher="National Institute of Mental Health (NIMH)",
        url="https://www.nimh.nih.gov/health/topics/caring-for-your-mental-health",
    ),
    dict(
        slug="apa-psychotherapy",
        title="What is psychotherapy?",
        publisher="American Psychological Association (APA)",
        url="https://www.apa.org/topics/psychotherapy",
    ),
    dict(
        slug="nami-psychotherapy",
        title="Psychotherapy",
        publisher="National Alliance on Mental Illness (NAMI)",
        url="https://www.nami.org/about-mental-illness/treatments/psychotherapy/",
    ),
    dict(
        slug="phq-9",
        title="The PHQ-9: validity of a brief depression severity measure",
        publisher="Kroenke K, Spitzer RL, Williams JBW",
        url="https://doi.org/10.1046/j.1525-1497.2001.016009606.x",
        citation="J Gen Intern Med 2001;16(9):606–613",
    ),
    dict(
        slug="gad-7",
        title="A brief measure for assessing generalized anxiety disorder: the GAD-7",
        publisher="Spitzer RL, Kroenke K, Williams JBW, Löwe B",
        url="https://doi.org/10.1001/archinte.166.10.1092",
        citation="Arch Intern Med 2006;166(10):1092–1097",
    ),
    dict(
        slug="phq-9-suicide-risk",
        title="Does response on the PHQ-9 Depression Questionnaire predict subsequent suicide "
        "attempt or suicide death?",
        publisher="Simon GE, et al.",
        citation="Psychiatr Serv 2013;64(12):1195–1202",
    ),
    dict(
        slug="988-lifeline",
        title="988 Suicide & Crisis Lifeline",
        publisher="Vibrant Emotional Health / SAMHSA",
        url="https://988lifeline.org/",
    ),
    dict(
        slug="cms-no-surprises",
        title="No Surprises Act: Good Faith Estimate",
        publisher="Centers for Medicare & Medicaid Services (CMS)",
        url="https://www.cms.gov/nosurprises",
    ),
]


def seed(apps, schema_editor):
    Source = apps.get_model("editorial", "Source")
    for row in SOURCES:
        Source.objects.update_or_create(slug=row["slug"], defaults=row)


def unseed(apps, schema_editor):
    apps.get_model("editorial", "Source").objects.filter(
        slug__in=[row["slug"] for row in SOURCES]
    ).delete()


class Migration(migrations.Migration):
    dependencies = [("editorial", "0001_initial")]

    operations = [migrations.RunPython(seed, unseed)]
