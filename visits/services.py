"""Writes on visits: resume codes, deleting a visit, and expiry."""

import datetime

from django.conf import settings
from django.db import transaction
from django.utils import timezone

from .codes import generate_code, hash_code, hashes_match, normalise_code
from .models import Visit


def _server_secrets() -> list[str]:
    """The current secret first, then any old ones still accepted after a key rotation."""
    return [settings.SECRET_KEY, *settings.SECRET_KEY_FALLBACKS]


def issue_resume_code(*, visit: Visit) -> str:
    """Give the visit a new resume code and return it, grouped for display.

    Only its hash is stored, replacing the previous one, so any earlier code stops
    working. The caller shows the returned code once and keeps it nowhere.
    """
    code = generate_code()
    visit.resume_code_hash = hash_code(normalise_code(code), settings.SECRET_KEY)
    visit.resume_code_issued_at = timezone.now()
    visit.save(update_fields=["resume_code_hash", "resume_code_issued_at", "last_active_at"])
    return code


def find_visit_by_code(code: str) -> Visit | None:
    """The unexpired visit a normalised code belongs to, or None.

    The lookup is by hash (a unique index); the final comparison is constant-time. A code
    hashed under a rotated-out secret (SECRET_KEY_FALLBACKS) still works once and is
    re-hashed under the current one.
    """
    candidates = [hash_code(code, secret) for secret in _server_secrets()]
    visit = Visit.objects.active().filter(resume_code_hash__in=candidates).first()
    if visit is not None and not hashes_match(visit.resume_code_hash, candidates[0]):
        visit.resume_code_hash = candidates[0]
        visit.save(update_fields=["resume_code_hash"])
    return visit


def forget_visit(*, visit_id: int) -> int:
    """Delete a visit and, through the cascades, every answer in it. Returns rows deleted."""
    with transaction.atomic():
        deleted, _ = Visit.objects.filter(pk=visit_id).delete()
    return deleted


def purge_expired_visits(*, now: datetime.datetime | None = None, batch_size: int = 500) -> int:
    """Delete visits past their retention period, in small batches; returns how many.

    Each batch is its own short transaction, so the site keeps serving while this runs.
    The expiry condition is checked again at delete time: a visit that came back to life
    between the two queries is kept.
    """
    now = now or timezone.now()
    removed = last = 0
    while True:
        # From where the last batch ended: read from the start each time, the scan would
        # step over every row already deleted (dead until vacuumed) again and again.
        expired = Visit.objects.expired(now).filter(pk__gt=last).order_by("pk")
        batch = list(expired.values_list("pk", flat=True)[:batch_size])
        if not batch:
            return removed
        last = batch[-1]
        with transaction.atomic():
            _, per_model = Visit.objects.filter(pk__in=batch).expired(now).delete()
        removed += per_model.get(Visit._meta.label, 0)
