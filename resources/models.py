import datetime
import re
from urllib.parse import quote, urlsplit

from django.core.exceptions import ValidationError
from django.db import models
from django.db.models import Q
from django.urls import reverse
from django.utils import timezone
from django.utils.functional import cached_property

from editorial.models import Reviewed

from . import freshness
from .facets import FACETS


class Area(models.Model):
    """A life area that checklist signs and resources share (mood, sleep, grief...)."""

    slug = models.SlugField(unique=True)
    name = models.CharField(max_length=60)
    order = models.PositiveSmallIntegerField(default=0)

    class Meta:
        ordering = ["order", "name"]

    def __str__(self):
        return self.name


class Facet(models.Model):
    """A value visitors filter the directory by; its slug is what appears in the URL."""

    slug = models.SlugField(unique=True, help_text="Used in filter links; change with care.")
    name = models.CharField(max_length=60)
    order = models.PositiveSmallIntegerField(default=0)

    class Meta:
        abstract = True
        ordering = ["order", "name"]

    def __str__(self):
        return self.name


class Cost(Facet):
    """What help costs the visitor: free, sliding scale, insurance, self-pay."""


class Format(Facet):
    """How the help is given: phone, text, chat, video, in person."""


class Language(Facet):
    """A language the service is offered in."""


class Audience(Facet):
    """Who a service is set up for: everyone, young people, veterans, LGBTQ+ people..."""


class State(Facet):
    """A US state (or DC) that a state-bound service serves; its slug is the postal code."""


# The many-to-many relations a resource card lists, by name.
# ("states" is not a filter facet: a visitor's state keeps nationwide services too.)
DETAIL_RELATIONS = (*(facet.relation for facet in FACETS), "states")


class ResourceQuerySet(models.QuerySet):
    def published(self):
        return self.filter(is_published=True)

    def in_crisis_strip(self):
        return self.published().filter(strip_position__isnull=False).order_by("strip_position")

    def crisis_lines(self):
        """Published crisis lines: the strip's lines first, in strip order, then by name."""
        return (
            self.published()
            .filter(kind=Resource.Kind.CRISIS_LINE)
            .order_by(models.F("strip_position").asc(nulls_last=True), "order", "name")
        )

    def not_crisis(self):
        return self.exclude(kind=Resource.Kind.CRISIS_LINE)

    def linked_to_any(self, relation: str, slugs):
        """Resources linked through `relation` ("areas", "costs"...) to any of these slugs.

        A subquery (`pk IN (...)`) rather than a join: a resource matching several slugs
        still appears once, and one such filter never multiplies the rows of another.
        """
        field = Resource._meta.get_field(relation)
        target = field.related_model._meta.model_name
        links = field.remote_field.through.objects.filter(**{f"{target}__slug__in": slugs})
        return self.filter(pk__in=links.values("resource_id"))

    def overdue(self, today: datetime.date | None = None):
        """Resources last checked longer ago than their own re-check interval.

        Each interval is its own cut-off date, so the condition is built per distinct
        interval (one small query): portable across SQLite and Postgres, no date maths in SQL.
        """
        today = today or timezone.localdate()
        intervals = self.order_by().values_list("recheck_days", flat=True).distinct()
        condition = Q(pk__in=[])
        for days in intervals:
            cutoff = freshness.overdue_before(today, days)
            condition |= Q(recheck_days=days, last_checked_on__lt=cutoff)
        return self.filter(condition)


def _dialable(number: str) -> str:
    """Digits only, with +1 in front of a full US number; short codes stay as they are.

    >>> _dialable("1-866-488-7386"), _dialable("(800) 950-6264"), _dialable("988")
    ('+18664887386', '+18009506264', '988')
    """
    digits = "".join(ch for ch in number if ch.isdigit() or ch == "+")
    if digits.startswith("+"):
        return digits
    if len(digits) == 11 and digits.startswith("1"):
        return "+" + digits
    if len(digits) == 10:
        return "+1" + digits
    return digits


def tel_uri(number: str) -> str:
    """An RFC 3966 `tel:` URI for a number as people write it.

    Full US numbers get the +1 country code; short codes (988, 911, 211) stay as dialled.

    >>> tel_uri("1-866-488-7386"), tel_uri("988")
    ('tel:+18664887386', 'tel:988')
    """
    return "tel:" + _dialable(number)


def sms_uri(number: str, keyword: str = "") -> str:
    """An RFC 5724 `sms:` URI, with the keyword a line asks for as the message body.

    >>> sms_uri("741741", "HOME"), sms_uri("678-678", "START"), sms_uri("1-800-985-5990")
    ('sms:741741?body=HOME', 'sms:678678?body=START', 'sms:+18009855990')
    """
    digits = _dialable(number)
    if keyword:
        return f"sms:{digits}?body={quote(keyword, safe='')}"
    return f"sms:{digits}"


# What may separate the digits of a number as people write it: 1-800-662-4357, (800) 950 6264.
_SEPARATORS = re.compile(r"[\s().-]")


