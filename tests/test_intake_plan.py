"""The four-step prep plan: navigation, saving, resuming, validation, reordering."""

import re

import pytest
from django.db import connection
from django.test import Client
from django.test.utils import CaptureQueriesContext
from django.utils import timezone

from intake.models import (
    BankQuestion,
    ChosenGoal,
    ChosenQuestion,
    GoalGroup,
    GoalSuggestion,
    PrepPlan,
    QuestionTopic,
)
from tests.answers import (
    GOOD_FAITH_QUESTION,
    SLEEP,
    WORRY,
    checked_in,
    goals_post,
    practicalities_post,
    questions_post,
)
from visits.models import Visit

pytestmark = pytest.mark.django_db

STEP_URLS = [
    "/prepare/what-brings-me/",
    "/prepare/goals/",
    "/prepare/practicalities/",
    "/prepare/questions/",
]


def is_ticked(html: str, value, control_id: str) -> bool:
    """Whether the option with this value and id starts checked, however the tag is spaced."""
    tag = re.search(rf'<input [^>]*value="{re.escape(str(value))}"\s+id="{control_id}"[^>]*>', html)
    return tag is not None and " checked" in tag.group()


@pytest.fixture(autouse=True)
def no_check_in(use_symptoms):
    return use_symptoms()


@pytest.fixture
def questions_in_order(visit_of):
    """questions_in_order(client) -> the wording of the client's chosen questions, in order."""

    def wordings(client) -> list[str]:
        rows = ChosenQuestion.objects.filter(visit=visit_of(client)).in_order()
        return [row.wording for row in rows]

    return wordings


# --- /prepare/ and the step pages ------------------------------------------------------


def test_a_newcomer_starts_at_step_one(client):
    response = client.get("/prepare/")
    assert response.status_code == 302
    assert response.url == "/prepare/what-brings-me/"


@pytest.mark.parametrize("address", STEP_URLS)
def test_every_step_shows_where_the_visitor_is(client, address):
    html = client.get(address).text
    step = STEP_URLS.index(address) + 1
    assert f"Step {step} of 4" in html
    assert 'aria-current="step"' in html


@pytest.mark.parametrize("address", STEP_URLS)
def test_every_step_has_back_and_continue(client, address):
    html = client.get(address).text
    assert 'name="go" value="back"' in html
    assert 'name="go" value="next"' in html


@pytest.mark.parametrize("address", STEP_URLS)
def test_steps_refuse_other_methods(client, address):
    assert client.put(address).status_code == 405
    assert client.delete(address).status_code == 405


def test_step_pages_are_never_cached(client):
    assert "no-store" in client.get("/prepare/goals/")["Cache-Control"]


def test_reading_the_steps_creates_no_visit(client):
    for address in STEP_URLS:
        client.get(address)
    assert Visit.objects.count() == 0


def test_continuing_without_answering_creates_no_visit(client):
    response = client.post("/prepare/goals/", goals_post())
    assert response.url == "/prepare/practicalities/"
    assert Visit.objects.count() == 0


def test_an_unknown_step_is_not_found(client):
    assert client.get("/prepare/5/").status_code == 404


# --- Step 1: what brings me ------------------------------------------------------------


def test_step_one_ticks_the_marked_signs_as_suggestions(client, use_symptoms):
    use_symptoms(checked_in())
    html = client.get("/prepare/what-brings-me/").text
    assert is_ticked(html, SLEEP.text, "id_signs_0")
    assert "(nearly every day)" in html


def test_step_one_without_a_check_in_suggests_taking_it(client):
    html = client.get("/prepare/what-brings-me/").text
    assert 'name="signs"' not in html
    assert 'href="/checklist/"' in html


def test_step_one_saves_and_continues_to_step_two(client, use_symptoms, visit_of):
    use_symptoms(checked_in())
    data = {"signs": [WORRY.text], "first_words": "I can't switch off.", "duration": "months"}
    response = client.post("/prepare/what-brings-me/", {**data, "go": "next"})
    assert response.url == "/prepare/goals/"
    plan = PrepPlan.objects.get(visit=visit_of(client))
    assert (plan.signs, plan.first_words, plan.duration) == (
        [WORRY.text],
        data["first_words"],
        "months",
    )


def test_unticked_suggestions_stay_unticked(client, use_symptoms):
    use_symptoms(checked_in())
    client.post("/prepare/what-brings-me/", {"first_words": "Hello", "go": "next"})
    html = client.get("/prepare/what-brings-me/").text
    assert " checked" not in html


def test_a_sign_unticked_in_step_one_stays_off_the_sheet(client, use_symptoms):
    use_symptoms(checked_in())
    client.post("/prepare/what-brings-me/", {"signs": [WORRY.text], "go": "next"})
    text = client.get("/prepare/sheet.txt").content.decode()
    assert SLEEP.text not in text
    assert f"- {WORRY.text}: more than half the days" in text


