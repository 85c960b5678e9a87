"""Writes on outreach lists. Each keeps the list's limits however often a form is sent."""

import datetime
import enum

from django.db import IntegrityError, transaction
from django.db.models.functions import Lower
from django.utils import timezone

from resources.models import Resource
from visits.models import Visit

from .models import MAX_ENTRIES, Entry, Status, StatusChange


class Added(enum.Enum):
    ADDED = "added"
    ALREADY = "already"  # a double submit, or the same name twice: nothing changes
    FULL = "full"
    UNAVAILABLE = "unavailable"  # no such resource, or not published


def add_resource(*, visit: Visit, resource: Resource) -> Added:
    """Put a directory resource on the list, once."""
    return _add(visit=visit, resource=resource, name=resource.name)


def add_own(*, visit: Visit, name: str, phone: str = "", website: str = "") -> Added:
    """Put a name the visitor found elsewhere on the list, with what they typed."""
    return _add(visit=visit, resource=None, name=name, phone=phone, website=website)


def _add(*, visit: Visit, resource: Resource | None, **fields) -> Added:
    with transaction.atomic():
        # Locking the visit makes concurrent adds take turns, so the limit holds.
        Visit.objects.select_for_update().filter(pk=visit.pk).first()
        entries = Entry.objects.filter(visit=visit)
        same_name = entries.annotate(key=Lower("name")).filter(key=fields["name"].lower())
        if (resource and entries.filter(resource=resource).exists()) or same_name.exists():
            return Added.ALREADY
        if entries.count() >= MAX_ENTRIES:
            return Added.FULL
        try:
            with transaction.atomic():
                Entry.objects.create(visit=visit, resource=resource, **fields)
        except IntegrityError:  # the same add, committed by another request just now
            return Added.ALREADY
    return Added.ADDED


def record_status(
    *, visit: Visit, entry_id: int, status: Status, now: datetime.datetime | None = None
) -> bool:
    """Note what happened with an entry today; False if the entry is not on this list.

    The same status twice on one day (a double submit) adds nothing. "Emailed" or
    "called" again on a later day is a follow-up: it restarts the three-day count.
    """
    entry = Entry.objects.filter(visit=visit, pk=entry_id).first()
    if entry is None:
        return False
    latest = entry.changes.order_by("-changed_at", "-pk").first()
    now = now or timezone.now()
    repeated_today = (
        latest is not None
        and latest.status == status
        and timezone.localdate(latest.changed_at) == timezone.localdate(now)
    )
    if not repeated_today:
        StatusChange.objects.create(entry=entry, status=status, changed_at=now)
    return True


def remove_entry(*, visit: Visit, entry_id: int) -> bool:
    """Take an entry and its history off the list; False if it was not on it."""
    deleted, _ = Entry.objects.filter(visit=visit, pk=entry_id).delete()
    return deleted > 0
