"""A "Clinical reviewers" group, and the editorial records in both groups' rights.

Content editors write and keep sources; only clinical reviewers may mark wording reviewed
(`editorial.mark_reviewed`) and keep the reviewer records. It lives in intake beside the
"Content editors" group, since intake is the app that depends on every content app.
"""

from django.contrib.auth.management import create_permissions
from django.db import migrations

REVIEWERS = "Clinical reviewers"
EDITORS = "Content editors"
EDITOR_EXTRA = [
    "view_source",
    "add_source",
    "change_source",
    "delete_source",
    "view_reviewer",
]
REVIEWER_EXTRA = [*EDITOR_EXTRA, "add_reviewer", "change_reviewer", "mark_reviewed"]


def create_group(apps, schema_editor):
    app_config = apps.get_app_config("editorial")
    app_config.models_module = True  # migration state has no module; permissions need one
    create_permissions(app_config, apps=apps, verbosity=0)
    app_config.models_module = None
    Group = apps.get_model("auth", "Group")
    Permission = apps.get_model("auth", "Permission")
    editorial = Permission.objects.filter(content_type__app_label="editorial")
    editors = Group.objects.get(name=EDITORS)
    editors.permissions.add(*editorial.filter(codename__in=EDITOR_EXTRA))
    reviewers, _ = Group.objects.get_or_create(name=REVIEWERS)
    reviewers.permissions.add(
        *editors.permissions.all(), *editorial.filter(codename__in=REVIEWER_EXTRA)
    )


def remove_group(apps, schema_editor):
    apps.get_model("auth", "Group").objects.filter(name=REVIEWERS).delete()


class Migration(migrations.Migration):
    dependencies = [
        ("editorial", "0002_seed_sources"),
        ("intake", "0008_clinical_review"),
        ("resources", "0008_clinical_review_and_dialable_numbers"),
        ("symptoms", "0004_clinical_review"),
    ]

    operations = [migrations.RunPython(create_group, remove_group)]