def test_a_sign_first_marked_in_a_later_check_in_starts_ticked(client, use_symptoms):
    use_symptoms(checked_in(marked_signs=[SLEEP]))
    client.post("/prepare/what-brings-me/", {"signs": [SLEEP.text], "go": "next"})
    use_symptoms(checked_in(marked_signs=[SLEEP, WORRY]))
    html = client.get("/prepare/what-brings-me/").text
    assert is_ticked(html, WORRY.text, "id_signs_1")


def test_a_sign_left_out_stays_left_out_after_a_check_in_that_skipped_it(client, use_symptoms):
    use_symptoms(checked_in())
    client.post("/prepare/what-brings-me/", {"signs": [WORRY.text], "go": "next"})
    use_symptoms(checked_in(marked_signs=[WORRY]))
    client.post("/prepare/what-brings-me/", {"signs": [WORRY.text], "go": "next"})
    use_symptoms(checked_in())
    assert SLEEP.text not in client.get("/prepare/sheet.txt").content.decode()


def test_a_sign_that_was_never_suggested_is_refused(client, use_symptoms):
    use_symptoms(checked_in())
    response = client.post("/prepare/what-brings-me/", {"signs": ["made up"], "first_words": "Hi"})
    assert "Select a valid choice" in response.text
    assert PrepPlan.objects.count() == 0


def test_back_from_step_one_returns_to_the_explainer(client):
    response = client.post("/prepare/what-brings-me/", {"first_words": "Hi", "go": "back"})
    assert response.url == "/first-session/#part-1"
    assert PrepPlan.objects.get().first_words == "Hi"


# --- Moving back and forth keeps answers -----------------------------------------------


def test_going_back_and_forth_keeps_every_answer(client, goal):
    client.post("/prepare/what-brings-me/", {"first_words": "Tired all the time", "go": "next"})
    client.post("/prepare/goals/", goals_post(goal("Sleep better"), own_goals="Laugh more"))
    client.post("/prepare/practicalities/", practicalities_post(go="back"))
    client.post(
        "/prepare/goals/", goals_post(goal("Sleep better"), own_goals="Laugh more", go="back")
    )
    step_one = client.get("/prepare/what-brings-me/").text
    step_three = client.get("/prepare/practicalities/").text
    assert "Tired all the time" in step_one
    assert is_ticked(step_three, "video", "id_format_1")


def test_back_saves_the_current_step_too(client):
    response = client.post("/prepare/goals/", goals_post(own_goals="Feel calmer", go="back"))
    assert response.url == "/prepare/what-brings-me/"
    assert "Feel calmer" in client.get("/prepare/goals/").text


def test_returning_to_prepare_resumes_where_the_visitor_was(client, goal):
    client.post("/prepare/what-brings-me/", {"first_words": "Hi", "go": "next"})
    client.post("/prepare/goals/", goals_post(goal("Sleep better")))
    assert client.get("/prepare/").url == "/prepare/practicalities/"


def test_after_the_last_step_prepare_resumes_at_the_sheet(client):
    client.post("/prepare/questions/", questions_post(own="Do you see couples?"))
    assert client.get("/prepare/").url == "/prepare/sheet/"


def test_a_visit_from_elsewhere_on_the_site_starts_the_plan_at_step_one(client, attach):
    attach(client, Visit.objects.create())
    assert client.get("/prepare/").url == "/prepare/what-brings-me/"


# --- Validation keeps every other answer -----------------------------------------------


def test_too_long_text_shows_a_clear_error_and_keeps_the_other_answers(client):
    data = practicalities_post(therapist_preferences="x" * 501, language="Polish")
    response = client.post("/prepare/practicalities/", data)
    assert (
        "\u201cAnything you&#x27;d like in a therapist\u201d is 501 characters long. "
        "Please shorten it to 500 characters or fewer." in response.text
    )
    assert 'value="Polish"' in response.text
    assert is_ticked(response.text, "evenings", "id_availability_2")


def test_an_invalid_step_saves_nothing(client):
    client.post("/prepare/practicalities/", practicalities_post(language="x" * 61))
    assert PrepPlan.objects.count() == 0


def test_an_invalid_step_leaves_the_other_steps_untouched(client):
    client.post("/prepare/what-brings-me/", {"first_words": "Kept", "go": "next"})
    client.post("/prepare/goals/", goals_post(own_goals="x" * 1001))
    assert PrepPlan.objects.get().first_words == "Kept"


def test_the_error_summary_links_to_the_field(client):
    response = client.post("/prepare/what-brings-me/", {"first_words": "x" * 1001})
    assert 'role="alert"' in response.text
    assert 'href="#id_first_words"' in response.text


