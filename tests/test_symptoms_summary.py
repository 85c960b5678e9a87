"""The symptoms app's read API: what a visit's answers add up to, in few queries."""

import datetime

import pytest
import time_machine
from django.db import connection
from django.test.utils import CaptureQueriesContext

from symptoms.guidance import HelpLevel
from symptoms.instruments import PHQ9
from symptoms.latest import of_visit
from symptoms.models import Sign
from symptoms.summary import (
    VisitSymptoms,
    checklist_results,
    screener_result,
    symptoms_for_visit,
)

pytestmark = pytest.mark.django_db

NOV_14 = datetime.datetime(2026, 11, 14, 10, tzinfo=datetime.UTC)
NOV_29 = datetime.datetime(2026, 11, 29, 10, tzinfo=datetime.UTC)


def sign_pk(area_slug: str) -> int:
    return Sign.objects.get(area__slug=area_slug).pk


def queries_for(function, *args) -> int:
    with CaptureQueriesContext(connection) as queries:
        function(*args)
    return len(queries)


def test_no_visit_has_empty_symptoms_without_a_query(django_assert_num_queries):
    with django_assert_num_queries(0):
        assert symptoms_for_visit(None) == VisitSymptoms()


def test_a_visit_with_no_answers_has_empty_symptoms(make_visit):
    assert symptoms_for_visit(make_visit()).is_empty


def test_the_summary_lists_the_latest_checklists_marked_signs_in_order(make_visit, take_checklist):
    visit = make_visit()
    take_checklist(visit, frequency=2)
    take_checklist(visit, frequency=0, difficulty=3, **{str(sign_pk("sleep")): 3})
    summary = symptoms_for_visit(visit)
    assert [(s.area_slug, s.frequency_label) for s in summary.marked_signs] == [
        ("sleep", "Nearly every day")
    ]
    assert summary.difficulty_label == "Extremely difficult"


def test_the_summary_has_the_latest_of_each_screener_with_its_band(make_visit, take_screener):
    visit = make_visit()
    take_screener(visit, "gad-7", [3] * 7)
    take_screener(visit, "gad-7", [1] * 7, difficulty=None)
    take_screener(visit, "phq-9", [2] * 8 + [0])
    screeners = symptoms_for_visit(visit).screeners
    assert [(s.slug, s.total, s.max_score, s.band) for s in screeners] == [
        ("phq-9", 16, 27, "Moderately severe"),
        ("gad-7", 7, 21, "Mild"),
    ]
    assert screeners[1].difficulty_label is None


def test_any_self_harm_answer_in_the_visit_is_reported_for_the_prep_sheet(
    make_visit, take_screener
):
    visit = make_visit()
    take_screener(visit, "phq-9", [0] * 8 + [2])
    take_screener(visit, "phq-9", [0] * 9)
    assert symptoms_for_visit(visit).self_harm_thoughts_reported


def test_the_checklist_safety_answer_is_reported_for_the_prep_sheet(make_visit, take_checklist):
    visit = make_visit()
    take_checklist(visit, self_harm_thoughts=True)
    assert symptoms_for_visit(visit).self_harm_thoughts_reported


def test_another_visits_answers_never_show(make_visit, take_checklist):
    take_checklist(make_visit(), frequency=3, self_harm_thoughts=True)
    assert symptoms_for_visit(make_visit()).is_empty


def test_the_summary_runs_the_same_few_queries_for_8_or_40_signs(
    add_signs, make_visit, take_checklist, take_screener
):
    few, many = make_visit(), make_visit()
    take_checklist(few, frequency=2)
    take_screener(few, "phq-9", [1] * 9)
    symptoms_for_visit(few)  # the signs answered are content, shared: cached from here on
    small = queries_for(symptoms_for_visit, few)
    add_signs(32)
    for _ in range(5):
        take_checklist(many, frequency=2)
        take_screener(many, "phq-9", [1] * 9)
        take_screener(many, "gad-7", [1] * 7)
    symptoms_for_visit(many)
    # The latest answers, and the content version of the cached signs.
    assert small == queries_for(symptoms_for_visit, many) <= 2


def test_checklist_results_are_none_before_anything_is_answered(make_visit):
    assert checklist_results(of_visit(None)) is None
    assert checklist_results(of_visit(make_visit())) is None


