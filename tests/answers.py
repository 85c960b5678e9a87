"""Plain data the tests share: what visitors answer and where their answers are stored.

Constants and pure builders only, importable at collection time (parametrize ids,
module constants). Anything that makes rows or drives a client is a fixture in
conftest.py.
"""

from django.db.models import Model

from visits.models import Visit


def tables_under_visit(model=Visit, path="", seen=None) -> list[tuple[type[Model], str]]:
    """Every model that hangs off a visit, directly or through another, with its lookup.

    Found from the model graph, so an answer table added later is covered automatically.
    """
    seen = seen if seen is not None else {model}
    found = []
    for relation in model._meta.related_objects:
        related = relation.related_model
        if related in seen:
            continue
        seen.add(related)
        lookup = f"{relation.field.name}__{path}" if path else relation.field.name
        found += [(related, lookup), *tables_under_visit(related, lookup, seen)]
    return found
