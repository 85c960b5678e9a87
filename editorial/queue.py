"""The review queue: which content waits for a first review, a new one, or its yearly one."""

import datetime

from django.apps import apps
from django.db import models

from .models import REVIEW_FIELDS, Reviewed


def reviewed_models() -> list[type[Reviewed]]:
    return [model for model in apps.get_models() if issubclass(model, Reviewed)]


def review_states(queryset: models.QuerySet, today: datetime.date) -> dict[str, list[int]]:
    """The primary keys of the queryset's items by state: pending, due or current.

    Whether wording still matches its review is computed in Python (a fingerprint of the
    text), so this reads the wording of every item once: one query.
    """
    states = {"pending": [], "due": [], "current": []}
    fields = ["pk", *queryset.model.WORDING_FIELDS, *REVIEW_FIELDS]
    for item in queryset.only(*fields):
        if not item.review_holds:
            states["pending"].append(item.pk)
        elif item.review_is_due(today):
            states["due"].append(item.pk)
        else:
            states["current"].append(item.pk)
    return states