def test_checklist_results_compare_with_the_previous_attempt(make_visit, take_checklist):
    visit = make_visit()
    with time_machine.travel(NOV_14):
        take_checklist(visit, frequency=1, difficulty=2)
    with time_machine.travel(NOV_29):
        take_checklist(visit, frequency=1, difficulty=1, **{str(sign_pk("sleep")): 3})
        results = checklist_results(of_visit(visit))
    assert results.previous_taken_at == NOV_14
    assert results.previous_difficulty_label == "Very difficult"
    assert [(c.direction, c.before) for c in results.sign_changes] == [
        ("more often", "Several days")
    ]


def test_checklist_results_show_the_change_in_each_screener_since_last_time(
    make_visit, take_screener
):
    visit = make_visit()
    with time_machine.travel(NOV_14):
        take_screener(visit, "phq-9", [2] * 7 + [1, 0])
    with time_machine.travel(NOV_29):
        take_screener(visit, "phq-9", [2] * 6 + [0, 0, 0])
        results = checklist_results(of_visit(visit))
    assert results.screener_lines[0].change == "PHQ-9: 12 out of 27 today, 15 on Nov 14"


def test_checklist_results_suggest_a_level_and_areas_from_the_latest_answers(
    make_visit, take_checklist, take_screener
):
    visit = make_visit()
    take_checklist(visit, frequency=0, difficulty=0, **{str(sign_pk("grief-loss")): 2})
    take_screener(visit, "gad-7", [2] * 7)
    results = checklist_results(of_visit(visit))
    assert results.level == HelpLevel.THERAPY
    assert results.area_slugs == ["grief-loss", "anxiety"]
    assert results.area_names == ["Worry and anxiety", "Grief and loss"]


def test_checklist_results_open_with_the_crisis_panel_after_a_safety_answer_of_yes(
    make_visit, take_checklist
):
    visit = make_visit()
    take_checklist(visit, frequency=0, self_harm_thoughts=True)
    results = checklist_results(of_visit(visit))
    assert results.show_crisis_panel and results.level == HelpLevel.URGENT


def test_checklist_results_offer_only_the_screeners_not_yet_taken(
    make_visit, take_checklist, take_screener
):
    visit = make_visit()
    take_checklist(visit)
    take_screener(visit, "phq-9", [0] * 9)
    assert [s.slug for s in checklist_results(of_visit(visit)).untaken_screeners] == ["gad-7"]


def test_checklist_results_run_the_same_queries_whatever_the_number_of_signs(
    add_signs, make_visit, take_checklist, take_screener
):
    few, many = make_visit(), make_visit()
    take_checklist(few, frequency=2)
    take_checklist(few, frequency=1)
    take_screener(few, "gad-7", [2] * 7)
    # The signs and area names are shared by everyone: cached from here on.
    checklist_results(of_visit(few))
    small = queries_for(lambda: checklist_results(of_visit(few)))
    add_signs(32)
    for _ in range(6):
        take_checklist(many, frequency=2)
        take_screener(many, "gad-7", [2] * 7)
        take_screener(many, "phq-9", [2] * 9)
    checklist_results(of_visit(many))
    # The latest answers, and the content version for each of the two cached values
    # (outside a request; a page reads the version once for all its parts).
    assert small == queries_for(lambda: checklist_results(of_visit(many))) <= 3


def test_a_screener_result_lists_each_item_with_its_answer(make_visit, take_screener):
    visit = make_visit()
    take_screener(visit, "phq-9", [0, 1, 2, 3, 0, 1, 2, 3, 0], difficulty=2)
    result = screener_result(visit, PHQ9)
    assert [a.answer for a in result.answers][:4] == [
        "Not at all",
        "Several days",
        "More than half the days",
        "Nearly every day",
    ]
    assert (result.score.total, result.difficulty_label) == (12, "Very difficult")


def test_a_screener_result_keeps_earlier_attempts_for_comparison(make_visit, take_screener):
    visit = make_visit()
    with time_machine.travel(NOV_14):
        take_screener(visit, "phq-9", [3] * 5 + [0] * 4)
    take_screener(visit, "phq-9", [1] * 9)
    result = screener_result(visit, PHQ9)
    assert [(e.total, e.band) for e in result.earlier] == [(15, "Moderately severe")]
    assert result.show_crisis_panel


def test_a_screener_result_is_none_when_not_taken(make_visit, take_screener):
    visit = make_visit()
    take_screener(visit, "gad-7", [1] * 7)
    assert screener_result(visit, PHQ9) is None


def test_a_screener_result_takes_two_queries_however_many_attempts(
    django_assert_num_queries, make_visit, take_screener
):
    visit = make_visit()
    for _ in range(10):
        take_screener(visit, "phq-9", [1] * 9)
    with django_assert_num_queries(2):
        screener_result(visit, PHQ9)
