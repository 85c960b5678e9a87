"""Template filters for the resources pages: editor Markdown and a resource's key facts."""

from django import template

from ..models import Resource
from ..rendering import render_markdown

register = template.Library()

COUNTRY_NAMES = {"": "Many countries"}


@register.filter
def markdown(text: str):
    return render_markdown(text or "")


def _names(related) -> str:
    return ", ".join(item.name for item in related.all())


@register.filter
def facts(resource: Resource) -> list[tuple[str, str]]:
    """(label, value) pairs for a resource card, skipping anything not filled in.

    Reads the many-to-many relations through `.all()`, so it costs no query when the
    page has prefetched them (see `ResourceQuerySet.with_details`).
    """
    rows = [
        ("Hours", resource.hours_label),
        ("Cost", _names(resource.costs)),
        ("Ways to connect", _names(resource.formats)),
        ("Languages", _names(resource.languages)),
        ("Set up for", _names(resource.audiences)),
        # Crisis lines are for anyone in distress: listing areas would only narrow them.
        ("Helps with", "" if resource.is_crisis_line else _names(resource.areas)),
        # The directory is US-first: only say where a service is when it is elsewhere.
        (
            "Where",
            ""
            if resource.country == "US"
            else COUNTRY_NAMES.get(resource.country, resource.country),
        ),
    ]
    return [(label, value) for label, value in rows if value]
