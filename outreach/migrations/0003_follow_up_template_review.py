"""The follow-up template starts, like the other starter wording, with its review pending,
its sources linked and a first history version to revert to (whichever order the resources
and outreach migrations ran in)."""

from django.db import migrations

from editorial.seeding import link_sources, record_first_versions


def seed(apps, schema_editor):
    link_sources(apps, "resources", "outreachtemplate", ["apa-psychotherapy", "nami-psychotherapy"])
    record_first_versions(apps, "resources", "outreachtemplate")


class Migration(migrations.Migration):
    dependencies = [
        ("outreach", "0002_seed_follow_up_template"),
        ("resources", "0008_clinical_review_and_dialable_numbers"),
    ]

    operations = [migrations.RunPython(seed, migrations.RunPython.noop)]