def test_the_error_summary_links_to_the_first_radio_of_a_group(client):
    response = client.post("/prepare/practicalities/", practicalities_post(format="carrier pigeon"))
    assert 'href="#id_format_0"' in response.text


def test_text_fields_carry_their_limit_as_a_maxlength_fallback_and_for_the_live_count(client):
    html = client.get("/prepare/practicalities/").text
    assert 'maxlength="200" data-limit="200"' in html
    assert 'maxlength="500" data-limit="500"' in html


def test_line_breaks_count_as_one_character(client):
    text = "\r\n".join(["x" * 99] * 10)  # 990 characters and 9 breaks: 999 in all
    response = client.post("/prepare/what-brings-me/", {"first_words": text, "go": "next"})
    assert response.status_code == 302


def test_garbage_in_checkbox_groups_is_refused_without_a_crash(client):
    response = client.post("/prepare/goals/", {"group_1": ["abc", "99999"], "go": "next"})
    assert response.status_code == 200
    assert "Select a valid choice" in response.text


# --- Step 2: goals -----------------------------------------------------------------------


def test_goal_suggestions_are_grouped_in_fieldsets(client):
    html = client.get("/prepare/goals/").text
    for group in ("Feelings", "Relationships", "Habits and daily life", "Life changes"):
        assert re.search(rf"<legend[^>]*>\s*{group}\s*</legend>", html), group
    assert html.count("<fieldset") >= 4


def test_chosen_goals_are_ticked_when_the_visitor_comes_back(client, goal):
    chosen = goal("Sleep better")
    client.post("/prepare/goals/", goals_post(chosen))
    html = client.get("/prepare/goals/").text
    assert is_ticked(html, chosen.pk, f"id_group_{chosen.group_id}_0")
    assert html.count(" checked") == 1


def test_unticking_a_goal_removes_it(client, goal):
    client.post(
        "/prepare/goals/", goals_post(goal("Sleep better"), goal("Feel better about myself"))
    )
    client.post("/prepare/goals/", goals_post(goal("Feel better about myself")))
    assert [g.wording for g in ChosenGoal.objects.all()] == ["Feel better about myself"]


def test_unpublished_suggestions_are_not_offered(client):
    GoalSuggestion.objects.filter(text="Sleep better").update(is_published=False)
    assert "Sleep better" not in client.get("/prepare/goals/").text


def test_an_unpublished_goal_the_visitor_chose_is_still_shown(client, goal):
    client.post("/prepare/goals/", goals_post(goal("Sleep better")))
    GoalSuggestion.objects.filter(text="Sleep better").update(is_published=False)
    assert "Sleep better" in client.get("/prepare/goals/").text


# --- Step 4: questions and their order -------------------------------------------------


def test_the_question_bank_includes_the_good_faith_estimate(client):
    html = client.get("/prepare/questions/").text
    assert GOOD_FAITH_QUESTION in html
    assert "No Surprises Act" in html


def test_question_topics_include_confidentiality_and_its_limits(client):
    html = client.get("/prepare/questions/").text
    assert "Confidentiality and its limits" in html
    assert "keep you or someone else safe" in html


def test_new_questions_go_to_the_end_of_the_list(client, questions_in_order, bank):
    client.post("/prepare/questions/", questions_post(bank("How long is each session?")))
    client.post(
        "/prepare/questions/",
        questions_post(bank("How long is each session?"), own="Do you work with teenagers?"),
    )
    assert questions_in_order(client) == [
        "How long is each session?",
        "Do you work with teenagers?",
    ]


def test_move_up_reorders_without_javascript(client, questions_in_order):
    client.post("/prepare/questions/", questions_post(own="First?\nSecond?\nThird?"))
    third = ChosenQuestion.objects.get(text="Third?")
    data = questions_post(own="First?\nSecond?\nThird?", action=f"up-{third.pk}")
    response = client.post("/prepare/questions/", data)
    assert response.url == "/prepare/questions/#chosen-questions"
    assert questions_in_order(client) == ["First?", "Third?", "Second?"]


def test_move_down_reorders_and_saves_the_ticks_at_the_same_time(client, questions_in_order, bank):
    client.post("/prepare/questions/", questions_post(own="First?\nSecond?"))
    first = ChosenQuestion.objects.get(text="First?")
    extra = bank("How long is each session?")
    client.post(
        "/prepare/questions/",
        questions_post(extra, own="First?\nSecond?", action=f"down-{first.pk}"),
    )
    assert questions_in_order(client) == ["Second?", "First?", "How long is each session?"]


def test_moving_the_first_question_up_changes_nothing(client, questions_in_order):
    client.post("/prepare/questions/", questions_post(own="First?\nSecond?"))
    first = ChosenQuestion.objects.get(text="First?")
    client.post(
        "/prepare/questions/", questions_post(own="First?\nSecond?", action=f"up-{first.pk}")
    )
    assert questions_in_order(client) == ["First?", "Second?"]


