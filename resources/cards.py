"""What a resource card shows, for a whole list of resources at once."""

from collections.abc import Sequence

from .models import DETAIL_RELATIONS, Resource

DEFAULT_LANGUAGE = "English"
EVERYONE = "Everyone"


def load_details(resources: Sequence[Resource]) -> None:
    """Fill in each resource's `detail_names`: one query per relation, however many resources.

    The names come straight from the join tables as plain values. `prefetch_related` would
    give the same answer, but it builds a manager and a queryset for every resource and
    relation, which made it the slowest part of the directory page.
    """
    ids = [resource.pk for resource in resources]
    names = {pk: {relation: [] for relation in DETAIL_RELATIONS} for pk in ids}
    for relation in DETAIL_RELATIONS:
        field = Resource._meta.get_field(relation)
        target = field.related_model._meta.model_name
        rows = (
            field.remote_field.through.objects.filter(resource_id__in=ids)
            .order_by(f"{target}__order", f"{target}__name")
            .values_list("resource_id", f"{target}__name")
        )
        for resource_id, name in rows:
            names[resource_id][relation].append(name)
    for resource in resources:
        resource.detail_names = names[resource.pk]


def card_facts(resource: Resource) -> list[tuple[str, str]]:
    """(label, value) pairs for a resource card, skipping anything not filled in."""
    if resource.site_page:
        return []  # a page of this site: costs, languages and audiences say nothing useful
    details = resource.detail_names
    names = {relation: ", ".join(values) for relation, values in details.items()}
    rows = [
        ("Hours", resource.hours_label),
        ("Cost", names["costs"]),
        ("Ways to connect", names["formats"]),
        # "English" alone or "Everyone" is the default, and it misleads on a line like 911
        # that has interpreters: only say so when a service offers more, or someone in particular.
        ("Languages", "" if details["languages"] == [DEFAULT_LANGUAGE] else names["languages"]),
        ("Set up for", "" if details["audiences"] == [EVERYONE] else names["audiences"]),
        # Crisis lines are for anyone in distress: listing areas would only narrow them.
        ("Helps with", "" if resource.is_crisis_line else names["areas"]),
        # The directory is US-first: only say where a service is when it is elsewhere.
        ("Where", _where(resource, names["states"])),
    ]
    return [(label, value) for label, value in rows if value]


def _where(resource: Resource, states: str) -> str:
    """Only said when it narrows things: a state-bound service, or one outside the US."""
    if resource.country != "US":
        return resource.country or "Many countries"
    return f"{states} only" if states else ""