def validate_dial_number(value: str) -> None:
    """A number a phone can dial or text: digits, an optional leading +, usual separators.

    A short code has 3 to 6 digits (988, 911, 741741); a full number has 10 to 15. Anything
    else would make a crisis link that dials nothing.
    """
    compact = _SEPARATORS.sub("", value)
    if not re.fullmatch(r"\+?\d+", compact):
        raise ValidationError(
            "Use digits only, with an optional + at the start, for example 988, 741741 or "
            "1-800-662-4357. A word to text goes in the keyword box, not here.",
            code="not_a_number",
        )
    digits = len(compact.lstrip("+"))
    if compact.startswith("+") and not 8 <= digits <= 15:
        raise ValidationError(
            "A number with + needs its country code and 8 to 15 digits, e.g. +1 800 662 4357.",
            code="bad_length",
        )
    if not (3 <= digits <= 6 or 10 <= digits <= 15):
        raise ValidationError(
            f"This has {digits} digits. A short code has 3 to 6 (988, 741741); a full number "
            "has 10 or more with its area code (1-800-662-4357).",
            code="bad_length",
        )


def validate_keyword(value: str) -> None:
    if not re.fullmatch(r"[A-Za-z0-9]+", value):
        raise ValidationError(
            "One word of letters or digits, as the line asks for it, e.g. HOME or START.",
            code="not_a_keyword",
        )


class Resource(models.Model):
    class Kind(models.TextChoices):
        CRISIS_LINE = "crisis", "Crisis line"
        DIRECTORY = "directory", "Therapist directory"
        LOW_COST = "low-cost", "Low-cost care"
        SUPPORT = "support", "Online or phone support"
        GROUP = "group", "Support group"
        GUIDE = "guide", "Guide"

    class SitePage(models.TextChoices):
        CALLING_988 = "resources:calling-988", "What happens when you call 988"
        COST = "resources:cost-and-insurance", "Paying for therapy: cost and insurance"
        REACHING_OUT = "resources:reaching-out", "Reaching out: the outreach kit"
        LOOKING_AFTER_YOURSELF = "resources:looking-after-yourself", "Looking after yourself"

    name = models.CharField(max_length=120)
    slug = models.SlugField(unique=True)
    summary = models.CharField(max_length=200, help_text="One line, shown under the name.")
    description = models.TextField(
        blank=True,
        help_text="Longer description in Markdown (links, lists, bold). Shown under "
        "'More about'. Raw HTML is removed.",
    )
    kind = models.CharField(max_length=20, choices=Kind.choices)
    order = models.PositiveSmallIntegerField(
        default=100, help_text="Lower comes first among equally good matches."
    )

    # How to reach it.
    phone = models.CharField(
        max_length=30,
        blank=True,
        validators=[validate_dial_number],
        help_text="As people dial it, e.g. 988 or 1-800-662-4357. Digits only (spaces, "
        "hyphens and brackets are fine): it becomes the 'Call' link.",
    )
    text_number = models.CharField(
        max_length=30,
        blank=True,
        validators=[validate_dial_number],
        help_text="Number to text, e.g. 741741. Digits only: it becomes the 'Text' link.",
    )
    text_keyword = models.CharField(
        max_length=30,
        blank=True,
        validators=[validate_keyword],
        help_text="Word to send first, if the line asks for one, e.g. HOME.",
    )
    chat_url = models.URLField(blank=True, help_text="Web page where the chat starts.")
    website = models.URLField(blank=True)
    site_page = models.CharField(
        max_length=60,
        choices=SitePage.choices,
        blank=True,
        help_text="For guides on this site: the page to link to instead of a website.",
    )
    contact_note = models.CharField(
        max_length=200,
        blank=True,
        help_text="Extra help getting through, e.g. 'Veterans: press 1 after dialling 988.'",
    )

    # What it offers and to whom.
    open_24_7 = models.BooleanField("Open 24/7", default=False)
    hours = models.CharField(
        max_length=120,
        blank=True,
        help_text="If not 24/7: when it answers, e.g. 'Monday to Friday, 10 am to 10 pm ET'.",
    )
    costs = models.ManyToManyField(
        Cost,
        blank=True,
        related_name="resources",
        help_text="What it costs the visitor (for directories: the care you can find there).",
    )
    formats = models.ManyToManyField(Format, blank=True, related_name="resources")
    languages = models.ManyToManyField(Language, blank=True, related_name="resources")
    audiences = models.ManyToManyField(
        Audience,
        blank=True,
        related_name="resources",
        help_text="Leave 'Everyone' alone unless the service is set up for a particular group.",
    )
    areas = models.ManyToManyField(
        Area,
        blank=True,
        related_name="resources",
        help_text="Checklist areas it helps with; used to match resources to results.",
    )
    states = models.ManyToManyField(
        State,
        blank=True,
        related_name="resources",
        help_text="Only for a service bound to some US states (a state program, a local "
        "clinic). Leave empty for one that serves the whole country.",
    )
    country = models.CharField(
        max_length=2,
        blank=True,
        default="US",
        help_text="Two-letter country code (US). Leave empty for a service covering many "
        "countries.",
    )

    # The crisis strip on every page.
    strip_position = models.PositiveSmallIntegerField(
        null=True,
        blank=True,
        unique=True,
        help_text="Shown in the crisis strip on every page, in this order. Leave empty to hide.",
    )
    strip_label = models.CharField(
        max_length=60, blank=True, help_text="Short lead-in in the strip, e.g. 'In danger now'."
    )

    # Freshness.
    last_checked_on = models.DateField(default=datetime.date.today)
    recheck_days = models.PositiveSmallIntegerField(
        default=90, help_text="How often an editor should re-check the details."
    )
    is_published = models.BooleanField(default=True)

    objects = ResourceQuerySet.as_manager()

    class Meta:
        ordering = ["order", "name"]
        constraints = [
            models.CheckConstraint(
                condition=Q(recheck_days__gte=1), name="resource_recheck_at_least_daily"
            ),
            models.CheckConstraint(
                condition=Q(site_page="") | Q(kind="guide"),
                name="resource_site_page_only_for_guides",
            ),
        ]

    def __str__(self):
        return self.name

    def get_absolute_url(self):
        return reverse("resources:directory") + f"#resource-{self.slug}"

    def clean(self):
        if self.text_keyword and not self.text_number:
            raise ValidationError(
                {"text_keyword": "Add the number to text too, or leave the keyword empty."}
            )

    @property
    def tel_href(self):
        return tel_uri(self.phone)

    @property
    def sms_href(self):
        return sms_uri(self.text_number, self.text_keyword)

    @property
    def is_crisis_line(self):
        return self.kind == self.Kind.CRISIS_LINE

    @property
    def can_go_on_a_list(self) -> bool:
        """Whether a visitor may put it on their outreach list: someone they can contact.

        Crisis lines are for now, not for waiting on a reply; guides are pages to read.
        """
        return self.kind not in (self.Kind.CRISIS_LINE, self.Kind.GUIDE)

    @property
    def next_check_on(self) -> datetime.date:
        return freshness.next_check_on(self.last_checked_on, self.recheck_days)

    @property
    def is_overdue(self):
        return freshness.is_overdue(self.last_checked_on, self.recheck_days, timezone.localdate())

    @property
    def website_host(self) -> str:
        host = urlsplit(self.website).hostname or ""
        return host.removeprefix("www.")

    @property
    def hours_label(self) -> str:
        return "Open 24 hours, every day" if self.open_24_7 else self.hours

    @property
    def site_page_url(self) -> str:
        return reverse(self.site_page) if self.site_page else ""

    @cached_property
    def detail_names(self) -> dict[str, list[str]]:
        """The names of its costs, formats, languages, audiences and areas, for its card.

        Lists of resources get these in a fixed number of queries from
        `cards.load_details`; a resource shown on its own reads them here.
        """
        return {
            relation: [item.name for item in getattr(self, relation).all()]
            for relation in DETAIL_RELATIONS
        }


