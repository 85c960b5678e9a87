import datetime
import hashlib
import re

import pytest
import time_machine
from django.contrib.sessions.models import Session
from django.db import connection
from django.test import Client
from django.utils import timezone

from visits.codes import normalise_code
from visits.models import Visit
from visits.services import find_visit_by_code

pytestmark = pytest.mark.django_db

CODE = re.compile(r'id="resume-code"[^>]*>([^<]+)<')


def shown_code(response) -> str:
    return CODE.search(response.text).group(1)


def test_save_says_there_is_nothing_to_save_for_a_browser_with_no_answers(client):
    response = client.get("/save/")
    assert "There's nothing to save yet" in response.text
    assert 'href="/checklist/"' in response.text


def test_save_creates_no_visit_for_a_browser_with_no_answers(client):
    client.get("/save/")
    response = client.post("/save/")
    assert response.status_code == 302
    assert Visit.objects.count() == 0


def test_save_explains_what_is_kept_and_for_how_long(client, settings, attach, make_visit):
    settings.VISIT_RETENTION_DAYS = 45
    attach(client, make_visit())
    html = client.get("/save/").text
    assert "deleted 45 days after you last use them" in html
    assert "Get my resume code" in html


def test_save_offers_the_reminder_calendar_file(client, attach, make_visit):
    attach(client, make_visit())
    assert 'href="/save/reminder.ics" download' in client.get("/save/").text


def test_posting_to_save_shows_a_grouped_code_once_with_copy_and_print(client, attach, make_visit):
    attach(client, make_visit())
    response = client.post("/save/")
    assert re.fullmatch(r"(\w{4}-){4}\w{4}", shown_code(response))
    assert 'data-copy="#resume-code"' in response.text
    assert "data-print" in response.text


def test_the_page_showing_the_code_is_never_cached(client, attach, make_visit):
    attach(client, make_visit())
    response = client.post("/save/")
    assert "no-store" in response["Cache-Control"]


def test_the_shown_code_belongs_to_this_browsers_visit(client, attach, make_visit):
    visit = make_visit()
    attach(client, visit)
    code = shown_code(client.post("/save/"))
    assert find_visit_by_code(normalise_code(code)) == visit


def test_the_code_is_not_shown_again_on_the_next_visit_to_save(client, attach, make_visit):
    attach(client, make_visit())
    code = shown_code(client.post("/save/"))
    html = client.get("/save/").text
    assert code not in html and 'id="resume-code"' not in html


def test_asking_again_issues_a_new_code_and_the_old_one_stops_working(client, attach, make_visit):
    visit = make_visit()
    attach(client, visit)
    old = shown_code(client.post("/save/"))
    new = shown_code(client.post("/save/"))
    assert old != new
    assert find_visit_by_code(normalise_code(old)) is None
    assert find_visit_by_code(normalise_code(new)) == visit


def test_save_says_when_the_visit_already_has_a_code(client, saved_visit):
    saved_visit(client)
    assert "Get a new resume code" in client.get("/save/").text


def test_issuing_a_code_keeps_the_visit_alive(client, attach, make_visit):
    visit = make_visit(last_active_at=timezone.now() - datetime.timedelta(days=20))
    attach(client, visit)
    client.post("/save/")
    visit.refresh_from_db()
    assert timezone.now() - visit.last_active_at < datetime.timedelta(minutes=1)


def everything_in_the_database() -> str:
    """Every row of every table as text, with session data decoded (it is signed base64)."""
    with connection.cursor() as cursor:
        rows = []
        for table in connection.introspection.table_names(cursor):
            cursor.execute(f"SELECT * FROM {connection.ops.quote_name(table)}")
            rows += cursor.fetchall()
    sessions = [session.get_decoded() for session in Session.objects.all()]
    return repr(rows) + repr(sessions)


def test_the_plain_code_is_stored_nowhere_in_the_database(client, attach, make_visit):
    visit = make_visit()
    attach(client, visit)
    code = shown_code(client.post("/save/"))
    Client().post("/resume/", {"code": code.lower()})  # another device comes back with it
    dump = everything_in_the_database()
    forms = {code, code.replace("-", ""), code.lower(), code.replace("-", "").lower()}
    assert Session.objects.count() == 2 and "visit_id" in dump
    assert [form for form in forms if form in dump] == []


def test_the_stored_hash_is_not_the_code_hashed_without_a_key(client, attach, make_visit):
    attach(client, make_visit())
    code = normalise_code(shown_code(client.post("/save/")))
    assert Visit.objects.get().resume_code_hash != hashlib.sha256(code.encode()).hexdigest()


def test_save_refuses_other_methods(client):
    assert client.put("/save/").status_code == 405


def test_the_reminder_is_a_calendar_file_for_two_weeks_from_today(client):
    with time_machine.travel("2026-03-01 12:00Z", tick=False):
        response = client.get("/save/reminder.ics")
    assert response["Content-Type"] == "text/calendar; charset=utf-8"
    assert "DTSTART;VALUE=DATE:20260315\r\n" in response.text


def test_the_reminder_has_one_event_saying_only_check_in_again(client):
    text = client.get("/save/reminder.ics").text
    assert text.count("BEGIN:VEVENT") == 1
    assert "SUMMARY:Check in again\r\n" in text
    assert "Therapy" not in text and "http" not in text


def test_the_reminder_uses_crlf_line_endings_throughout(client):
    text = client.get("/save/reminder.ics").text
    assert text.endswith("\r\n")
    assert "\n" not in text.replace("\r\n", "")
    assert all(len(line.encode()) <= 75 for line in text.split("\r\n"))


def test_the_reminder_is_a_download_and_needs_no_visit(client):
    response = client.get("/save/reminder.ics")
    assert response.status_code == 200
    assert response["Content-Disposition"] == 'attachment; filename="check-in-again.ics"'


def test_the_reminder_refuses_post(client):
    assert client.post("/save/reminder.ics").status_code == 405


def test_save_keeps_queries_constant(client, django_assert_max_num_queries, attach, make_visit):
    attach(client, make_visit())
    with django_assert_max_num_queries(6):
        client.post("/save/")
