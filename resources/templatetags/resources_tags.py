"""Template filters for the resources pages: editor Markdown and a resource's key facts."""

from django import template
from django.utils.html import format_html

from ..cards import card_facts
from ..models import Resource
from ..rendering import render_markdown

register = template.Library()


@register.filter
def markdown(text: str):
    return render_markdown(text or "")


@register.filter
def facts(resource: Resource) -> list[tuple[str, str]]:
    """See `cards.card_facts`; costs no query once `cards.load_details` has run."""
    return card_facts(resource)


@register.simple_tag
def external_link(href: str, text: str):
    """A link to another site: same tab, no referrer, and marked as leaving this one.

    A tag rather than an included template because the directory shows dozens of these.
    """
    return format_html(
        '<a class="external-link" href="{}" rel="noopener noreferrer">{}'
        '<span class="external-mark" aria-hidden="true">↗</span>'
        '<span class="visually-hidden"> (another website)</span></a>',
        href,
        text,
    )
