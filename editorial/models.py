"""Who reviews the content, which sources it rests on, and the review every page shows.

`Reviewed` is the abstract base of every piece of editor-written wording a visitor reads.
Its review is data (who, when, next due, and the fingerprint of the reviewed wording), so
whether it still holds is computed, never stored as a flag that someone must remember to
reset.
"""

import datetime

from django.conf import settings
from django.db import models
from django.db.models import Q
from django.utils import timezone
from simple_history.models import HistoricalRecords

from . import review

# Review bookkeeping is not part of a version: reverting to old wording leaves the review
# record alone, so the review holds again exactly when the reviewed words come back.
REVIEW_FIELDS = ["reviewed_by", "reviewed_on", "next_review_due", "reviewed_wording"]


class Reviewer(models.Model):
    """A clinician who reviews content, named on the pages they reviewed and on /about/."""

    name = models.CharField(max_length=120, help_text="As shown to visitors, e.g. Jordan Lee.")
    credential = models.CharField(
        max_length=60, help_text="Professional credential shown after the name, e.g. LCSW, PhD."
    )
    role = models.CharField(
        max_length=200,
        blank=True,
        help_text="One line for /about/, e.g. 'Licensed clinical social worker, 12 years in "
        "community mental health'.",
    )
    user = models.OneToOneField(
        settings.AUTH_USER_MODEL,
        on_delete=models.SET_NULL,
        null=True,
        blank=True,
        related_name="reviewer",
        help_text="The admin account that signs reviews with this name.",
    )
    is_listed = models.BooleanField(
        "listed on /about/", default=True, help_text="Untick when someone stops reviewing."
    )

    class Meta:
        ordering = ["name"]
        permissions = [("mark_reviewed", "Can mark content as clinically reviewed")]

    def __str__(self):
        return f"{self.name}, {self.credential}"


class Source(models.Model):
    """A publication the content rests on, listed as a numbered source on the page."""

    slug = models.SlugField(
        unique=True, help_text="A short name for it, e.g. nimh-psychotherapies."
    )
    title = models.CharField(max_length=200)
    publisher = models.CharField(
        max_length=200, help_text="The organisation, or the authors of a journal article."
    )
    url = models.URLField(
        "address", blank=True, help_text="The page, or the article's doi.org link."
    )
    citation = models.CharField(
        max_length=200,
        blank=True,
        help_text="For journal articles: journal, year, volume and pages.",
    )
    retrieved_on = models.DateField(
        "date retrieved",
        null=True,
        blank=True,
        help_text="When someone last opened the address and read it.",
    )

    class Meta:
        ordering = ["pk"]
        constraints = [
            models.CheckConstraint(
                condition=~Q(url="") | ~Q(citation=""), name="editorial_source_url_or_citation"
            ),
        ]

    def __str__(self):
        return f"{self.title} ({self.publisher})"


class Reviewed(models.Model):
    """Editor-written wording with its clinical review and its sources.

    Subclasses name the fields that are wording (`WORDING_FIELDS`); only those count as a
    change to what the reviewer read.
    """

    WORDING_FIELDS: tuple[str, ...] = ()

    reviewed_by = models.ForeignKey(
        Reviewer, on_delete=models.PROTECT, null=True, blank=True, related_name="+"
    )
    reviewed_on = models.DateField(null=True, blank=True)
    next_review_due = models.DateField(null=True, blank=True)
    reviewed_wording = models.CharField(max_length=64, blank=True, editable=False)
    sources = models.ManyToManyField(Source, blank=True, related_name="+")
    changed_at = models.DateTimeField(auto_now=True)

    history = HistoricalRecords(inherit=True, excluded_fields=[*REVIEW_FIELDS, "changed_at"])

    class Meta:
        abstract = True

    @property
    def wording_fingerprint(self) -> str:
        return review.wording_fingerprint(getattr(self, name) for name in self.WORDING_FIELDS)

    @property
    def review_holds(self) -> bool:
        """Reviewed, and the wording is still the wording that was reviewed."""
        return bool(
            self.reviewed_by_id
            and self.reviewed_on
            and self.reviewed_wording == self.wording_fingerprint
        )

    def review_is_due(self, today: datetime.date | None = None) -> bool:
        today = today or timezone.localdate()
        return self.review_holds and bool(self.next_review_due and self.next_review_due < today)

    def record_review(
        self,
        *,
        by: Reviewer,
        on: datetime.date,
        next_due: datetime.date | None = None,
    ) -> None:
        """Sign off the wording as it is now (the caller saves)."""
        self.reviewed_by = by
        self.reviewed_on = on
        self.next_review_due = next_due or review.default_next_review(on)
        self.reviewed_wording = self.wording_fingerprint
