import datetime

from django.db import models, transaction

from .models import REVIEW_FIELDS, Reviewer


def reviewer_of(user) -> Reviewer | None:
    """The reviewer record an admin account signs with, if it has one."""
    return Reviewer.objects.filter(user_id=user.pk).first() if user.pk else None


def mark_reviewed(items: models.QuerySet, *, reviewer: Reviewer, on: datetime.date) -> int:
    """Sign off the wording of each item as it is now; returns how many.

    Each item is saved (not `update()`d) so that anything listening for content changes
    hears of it; no history version is made, since the wording did not change.
    """
    count = 0
    with transaction.atomic():
        for item in items:
            item.record_review(by=reviewer, on=on)
            item.skip_history_when_saving = True
            item.save(update_fields=REVIEW_FIELDS)
            count += 1
    return count
