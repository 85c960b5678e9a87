"""Helpers for the data migrations that link starter content to its sources.

They take the migration's `apps`, never the live models, so they keep working as the
models change.
"""

from django.utils import timezone


def link_sources(apps, app_label: str, model_name: str, slugs: list[str], **filters) -> None:
    """Link the rows matching `filters` (all rows if none) to the sources with these slugs."""
    Source = apps.get_model("editorial", "Source")
    model = apps.get_model(app_label, model_name)
    sources = list(Source.objects.filter(slug__in=slugs))
    for item in model.objects.filter(**filters):
        item.sources.add(*sources)


def record_first_versions(apps, app_label: str, model_name: str) -> None:
    """Give each row without a history version its first one, so a revert can go back to it."""
    model = apps.get_model(app_label, model_name)
    historical = apps.get_model(app_label, f"Historical{model.__name__}")
    own = {field.name for field in model._meta.concrete_fields}
    copied = [
        field
        for field in historical._meta.concrete_fields
        if field.name in own and not field.name.startswith("history_")
    ]
    now = timezone.now()
    versioned = historical.objects.values("id")
    historical.objects.bulk_create(
        historical(
            **{field.attname: getattr(item, field.attname) for field in copied},
            history_date=now,
            history_type="+",
            history_change_reason="Starter content",
        )
        for item in model.objects.exclude(pk__in=versioned)
    )
