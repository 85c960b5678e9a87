"""Storing checklist and screener attempts, and what the database refuses."""

import datetime

import pytest
import time_machine
from django.db import IntegrityError, transaction
from django.db.models import ProtectedError

from symptoms import services
from symptoms.models import (
    ChecklistAnswer,
    ChecklistAttempt,
    ScreenerAnswer,
    ScreenerAttempt,
    Sign,
)

pytestmark = pytest.mark.django_db


def test_a_checklist_is_stored_as_one_dated_attempt_with_every_answer(make_visit, take_checklist):
    visit = make_visit()
    with time_machine.travel(datetime.datetime(2026, 11, 14, 9, tzinfo=datetime.UTC)):
        attempt = take_checklist(visit, frequency=0, difficulty=2)
    assert attempt.taken_at.date() == datetime.date(2026, 11, 14)
    assert attempt.answers.count() == Sign.objects.active().count()
    assert (attempt.difficulty, attempt.self_harm_thoughts) == (2, False)


def test_the_safety_answer_is_recorded_with_the_attempt(make_visit, take_checklist):
    attempt = take_checklist(make_visit(), self_harm_thoughts=True)
    assert ChecklistAttempt.objects.get(pk=attempt.pk).self_harm_thoughts


def test_taking_the_checklist_again_keeps_the_earlier_attempt(make_visit, take_checklist):
    visit = make_visit()
    take_checklist(visit, frequency=1)
    take_checklist(visit, frequency=2)
    assert visit.checklist_attempts.count() == 2


@pytest.mark.parametrize(
    "overrides",
    [
        {"difficulty": 4},
        {"difficulty": -1},
        {"frequencies": {1: 5}},
        {"difficulty": True},
        {"frequencies": {1: 2.0}},
    ],
    ids=[
        "difficulty-too-high",
        "difficulty-negative",
        "frequency-too-high",
        "difficulty-bool",
        "frequency-float",
    ],
)
def test_record_checklist_refuses_values_off_the_scale(overrides, make_visit):
    arguments = {"frequencies": {1: 1}, "difficulty": 1, "self_harm_thoughts": False} | overrides
    with pytest.raises(ValueError):
        services.record_checklist(visit=make_visit(), **arguments)
    assert not ChecklistAttempt.objects.exists()


def test_a_screener_is_stored_with_its_total_and_items_in_order(make_visit, take_screener):
    attempt = take_screener(make_visit(), "gad-7", [0, 1, 2, 3, 0, 1, 2])
    values = list(attempt.answers.values_list("item", "value"))
    assert (attempt.total, attempt.instrument) == (9, "gad-7")
    assert values == [(1, 0), (2, 1), (3, 2), (4, 3), (5, 0), (6, 1), (7, 2)]


def test_phq9_item_9_above_not_at_all_is_recorded_for_the_prep_sheet(make_visit, take_screener):
    attempt = take_screener(make_visit(), "phq-9", [0] * 8 + [1])
    assert attempt.self_harm_thoughts and attempt.total == 1


def test_the_screener_difficulty_question_may_be_left_unanswered(make_visit, take_screener):
    attempt = take_screener(make_visit(), "phq-9", [0] * 9, difficulty=None)
    assert attempt.difficulty is None


@pytest.mark.parametrize(
    ("instrument", "answers", "difficulty"),
    [
        ("phq-9", [1] * 7, 1),
        ("gad-7", [1] * 7 + [4], 1),
        ("bdi", [1] * 9, 1),
        ("gad-7", [1] * 7, 9),
        ("gad-7", [True] * 7, 1),
        ("phq-9", [2.0] * 9, 1),
        ("gad-7", [1] * 7, False),
    ],
    ids=[
        "too-few",
        "too-many",
        "unknown-instrument",
        "bad-difficulty",
        "bool-answers",
        "float-answers",
        "bool-difficulty",
    ],
)
def test_record_screener_refuses_what_does_not_fit(instrument, answers, difficulty, make_visit):
    with pytest.raises(ValueError):
        services.record_screener(
            visit=make_visit(), instrument=instrument, answers=answers, difficulty=difficulty
        )
    assert not ScreenerAttempt.objects.exists()


def test_deleting_a_visit_deletes_every_attempt_and_answer(
    make_visit, take_checklist, take_screener
):
    visit = make_visit()
    take_checklist(visit, self_harm_thoughts=True)
    take_screener(visit, "phq-9", [1] * 9)
    visit.delete()
    counts = [
        m.objects.count()
        for m in (ChecklistAttempt, ChecklistAnswer, ScreenerAttempt, ScreenerAnswer)
    ]
    assert counts == [0, 0, 0, 0]


def test_a_sign_with_answers_cannot_be_deleted_only_retired(make_sign, make_visit, take_checklist):
    sign = make_sign()
    take_checklist(make_visit())
    with pytest.raises(ProtectedError):
        sign.delete()


def test_the_database_allows_one_answer_per_attempt_and_sign(make_visit, take_checklist):
    attempt = take_checklist(make_visit())
    sign = Sign.objects.first()
    with pytest.raises(IntegrityError), transaction.atomic():
        ChecklistAnswer.objects.create(attempt=attempt, sign=sign, frequency=1)


def test_the_database_allows_one_answer_per_attempt_and_item(make_visit, take_screener):
    attempt = take_screener(make_visit(), "gad-7", [1] * 7)
    with pytest.raises(IntegrityError), transaction.atomic():
        ScreenerAnswer.objects.create(attempt=attempt, item=1, value=1)


def test_the_database_refuses_a_frequency_off_the_scale(make_sign, make_visit, take_checklist):
    attempt = take_checklist(make_visit())
    with pytest.raises(IntegrityError), transaction.atomic():
        ChecklistAnswer.objects.create(attempt=attempt, sign=make_sign(), frequency=4)


def test_no_name_email_address_or_browser_is_stored_with_answers():
    fields = {
        field.name
        for model in (ChecklistAttempt, ChecklistAnswer, ScreenerAttempt, ScreenerAnswer)
        for field in model._meta.get_fields()
    }
    assert not fields & {"name", "email", "ip", "ip_address", "user_agent", "user"}


def test_the_text_of_an_attempt_or_answer_never_shows_an_answer(make_visit, take_screener):
    attempt = take_screener(make_visit(), "phq-9", [3] * 9)
    texts = [str(attempt), str(attempt.answers.first())]
    assert texts == [
        f"Screener attempt {attempt.pk}",
        f"Screener answer {attempt.answers.first().pk}",
    ]