class Guide(Reviewed):
    """An editor-managed page beside the directory (cost and insurance, calling 988...).

    Each guide lives at a fixed address, so guides are edited in admin, never added or
    deleted there.
    """

    WORDING_FIELDS = ("title", "summary", "body", "closing")

    slug = models.SlugField(unique=True)
    title = models.CharField(max_length=120)
    summary = models.CharField(max_length=300, help_text="The opening line under the title.")
    body = models.TextField(
        help_text="Markdown: ## headings, lists, **bold**, [links](https://...). "
        "Raw HTML is removed."
    )
    closing = models.TextField(
        blank=True,
        help_text="Markdown shown at the end of the page, after its templates or lines.",
    )

    class Meta:
        ordering = ["title"]

    def __str__(self):
        return self.title

    def get_absolute_url(self):
        # Each guide's slug is the name of its page's URL.
        return reverse(f"resources:{self.slug}")


class OverdueResource(Resource):
    """The editors' queue: resources whose details are due for another check."""

    class Meta:
        proxy = True
        verbose_name = "resource overdue for checking"
        verbose_name_plural = "resources overdue for checking"


class OutreachTemplate(Reviewed):
    """A piece of text visitors copy: an email to a therapist, a voicemail, a call script."""

    WORDING_FIELDS = ("title", "introduction", "text")

    slug = models.SlugField(unique=True)
    title = models.CharField(max_length=120)
    introduction = models.CharField(
        max_length=300, blank=True, help_text="When and how to use it, in a sentence."
    )
    text = models.TextField(
        help_text="Plain text, shown exactly as written. Use [square brackets] for the "
        "parts a visitor fills in."
    )
    order = models.PositiveSmallIntegerField(default=0)

    class Meta:
        ordering = ["order", "title"]

    def __str__(self):
        return self.title

    def get_absolute_url(self):
        return reverse("resources:reaching-out") + f"#{self.slug}"
