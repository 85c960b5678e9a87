"""The directory's queries: filter options, the filtered list, and what a page shows.

Every query here is fixed in number, so the page costs the same with 10 resources or 300.
"""

from dataclasses import dataclass

from django.core.paginator import Page, Paginator
from django.db.models import Q, QuerySet

from .cards import load_details
from .facets import FACETS
from .filters import Filters, parse_filters, query_string
from .matching import rank_by_areas
from .models import Resource, State

PER_PAGE = 25
FIND_A_HELPLINE_URL = "https://findahelpline.com/"

# The filterable kinds. Crisis lines are not among them: they are always shown, pinned
# above the list, whatever the filters say.
FILTER_KINDS = [
    (value, label) for value, label in Resource.Kind.choices if value != Resource.Kind.CRISIS_LINE
]

# Where the visitor is, chosen by them (never geolocated): services for the whole country
# always fit; state-bound ones fit when they serve that state.
# "Online, anywhere in my state": help that needs no trip, by phone, text, chat or video.
REACH_OPTIONS = [("online", "Only help I can use online or by phone, anywhere in my state")]
REMOTE_FORMATS = ("phone", "text", "chat", "video")

LEGENDS = {
    "state": "Where you are",
    "reach": "How you'd like to get help",
    "kind": "Type of help",
    **{facet.param: facet.legend for facet in FACETS},
}


def filter_options() -> dict[str, list[tuple[str, str]]]:
    """(slug, name) choices for each filter parameter, in the editors' order."""
    options = {
        "state": list(State.objects.values_list("slug", "name")),
        "reach": REACH_OPTIONS,
        "kind": FILTER_KINDS,
    }
    for facet in FACETS:
        model = Resource._meta.get_field(facet.relation).related_model
        options[facet.param] = list(model.objects.values_list("slug", "name"))
    return options


def read_filters(get_list, options: dict[str, list[tuple[str, str]]]) -> Filters:
    allowed = {param: {slug for slug, _name in choices} for param, choices in options.items()}
    return parse_filters(get_list, allowed)


def filtered_resources(filters: Filters) -> QuerySet:
    """Published resources other than crisis lines that pass every filter."""
    queryset = Resource.objects.published().not_crisis()
    if filters.values("state"):
        state_bound = Resource.states.through.objects.values("resource_id")
        queryset = queryset.filter(
            ~Q(pk__in=state_bound)
            | Q(pk__in=queryset.linked_to_any("states", filters.values("state")))
        )
    if filters.values("reach"):
        queryset = queryset.linked_to_any("formats", REMOTE_FORMATS)
    if filters.values("kind"):
        queryset = queryset.filter(kind__in=filters.values("kind"))
    for facet in FACETS:
        if filters.values(facet.param):
            queryset = queryset.linked_to_any(facet.relation, filters.values(facet.param))
    if filters.values("area"):
        return rank_by_areas(queryset, list(filters.values("area")))
    return queryset.order_by("order", "name")


@dataclass
class DirectoryPage:
    filters: Filters
    options: dict[str, list[tuple[str, str]]]
    crisis_lines: list[Resource]
    lines_elsewhere: list[Resource]
    page: Page
    ignored_note: str
    active_filters: list[tuple[str, str]]  # (label, link that removes it)
    count_text: str
    page_links: dict[str, str]


def directory_page(get_list, page_number) -> DirectoryPage:
    options = filter_options()
    filters = read_filters(get_list, options)
    crisis = list(Resource.objects.crisis_lines())
    page = Paginator(filtered_resources(filters), PER_PAGE).get_page(page_number)
    load_details([*crisis, *page.object_list])
    return DirectoryPage(
        filters=filters,
        options=options,
        crisis_lines=[line for line in crisis if line.country == "US"],
        lines_elsewhere=[line for line in crisis if line.country != "US"],
        page=page,
        ignored_note=ignored_note(filters),
        active_filters=active_filters(filters, options),
        count_text=count_text(page),
        page_links=page_links(filters, page),
    )


def ignored_note(filters: Filters) -> str:
    """What we could not use from the link, in plain words (empty if everything was fine).

    >>> ignored_note(Filters(ignored=(("area", "moood"), ("cost", "cheap"))))
    'Some filters in this link did not match anything we list, so we left them out: area "moood", cost "cheap".'
    """  # noqa: E501
    if not filters.ignored:
        return ""
    shown = ", ".join(f'{param} "{value}"' for param, value in filters.ignored[:5])
    more = f" and {len(filters.ignored) - 5} more" if len(filters.ignored) > 5 else ""
    return (
        "Some filters in this link did not match anything we list, so we left them out: "
        f"{shown}{more}."
    )


def active_filters(filters: Filters, options) -> list[tuple[str, str]]:
    """('Cost: Free', link to the same list without that filter) for each filter in use."""
    names = {(param, slug): name for param, choices in options.items() for slug, name in choices}
    return [
        (
            f"{LEGENDS[param]}: {names[(param, value)]}",
            query_string(filters, without=(param, value)),
        )
        for param, values in filters.selected.items()
        for value in values
    ]


def count_text(page: Page) -> str:
    """'3 resources match.' or, over several pages, 'Showing 26 to 50 of 60 resources.'"""
    total = page.paginator.count
    noun = "resource" if total == 1 else "resources"
    if page.paginator.num_pages > 1:
        return f"Showing {page.start_index()} to {page.end_index()} of {total} {noun}."
    verb = "matches" if total == 1 else "match"
    return f"{total} {noun} {verb}." if total else "No resources match."


def page_links(filters: Filters, page: Page) -> dict[str, str]:
    links = {}
    if page.has_previous():
        links["previous"] = query_string(filters, page=page.previous_page_number())
    if page.has_next():
        links["next"] = query_string(filters, page=page.next_page_number())
    return links
