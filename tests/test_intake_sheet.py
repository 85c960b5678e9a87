"""Composing the prep sheet (pure) and reading it from the database (bounded)."""

from dataclasses import replace
from datetime import date

import pytest

from intake import services
from intake.models import BankQuestion, GoalGroup, GoalSuggestion, PrepPlan, QuestionTopic
from intake.plan import load_sheet
from intake.sheet import compose_sheet, sheet_as_text
from intake.text import lines_of, long_date
from symptoms.summary import VisitSymptoms
from tests.answers import PHQ9, SLEEP, WORRY, checked_in
from visits.models import Visit

TODAY = date(2026, 11, 29)


def sheet_with(plan=None, goals=(), questions=(), symptoms=None):
    return compose_sheet(
        today=TODAY,
        plan=plan,
        goals=list(goals),
        questions=list(questions),
        symptoms=symptoms or VisitSymptoms(),
    )


def test_long_dates_read_naturally():
    assert long_date(date(2026, 3, 7)) == "March 7, 2026"


def test_lines_of_drops_blank_lines_and_repeats():
    assert lines_of(" One \n\nTwo\nOne\r\n") == ["One", "Two"]


def test_a_sheet_with_nothing_is_empty_and_misses_every_step():
    sheet = sheet_with()
    assert sheet.is_empty
    assert len(sheet.missing_steps) == 4


def test_a_sheet_with_only_check_in_results_is_not_empty():
    sheet = sheet_with(symptoms=checked_in())
    assert not sheet.is_empty
    assert sheet.has_check_in


def test_a_sheet_without_check_in_results_still_composes_the_plan():
    plan = PrepPlan(first_words="I keep crying at work", duration="months")
    sheet = sheet_with(plan=plan, goals=["Sleep better"])
    assert sheet.has_what_brings_me and not sheet.has_check_in
    assert [step.label for step in sheet.missing_steps] == [
        "Expectations and practicalities",
        "Questions to ask",
    ]


def test_own_goals_follow_the_chosen_suggestions_without_repeats():
    plan = PrepPlan(own_goals="Sleep better\nLaugh more\n")
    assert sheet_with(plan=plan, goals=["Sleep better"]).goals == ["Sleep better", "Laugh more"]


def test_practicalities_list_only_what_was_answered():
    plan = PrepPlan(format="video", language="Spanish")
    assert sheet_with(plan=plan).practicalities == [
        ("How I'd like to meet", "By video"),
        ("Language for sessions", "Spanish"),
    ]


def test_availability_combines_the_times_and_the_note():
    plan = PrepPlan(availability=["evenings", "weekends"], availability_notes="Not Tuesdays")
    assert sheet_with(plan=plan).practicalities == [
        ("When I can go", "Weekday evenings, Weekends; Not Tuesdays")
    ]


def test_self_pay_visitors_are_reminded_of_the_good_faith_estimate():
    text = sheet_as_text(sheet_with(plan=PrepPlan(insurance="no")))
    assert "Good Faith Estimate" in text


def test_insured_visitors_get_no_good_faith_estimate_line():
    text = sheet_as_text(sheet_with(plan=PrepPlan(insurance="yes")))
    assert "Good Faith Estimate" not in text


def test_the_text_lists_signs_with_how_often_and_the_difficulty():
    text = sheet_as_text(sheet_with(symptoms=checked_in()))
    assert "- Sleeping much more or much less than usual: nearly every day" in text
    assert "How much these things get in the way: very difficult" in text


def test_the_text_gives_screener_totals_bands_and_difficulty():
    text = sheet_as_text(sheet_with(symptoms=checked_in()))
    assert (
        "PHQ-9: 12 out of 27 (moderate). How hard it makes daily life: somewhat difficult." in text
    )


def test_the_text_says_results_are_not_a_diagnosis():
    assert "not a diagnosis" in sheet_as_text(sheet_with(symptoms=checked_in()))


def test_a_checklist_with_no_marked_signs_says_so():
    symptoms = checked_in(marked_signs=[], screeners=[])
    assert "- I didn't mark any of the signs." in sheet_as_text(sheet_with(symptoms=symptoms))


def test_thoughts_of_self_harm_add_one_discreet_line():
    text = sheet_as_text(sheet_with(symptoms=checked_in(self_harm_thoughts_reported=True)))
    assert "Tell your provider about the thoughts of hurting yourself" in text
    assert "988" in text


