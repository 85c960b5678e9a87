import datetime
import re

import pytest
import time_machine
from django.contrib.sessions.backends.db import SessionStore
from django.test import Client
from django.utils import timezone

from visits import views
from visits.models import Visit
from visits.services import issue_resume_code

pytestmark = pytest.mark.django_db


def test_resume_shows_a_labelled_code_field(client):
    html = client.get("/resume/").text
    assert re.search(r'<label\s+for="id_code"', html)
    assert 'autocomplete="off"' in html


def test_a_right_code_attaches_the_visit_to_a_new_browser(client, saved_visit, session_visit_id):
    visit, code = saved_visit()
    response = client.post("/resume/", {"code": code})
    assert response.status_code == 302 and response["Location"] == "/resume/welcome/"
    assert session_visit_id(client) == visit.pk


def test_case_spaces_and_dashes_in_the_code_are_forgiven(client, saved_visit, session_visit_id):
    visit, code = saved_visit()
    client.post("/resume/", {"code": " " + code.lower().replace("-", " ") + " "})
    assert session_visit_id(client) == visit.pk


def test_resuming_brings_back_the_screeners_and_the_prep_plan_too(
    client, fill_every_answer_table, saved_visit
):
    visit, code = saved_visit()
    fill_every_answer_table(visit)
    assert "I can't rest." not in client.get("/prepare/sheet.txt").text
    client.post("/resume/", {"code": code})
    sheet = client.get("/prepare/sheet.txt").text
    assert "GAD-7: 14 out of 21" in sheet and "I can't rest." in sheet and "Evenings?" in sheet


def test_the_welcome_page_confirms_the_answers_are_back(client, saved_visit):
    _, code = saved_visit()
    response = client.post("/resume/", {"code": code}, follow=True)
    assert "Welcome back" in response.text
    assert 'href="/checklist/results/"' in response.text


def test_the_welcome_page_links_to_the_questionnaire_results_not_blank_forms(client, saved_visit):
    _, code = saved_visit()
    html = client.post("/resume/", {"code": code}, follow=True).text
    assert 'href="/screeners/phq-9/results/"' in html and 'href="/screeners/gad-7/results/"' in html


def test_the_welcome_page_sends_a_browser_without_a_visit_to_resume(client):
    response = client.get("/resume/welcome/")
    assert response.status_code == 302 and response["Location"] == "/resume/"


def test_resuming_changes_the_session_key(client, saved_visit):
    _, code = saved_visit()
    client.get("/resume/")
    session = client.session
    session["something"] = "planted"
    session.save()
    before = client.cookies["sessionid"].value
    client.post("/resume/", {"code": code})
    assert client.cookies["sessionid"].value != before


def test_resuming_marks_the_visit_active(client, saved_visit):
    old = timezone.now() - datetime.timedelta(days=20)
    visit, code = saved_visit()
    Visit.objects.filter(pk=visit.pk).update(last_active_at=old)
    client.post("/resume/", {"code": code})
    visit.refresh_from_db()
    assert visit.last_active_at > old


def test_a_wrong_code_says_so_and_keeps_what_was_typed(client, saved_visit, session_visit_id):
    saved_visit()
    response = client.post("/resume/", {"code": "2222-3333-4444-5555-6666"})
    assert "find saved answers for that code" in response.text
    assert 'value="2222-3333-4444-5555-6666"' in response.text
    assert session_visit_id(client) is None


def test_errors_are_summarised_at_the_top_with_a_link_to_the_field(client):
    response = client.post("/resume/", {"code": "nonsense"})
    assert 'role="alert"' in response.text
    assert 'href="#id_code"' in response.text
    assert response.text.index('role="alert"') < response.text.index("<h1>")


