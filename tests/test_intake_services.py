"""Saving the plan: each step writes only its own answers, and a visit takes them all away."""

import threading

import pytest
from django.db import connection

from intake import services
from intake.models import (
    PRACTICALITY_FIELDS,
    BankQuestion,
    ChosenGoal,
    ChosenQuestion,
    GoalSuggestion,
    PrepPlan,
)
from visits.models import Visit

pytestmark = pytest.mark.django_db

PRACTICALITIES = {name: "" for name in PRACTICALITY_FIELDS} | {
    "availability": ["weekends"],
    "format": "phone",
    "language": "French",
}


def fill_everything(visit):
    services.save_what_brings_me(
        visit=visit,
        signs=["A sign"],
        signs_left_out=[],
        first_words="Words",
        duration="weeks",
        resume_at=2,
    )
    services.save_goals(
        visit=visit,
        suggestion_ids=[GoalSuggestion.objects.first().pk],
        own_goals="Own",
        resume_at=3,
    )
    services.save_practicalities(visit=visit, answers=PRACTICALITIES, resume_at=4)
    services.save_questions(
        visit=visit,
        question_ids=[BankQuestion.objects.first().pk],
        own_questions=["Mine?"],
        resume_at=5,
    )


def test_saving_one_step_leaves_the_other_steps_answers_alone():
    visit = Visit.objects.create()
    fill_everything(visit)
    services.save_what_brings_me(
        visit=visit, signs=[], signs_left_out=[], first_words="New", duration="", resume_at=2
    )
    plan = PrepPlan.objects.get(visit=visit)
    assert (plan.first_words, plan.own_goals, plan.language) == ("New", "Own", "French")


def test_saving_practicalities_leaves_what_brings_me_alone():
    visit = Visit.objects.create()
    fill_everything(visit)
    services.save_practicalities(
        visit=visit, answers=PRACTICALITIES | {"language": ""}, resume_at=4
    )
    assert PrepPlan.objects.get(visit=visit).first_words == "Words"


def test_the_first_save_creates_one_plan_and_later_saves_update_it():
    visit = Visit.objects.create()
    fill_everything(visit)
    fill_everything(visit)
    assert PrepPlan.objects.filter(visit=visit).count() == 1
    assert ChosenQuestion.objects.filter(visit=visit).count() == 2


def test_each_save_records_where_to_resume():
    visit = Visit.objects.create()
    services.save_goals(visit=visit, suggestion_ids=[], own_goals="", resume_at=1)
    assert PrepPlan.objects.get(visit=visit).resume_at == 1


def test_deleting_a_visit_deletes_every_answer():
    visit = Visit.objects.create()
    fill_everything(visit)
    visit.delete()
    assert (
        PrepPlan.objects.count()
        == ChosenGoal.objects.count()
        == ChosenQuestion.objects.count()
        == 0
    )


def test_a_goal_survives_an_editor_deleting_its_suggestion():
    visit = Visit.objects.create()
    suggestion = GoalSuggestion.objects.get(text="Sleep better")
    services.save_goals(visit=visit, suggestion_ids=[suggestion.pk], own_goals="", resume_at=3)
    suggestion.delete()
    assert [goal.wording for goal in ChosenGoal.objects.filter(visit=visit)] == ["Sleep better"]


def test_a_bank_question_follows_an_editors_rewording():
    visit = Visit.objects.create()
    question = BankQuestion.objects.get(text="How long is each session?")
    services.save_questions(visit=visit, question_ids=[question.pk], own_questions=[], resume_at=5)
    BankQuestion.objects.filter(pk=question.pk).update(text="How long does a session last?")
    assert (
        ChosenQuestion.objects.in_order().get(visit=visit).wording
        == "How long does a session last?"
    )


def test_moving_renumbers_positions_from_one():
    visit = Visit.objects.create()
    services.save_questions(
        visit=visit, question_ids=[], own_questions=["A", "B", "C"], resume_at=5
    )
    c = ChosenQuestion.objects.get(visit=visit, text="C")
    services.move_question(visit=visit, chosen_id=c.pk, offset=-1)
    rows = ChosenQuestion.objects.filter(visit=visit).order_by("position")
    assert [(row.text, row.position) for row in rows] == [("A", 1), ("C", 2), ("B", 3)]


def test_an_edited_own_question_takes_the_place_at_the_end():
    visit = Visit.objects.create()
    services.save_questions(visit=visit, question_ids=[], own_questions=["A", "B"], resume_at=5)
    services.save_questions(visit=visit, question_ids=[], own_questions=["A2", "B"], resume_at=5)
    rows = ChosenQuestion.objects.filter(visit=visit).in_order()
    assert [row.text for row in rows] == ["B", "A2"]


postgres_only = pytest.mark.skipif(
    connection.vendor != "postgresql", reason="needs PostgreSQL's row locks and upserts"
)


@postgres_only
@pytest.mark.postgres
@pytest.mark.usefixtures("seeded_db")
def test_two_tabs_saving_different_steps_at_once_lose_nothing():
    """Every round, two threads (two tabs) save different steps of one new visit at once."""
    suggestion = GoalSuggestion.objects.first()
    question = BankQuestion.objects.first()
    saves = [
        lambda v: services.save_what_brings_me(
            visit=v,
            signs=[],
            signs_left_out=[],
            first_words="Step one",
            duration="weeks",
            resume_at=2,
        ),
        lambda v: services.save_practicalities(visit=v, answers=PRACTICALITIES, resume_at=4),
        lambda v: services.save_goals(
            visit=v, suggestion_ids=[suggestion.pk], own_goals="Step two", resume_at=3
        ),
        lambda v: services.save_questions(
            visit=v, question_ids=[question.pk], own_questions=["Step four?"], resume_at=5
        ),
    ]
    pairs = [(0, 1), (0, 2), (1, 2), (2, 3), (0, 3), (1, 3)]
    errors = []
    for _ in range(5):
        for first, second in pairs:
            visit = Visit.objects.create()
            barrier = threading.Barrier(2)

            def run(save, visit=visit, barrier=barrier):
                try:
                    barrier.wait()
                    save(visit)
                except Exception as error:  # collected and asserted below
                    errors.append(error)
                finally:
                    connection.close()

            threads = [threading.Thread(target=run, args=(saves[i],)) for i in (first, second)]
            for thread in threads:
                thread.start()
            for thread in threads:
                thread.join()
            assert errors == []
            plan = PrepPlan.objects.get(visit=visit)
            expected = {
                0: plan.first_words == "Step one",
                1: plan.language == "French",
                2: plan.own_goals == "Step two" and ChosenGoal.objects.filter(visit=visit).exists(),
                3: ChosenQuestion.objects.filter(visit=visit).count() == 2,
            }
            assert expected[first] and expected[second], (first, second)
