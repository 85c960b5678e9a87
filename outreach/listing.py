"""A visit's outreach list, read in a fixed number of queries and put in next-step order."""

import datetime
from collections import defaultdict
from dataclasses import dataclass
from urllib.parse import urlsplit

from django.core.exceptions import ValidationError
from django.core.validators import EmailValidator, URLValidator
from django.http import HttpRequest
from django.utils import timezone

from resources.models import Resource, tel_uri
from visits.session import rows_of_current_visit

from .models import Entry, StatusChange
from .progress import Progress, next_first, progress


@dataclass(frozen=True)
class Row:
    entry: Entry
    step: Progress
    phone: str
    phone_href: str
    website: str
    website_href: str
    in_directory: bool  # a directory resource that is still published


def _website_href(text: str) -> str:
    """A link for a typed website or email, or "" when it is neither (nothing else is linked).

    >>> _website_href("drlee.example.com"), _website_href("javascript:alert(1)")
    ('https://drlee.example.com', '')
    >>> _website_href("lee@example.com")
    'mailto:lee@example.com'
    """
    if "@" in text and "://" not in text:
        try:
            EmailValidator()(text)
        except ValidationError:
            return ""
        return f"mailto:{text}"
    candidate = text if "://" in text else f"https://{text}"
    try:
        URLValidator(schemes=["http", "https"])(candidate)
    except ValidationError:
        return ""
    return candidate


def _phone_href(text: str) -> str:
    digits = sum(ch.isdigit() for ch in text)
    return tel_uri(text) if 3 <= digits <= 15 else ""


def _row(entry: Entry, history, today: datetime.date) -> Row:
    resource = entry.resource
    step = progress(history, added_on=timezone.localdate(entry.added_at), today=today)
    if resource is not None and resource.is_published:
        phone, website = resource.phone, resource.website
        host = urlsplit(website).hostname or ""
        return Row(
            entry=entry,
            step=step,
            phone=phone,
            phone_href=resource.tel_href if phone else "",
            website=host.removeprefix("www."),
            website_href=website,
            in_directory=True,
        )
    return Row(
        entry=entry,
        step=step,
        phone=entry.phone,
        phone_href=_phone_href(entry.phone),
        website=entry.website,
        website_href=_website_href(entry.website),
        in_directory=False,
    )


def load_list(visit, *, today: datetime.date | None = None) -> list[Row]:
    """The visit's entries in the order of what needs doing next: two queries in all."""
    if visit is None:
        return []
    today = today or timezone.localdate()
    entries = list(Entry.objects.filter(visit=visit).select_related("resource").order_by("pk"))
    histories = defaultdict(list)
    changes = StatusChange.objects.filter(entry__visit=visit).order_by("changed_at", "pk")
    for entry_id, status, changed_at in changes.values_list("entry_id", "status", "changed_at"):
        histories[entry_id].append((status, timezone.localdate(changed_at)))
    rows = [_row(entry, histories[entry.pk], today) for entry in entries]
    return [rows[i] for i in next_first([row.step for row in rows])]


def resource_ids_on_list(request: HttpRequest) -> frozenset[int]:
    """The directory resources on this browser's visit's list (none without a visit)."""
    rows = rows_of_current_visit(request, Entry, "resource")
    return frozenset(pk for (pk,) in rows if pk is not None)


# The kit's fallbacks when nobody replies, from the directory (those still published).
FALLBACK_SLUGS = ["psychology-today", "apa-psychologist-locator", "211", "findtreatment-gov"]


def fallbacks() -> list[Resource]:
    found = {r.slug: r for r in Resource.objects.published().filter(slug__in=FALLBACK_SLUGS)}
    return [found[slug] for slug in FALLBACK_SLUGS if slug in found]