@pytest.mark.parametrize(
    ("typed", "message"),
    [
        ("", "Enter your resume code."),
        ("   ", "Enter your resume code."),
        ("0000-0000-0000-0000-0000", "doesn&#x27;t look like a resume code"),
        ("7KX4-M9PQ", "doesn&#x27;t look like a resume code"),
        ("x" * 5000, "doesn&#x27;t look like a resume code"),
    ],
)
def test_malformed_codes_get_a_plain_message(client, typed, message):
    response = client.post("/resume/", {"code": typed})
    assert response.status_code == 200
    assert message in response.text


def test_a_post_without_the_field_is_a_form_error_not_a_crash(client):
    assert "Enter your resume code." in client.post("/resume/", {}).text


def test_a_code_for_an_expired_visit_does_not_work(client, settings, saved_visit):
    settings.VISIT_RETENTION_DAYS = 30
    visit, code = saved_visit()
    Visit.objects.filter(pk=visit.pk).update(
        last_active_at=timezone.now() - datetime.timedelta(days=31)
    )
    assert "find saved answers for that code" in client.post("/resume/", {"code": code}).text


def test_a_code_made_before_a_secret_key_rotation_still_works(
    client, settings, saved_visit, session_visit_id
):
    settings.SECRET_KEY = "the-old-secret-key-" + "x" * 40
    visit, code = saved_visit()
    settings.SECRET_KEY, settings.SECRET_KEY_FALLBACKS = (
        "the-new-one-" + "y" * 40,
        [settings.SECRET_KEY],
    )
    client.post("/resume/", {"code": code})
    assert session_visit_id(client) == visit.pk


def test_the_code_is_hidden_from_error_reports(rf):
    request = rf.post("/resume/", {"code": "7KX4-M9PQ-HT3R-2FCW-A8NZ"})
    request.session = SessionStore()
    views.resume(request)
    assert request.sensitive_post_parameters == ("code",)


def test_resume_refuses_other_methods(client):
    assert client.delete("/resume/").status_code == 405


def test_resume_warns_that_unsaved_answers_here_will_be_replaced(client, attach, make_visit):
    attach(client, make_visit())
    assert "never saved with a code, so they will be deleted" in client.get("/resume/").text


def test_resuming_over_unsaved_answers_deletes_them_and_says_so(
    client, attach, make_visit, saved_visit, session_visit_id
):
    unsaved = make_visit()
    attach(client, unsaved)
    visit, code = saved_visit()
    response = client.post("/resume/", {"code": code}, follow=True)
    assert "were not saved with a code, so we deleted them" in response.text
    assert not Visit.objects.filter(pk=unsaved.pk).exists()
    assert session_visit_id(client) == visit.pk


def test_resuming_over_other_saved_answers_keeps_them_under_their_code(client, saved_visit):
    other, _ = saved_visit(client)
    _, code = saved_visit()
    response = client.post("/resume/", {"code": code}, follow=True)
    assert "still saved under their own code" in response.text
    assert Visit.objects.filter(pk=other.pk).exists()


def test_resuming_the_visit_already_here_changes_nothing(client, saved_visit, session_visit_id):
    visit, code = saved_visit(client)
    client.post("/resume/", {"code": code})
    assert session_visit_id(client) == visit.pk and Visit.objects.count() == 1


def test_two_devices_can_share_one_visit_with_one_code(
    client, attach, make_visit, session_visit_id
):
    visit = make_visit()
    attach(client, visit)
    code = issue_resume_code(visit=visit)
    other_device = Client()
    other_device.post("/resume/", {"code": code})
    assert session_visit_id(other_device) == session_visit_id(client) == visit.pk


def test_resume_keeps_queries_constant(client, django_assert_max_num_queries, saved_visit):
    _, code = saved_visit()
    with django_assert_max_num_queries(21):
        client.post("/resume/", {"code": code})


def test_the_welcome_page_states_when_the_answers_expire(client, settings, saved_visit):
    settings.VISIT_RETENTION_DAYS = 30
    with time_machine.travel("2026-03-01 12:00Z", tick=False):
        _, code = saved_visit()
        response = client.post("/resume/", {"code": code}, follow=True)
    assert "kept until March 31, 2026" in response.text
