"""The prep sheet composed from real checklist and screener results (symptoms app)."""

import pytest

from symptoms import services as symptoms_services
from symptoms.models import Sign
from tests.answers import goals_post, questions_post
from visits.models import Visit

pytestmark = pytest.mark.django_db


@pytest.fixture
def visit(client, attach):
    visit = Visit.objects.create()
    attach(client, visit)
    return visit


def take_checklist(visit, *, self_harm_thoughts=False):
    signs = list(Sign.objects.active())
    frequencies = {sign.pk: 0 for sign in signs} | {signs[0].pk: 3, signs[1].pk: 2}
    symptoms_services.record_checklist(
        visit=visit, frequencies=frequencies, difficulty=2, self_harm_thoughts=self_harm_thoughts
    )
    return signs[0], signs[1]


def test_the_sheet_shows_real_checklist_and_screener_results(client, visit):
    first, second = take_checklist(visit)
    symptoms_services.record_screener(
        visit=visit, instrument="phq-9", answers=[1, 1, 2, 1, 1, 1, 1, 1, 0], difficulty=1
    )
    text = client.get("/prepare/sheet.txt").content.decode()
    assert f"- {first.text}: nearly every day" in text
    assert f"- {second.text}: more than half the days" in text
    assert "PHQ-9: 9 out of 27 (mild)" in text


def test_the_marked_signs_are_suggested_in_step_one(client, visit):
    first, _ = take_checklist(visit)
    html = client.get("/prepare/what-brings-me/").text
    assert f'value="{first.text}"' in html


def test_a_real_sign_unticked_in_step_one_stays_off_the_sheet(client, visit):
    first, second = take_checklist(visit)
    client.post("/prepare/what-brings-me/", {"signs": [second.text], "go": "next"})
    text = client.get("/prepare/sheet.txt").content.decode()
    assert first.text not in text
    assert f"- {second.text}: more than half the days" in text


def test_a_real_self_harm_answer_adds_the_discreet_line(client, visit):
    take_checklist(visit, self_harm_thoughts=True)
    assert "Tell your provider about the thoughts" in client.get("/prepare/sheet/").text


def test_phq9_item_nine_adds_the_discreet_line(client, visit):
    symptoms_services.record_screener(
        visit=visit, instrument="phq-9", answers=[0, 0, 0, 0, 0, 0, 0, 0, 1], difficulty=0
    )
    assert "Tell your provider about the thoughts" in client.get("/prepare/sheet/").text


def test_a_visit_that_skipped_the_checklist_gets_a_sheet_of_its_plan(client, visit):
    client.post("/prepare/goals/", goals_post(own_goals="Sleep through the night"))
    html = client.get("/prepare/sheet/").text
    assert "Sleep through the night" in html
    assert "How I&#x27;ve been" not in html


def test_the_sheet_with_real_results_reads_in_a_fixed_number_of_queries(
    client, visit, django_assert_max_num_queries, bank
):
    take_checklist(visit)
    for answers in ([1] * 9, [2] * 9):
        symptoms_services.record_screener(
            visit=visit, instrument="phq-9", answers=answers, difficulty=1
        )
    client.post("/prepare/questions/", questions_post(bank("How long is each session?"), own="A?"))
    with django_assert_max_num_queries(11):  # the signs answered: read once, then shared
        response = client.get("/prepare/sheet/")
    assert "PHQ-9: 18 out of 27" in response.text
