from pathlib import Path

import pytest
from django.conf import settings
from django.db import OperationalError

from resources.models import Resource

pytestmark = pytest.mark.django_db


def test_home_page_explains_therapy_and_offers_three_ways_in(client):
    response = client.get("/")
    assert response.status_code == 200
    assert "What is individual therapy?" in response.text
    for address in ("/checklist/", "/first-session/", "/resources/"):
        assert f'href="{address}"' in response.text


def test_every_page_has_the_crisis_strip_and_a_quick_exit(client):
    for address in ("/", "/about/", "/privacy/", "/no-such-page/"):
        html = client.get(address).text
        assert 'href="tel:988"' in html
        assert 'href="sms:741741?body=HOME"' in html
        assert "Leave this site" in html


def test_the_crisis_strip_reads_its_lines_from_the_directory(client):
    Resource.objects.filter(slug="crisis-text-line").update(strip_label="Text instead:")
    Resource.objects.filter(slug="emergency-911").update(is_published=False)
    html = client.get("/").text
    assert "Text instead:" in html
    assert 'href="tel:911"' not in html


def test_the_crisis_strip_falls_back_to_988_when_the_database_fails(client, monkeypatch):
    def broken(*args, **kwargs):
        raise OperationalError("database is down")

    monkeypatch.setattr(Resource.objects, "in_crisis_strip", broken)
    html = client.get("/about/").text
    assert 'href="tel:988"' in html


def test_the_navigation_marks_the_current_section(client):
    html = client.get("/about/").text
    assert 'aria-current="page"' not in html


def test_privacy_page_states_how_long_visits_are_kept(client, settings):
    settings.VISIT_RETENTION_DAYS = 30
    assert "deleted 30 days after it was last used" in client.get("/privacy/").text


def test_about_page_names_its_sources(client):
    html = client.get("/about/").text
    assert "National Institute of Mental Health" in html


def test_healthz_says_ok_after_a_database_round_trip(client):
    response = client.get("/healthz")
    assert (response.status_code, response.text) == (200, "ok")


def test_healthz_is_503_when_the_database_is_unreachable(client, monkeypatch):
    from therapy_readiness import views

    class DeadConnection:
        def cursor(self):
            raise OperationalError("could not connect")

    monkeypatch.setattr(views, "connection", DeadConnection())
    assert client.get("/healthz").status_code == 503


def test_healthz_refuses_post(client):
    assert client.post("/healthz").status_code == 405


def test_templates_link_by_url_name_never_by_a_written_out_path():
    templates = Path(settings.BASE_DIR, "templates").rglob("*.html")
    written_out = [t.name for t in templates if 'href="/' in t.read_text(encoding="utf-8")]
    assert written_out == []