def test_remove_takes_a_question_off_the_list(client, questions_in_order, bank):
    client.post(
        "/prepare/questions/", questions_post(bank("How long is each session?"), own="Mine?")
    )
    mine = ChosenQuestion.objects.get(text="Mine?")
    data = questions_post(
        bank("How long is each session?"), own="Mine?", action=f"remove-{mine.pk}"
    )
    client.post("/prepare/questions/", data)
    assert questions_in_order(client) == ["How long is each session?"]


@pytest.mark.parametrize(
    "action", ["up-", "sideways-3", "up-abc", "up-99999999999999999999999", "down-424242"]
)
def test_a_garbled_move_is_ignored(client, action, questions_in_order):
    client.post("/prepare/questions/", questions_post(own="A?\nB?"))
    response = client.post("/prepare/questions/", questions_post(own="A?\nB?", action=action))
    assert response.status_code == 302
    assert questions_in_order(client) == ["A?", "B?"]


def test_another_visits_question_cannot_be_moved_or_removed(client):
    other = Visit.objects.create()
    theirs = ChosenQuestion.objects.create(visit=other, is_own=True, text="Theirs", position=1)
    client.post("/prepare/questions/", questions_post(own="Mine?", action=f"remove-{theirs.pk}"))
    assert ChosenQuestion.objects.filter(pk=theirs.pk).exists()


def test_the_order_list_has_move_buttons_named_for_each_question(client):
    client.post("/prepare/questions/", questions_post(own="First?\nSecond?"))
    html = client.get("/prepare/questions/").text
    assert 'Move down<span class="visually-hidden"> question 1: First?</span>' in html
    assert 'Move up<span class="visually-hidden"> question 2: Second?</span>' in html


def test_too_many_own_questions_are_refused_with_a_clear_message(client):
    own = "\n".join(f"Question {n}?" for n in range(21))
    response = client.post("/prepare/questions/", questions_post(own=own))
    assert "You have 21 questions in \u201cMy own questions\u201d" in response.text


def test_a_too_long_own_question_is_named_in_the_error(client):
    response = client.post("/prepare/questions/", questions_post(own="Short?\n" + "y" * 301))
    assert "Question 2 in \u201cMy own questions\u201d is 301 characters long" in response.text


def test_the_last_step_continues_to_the_sheet(client):
    response = client.post("/prepare/questions/", questions_post(own="Anything?"))
    assert response.url == "/prepare/sheet/"


# --- Queries stay constant as content grows --------------------------------------------


@pytest.mark.parametrize("address", STEP_URLS)
def test_step_pages_read_in_a_fixed_number_of_queries(
    client, address, django_assert_max_num_queries
):
    group = GoalGroup.objects.create(name="Many", order=99)
    topic = QuestionTopic.objects.create(name="Many", order=99)
    goals = [GoalSuggestion.objects.create(group=group, text=f"Goal {n}") for n in range(30)]
    questions = [BankQuestion.objects.create(topic=topic, text=f"Q {n}?") for n in range(30)]
    client.post("/prepare/goals/", goals_post(*goals))
    client.post("/prepare/questions/", questions_post(*questions, own="Mine?"))
    # Constant whatever the content. This first view of the step also works out the review
    # block, shared from then on: it reads the items' reviews and sources.
    with django_assert_max_num_queries(10):
        assert client.get(address).status_code == 200


# --- The review block is content: read once for everyone ------------------------------

REVIEWED_STEPS = {"/prepare/goals/": GoalSuggestion, "/prepare/questions/": BankQuestion}


@pytest.mark.parametrize("address", REVIEWED_STEPS)
def test_a_returning_visitor_gets_the_review_block_without_reading_reviews(client, address):
    client.post("/prepare/goals/", goals_post(own_goals="Sleep better"))
    Client().get(address)  # someone else's request works the review block out
    with CaptureQueriesContext(connection) as queries:
        html = client.get(address).text
    assert 'class="page-review"' in html
    assert not [q["sql"] for q in queries if "editorial_" in q["sql"]]


@pytest.mark.parametrize("address", REVIEWED_STEPS.items())
def test_a_review_recorded_by_an_editor_shows_at_once_on_the_step(
    client, address, make_reviewer, django_capture_on_commit_callbacks
):
    address, model = address
    client.post("/prepare/goals/", goals_post(own_goals="Sleep better"))
    assert "Clinical review pending" in client.get(address).text
    reviewer = make_reviewer()
    with django_capture_on_commit_callbacks(execute=True):
        for item in model.objects.published():
            item.record_review(by=reviewer, on=timezone.localdate())
            item.save()
    assert "Reviewed by Jordan Lee, LCSW" in client.get(address).text
