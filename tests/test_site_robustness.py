"""No request, however odd, gets a 500: every public address, every method, junk input.

The addresses come from the URL configuration itself, so a page added later is covered
without touching this file. Forms are filled from their own field names with hostile values.
"""

import re

import pytest
from django.conf import settings
from django.urls import URLPattern, URLResolver, get_resolver

from symptoms.models import Sign
from symptoms.services import record_checklist, record_screener
from visits.models import Visit
from visits.session import SESSION_KEY

pytestmark = pytest.mark.django_db

SLUG_SAMPLES = ["phq-9", "gad-7", "no-such-thing"]
HOSTILE_VALUES = [
    "",
    "x" * 20_000,
    "\x00",
    "-1",
    "99999999999999999999",
    "3.5",
    "<script>alert(1)</script>",
    "😀 Zoë ☂",
    "'; DROP TABLE visits_visit; --",
]


def public_addresses() -> list[str]:
    def walk(patterns, prefix=""):
        for pattern in patterns:
            route = prefix + str(pattern.pattern)
            if isinstance(pattern, URLResolver):
                if not route.startswith(settings.ADMIN_PATH):
                    yield from walk(pattern.url_patterns, route)
            elif isinstance(pattern, URLPattern):
                yield route

    addresses = []
    for route in walk(get_resolver().url_patterns):
        if "<slug:slug>" in route:
            addresses += ["/" + route.replace("<slug:slug>", slug) for slug in SLUG_SAMPLES]
        else:
            addresses.append("/" + route)
    return addresses


ADDRESSES = public_addresses()


def field_names(html: str) -> set[str]:
    return set(re.findall(r'<(?:input|select|textarea)[^>]*\sname="([^"]+)"', html))


@pytest.fixture(params=["new visitor", "returning visitor"])
def visitor(request, client):
    """A browser with no visit, or one whose visit has checklist and PHQ-9 answers."""
    if request.param == "returning visitor":
        visit = Visit.objects.create()
        frequencies = {pk: 2 for pk in Sign.objects.values_list("pk", flat=True)}
        record_checklist(
            visit=visit, frequencies=frequencies, difficulty=1, self_harm_thoughts=True
        )
        record_screener(visit=visit, instrument="phq-9", answers=[1] * 9, difficulty=2)
        session = client.session
        session[SESSION_KEY] = visit.pk
        session.save()
    return client


def test_the_walk_finds_the_pages_of_every_app():
    for address in ("/checklist/", "/prepare/goals/", "/resources/", "/save/", "/privacy/"):
        assert address in ADDRESSES


@pytest.mark.parametrize("address", ADDRESSES)
def test_no_method_gets_a_server_error(client, address):
    for method in ("get", "head", "post", "put", "delete", "options"):
        response = getattr(client, method)(address)
        assert response.status_code < 500, (method, address, response.status_code)


@pytest.mark.parametrize("address", ADDRESSES)
def test_junk_query_strings_never_get_a_server_error(visitor, address):
    for value in HOSTILE_VALUES:
        query = {
            "page": value,
            "area": [value, "mood"],
            "kind": value,
            "cost": value,
            "step": value,
        }
        response = visitor.get(address, query)
        assert response.status_code < 500, (address, value[:20], response.status_code)


@pytest.mark.parametrize("address", ADDRESSES)
def test_forms_filled_with_hostile_values_never_get_a_server_error(visitor, address):
    names = field_names(visitor.get(address).content.decode(errors="replace"))
    names.discard("csrfmiddlewaretoken")
    for value in HOSTILE_VALUES:
        data = {name: [value, value] for name in names}
        response = visitor.post(address, data)
        assert response.status_code < 500, (address, value[:20], response.status_code)
