import datetime

import pytest
from django.db.models.signals import post_delete
from django.test import Client
from django.utils import timezone

from tests.answers import tables_under_visit
from visits.models import Visit
from visits.services import find_visit_by_code, forget_visit

pytestmark = pytest.mark.django_db


def test_the_graph_walk_finds_answer_tables_behind_attempts():
    labels = {model._meta.label for model, _ in tables_under_visit()}
    assert {"symptoms.ChecklistAnswer", "symptoms.ScreenerAnswer"} <= labels


def test_forget_removes_every_row_of_the_visit_from_every_table(
    client, fill_every_answer_table, rows_per_table, saved_visit
):
    visit, _ = saved_visit(client)
    fill_every_answer_table(visit)
    before = rows_per_table(visit.pk)
    empty = [label for label, count in before.items() if count == 0]
    assert empty == [], f"add answers for {empty} to fill_every_answer_table"
    client.post("/forget/")
    assert set(rows_per_table(visit.pk).values()) == {0}
    assert not Visit.objects.filter(pk=visit.pk).exists()


def test_forget_leaves_other_visitors_answers_alone(
    client, attach, fill_every_answer_table, make_visit, rows_per_table
):
    mine, other = make_visit(), make_visit()
    attach(client, mine)
    fill_every_answer_table(other)
    before = rows_per_table(other.pk)
    client.post("/forget/")
    assert rows_per_table(other.pk) == before


def test_forget_deletes_all_or_nothing_in_one_transaction(
    fill_every_answer_table, make_visit, rows_per_table
):
    visit = make_visit()
    fill_every_answer_table(visit)
    before = rows_per_table(visit.pk)

    def fail_at_the_end(**kwargs):
        raise RuntimeError("the database went away")

    post_delete.connect(fail_at_the_end, sender=Visit, dispatch_uid="fail-forget")
    try:
        with pytest.raises(RuntimeError):
            forget_visit(visit_id=visit.pk)
    finally:
        post_delete.disconnect(sender=Visit, dispatch_uid="fail-forget")
    assert rows_per_table(visit.pk) == before and Visit.objects.filter(pk=visit.pk).exists()


def test_forget_asks_to_confirm_first(client, attach, make_visit):
    attach(client, make_visit())
    response = client.get("/forget/")
    assert "Delete my answers now" in response.text
    assert Visit.objects.count() == 1


def test_forget_redirects_to_a_confirmation_page(client, attach, make_visit):
    attach(client, make_visit())
    response = client.post("/forget/", follow=True)
    assert response.redirect_chain == [("/forget/done/", 302)]
    assert "Your answers are deleted" in response.text


def test_forget_flushes_the_browser_session(client, attach, make_visit, session_visit_id):
    attach(client, make_visit())
    client.post("/forget/")
    assert session_visit_id(client) is None


def test_the_old_code_stops_working_after_forget(client, saved_visit):
    _, code = saved_visit(client)
    client.post("/forget/")
    other_device = Client()
    assert "find saved answers for that code" in other_device.post("/resume/", {"code": code}).text
    assert find_visit_by_code(code.replace("-", "")) is None


def test_forget_removes_a_visit_that_just_expired_too(client, settings, attach, make_visit):
    settings.VISIT_RETENTION_DAYS = 30
    visit = make_visit(last_active_at=timezone.now() - datetime.timedelta(days=31))
    attach(client, visit)
    client.post("/forget/")
    assert not Visit.objects.filter(pk=visit.pk).exists()


def test_forget_says_there_is_nothing_to_delete_without_a_visit(client):
    assert "nothing here to delete" in client.get("/forget/").text


def test_forget_still_works_when_there_is_no_visit(client):
    response = client.post("/forget/")
    assert response.status_code == 302 and response["Location"] == "/forget/done/"


def test_forget_refuses_other_methods(client):
    assert client.put("/forget/").status_code == 405


def test_the_confirmation_page_refuses_post(client):
    assert client.post("/forget/done/").status_code == 405
