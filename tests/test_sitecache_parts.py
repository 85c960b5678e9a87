"""Parts of a visitor's own page that are the same for everyone: cached, exact, safe."""

import re

import pytest
from django.db import DatabaseError
from django.template import Context, Template, TemplateSyntaxError
from django.test import Client, RequestFactory

from outreach import services as outreach_services
from resources.models import Resource, ResourceQuerySet
from sitecache import pages

pytestmark = pytest.mark.django_db

TOKEN = re.compile(r'name="csrfmiddlewaretoken" value="([^"]+)"')
PAGES = ["/checklist/results/", "/checklist/results/help/"]


@pytest.fixture
def checked_in_client(make_visit, take_checklist, attach):
    """checked_in_client(**answers) -> a client whose visit has a checklist at frequency 3."""

    def make(**answers) -> Client:
        client = Client()
        visit = make_visit()
        take_checklist(visit, frequency=3, **answers)
        attach(client, visit)
        return client

    return make


def without_token(response) -> str:
    return TOKEN.sub("TOKEN", response.content.decode())


@pytest.mark.parametrize("address", PAGES)
def test_a_page_with_cached_parts_is_the_same_html_as_a_fresh_render(
    settings, address, checked_in_client
):
    client = checked_in_client()
    settings.PAGE_CACHE = False
    fresh = client.get(address)
    settings.PAGE_CACHE = True
    client.get(address)  # stores the shared parts
    hit = client.get(address)
    assert "Add to my list" in hit.text
    assert without_token(hit) == without_token(fresh)


@pytest.mark.parametrize("address", PAGES)
def test_another_visitors_list_never_shows_on_a_cached_card(
    address, checked_in_client, attach, make_visit, take_checklist
):
    mine, theirs = checked_in_client(), checked_in_client()
    assert "On your list" not in theirs.get(address).text  # stores the cards
    first_card = Resource.objects.get(slug=first_card_slug(mine.get(address).text))
    visit = make_visit()
    take_checklist(visit, frequency=3)
    outreach_services.add_resource(visit=visit, resource=first_card)
    attach(mine, visit)
    assert "On your list" in mine.get(address).text
    assert "On your list" not in theirs.get(address).text


def first_card_slug(html: str) -> str:
    return re.search(r'aria-labelledby="resource-([a-z0-9-]+)"', html).group(1)


def test_the_csrf_token_on_a_cached_card_works(checked_in_client):
    checked_in_client().get("/checklist/results/")  # someone else stores the cards
    visitor = checked_in_client()
    visitor.handler.enforce_csrf_checks = True
    page = visitor.get("/checklist/results/").text
    resource = Resource.objects.get(slug=first_card_slug(page))
    token = TOKEN.search(page).group(1)
    response = visitor.post(
        "/resources/my-list/add/",
        {"csrfmiddlewaretoken": token, "resource": resource.pk, "back": "/checklist/results/"},
    )
    assert response.status_code == 302
    assert "On your list" in visitor.get("/checklist/results/").text


def test_an_edit_to_a_matched_resource_shows_at_once(
    django_capture_on_commit_callbacks, checked_in_client
):
    client = checked_in_client()
    resource = Resource.objects.get(slug=first_card_slug(client.get("/checklist/results/").text))
    resource.name = "A name an editor has just changed"
    with django_capture_on_commit_callbacks(execute=True):
        resource.save()
    assert "A name an editor has just changed" in client.get("/checklist/results/").text


def test_a_cached_part_costs_no_queries_of_its_own(
    django_assert_max_num_queries, checked_in_client
):
    client = checked_in_client()
    client.get("/checklist/results/")
    # The session (with the content version), the latest answers, the visitor's list.
    with django_assert_max_num_queries(3):
        assert client.get("/checklist/results/").status_code == 200


def test_a_query_string_renders_the_part_without_storing_it(settings, checked_in_client):
    client = checked_in_client()
    # A junk address must not add a copy: the "back" field of each card holds the address.
    page = client.get("/checklist/results/?anything=1").text
    assert 'value="/checklist/results/?anything=1"' in page
    assert 'value="/checklist/results/"' in client.get("/checklist/results/").text


def test_parts_render_when_the_content_version_cannot_be_read(monkeypatch, checked_in_client):
    client = checked_in_client()

    def unreadable():
        raise DatabaseError("the database went away")

    monkeypatch.setattr("sitecache.pages.current_version", unreadable)
    assert "Places that may fit" in client.get("/checklist/results/").text


@pytest.fixture
def stored_keys(monkeypatch):
    """The keys the cache is asked to store, in order, from here on."""
    keys, store = [], pages._store

    def spy(key, entry):
        keys.append(key)
        store(key, entry)

    monkeypatch.setattr(pages, "_store", spy)
    return keys


def test_the_header_and_footer_are_stored_once_however_many_addresses_are_tried(
    client, stored_keys
):
    assert client.get("/no-such-page-1/").status_code == 404
    stored_keys.clear()
    assert client.get("/no-such-page-2/").status_code == 404
    assert client.get("/no-such-page-3/?junk=1").status_code == 404
    assert stored_keys == []


def test_the_stored_header_marks_each_section_as_current(checked_in_client):
    client = checked_in_client()
    client.get("/resources/")  # stores the header for the directory's section
    html = client.get("/checklist/results/").text
    assert '<a href="/checklist/" aria-current="page">Check in</a>' in html
    assert html.count('aria-current="page"') == 1


def test_a_header_shown_with_the_outage_lines_is_never_stored(monkeypatch, checked_in_client):
    client = checked_in_client()

    def gone(queryset):
        raise DatabaseError("the database went away")

    monkeypatch.setattr(ResourceQuerySet, "in_crisis_strip", gone)
    assert "Prefer texting?" not in client.get("/checklist/results/").text  # the fallback
    monkeypatch.undo()
    assert "Prefer texting?" in client.get("/checklist/results/").text  # the editors' strip


def render(source: str, **context) -> str:
    request = RequestFactory().get("/somewhere/")
    return Template("{% load sitecache %}" + source).render(
        Context({"request": request, **context})
    )


def test_the_tag_keys_on_the_values_it_names():
    source = '{% shared "greeting" name %}Hello {{ name }}{% endshared %}'
    assert render(source, name="Ana") == "Hello Ana"
    assert render(source, name="Ben") == "Hello Ben"
    assert render(source, name="Ana") == "Hello Ana"


def test_the_tag_refuses_values_that_would_key_on_their_identity():
    with pytest.raises(TypeError, match="plain values"):
        render('{% shared "x" thing %}{% endshared %}', thing=object())


@pytest.mark.parametrize("tag", ["shared", "sitewide"])
def test_the_tag_needs_a_quoted_name(tag):
    with pytest.raises(TemplateSyntaxError, match="quoted name"):
        render(f"{{% {tag} greeting %}}{{% end{tag} %}}")


def test_a_sitewide_part_is_the_same_on_every_address():
    source = '{% sitewide "banner" %}Shown at {{ request.path }}{% endsitewide %}'
    assert render(source) == "Shown at /somewhere/"
    request = RequestFactory().get("/elsewhere/")
    template = Template("{% load sitecache %}" + source)
    assert template.render(Context({"request": request})) == "Shown at /somewhere/"
