"""Which resources fit what the checklist flagged.

The rule: a resource that helps with more of the flagged areas comes first; among equals,
the editors' `order` decides, then the name. Crisis lines are left out because every page
shows them already, and so are resources that help with none of the areas.

For areas {mood, sleep}: a directory for mood and sleep (2 matches) comes before a helpline
for mood only (1 match); two resources with one match each follow their editor order.
"""

from collections.abc import Iterable

from django.db.models import Count, Q, QuerySet

from sitecache.pages import shared_value

from .cards import load_details
from .models import Resource


def clean_area_slugs(area_slugs: Iterable[str]) -> list[str]:
    """Distinct, non-empty slugs, lower-cased, in the order given.

    >>> clean_area_slugs(["Mood", "", "sleep", "mood"])
    ['mood', 'sleep']
    """
    return list(dict.fromkeys(slug.strip().lower() for slug in area_slugs if slug.strip()))


def rank_by_areas(queryset: QuerySet, area_slugs: list[str]) -> QuerySet:
    """The rule above, in SQL, so that only the resources shown are ever loaded."""
    return queryset.annotate(
        area_matches=Count("areas", filter=Q(areas__slug__in=area_slugs), distinct=True)
    ).order_by("-area_matches", "order", "name")


def matched_resources(area_slugs: list[str], limit: int = 3) -> list[Resource]:
    """The best `limit` published, non-crisis resources for these checklist areas.

    Worked out once per content version for each set of areas (the same for every visitor
    who flagged them): one query for the ranked matches and one per card detail, however
    many resources there are.
    """
    wanted = clean_area_slugs(area_slugs)
    if not wanted or limit <= 0:
        return []
    return shared_value(("matched", tuple(sorted(wanted)), limit), lambda: _ranked(wanted, limit))


def _ranked(area_slugs: list[str], limit: int) -> list[Resource]:
    candidates = Resource.objects.published().not_crisis().linked_to_any("areas", area_slugs)
    matches = list(rank_by_areas(candidates, area_slugs)[:limit])
    load_details(matches)
    return matches
