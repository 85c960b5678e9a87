"""Sessions read with the content version: a returning visitor's page pays one query less."""

import datetime

import pytest
from django.contrib.sessions.models import Session
from django.db import connection
from django.test import Client
from django.test.utils import CaptureQueriesContext
from django.utils import timezone

from resources.models import Resource
from sitecache.models import ContentVersion
from visits.session import SESSION_KEY

pytestmark = pytest.mark.django_db


@pytest.fixture
def returning(client, make_visit, attach, settings):
    settings.PAGE_CACHE = True
    attach(client, make_visit())
    return client


def version_reads(queries) -> list[str]:
    return [q["sql"] for q in queries if "sitecache_contentversion" in q["sql"]]


def test_a_returning_visitors_cached_page_reads_the_version_with_the_session(returning):
    returning.get("/resources/")  # stores the copy
    with CaptureQueriesContext(connection) as queries:
        assert returning.get("/resources/").status_code == 200
    # The session with the version in it, then the visitor's list (see test_outreach_views).
    assert len(queries) == 2
    assert version_reads(queries) == [queries[0]["sql"]]
    assert "django_session" in queries[0]["sql"]


def test_an_edit_shows_at_once_to_a_returning_visitor(
    returning, django_capture_on_commit_callbacks
):
    resource = Resource.objects.published().not_crisis().order_by("name").first()
    assert resource.name in returning.get("/resources/").text
    resource.name = "A Name Nobody Had Before"
    with django_capture_on_commit_callbacks(execute=True):
        resource.save()
    assert "A Name Nobody Had Before" in returning.get("/resources/").text


def test_a_missing_version_row_is_made_again_and_the_page_still_works(returning):
    ContentVersion.objects.all().delete()
    assert returning.get("/resources/").status_code == 200
    assert ContentVersion.objects.filter(pk=1).exists()


def test_an_unknown_session_key_starts_afresh_with_no_visit(settings):
    settings.PAGE_CACHE = True
    stranger = Client()
    stranger.cookies[settings.SESSION_COOKIE_NAME] = "x" * 32
    html = stranger.get("/resources/").text
    assert "On your list" not in html
    assert SESSION_KEY not in stranger.session


def test_an_expired_session_is_not_read(returning, settings):
    Client().get("/resources/")  # stores the copy
    Session.objects.update(expire_date=timezone.now() - datetime.timedelta(seconds=1))
    with CaptureQueriesContext(connection) as queries:
        assert returning.get("/resources/").status_code == 200
    assert SESSION_KEY not in returning.session
    # The session is not found, so the version is read on its own; no list is read.
    assert len(queries) == 2
    assert "django_session" not in queries[1]["sql"] and version_reads(queries[1:])
