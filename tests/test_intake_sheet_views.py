"""The prep sheet page and its text download."""

import pytest
import time_machine

from intake.models import BankQuestion, GoalGroup, GoalSuggestion, QuestionTopic
from tests.answers import checked_in, goals_post, practicalities_post, questions_post

pytestmark = pytest.mark.django_db


@pytest.fixture(autouse=True)
def no_check_in(use_symptoms):
    return use_symptoms()


@pytest.fixture
def fill_plan(goal, bank):
    """fill_plan(client): every step of the prep plan answered, without a check-in."""

    def fill(client) -> None:
        first_words = {"first_words": "I can't sleep.", "duration": "months"}
        client.post("/prepare/what-brings-me/", first_words)
        client.post("/prepare/goals/", goals_post(goal("Sleep better"), own_goals="Laugh more"))
        client.post("/prepare/practicalities/", practicalities_post())
        client.post(
            "/prepare/questions/", questions_post(bank("How long is each session?"), own="Mine?")
        )

    return fill


def test_an_empty_sheet_says_what_to_do_first(client):
    html = client.get("/prepare/sheet/").text
    assert "There is nothing on your sheet yet" in html
    assert 'href="/prepare/what-brings-me/"' in html


def test_an_empty_sheet_shows_no_empty_headings(client):
    html = client.get("/prepare/sheet/").text
    for heading in (
        "What brings me</h2>",
        "My goals</h2>",
        "Practicalities</h2>",
        "Questions I want to ask</h2>",
    ):
        assert heading not in html


def test_the_sheet_shows_the_date(client):
    with time_machine.travel("2026-12-03 10:00Z", tick=False):
        html = client.get("/prepare/sheet/").text
    assert '<time datetime="2026-12-03">December 3, 2026</time>' in html


def test_a_full_plan_without_a_check_in_fills_the_sheet(client, fill_plan):
    fill_plan(client)
    html = client.get("/prepare/sheet/").text
    for text in (
        "I can&#x27;t sleep.",
        "A few months",
        "Sleep better",
        "Laugh more",
        "By video",
        "How long is each session?",
        "Mine?",
    ):
        assert text in html
    assert "How I&#x27;ve been</h2>" not in html


def test_the_sheet_shows_check_in_results_when_there_are_some(client, use_symptoms):
    use_symptoms(checked_in(self_harm_thoughts_reported=True))
    html = client.get("/prepare/sheet/").text
    assert "Worrying most of the time: more than half the days" in html
    assert "PHQ-9: 12 out of 27 (moderate)" in html
    assert "Tell your provider about the thoughts of hurting yourself" in html


def test_a_partly_filled_sheet_lists_what_is_still_to_do(client):
    client.post("/prepare/goals/", goals_post(own_goals="Feel calmer"))
    html = client.get("/prepare/sheet/").text
    assert "Still to fill in" in html
    assert 'href="/prepare/practicalities/">Step 3: Expectations and practicalities' in html


def test_every_part_of_the_sheet_links_back_to_its_step(client, fill_plan):
    fill_plan(client)
    html = client.get("/prepare/sheet/").text
    for address in (
        "/prepare/what-brings-me/",
        "/prepare/goals/",
        "/prepare/practicalities/",
        "/prepare/questions/",
    ):
        assert f'href="{address}">Change' in html


def test_the_sheet_offers_print_and_the_text_download(client, fill_plan):
    fill_plan(client)
    html = client.get("/prepare/sheet/").text
    assert "data-print hidden>Print or save as PDF" in html
    assert 'href="/prepare/sheet.txt" download>Download as text' in html


def test_the_sheet_is_never_cached(client):
    assert "no-store" in client.get("/prepare/sheet/")["Cache-Control"]


def test_the_sheet_refuses_other_methods(client):
    assert client.put("/prepare/sheet/").status_code == 405


def test_choosing_what_goes_on_the_sheet_without_a_visit_creates_none(client):
    from visits.models import Visit

    assert client.post("/prepare/sheet/", {"include": []}).status_code == 302
    assert not Visit.objects.exists()


def test_the_sheet_of_one_browser_is_not_shown_to_another(client, django_user_model, fill_plan):
    from django.test import Client

    fill_plan(client)
    assert "There is nothing on your sheet yet" in Client().get("/prepare/sheet/").text


def test_the_sheet_page_reads_in_a_fixed_number_of_queries(
    client, django_assert_max_num_queries, fill_plan
):
    fill_plan(client)
    group = GoalGroup.objects.create(name="Many", order=99)
    topic = QuestionTopic.objects.create(name="Many", order=99)
    many_goals = [GoalSuggestion.objects.create(group=group, text=f"Goal {n}") for n in range(30)]
    many_questions = [BankQuestion.objects.create(topic=topic, text=f"Q {n}?") for n in range(30)]
    client.post("/prepare/goals/", goals_post(*many_goals))
    client.post("/prepare/questions/", questions_post(*many_questions))
    with django_assert_max_num_queries(7):
        html = client.get("/prepare/sheet/").text
    assert "Goal 29" in html and "Q 29?" in html


def test_the_text_download_is_plain_text_with_a_dated_filename(client, fill_plan):
    fill_plan(client)
    with time_machine.travel("2026-12-03 10:00Z", tick=False):
        response = client.get("/prepare/sheet.txt")
    assert response["Content-Type"] == "text/plain; charset=utf-8"
    assert (
        response["Content-Disposition"]
        == 'attachment; filename="therapy-prep-sheet-2026-12-03.txt"'
    )


def test_the_text_download_has_the_same_content_as_the_page(client, fill_plan):
    fill_plan(client)
    text = client.get("/prepare/sheet.txt").content.decode()
    assert "What I want to say first:\n  I can't sleep." in text
    assert "1. How long is each session?\n2. Mine?" in text
    assert "How I'd like to meet: By video" in text


def test_the_page_carries_the_same_text_for_its_copy_button(client, fill_plan):
    fill_plan(client)
    html = client.get("/prepare/sheet/").text
    assert '<pre id="sheet-text" hidden>MY PREP SHEET' in html
    assert 'data-copy="#sheet-text"' in html


def test_an_empty_text_download_says_where_to_start(client):
    text = client.get("/prepare/sheet.txt").content.decode()
    assert "Nothing here yet. Start your plan at http://testserver/prepare/" in text


def test_the_text_download_is_never_cached_and_refuses_post(client):
    assert "no-store" in client.get("/prepare/sheet.txt")["Cache-Control"]
    assert client.post("/prepare/sheet.txt").status_code == 405
