"""Pages shared by every visitor: served from the cache, exactly as a fresh render."""

import datetime
import re

import pytest
import time_machine
from django.db import DatabaseError
from django.test import Client

from resources.models import Guide, Resource, ResourceQuerySet
from symptoms.models import Sign
from tests.answers import checklist_post

pytestmark = pytest.mark.django_db

SHARED_PAGES = [
    "/",
    "/about/",
    "/privacy/",
    "/first-session/",
    "/checklist/",
    "/screeners/phq-9/",
    "/screeners/gad-7/",
    "/resources/",
    "/resources/?kind=directory&cost=free",
    "/resources/calling-988/",
    "/resources/cost-and-insurance/",
    "/resources/reaching-out/",
]
TOKEN = re.compile(r'name="csrfmiddlewaretoken" value="[^"]+"')


def without_token(response) -> str:
    return TOKEN.sub("TOKEN", response.content.decode())


@pytest.mark.parametrize("address", SHARED_PAGES)
def test_a_cache_hit_serves_the_same_html_as_a_fresh_render(client, settings, address):
    settings.PAGE_CACHE = False
    fresh = client.get(address)
    settings.PAGE_CACHE = True
    client.get(address)  # stores it
    hit = client.get(address)
    assert hit.status_code == fresh.status_code == 200
    assert without_token(hit) == without_token(fresh)
    assert hit["Content-Type"] == fresh["Content-Type"]


@pytest.mark.parametrize("address", SHARED_PAGES)
def test_a_cache_hit_costs_one_query_and_no_session(address, django_assert_num_queries):
    Client().get(address)
    with django_assert_num_queries(1) as queries:  # the content version
        response = Client().get(address)
    assert "sitecache_contentversion" in queries.captured_queries[0]["sql"]
    assert "sessionid" not in response.cookies


@pytest.mark.parametrize("address", SHARED_PAGES)
def test_a_visitor_with_no_answers_never_touches_a_session_row(
    address, django_assert_max_num_queries
):
    with django_assert_max_num_queries(30) as queries:
        response = Client().get(address)
    assert not [q for q in queries.captured_queries if "django_session" in q["sql"]]
    assert "sessionid" not in response.cookies


def test_an_edit_shows_on_the_next_request(client, django_capture_on_commit_callbacks):
    client.get("/resources/cost-and-insurance/")
    guide = Guide.objects.get(slug="cost-and-insurance")
    guide.title = "Paying for therapy, in plain words"
    with django_capture_on_commit_callbacks(execute=True):
        guide.save()
    assert "Paying for therapy, in plain words" in client.get("/resources/cost-and-insurance/").text


def test_a_page_is_made_afresh_each_day_so_a_review_falling_due_shows(
    client, signs_due_at_midnight
):
    with time_machine.travel(signs_due_at_midnight, tick=False):
        assert "Next review due" in client.get("/checklist/").text
    with time_machine.travel(signs_due_at_midnight + datetime.timedelta(minutes=4), tick=False):
        assert "Next review was due" in client.get("/checklist/").text


def test_a_deleted_resource_leaves_the_cached_directory_at_once(
    client, django_capture_on_commit_callbacks
):
    assert "Open Path Collective" in client.get("/resources/").text
    with django_capture_on_commit_callbacks(execute=True):
        Resource.objects.get(slug="open-path-collective").delete()
    assert "Open Path Collective" not in client.get("/resources/").text


def test_an_admin_action_that_updates_in_bulk_shows_at_once(
    admin_client, django_capture_on_commit_callbacks
):
    sign = Sign.objects.active().first()
    assert sign.text in Client().get("/checklist/").text
    with django_capture_on_commit_callbacks(execute=True):
        admin_client.post(
            "/admin/symptoms/sign/",
            {"action": "retire", "_selected_action": [sign.pk]},
        )
    assert sign.text not in Client().get("/checklist/").text


def test_a_returning_visitors_own_note_is_never_served_to_another(
    client, attach, make_visit, take_checklist
):
    visit = make_visit()
    take_checklist(visit)
    attach(client, visit)
    assert "You last did this check-in on" in client.get("/checklist/").text
    assert "You last did this check-in on" not in Client().get("/checklist/").text
    assert "You last did this check-in on" in client.get("/checklist/").text


def test_the_csrf_token_on_a_cached_form_works():
    Client().get("/checklist/")  # someone else's visit stores the page
    visitor = Client(enforce_csrf_checks=True)
    page = visitor.get("/checklist/").text
    token = re.search(r'name="csrfmiddlewaretoken" value="([^"]+)"', page).group(1)
    response = visitor.post("/checklist/", checklist_post(csrfmiddlewaretoken=token))
    assert response.status_code == 302


def test_each_visitor_gets_their_own_csrf_token_from_the_cache():
    first, second = Client().get("/checklist/"), Client().get("/checklist/")
    assert first.cookies["csrftoken"].value != second.cookies["csrftoken"].value


def test_unknown_query_parameters_are_rendered_but_not_stored(client):
    client.get("/?utm_source=anything")
    response = client.get("/?utm_source=anything")
    assert response.status_code == 200
    assert response.context is not None  # rendered by the view, not read from the cache


def test_each_filter_set_is_its_own_page(client):
    client.get("/resources/?cost=free")
    everything = client.get("/resources/").text
    free = client.get("/resources/?cost=free").text
    assert everything != free


def test_posts_are_never_served_from_the_cache(client):
    client.get("/checklist/")
    response = client.post("/checklist/", {})
    assert response.status_code == 200
    assert "Choose how often this has happened" in response.text


def test_pages_render_when_the_content_version_cannot_be_read(client, monkeypatch):
    def unreadable():
        raise DatabaseError("the database went away")

    monkeypatch.setattr("sitecache.pages.current_version", unreadable)
    assert client.get("/first-session/").status_code == 200


@pytest.mark.parametrize("address", ["/", "/resources/", "/checklist/"])
def test_a_page_shown_with_the_outage_lines_is_never_stored(client, monkeypatch, address):
    # The version is read, then the database goes away before the crisis strip is.
    def gone(queryset):
        raise DatabaseError("the database went away")

    monkeypatch.setattr(ResourceQuerySet, "in_crisis_strip", gone)
    assert "Prefer texting?" not in client.get(address).text  # the fallback lines
    monkeypatch.undo()
    assert "Prefer texting?" in client.get(address).text  # the editors' strip, not a copy


def test_pages_render_when_the_shared_cache_is_down(client, settings):
    settings.CACHES = {
        "default": {
            "BACKEND": "django.core.cache.backends.redis.RedisCache",
            "LOCATION": "redis://127.0.0.1:9/0",  # nothing listens on the discard port
            "OPTIONS": {"socket_connect_timeout": 0.2, "socket_timeout": 0.2},
        }
    }
    assert client.get("/resources/").status_code == 200
    assert client.get("/resources/").status_code == 200
