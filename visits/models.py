import datetime

from django.conf import settings
from django.db import models
from django.utils import timezone


def retention_cutoff(now: datetime.datetime | None = None) -> datetime.datetime:
    """Visits last active before this moment have expired."""
    return (now or timezone.now()) - datetime.timedelta(days=settings.VISIT_RETENTION_DAYS)


def unexpired(prefix: str = "", now: datetime.datetime | None = None) -> models.Q:
    """A visit that has not expired; with `prefix="visit__"`, rows of such a visit (a join)."""
    return models.Q(**{f"{prefix}last_active_at__gte": retention_cutoff(now)})


class VisitQuerySet(models.QuerySet):
    def active(self, now: datetime.datetime | None = None):
        return self.filter(unexpired(now=now))

    def expired(self, now: datetime.datetime | None = None):
        return self.filter(last_active_at__lt=retention_cutoff(now))


class Visit(models.Model):
    """One anonymous visitor's saved progress.

    No name, email, IP address or user agent is ever stored here or with any answer.
    Everything a visitor enters hangs off this row and is deleted with it.
    """

    created_at = models.DateTimeField(auto_now_add=True)
    last_active_at = models.DateTimeField(auto_now=True, db_index=True)
    # HMAC-SHA256 (hex) of the current resume code; the code itself is never stored.
    # Issuing a new code overwrites it, so the old code stops working.
    resume_code_hash = models.CharField(
        max_length=64, unique=True, null=True, blank=True, editable=False
    )
    resume_code_issued_at = models.DateTimeField(null=True, blank=True, editable=False)

    objects = VisitQuerySet.as_manager()

    def __str__(self):
        return f"Visit {self.pk}"

    @property
    def has_resume_code(self) -> bool:
        return bool(self.resume_code_hash)

    @property
    def expires_on(self) -> datetime.date:
        last_active = timezone.localtime(self.last_active_at)
        return (last_active + datetime.timedelta(days=settings.VISIT_RETENTION_DAYS)).date()


class ResumeThrottle(models.Model):
    """Wrong resume codes counted per client in fixed time windows.

    `key` is a keyed hash of the client's address (never the address itself). Rows live
    in the database, not in process memory, so the limits hold across any number of app
    servers.
    """

    key = models.CharField(max_length=64)
    window_start = models.DateTimeField(db_index=True)
    attempts = models.PositiveIntegerField(default=0)

    class Meta:
        constraints = [
            models.UniqueConstraint(
                fields=["key", "window_start"], name="visits_throttle_one_row_per_window"
            ),
        ]

    def __str__(self):
        return f"{self.attempts} attempts from {self.window_start:%Y-%m-%d %H:%M}"
