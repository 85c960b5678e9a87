"""Helpers for the resources tests: resources with sensible defaults, one at a time or many."""

import datetime
import itertools

from resources.models import Area, Audience, Cost, Format, Language, Resource, State
from sitecache.versioning import bump_content_version

CHECKED = datetime.date(2026, 11, 29)
RELATIONS = {
    "areas": Area,
    "costs": Cost,
    "formats": Format,
    "languages": Language,
    "audiences": Audience,
    "states": State,
}
_numbers = itertools.count(1)


def make_resource(**overrides) -> Resource:
    """A published therapist directory; pass area/cost/... slugs as lists, e.g. areas=["mood"]."""
    relations = {name: overrides.pop(name) for name in list(overrides) if name in RELATIONS}
    number = next(_numbers)
    fields = {
        "name": f"Test resource {number}",
        "slug": f"test-resource-{number}",
        "summary": "A resource made for a test.",
        "kind": Resource.Kind.DIRECTORY,
        "website": f"https://example.org/{number}/",
        "last_checked_on": CHECKED,
        **overrides,
    }
    resource = Resource.objects.create(**fields)
    for name, slugs in relations.items():
        getattr(resource, name).set(RELATIONS[name].objects.filter(slug__in=slugs))
    return resource


def make_many_resources(count: int, *, areas=("mood", "sleep"), costs=("free",)) -> None:
    """`count` published directories, each with areas, costs, a format, language, audience."""
    resources = Resource.objects.bulk_create(
        Resource(
            name=f"Bulk resource {number:04d}",
            slug=f"bulk-resource-{number}",
            summary="One of many.",
            description="Some **Markdown** text.",
            kind=Resource.Kind.DIRECTORY,
            website="https://example.org/",
            last_checked_on=CHECKED,
        )
        for number in itertools.islice(_numbers, count)
    )
    links = {
        "areas": areas,
        "costs": costs,
        "formats": ["video"],
        "languages": ["english"],
        "audiences": ["everyone"],
    }
    for relation, slugs in links.items():
        model = RELATIONS[relation]
        through = getattr(Resource, relation).through
        column = model._meta.model_name + "_id"
        pks = list(model.objects.filter(slug__in=slugs).values_list("pk", flat=True))
        through.objects.bulk_create(
            through(resource_id=resource.pk, **{column: pk}) for resource in resources for pk in pks
        )
    bump_content_version()  # bulk_create sends no signal


def listed(response) -> list[str]:
    """Slugs of the (non-crisis) resources on a directory page, in order."""
    return [resource.slug for resource in response.context["listing"].page.object_list]


def pinned(response) -> list[str]:
    """Slugs of the crisis lines pinned at the top of a directory page, in order."""
    return [resource.slug for resource in response.context["listing"].crisis_lines]


def axe_without_javascript(new_page, axe, url: str) -> None:
    """Run axe-core on a page as a visitor without JavaScript gets it.

    axe-core cannot run in a context with JavaScript switched off (its timers never fire),
    so this loads the page with the site's own scripts blocked instead: the same DOM a
    no-JavaScript visitor sees, with axe still able to run.
    """
    page = new_page()
    page.route("**/static/js/**", lambda route: route.abort())
    page.goto(url)
    axe(page)
