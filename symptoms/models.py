"""Checklist signs (editable in admin) and the answers a visit gives (never shown in admin).

Every answer hangs off an attempt, and every attempt off a `visits.Visit` with CASCADE:
deleting a visit deletes everything it answered. No name, email, IP address or user agent
is stored here. `__str__` never shows an answer.
"""

from django.db import models
from django.db.models import Q
from django.urls import reverse
from django.utils import timezone

from editorial.models import Reviewed
from resources.models import Area
from visits.models import Visit

from .instruments import INSTRUMENTS


def _zero_to_three(field: str, name: str) -> models.CheckConstraint:
    return models.CheckConstraint(
        condition=Q(**{f"{field}__gte": 0, f"{field}__lte": 3}), name=name
    )


class SignQuerySet(models.QuerySet):
    def active(self):
        return self.filter(is_active=True)


class Sign(Reviewed):
    """One checklist sign, in our own plain words.

    Most are asked on the how-often scale for the last two weeks. Life events (a loss, a
    big upheaval) happen once rather than on so many days, so they are asked whether they
    happened recently, and how much they still weigh.
    """

    class Kind(models.TextChoices):
        HOW_OFTEN = "how-often", "How often, in the last two weeks"
        LIFE_EVENT = "life-event", "A life event: did it happen, and does it still weigh"

    WORDING_FIELDS = ("text", "example")

    text = models.CharField(
        max_length=160, help_text="The sign in plain words, shown as the question."
    )
    example = models.CharField(
        max_length=200, help_text="One line on what it can look like, shown under the question."
    )
    area = models.ForeignKey(
        Area,
        on_delete=models.PROTECT,
        related_name="signs",
        help_text="Links the sign to matching resources.",
    )
    kind = models.CharField(
        "asked as",
        max_length=12,
        choices=Kind.choices,
        default=Kind.HOW_OFTEN,
        help_text="How the question is asked. Changing it on a sign that has answers keeps "
        "them, but reads them the new way: retire the sign and add a new one instead.",
    )
    order = models.PositiveSmallIntegerField(default=0)
    is_active = models.BooleanField(
        "shown in the checklist",
        default=True,
        help_text="Untick to retire a sign. Its past answers are kept.",
    )

    objects = SignQuerySet.as_manager()

    class Meta:
        ordering = ["order", "pk"]

    def __str__(self):
        return self.text

    def get_absolute_url(self):
        return reverse("symptoms:checklist") + f"#div_id_sign_{self.pk}"


class ChecklistAttempt(models.Model):
    """One completed checklist, dated. The latest is the visit's current result."""

    visit = models.ForeignKey(Visit, on_delete=models.CASCADE, related_name="checklist_attempts")
    taken_at = models.DateTimeField(default=timezone.now)
    difficulty = models.PositiveSmallIntegerField()  # 0 "Not difficult at all" .. 3
    # True "Yes", False "No", None "I'd rather not say".
    self_harm_thoughts = models.BooleanField(null=True)

    class Meta:
        ordering = ["-taken_at", "-pk"]
        indexes = [models.Index(fields=["visit", "-taken_at"], name="checklist_visit_taken_idx")]
        constraints = [_zero_to_three("difficulty", "checklist_difficulty_0_to_3")]

    def __str__(self):
        return f"Checklist attempt {self.pk}"


class ChecklistAnswer(models.Model):
    attempt = models.ForeignKey(ChecklistAttempt, on_delete=models.CASCADE, related_name="answers")
    # PROTECT: a sign that has answers is retired, not deleted.
    sign = models.ForeignKey(Sign, on_delete=models.PROTECT, related_name="answers")
    # How-often signs: 0 "Not at all" .. 3 "Nearly every day".
    # Life events: 0 "No", 1 "Yes, longer ago", 2 "Yes, in the last few months".
    frequency = models.PositiveSmallIntegerField()
    # Life events only, optional: 1 "A little" .. 3 "A great deal".
    weight = models.PositiveSmallIntegerField(null=True, blank=True)

    class Meta:
        constraints = [
            models.UniqueConstraint(fields=["attempt", "sign"], name="one_answer_per_sign"),
            _zero_to_three("frequency", "checklist_frequency_0_to_3"),
            models.CheckConstraint(
                condition=Q(weight__isnull=True) | Q(weight__gte=1, weight__lte=3),
                name="checklist_weight_1_to_3",
            ),
        ]

    def __str__(self):
        return f"Checklist answer {self.pk}"


class ScreenerAttempt(models.Model):
    """One completed PHQ-9 or GAD-7, dated, with its total kept for comparisons."""

    visit = models.ForeignKey(Visit, on_delete=models.CASCADE, related_name="screener_attempts")
    # The instrument's slug: "phq-9" or "gad-7".
    instrument = models.CharField(
        max_length=10, choices=[(slug, spec.name) for slug, spec in INSTRUMENTS.items()]
    )
    taken_at = models.DateTimeField(default=timezone.now)
    total = models.PositiveSmallIntegerField()
    difficulty = models.PositiveSmallIntegerField(null=True, blank=True)
    # PHQ-9 item 9 above "Not at all": recorded so the prep sheet can mention it.
    self_harm_thoughts = models.BooleanField(default=False)

    class Meta:
        ordering = ["-taken_at", "-pk"]
        indexes = [
            models.Index(
                fields=["visit", "instrument", "-taken_at"], name="screener_visit_taken_idx"
            )
        ]
        constraints = [
            models.CheckConstraint(
                condition=Q(instrument__in=["phq-9", "gad-7"]), name="screener_known_instrument"
            ),
            models.CheckConstraint(
                condition=Q(total__gte=0, total__lte=27), name="screener_total_in_range"
            ),
            models.CheckConstraint(
                condition=Q(difficulty__isnull=True) | Q(difficulty__gte=0, difficulty__lte=3),
                name="screener_difficulty_0_to_3",
            ),
        ]

    def __str__(self):
        return f"Screener attempt {self.pk}"


class ScreenerAnswer(models.Model):
    attempt = models.ForeignKey(ScreenerAttempt, on_delete=models.CASCADE, related_name="answers")
    item = models.PositiveSmallIntegerField()  # 1-based, in the instrument's order
    value = models.PositiveSmallIntegerField()  # 0 "Not at all" .. 3 "Nearly every day"

    class Meta:
        ordering = ["item"]
        constraints = [
            models.UniqueConstraint(fields=["attempt", "item"], name="one_answer_per_item"),
            models.CheckConstraint(condition=Q(item__gte=1, item__lte=9), name="screener_item"),
            _zero_to_three("value", "screener_value_0_to_3"),
        ]

    def __str__(self):
        return f"Screener answer {self.pk}"


class LatestAnswers(models.Model):
    """A visit's latest answers in one row, for the pages that show them (`latest`)."""

    visit = models.OneToOneField(
        Visit, on_delete=models.CASCADE, primary_key=True, related_name="latest_answers"
    )
    data = models.JSONField()  # written by `latest.refresh` only

    class Meta:
        verbose_name_plural = "latest answers"

    def __str__(self):
        return f"Latest answers of visit {self.visit_id}"
