import datetime

import pytest
from django.conf import settings
from django.contrib.sessions.backends.db import SessionStore
from django.db import connection
from django.test import Client
from django.utils import timezone

from tests.answers import checklist_post
from visits.models import Visit
from visits.session import SESSION_KEY, current_visit, visit_for_answers

pytestmark = pytest.mark.django_db


def browser_request(rf, session_key=None):
    request = rf.post("/checklist/")
    request.session = SessionStore(session_key)
    return request


def test_a_browser_that_answered_nothing_has_no_visit(rf):
    assert current_visit(browser_request(rf)) is None


def test_reading_never_creates_a_visit(rf):
    current_visit(browser_request(rf))
    assert Visit.objects.count() == 0


def test_the_first_answer_creates_a_visit_and_ties_it_to_the_session(rf):
    request = browser_request(rf)
    visit = visit_for_answers(request)
    assert request.session[SESSION_KEY] == visit.pk
    assert current_visit(request) == visit


def test_later_answers_reuse_the_visit_and_mark_it_active(rf):
    request = browser_request(rf)
    visit = visit_for_answers(request)
    Visit.objects.filter(pk=visit.pk).update(last_active_at=timezone.now() - datetime.timedelta(9))
    again = visit_for_answers(request)
    assert again.pk == visit.pk
    assert timezone.now() - Visit.objects.get().last_active_at < datetime.timedelta(minutes=1)


def test_answering_renews_the_session_cookie_too(rf):
    request = browser_request(rf)
    visit_for_answers(request)
    request.session.save()
    request.session.modified = False
    visit_for_answers(request)
    assert request.session.modified


def test_an_expired_visit_is_not_the_current_one(rf, settings, make_visit):
    settings.VISIT_RETENTION_DAYS = 30
    visit = make_visit(last_active_at=timezone.now() - datetime.timedelta(days=31))
    request = browser_request(rf)
    request.session[SESSION_KEY] = visit.pk
    assert current_visit(request) is None


def test_answering_after_expiry_starts_a_fresh_visit(rf, settings, make_visit):
    settings.VISIT_RETENTION_DAYS = 30
    old = make_visit(last_active_at=timezone.now() - datetime.timedelta(days=31))
    request = browser_request(rf)
    request.session[SESSION_KEY] = old.pk
    assert visit_for_answers(request).pk != old.pk


def test_a_deleted_visit_in_the_session_is_forgotten_gracefully(rf):
    request = browser_request(rf)
    request.session[SESSION_KEY] = 987654
    assert current_visit(request) is None


def planted_session() -> str:
    """A session id as someone else could hold it: issued by the site, no visit in it."""
    session = SessionStore()
    session["something"] = "else"
    session.create()
    return session.session_key


def test_the_first_answer_moves_the_browser_to_a_new_session_id(rf):
    planted = planted_session()
    request = browser_request(rf, planted)
    visit = visit_for_answers(request)
    request.session.save()
    assert request.session.session_key != planted
    assert SessionStore(request.session.session_key).load()[SESSION_KEY] == visit.pk


def test_a_planted_session_id_never_reaches_the_answers(client):
    planted = planted_session()
    client.cookies[settings.SESSION_COOKIE_NAME] = planted
    client.post("/checklist/", checklist_post(frequency=2))
    attacker = Client()
    attacker.cookies[settings.SESSION_COOKIE_NAME] = planted
    assert "What you told us" in client.get("/checklist/results/").text
    assert "What you told us" not in attacker.get("/checklist/results/").text
    assert client.cookies[settings.SESSION_COOKIE_NAME].value != planted


@pytest.mark.postgres
@pytest.mark.django_db(transaction=True)
@pytest.mark.skipif(connection.vendor != "postgresql", reason="needs PostgreSQL")
def test_tabs_giving_their_first_answers_at_once_each_keep_theirs_away_from_the_old_id(
    rf, run_at_once
):
    planted = planted_session()
    tabs = [browser_request(rf, planted) for _ in range(6)]
    for request in tabs:
        assert SESSION_KEY not in request.session  # every tab has read the session: no visit
    visits = run_at_once(lambda: visit_for_answers(tabs.pop()).pk, 6)
    assert sorted(visits) == sorted(Visit.objects.values_list("pk", flat=True))
    assert SESSION_KEY not in SessionStore(planted).load()


def test_a_session_holding_something_odd_has_no_visit(rf):
    request = browser_request(rf)
    request.session[SESSION_KEY] = "not a number"
    assert current_visit(request) is None
