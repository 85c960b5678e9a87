"""After `migrate` on an empty database the explainer and the plan have their content."""

import pytest

from intake.models import BankQuestion, GoalGroup, PlanStep, QuestionTopic, Section

pytestmark = pytest.mark.django_db


def test_the_four_parts_of_a_first_session_are_seeded_in_plan_order():
    parts = Section.objects.published().filter(plan_step__isnull=False)
    assert [part.plan_step for part in parts] == [step.value for step in PlanStep]


def test_goal_suggestions_are_grouped():
    names = list(GoalGroup.objects.values_list("name", flat=True))
    assert names[:4] == ["Feelings", "Relationships", "Habits and daily life", "Life changes"]


def test_the_question_bank_covers_the_topics_of_the_brief():
    topics = set(QuestionTopic.objects.values_list("name", flat=True))
    assert {"Approach and experience", "What sessions look like", "Cost and insurance"} <= topics
    assert {"Confidentiality and its limits", "Paperwork and logistics"} <= topics


def test_the_good_faith_estimate_question_explains_the_no_surprises_act():
    question = BankQuestion.objects.get(text__contains="Good Faith Estimate")
    assert "No Surprises Act" in question.note
    assert "written estimate" in question.note


def test_confidentiality_questions_mention_its_limits():
    notes = BankQuestion.objects.filter(topic__name="Confidentiality and its limits")
    assert any("keep you or someone else safe" in q.note for q in notes)


def test_the_sliding_scale_question_explains_the_term():
    question = BankQuestion.objects.get(text__contains="sliding scale")
    assert "depends on what you earn" in question.note
