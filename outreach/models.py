from django.db import models
from django.db.models import Q
from django.db.models.functions import Lower

from resources.models import Resource
from visits.models import Visit

MAX_ENTRIES = 50
NAME_MAX = 120
PHONE_MAX = 40
WEBSITE_MAX = 200


class Status(models.TextChoices):
    NOT_CONTACTED = "not-contacted", "Not contacted yet"
    EMAILED = "emailed", "Emailed"
    CALLED = "called", "Called or left a voicemail"
    HEARD_BACK = "heard-back", "Heard back"
    BOOKED = "booked", "Booked a first session"
    NOT_A_FIT = "not-a-fit", "Not a fit"


class Entry(models.Model):
    """Someone on a visitor's outreach list: a directory resource, or a name they typed.

    This is visitor data: it hangs off the visit, is deleted with it, and is never shown
    in admin, logged, cached or put in a URL. A directory entry keeps a copy of the name,
    so the list still reads right if editors rename, hide or remove the resource.
    """

    visit = models.ForeignKey(Visit, on_delete=models.CASCADE, related_name="outreach_entries")
    resource = models.ForeignKey(
        Resource, on_delete=models.SET_NULL, null=True, blank=True, related_name="+"
    )
    name = models.CharField(max_length=NAME_MAX)
    phone = models.CharField(max_length=PHONE_MAX, blank=True)
    website = models.CharField(max_length=WEBSITE_MAX, blank=True)
    added_at = models.DateTimeField(auto_now_add=True)

    class Meta:
        verbose_name_plural = "outreach entries"
        constraints = [
            models.UniqueConstraint(
                fields=["visit", "resource"],
                condition=Q(resource__isnull=False),
                name="outreach_entry_resource_once_per_visit",
            ),
            models.UniqueConstraint(
                "visit", Lower("name"), name="outreach_entry_name_once_per_visit"
            ),
        ]

    def __str__(self):
        # Never the name: this is what a stray log line or error page would show.
        return f"Outreach entry {self.pk}"


class StatusChange(models.Model):
    """One thing that happened with an entry, and when: its history, newest last."""

    entry = models.ForeignKey(Entry, on_delete=models.CASCADE, related_name="changes")
    status = models.CharField(max_length=20, choices=Status.choices)
    changed_at = models.DateTimeField()

    class Meta:
        ordering = ["changed_at", "pk"]
        constraints = [
            models.CheckConstraint(
                condition=Q(status__in=Status.values), name="outreach_status_is_known"
            ),
        ]

    def __str__(self):
        return f"Status change {self.pk}"
