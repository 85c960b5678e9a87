"""The crisis lines as editors keep them in the directory, with fixed lines for an outage."""

import logging
from collections.abc import Callable, Iterable

from django.db import DatabaseError

from sitecache.pages import shared_value
from sitecache.versioning import stand_in_shown

from .models import Resource

log = logging.getLogger(__name__)

# Shown only when no line can be read (an outage, the 500 page): lines that do not change,
# so a visitor in trouble is never left without a way to get help. The 988 page uses the
# first one too, should its own entry ever be missing.
FALLBACK_LIFELINE = Resource(
    name="988 Suicide & Crisis Lifeline",
    strip_label="Day or night:",
    phone="988",
    text_number="988",
    chat_url="https://988lifeline.org/chat/",
    open_24_7=True,
)
FALLBACK_LINES = [
    FALLBACK_LIFELINE,
    Resource(name="Emergency services", strip_label="In immediate danger:", phone="911"),
]


def _or_fallback(read: Callable[[], Iterable[Resource]], where: str) -> list[Resource]:
    try:
        lines = list(read())
    except DatabaseError:
        log.exception("%s: database unavailable, showing the fallback lines", where)
        stand_in_shown()
        lines = []
    return lines or FALLBACK_LINES


def strip_lines() -> list[Resource]:
    """The lines at the top of every page, in the editors' strip order.

    Read once per content version. The fallback is never stored, nor is any page or part
    of a page that showed it (`stand_in_shown`).
    """
    return _or_fallback(
        lambda: shared_value(("crisis strip",), lambda: list(Resource.objects.in_crisis_strip())),
        "crisis strip",
    )


def panel_lines() -> list[Resource]:
    """Every published crisis line for the panel after a self-harm answer: the strip's
    first, and lines for people outside the US (the directory is US-first) last."""
    lines = _or_fallback(Resource.objects.crisis_lines, "crisis panel")
    return sorted(lines, key=lambda line: line.country != "US")