def test_without_thoughts_of_self_harm_there_is_no_such_line():
    text = sheet_as_text(sheet_with(symptoms=checked_in()))
    assert "hurting yourself" not in text


def test_questions_are_numbered_in_their_order():
    text = sheet_as_text(sheet_with(questions=["Second?", "First?"]))
    assert "1. Second?\n2. First?" in text


def test_an_empty_sheet_as_text_says_where_to_start():
    text = sheet_as_text(sheet_with(), start_url="https://example.org/prepare/")
    assert "Start your plan at https://example.org/prepare/" in text
    assert "MY GOALS" not in text


def test_the_text_has_no_heading_for_a_part_left_empty():
    text = sheet_as_text(sheet_with(goals=["Sleep better"]))
    assert "MY GOALS" in text
    assert "PRACTICALITIES" not in text and "WHAT BRINGS ME" not in text


def test_screener_dates_use_the_local_day(settings):
    settings.TIME_ZONE = "America/Los_Angeles"
    late = replace(PHQ9, taken_at=PHQ9.taken_at.replace(hour=3))  # 3 am UTC: the day before
    text = sheet_as_text(sheet_with(symptoms=checked_in(screeners=[late])))
    assert "Taken November 27, 2026." in text


@pytest.mark.django_db
def test_load_sheet_reads_a_visit_in_a_fixed_number_of_queries(
    django_assert_max_num_queries, use_symptoms
):
    use_symptoms(checked_in())
    visit = Visit.objects.create()
    group = GoalGroup.objects.create(name="Many", order=99)
    topic = QuestionTopic.objects.create(name="Many", order=99)
    goals = [GoalSuggestion.objects.create(group=group, text=f"Goal {n}") for n in range(40)]
    questions = [BankQuestion.objects.create(topic=topic, text=f"Question {n}?") for n in range(40)]
    services.save_goals(
        visit=visit, suggestion_ids=[g.pk for g in goals], own_goals="", resume_at=3
    )
    services.save_questions(
        visit=visit, question_ids=[q.pk for q in questions], own_questions=["Mine?"], resume_at=5
    )
    with django_assert_max_num_queries(3):
        sheet = load_sheet(visit, today=TODAY)
    assert (len(sheet.goals), len(sheet.questions)) == (40, 41)


@pytest.mark.django_db
def test_load_sheet_without_a_visit_asks_the_symptoms_app_about_no_visit(use_symptoms):
    asked = use_symptoms()
    assert load_sheet(None, today=TODAY).is_empty
    assert asked == [None]


@pytest.mark.django_db
def test_load_sheet_keeps_goals_in_the_editors_group_order(use_symptoms):
    use_symptoms()
    visit = Visit.objects.create()
    later = GoalSuggestion.objects.get(text="Think through a big decision")
    earlier = GoalSuggestion.objects.get(text="Sleep better")
    services.save_goals(
        visit=visit, suggestion_ids=[later.pk, earlier.pk], own_goals="My own", resume_at=3
    )
    assert load_sheet(visit, today=TODAY).goals == [earlier.text, later.text, "My own"]


def test_signs_kept_from_an_earlier_check_in_are_still_mentioned():
    plan = PrepPlan(signs=[SLEEP.text])
    assert sheet_with(plan=plan).signs_to_mention == [SLEEP.text]


def test_a_marked_sign_the_visitor_kept_is_listed_once_with_how_often():
    plan = PrepPlan(signs=[SLEEP.text, WORRY.text])
    text = sheet_as_text(sheet_with(plan=plan, symptoms=checked_in()))
    assert text.count(SLEEP.text) == 1
    assert f"- {SLEEP.text}: nearly every day" in text


def test_signs_the_visitor_left_out_are_not_on_the_sheet():
    plan = PrepPlan(signs=[WORRY.text], signs_left_out=[SLEEP.text])
    assert sheet_with(plan=plan, symptoms=checked_in()).signs == [WORRY]


def test_leaving_out_every_sign_does_not_claim_none_were_marked():
    plan = PrepPlan(signs=[], signs_left_out=[SLEEP.text, WORRY.text])
    text = sheet_as_text(sheet_with(plan=plan, symptoms=checked_in()))
    assert "didn't mark" not in text and SLEEP.text not in text
