"""A visit's latest answers, kept in one row for the pages that show them."""

import datetime
import importlib

import pytest
from django.apps import apps
from django.conf import settings
from django.db import connection
from django.utils import timezone

from symptoms import services
from symptoms.latest import Answer, Latest, current, of_visit
from symptoms.models import LatestAnswers, Sign
from symptoms.summary import checklist_results
from visits.models import Visit

pytestmark = pytest.mark.django_db


def test_a_visit_that_has_not_answered_has_no_latest_answers(make_visit):
    assert of_visit(make_visit()) == Latest()
    assert of_visit(None) == Latest()


def test_the_row_holds_the_latest_two_checklists_latest_first(make_visit, take_checklist):
    visit = make_visit()
    for difficulty in (0, 1, 2):
        take_checklist(visit, difficulty=difficulty)
    assert [c.difficulty for c in of_visit(visit).checklists] == [2, 1]


def test_the_row_holds_each_answer_of_the_latest_checklist(make_visit, take_checklist):
    visit = make_visit()
    sleep = Sign.objects.get(area__slug="sleep")
    take_checklist(visit, frequency=0, **{str(sleep.pk): 3})
    answers = of_visit(visit).checklists[0].answers
    assert Answer(sleep.pk, 3, None) in answers
    assert len(answers) == Sign.objects.active().count()


def test_the_row_holds_the_latest_two_of_each_screener(make_visit, take_screener):
    visit = make_visit()
    for total in (1, 2, 3):
        take_screener(visit, "gad-7", [total] + [0] * 6)
    take_screener(visit, "phq-9", [1] * 9)
    screeners = of_visit(visit).screeners
    assert [(s.instrument, s.total) for s in screeners] == [
        ("phq-9", 9),
        ("gad-7", 3),
        ("gad-7", 2),
    ]


def test_thoughts_of_self_harm_reported_long_ago_are_still_known(
    make_visit, take_checklist, take_screener
):
    visit = make_visit()
    take_screener(visit, "phq-9", [0] * 8 + [1])
    take_checklist(visit, self_harm_thoughts=True)
    for _ in range(3):  # both older than anything the row keeps
        take_screener(visit, "phq-9", [0] * 9)
        take_checklist(visit, self_harm_thoughts=False)
    assert of_visit(visit).self_harm_ever


def test_an_expired_visits_latest_answers_are_not_read(client, make_visit, take_checklist, attach):
    visit = make_visit()
    take_checklist(visit)
    attach(client, visit)
    gone = timezone.now() - datetime.timedelta(days=settings.VISIT_RETENTION_DAYS, minutes=1)
    Visit.objects.filter(pk=visit.pk).update(last_active_at=gone)
    assert current(client.get("/").wsgi_request) == Latest()


def test_an_editors_new_wording_of_a_sign_shows_in_results_already_given(
    make_visit, take_checklist
):
    visit = make_visit()
    sleep = Sign.objects.get(area__slug="sleep")
    take_checklist(visit, frequency=0, **{str(sleep.pk): 2})
    sleep.text = "Sleeping badly, or far too much"
    sleep.save()
    marked = checklist_results(of_visit(visit)).symptoms.marked_signs
    assert [sign.text for sign in marked] == ["Sleeping badly, or far too much"]


def test_the_migration_fills_the_row_of_every_visit_that_answered_before_it(
    make_visit, take_checklist, take_screener
):
    answered, screened, silent = make_visit(), make_visit(), make_visit()
    take_checklist(answered, self_harm_thoughts=True)
    take_checklist(answered, frequency=2)
    take_screener(screened, "gad-7", [2] * 7)
    expected = {visit.pk: of_visit(visit) for visit in (answered, screened)}
    LatestAnswers.objects.all().delete()
    migration = importlib.import_module("symptoms.migrations.0005_latest_answers")
    migration.fill_latest_answers(apps, connection.schema_editor())
    assert {visit.pk: of_visit(visit) for visit in (answered, screened)} == expected
    assert not LatestAnswers.objects.filter(visit=silent).exists()


@pytest.mark.postgres
@pytest.mark.django_db(transaction=True)
@pytest.mark.skipif(connection.vendor != "postgresql", reason="needs PostgreSQL's row locks")
def test_a_checklist_and_a_screener_saved_at_once_both_show(run_at_once):
    """Two tabs of one visit save at the same instant, many times over."""
    for _ in range(10):
        visit = Visit.objects.create()
        saves = [
            lambda visit=visit: services.record_checklist(
                visit=visit, frequencies={}, difficulty=1, self_harm_thoughts=False
            ),
            lambda visit=visit: services.record_screener(
                visit=visit, instrument="gad-7", answers=[1] * 7, difficulty=None
            ),
        ]
        run_at_once(lambda saves=saves: saves.pop()(), 2)
        found = of_visit(visit)
        assert (len(found.checklists), len(found.screeners)) == (1, 1)
