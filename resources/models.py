import datetime

from django.db import models
from django.utils import timezone


class Area(models.Model):
    """A life area that checklist signs and resources share (mood, sleep, grief...)."""

    slug = models.SlugField(unique=True)
    name = models.CharField(max_length=60)
    order = models.PositiveSmallIntegerField(default=0)

    class Meta:
        ordering = ["order", "name"]

    def __str__(self):
        return self.name


class ResourceQuerySet(models.QuerySet):
    def published(self):
        return self.filter(is_published=True)

    def in_crisis_strip(self):
        return self.published().filter(strip_position__isnull=False).order_by("strip_position")


class Resource(models.Model):
    class Kind(models.TextChoices):
        CRISIS_LINE = "crisis", "Crisis line"
        DIRECTORY = "directory", "Therapist directory"
        LOW_COST = "low-cost", "Low-cost care"
        SUPPORT = "support", "Online or phone support"
        GROUP = "group", "Support group"
        GUIDE = "guide", "Guide"

    name = models.CharField(max_length=120)
    slug = models.SlugField(unique=True)
    summary = models.CharField(max_length=200, help_text="One line, shown under the name.")
    kind = models.CharField(max_length=20, choices=Kind.choices)
    phone = models.CharField(
        max_length=30, blank=True, help_text="As people dial it, e.g. 988 or 1-800-662-4357."
    )
    text_number = models.CharField(max_length=30, blank=True, help_text="Number to text.")
    text_keyword = models.CharField(
        max_length=30, blank=True, help_text="Word to send first, if the line asks for one."
    )
    website = models.URLField(blank=True)
    strip_position = models.PositiveSmallIntegerField(
        null=True,
        blank=True,
        unique=True,
        help_text="Shown in the crisis strip on every page, in this order. Leave empty to hide.",
    )
    strip_label = models.CharField(
        max_length=60, blank=True, help_text="Short lead-in in the strip, e.g. 'In danger now'."
    )
    last_checked_on = models.DateField(default=datetime.date.today)
    recheck_days = models.PositiveSmallIntegerField(
        default=90, help_text="How often an editor should re-check the details."
    )
    is_published = models.BooleanField(default=True)

    objects = ResourceQuerySet.as_manager()

    class Meta:
        ordering = ["name"]

    def __str__(self):
        return self.name

    @property
    def tel_href(self):
        return "tel:" + "".join(ch for ch in self.phone if ch.isdigit() or ch == "+")

    @property
    def sms_href(self):
        number = "".join(ch for ch in self.text_number if ch.isdigit() or ch == "+")
        return f"sms:{number}?body={self.text_keyword}" if self.text_keyword else f"sms:{number}"

    @property
    def is_overdue(self):
        return timezone.localdate() - self.last_checked_on > datetime.timedelta(self.recheck_days)
