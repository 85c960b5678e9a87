"""A "Content editors" group: everything an editor or clinician reviewer keeps current.

Add an editor in admin as a staff user in this group. It can change the wording of the
explainer, the prep-plan suggestions, the checklist signs and the referral directory, and
nothing about visitors: visits and answers are not registered in admin at all.

It lives in intake because intake is the one app that depends on the other content apps.
"""

from django.contrib.auth.management import create_permissions
from django.db import migrations

GROUP = "Content editors"
CONTENT = {
    "intake": ["section", "goalgroup", "goalsuggestion", "questiontopic", "bankquestion"],
    "symptoms": ["sign"],
    "resources": [
        "area",
        "cost",
        "format",
        "language",
        "audience",
        "resource",
        "overdueresource",
        "guide",
        "outreachtemplate",
    ],
}
# Guides are fixed pages of the site: editors rewrite them but do not add or remove them.
FIXED = {"guide"}


def create_group(apps, schema_editor):
    # Permissions are normally created after the whole migrate run; make them now.
    for label in CONTENT:
        app_config = apps.get_app_config(label)
        app_config.models_module = True  # migration state has no module; permissions need one
        create_permissions(app_config, apps=apps, verbosity=0)
        app_config.models_module = None
    Group = apps.get_model("auth", "Group")
    Permission = apps.get_model("auth", "Permission")
    group, _ = Group.objects.get_or_create(name=GROUP)
    for label, models in CONTENT.items():
        for model in models:
            actions = ["view", "change"] if model in FIXED else ["view", "add", "change", "delete"]
            group.permissions.add(
                *Permission.objects.filter(
                    content_type__app_label=label,
                    content_type__model=model,
                    codename__in=[f"{action}_{model}" for action in actions],
                )
            )


def remove_group(apps, schema_editor):
    apps.get_model("auth", "Group").objects.filter(name=GROUP).delete()


class Migration(migrations.Migration):
    dependencies = [
        ("auth", "0012_alter_user_first_name_max_length"),
        ("contenttypes", "0002_remove_content_type_name"),
        ("intake", "0004_explain_sliding_scale"),
        ("resources", "0005_review_content_fixes"),
        ("symptoms", "0002_seed_signs"),
    ]

    operations = [migrations.RunPython(create_group, remove_group)]
