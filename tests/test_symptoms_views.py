"""The checklist, the screeners and their results pages, through Django's test client."""

import datetime
import re

import pytest
import time_machine
from django.db import OperationalError, connection
from django.test import Client
from django.test.utils import CaptureQueriesContext
from django.utils import timezone

from resources.models import Resource
from symptoms.models import ChecklistAttempt, ScreenerAttempt, Sign
from tests.answers import (
    PUBLISHED,
    PUBLISHED_DIFFICULTY,
    PUBLISHED_OPTIONS,
    checklist_post,
    screener_post,
)
from visits.models import Visit

pytestmark = pytest.mark.django_db

RESULTS = "/checklist/results/"


def first_sign() -> Sign:
    return Sign.objects.active().first()


def main_html(response) -> str:
    html = response.content.decode()
    return html[html.index("<main") : html.index("</main>")]


def opens_main(response) -> str:
    """The start of main, up to the first tag's end: what a visitor meets first."""
    html = main_html(response)
    return html[html.index(">") + 1 :].lstrip()[:120]


def count_queries(client, address) -> int:
    """Queries of a page once the parts shared by every visitor are cached."""
    client.get(address)
    with CaptureQueriesContext(connection) as queries:
        assert client.get(address).status_code == 200
    return len(queries)


# --- /checklist/ -------------------------------------------------------------------------


def test_the_checklist_asks_each_sign_as_its_own_fieldset_with_an_example(client):
    html = client.get("/checklist/").content.decode()
    # one per sign, one "how much it still weighs" per life event, difficulty and safety
    events = Sign.objects.active().filter(kind=Sign.Kind.LIFE_EVENT).count()
    assert html.count("<fieldset") == Sign.objects.active().count() + events + 2
    assert f'<legend class="question-legend">{first_sign().text}</legend>' in html
    assert f"For example: {first_sign().example}" in html


def test_the_checklist_never_uses_a_table_grid(client):
    assert "<table" not in client.get("/checklist/").content.decode()


def test_the_checklist_always_asks_the_safety_question(client):
    html = client.get("/checklist/").content.decode()
    assert "thoughts of ending your life or of hurting yourself" in html


def test_the_checklist_links_to_both_screeners(client):
    html = client.get("/checklist/").content.decode()
    assert 'href="/screeners/phq-9/"' in html and 'href="/screeners/gad-7/"' in html


def test_a_retired_sign_is_not_asked(client):
    Sign.objects.filter(pk=first_sign().pk).update(is_active=False)
    retired = Sign.objects.get(is_active=False)
    assert retired.text not in client.get("/checklist/").content.decode()


def test_reading_the_checklist_creates_no_visit(client):
    client.get("/checklist/")
    assert not Visit.objects.exists()


def test_a_complete_checklist_is_saved_and_leads_to_the_results(client):
    response = client.post("/checklist/", checklist_post(frequency=2, difficulty=3))
    assert (response.status_code, response["Location"]) == (302, RESULTS)
    attempt = ChecklistAttempt.objects.get()
    assert (attempt.difficulty, attempt.answers.filter(frequency=2).count()) == (3, 8)


def test_answers_are_tied_to_this_browsers_visit(client):
    client.post("/checklist/", checklist_post())
    client.post("/checklist/", checklist_post())
    assert Visit.objects.count() == 1 and ChecklistAttempt.objects.count() == 2


def test_a_missing_answer_keeps_the_others_and_links_to_the_question(client):
    sign = first_sign()
    response = client.post("/checklist/", checklist_post(frequency=2, **{f"sign_{sign.pk}": None}))
    html = response.content.decode()
    assert response.status_code == 200 and 'role="alert"' in html
    assert f'href="#id_sign_{sign.pk}_0"' in html and f'id="id_sign_{sign.pk}_error"' in html
    # the seven other signs, the difficulty and the safety question keep their answers
    assert len(re.findall(r'value="2" id="id_sign_\d+_\d" checked>', html)) == 7
    assert html.count(" checked>") == 9


def test_the_error_summary_links_every_missing_question_to_its_first_option(client):
    html = client.post("/checklist/", {}).content.decode()
    start = html.index('class="error-summary"')
    summary = html[start : html.index("</ul>", start)]
    targets = re.findall(r'href="#([^"]+)"', summary)
    # how-often signs first, then the life events, as the page asks them
    signs = sorted(Sign.objects.active(), key=lambda sign: sign.kind == Sign.Kind.LIFE_EVENT)
    expected = [f"id_sign_{sign.pk}_0" for sign in signs]
    assert targets == [*expected, "id_difficulty_0", "id_self_harm_thoughts_0"]
    assert all(f'id="{target}"' in html for target in targets)


def test_a_missing_answer_saves_nothing(client):
    client.post("/checklist/", checklist_post(self_harm_thoughts=None))
    assert not ChecklistAttempt.objects.exists() and not Visit.objects.exists()


def test_the_error_summary_comes_first_in_the_page(client):
    html = main_html(client.post("/checklist/", checklist_post(difficulty=None)))
    assert html.index('class="error-summary"') < html.index("<h1>")


def test_the_page_title_says_there_is_an_error(client):
    html = client.post("/checklist/", checklist_post(difficulty=None)).content.decode()
    assert "<title>Error: Check in with yourself" in html


def test_an_empty_post_asks_for_every_answer(client):
    response = client.post("/checklist/", {})
    assert response.status_code == 200
    assert response.content.decode().count('class="question-error-message"') == 10


@pytest.mark.parametrize(
    "garbage",
    [
        {"difficulty": "99"},
        {"difficulty": "-1"},
        {"self_harm_thoughts": "maybe"},
        {"self_harm_thoughts": "3"},
        {"difficulty": "\x00" * 5},
        {"difficulty": "x" * 10_000},
        {"difficulty": "1.5"},
    ],
    ids=["too-high", "negative", "word", "out-of-range", "nul", "huge", "fraction"],
)
def test_garbage_answers_re_render_with_an_error_not_a_500(client, garbage):
    response = client.post("/checklist/", checklist_post(**garbage))
    assert response.status_code == 200 and 'role="alert"' in response.content.decode()
    assert not ChecklistAttempt.objects.exists()


def test_a_garbage_sign_answer_is_an_error_beside_that_sign(client):
    sign = first_sign()
    html = client.post("/checklist/", checklist_post(**{f"sign_{sign.pk}": "7"})).content.decode()
    assert f'id="id_sign_{sign.pk}_error"' in html


def test_answers_for_unknown_or_retired_signs_are_ignored(client):
    response = client.post("/checklist/", checklist_post(sign_999999="3", sign_abc="1"))
    assert response.status_code == 302
    assert ChecklistAttempt.objects.get().answers.count() == Sign.objects.active().count()


@pytest.mark.parametrize("method", ["put", "patch", "delete"])
def test_the_checklist_refuses_other_methods(client, method):
    assert getattr(client, method)("/checklist/").status_code == 405


def test_the_checklist_needs_a_csrf_token():
    client = Client(enforce_csrf_checks=True)
    assert client.post("/checklist/", checklist_post()).status_code == 403


def test_checklist_answers_are_hidden_from_error_reports(client):
    response = client.post("/checklist/", checklist_post())
    assert response.wsgi_request.sensitive_post_parameters == "__ALL__"


def test_the_checklist_mentions_the_last_attempt_when_there_is_one(
    client, attach, make_visit, take_checklist
):
    visit = make_visit()
    take_checklist(visit)
    attach(client, visit)
    assert "You last did this check-in on" in client.get("/checklist/").content.decode()


@pytest.fixture
def returning(client, attach, make_visit, take_checklist):
    visit = make_visit()
    take_checklist(visit)
    attach(client, visit)
    return client


def questions(html: str) -> str:
    return TOKEN.sub("TOKEN", html[html.index('<form method="post"') : html.index("</form>")])


TOKEN = re.compile(r'name="csrfmiddlewaretoken" value="[^"]+"')


def test_a_returning_visitor_gets_the_same_blank_questions_as_a_newcomer(returning):
    returning.get("/checklist/")  # stores the blank form
    theirs = returning.get("/checklist/").text
    assert questions(theirs) == questions(Client().get("/checklist/").text)
    assert " checked" not in questions(theirs) and "You last did this check-in on" in theirs


def test_an_expired_visit_is_not_told_when_it_last_did_the_check_in(returning, settings):
    gone = timezone.now() - datetime.timedelta(days=settings.VISIT_RETENTION_DAYS, seconds=1)
    Visit.objects.update(last_active_at=gone)
    assert "You last did this check-in on" not in returning.get("/checklist/").text


def test_a_returning_visitors_blank_checklist_is_not_rebuilt(
    returning, django_assert_max_num_queries
):
    returning.get("/checklist/")
    # The session (with the content version) and the date of the last check-in, whose
    # query checks the visit's expiry by a join.
    with django_assert_max_num_queries(3):
        assert returning.get("/checklist/").status_code == 200


def test_a_checklist_sent_back_with_errors_is_never_shown_to_anyone_else(returning, make_visit):
    sign = first_sign()
    sent = returning.post("/checklist/", checklist_post(frequency=3, **{f"sign_{sign.pk}": None}))
    assert 'value="3"' in sent.text and " checked>" in sent.text
    for other in (Client(), returning):
        assert " checked>" not in questions(other.get("/checklist/").text)


def test_a_new_sign_shows_at_once_to_a_returning_visitor(returning, make_sign):
    returning.get("/checklist/")
    make_sign(text="A sign an editor has just added")
    assert "A sign an editor has just added" in returning.get("/checklist/").text


def test_a_review_falling_due_shows_the_next_day_without_any_edit(returning, signs_due_at_midnight):
    with time_machine.travel(signs_due_at_midnight, tick=False):
        assert "Next review due" in returning.get("/checklist/").text
    with time_machine.travel(signs_due_at_midnight + datetime.timedelta(minutes=4), tick=False):
        assert "Next review was due" in returning.get("/checklist/").text


def test_the_checklist_runs_the_same_queries_for_8_or_40_signs(
    client, add_signs, attach, make_visit, take_checklist
):
    visit = make_visit()
    take_checklist(visit)
    attach(client, visit)
    few = count_queries(client, "/checklist/")
    add_signs(32)
    assert count_queries(client, "/checklist/") == few


def test_the_checklist_page_stays_within_a_small_query_budget(
    client, django_assert_max_num_queries, add_signs
):
    add_signs(32)
    with django_assert_max_num_queries(6):
        client.get("/checklist/")


# --- /checklist/results/ -----------------------------------------------------------------


def test_results_without_a_visit_invite_the_visitor_to_take_the_checklist(client):
    response = client.get(RESULTS)
    html = response.content.decode()
    assert response.status_code == 200 and "You haven't done the check-in yet" in html
    assert 'href="/checklist/"' in html


def test_results_with_only_a_screener_still_invite_the_checklist_and_show_the_screener(
    client, attach, make_visit, take_screener
):
    visit = make_visit()
    take_screener(visit, "gad-7", [1] * 7)
    attach(client, visit)
    html = client.get(RESULTS).content.decode()
    assert "You haven't done the check-in yet" in html and "7 out of 21" in html


def test_results_with_only_a_screener_still_say_this_is_not_a_diagnosis(client):
    client.post("/screeners/gad-7/", screener_post("gad-7", [2] * 7))
    assert "This is not a diagnosis" in client.get(RESULTS).content.decode()


def test_results_lead_with_what_the_visitor_told_us(client):
    client.post("/checklist/", checklist_post(frequency=3, difficulty=2))
    html = main_html(client.get(RESULTS))
    assert html.index("What you told us") < html.index("What might help")
    assert first_sign().text in html and "Nearly every day" in html and "Very difficult" in html


def test_results_say_plainly_this_is_not_a_diagnosis(client):
    client.post("/checklist/", checklist_post())
    html = client.get(RESULTS).content.decode()
    assert "This is not a diagnosis" in html and "only a trained professional can diagnose" in html


def test_the_not_a_diagnosis_note_names_only_what_the_answers_touched(client):
    client.post("/checklist/", checklist_post(frequency=2))
    note = client.get(RESULTS).content.decode().split('id="not-diagnosis-title"')[1][:600]
    assert "an anxiety disorder, depression or a substance use disorder" in note
    assert "bipolar" not in note and "PTSD" not in note


def test_the_not_a_diagnosis_note_names_no_condition_when_nothing_was_marked(client):
    client.post("/checklist/", checklist_post(frequency=0))
    assert "whether you have any condition" in client.get(RESULTS).content.decode()


def test_results_suggest_a_level_of_help_and_say_therapy_is_open_at_any_level(client):
    client.post("/checklist/", checklist_post(frequency=0, difficulty=0))
    html = client.get(RESULTS).content.decode()
    assert "Looking after yourself, and keeping an eye on it" in html
    assert "You can choose therapy at any level" in html and "whatever any score says" in html


def test_results_link_on_to_the_explainer_the_plan_and_matched_resources(client):
    sleep = Sign.objects.get(area__slug="sleep")
    client.post("/checklist/", checklist_post(frequency=0, **{f"sign_{sleep.pk}": "2"}))
    html = client.get(RESULTS).content.decode()
    assert 'href="/first-session/"' in html and 'href="/prepare/"' in html
    assert 'href="/checklist/results/help/"' in html and "area=" not in html


def test_results_show_the_top_three_matching_resources_inline(client):
    sleep = Sign.objects.get(area__slug="sleep")
    client.post("/checklist/", checklist_post(frequency=0, **{f"sign_{sleep.pk}": "2"}))
    html = main_html(client.get(RESULTS))
    section = html[html.index("Places that may fit") : html.index("Where to go next")]
    assert section.count('class="resource-card') == 3


def test_results_offer_the_screeners(client):
    client.post("/checklist/", checklist_post())
    html = client.get(RESULTS).content.decode()
    assert 'href="/screeners/phq-9/"' in html and 'href="/screeners/gad-7/"' in html


def test_results_show_the_change_since_last_time(client, attach, make_visit, take_checklist):
    visit = make_visit()
    take_checklist(visit, frequency=1)
    take_checklist(visit, frequency=3)
    attach(client, visit)
    assert "Since last time" in client.get(RESULTS).content.decode()


def test_another_browser_never_sees_these_results(client):
    client.post("/checklist/", checklist_post(frequency=3))
    html = Client().get(RESULTS).content.decode()
    assert "You haven't done the check-in yet" in html and "Nearly every day" not in html


def test_a_safety_answer_of_yes_opens_the_results_with_the_crisis_panel_before_any_score(client):
    client.post("/checklist/", checklist_post(safety="1"))
    client.post("/screeners/phq-9/", screener_post("phq-9", [1] * 8 + [0]))
    html = main_html(client.get(RESULTS))
    assert "data-crisis-panel" in html
    assert (
        html.index("data-crisis-panel") < html.index("What you told us") < html.index("out of 27")
    )


def test_the_crisis_panel_is_the_first_thing_in_main_even_before_the_heading(client):
    client.post("/checklist/", checklist_post(safety="1"))
    response = client.get(RESULTS)
    assert opens_main(response).startswith('<section class="crisis-panel"')
    assert main_html(response).index("data-crisis-panel") < main_html(response).index("<h1>")


def test_phq9_item_9_alone_opens_the_checklist_results_with_the_crisis_panel(client):
    client.post("/checklist/", checklist_post(safety="0"))
    client.post("/screeners/phq-9/", screener_post("phq-9", [0] * 8 + [1]))
    html = main_html(client.get(RESULTS))
    assert "data-crisis-panel" in html
    assert html.index("data-crisis-panel") < html.index("1 out of 27")


def test_the_crisis_panel_offers_every_line_and_a_plain_way_on(client):
    client.post("/checklist/", checklist_post(safety="1"))
    html = main_html(client.get(RESULTS))
    for expected in (
        'href="tel:988"',
        'href="sms:988"',
        'href="sms:741741?body=HOME"',
        'href="tel:911"',
        'href="sms:838255"',
        "text AYUDA to 988",
        'href="/resources/calling-988/"',
        '<a href="#results">I\'m safe right now — continue</a>',
    ):
        assert expected in html, expected
    assert 'id="results"' in html


def test_the_crisis_panel_reads_its_lines_from_the_directory(client):
    Resource.objects.filter(slug="crisis-text-line").update(text_keyword="HELLO")
    Resource.objects.filter(slug="veterans-crisis-line").update(is_published=False)
    client.post("/checklist/", checklist_post(safety="1"))
    panel = main_html(client.get(RESULTS)).split("</section>")[0]
    assert 'href="sms:741741?body=HELLO"' in panel
    assert 'href="sms:838255"' not in panel


def test_the_crisis_panel_falls_back_to_988_and_911_when_no_line_can_be_read(client, monkeypatch):
    client.post("/checklist/", checklist_post(safety="1"))

    def broken(*args, **kwargs):
        raise OperationalError("database is down")

    monkeypatch.setattr(Resource.objects, "crisis_lines", broken)
    panel = main_html(client.get(RESULTS)).split("</section>")[0]
    assert 'href="tel:988"' in panel and 'href="tel:911"' in panel


@pytest.mark.parametrize(("safety", "item_9"), [("0", 0), ("1", 1)], ids=["no", "yes"])
def test_no_results_page_ever_says_low_risk(client, safety, item_9):
    client.post("/checklist/", checklist_post(frequency=0, safety=safety))
    client.post("/screeners/phq-9/", screener_post("phq-9", [0] * 8 + [item_9]))
    pages = [client.get(RESULTS), client.get("/screeners/phq-9/results/")]
    assert all("low risk" not in page.content.decode().lower() for page in pages)


def test_a_safety_answer_of_no_shows_no_crisis_panel(client):
    client.post("/checklist/", checklist_post(safety="0"))
    assert "data-crisis-panel" not in client.get(RESULTS).content.decode()


@pytest.mark.parametrize("method", ["post", "put", "delete"])
def test_results_refuse_other_methods(client, method):
    assert getattr(client, method)(RESULTS).status_code == 405


def test_results_run_the_same_queries_for_8_or_40_signs(
    client, add_signs, attach, make_visit, take_checklist, take_screener
):
    few_visit, many_visit = make_visit(), make_visit()
    take_checklist(few_visit)
    take_checklist(few_visit, frequency=2)
    take_screener(few_visit, "phq-9", [1] * 9)
    attach(client, few_visit)
    few = count_queries(client, RESULTS)
    add_signs(32)
    for _ in range(5):
        take_checklist(many_visit, frequency=3)
        take_screener(many_visit, "phq-9", [2] * 9)
        take_screener(many_visit, "gad-7", [2] * 7)
    other = Client()
    attach(other, many_visit)
    assert count_queries(other, RESULTS) == few


def test_results_stay_within_a_small_query_budget(
    client,
    django_assert_max_num_queries,
    add_signs,
    attach,
    make_visit,
    take_checklist,
    take_screener,
):
    visit = make_visit()
    add_signs(32)
    for _ in range(3):
        take_checklist(visit, frequency=2)
        take_screener(visit, "gad-7", [2] * 7)
    attach(client, visit)
    # 2 for the session and the visit's latest answers; then, cached for everyone from
    # here on, 1 for the signs answered, 1 for their areas' names, 1 for the crisis strip
    # and 7 for the three matched resource cards (states included); and 1 for which of
    # those cards are on the visitor's outreach list.
    with django_assert_max_num_queries(13):
        client.get(RESULTS)


# --- /screeners/<slug>/ ------------------------------------------------------------------


def test_the_phq9_asks_the_exact_items_in_order_each_as_a_fieldset(client):
    html = client.get("/screeners/phq-9/").content.decode()
    legends = re.findall(r'<legend class="question-legend">(.*?)</legend>', html)
    assert legends[0] == "1. Little interest or pleasure in doing things"
    assert legends[8].startswith("9. Thoughts that you would be better off dead")
    assert len(legends) == 10 and "Over the last 2 weeks, how often have you been bothered" in html


@pytest.mark.parametrize("slug", ["phq-9", "gad-7"])
def test_the_screener_renders_every_published_item_and_option_in_order(client, slug):
    html = client.get(f"/screeners/{slug}/").content.decode()
    legends = re.findall(r'<legend class="question-legend">(.*?)</legend>', html)
    items = [f"{n}. {text}" for n, text in enumerate(PUBLISHED[slug]["items"], start=1)]
    assert legends == [*items, PUBLISHED_DIFFICULTY]
    options = re.findall(r'for="id_item_1_\d">(.*?)</label>', html)
    assert options == PUBLISHED_OPTIONS


def test_the_screener_asks_the_difficulty_question(client):
    html = client.get("/screeners/gad-7/").content.decode()
    assert "how difficult have these problems made it for you to do your work" in html


def test_the_screener_shows_the_copyright_line_under_the_form(client):
    html = main_html(client.get("/screeners/gad-7/"))
    assert html.index("</form>") < html.index("No permission required to reproduce")


def test_an_unknown_screener_is_not_found(client):
    assert client.get("/screeners/bdi-2/").status_code == 404
    assert client.post("/screeners/bdi-2/", {}).status_code == 404
    assert client.get("/screeners/bdi-2/results/").status_code == 404


def test_a_complete_screener_is_saved_and_leads_to_its_result(client):
    response = client.post("/screeners/gad-7/", screener_post("gad-7", [2] * 7))
    assert (response.status_code, response["Location"]) == (302, "/screeners/gad-7/results/")
    assert ScreenerAttempt.objects.get().total == 14


def test_the_screener_difficulty_question_may_be_skipped(client):
    response = client.post("/screeners/phq-9/", screener_post("phq-9", difficulty=None))
    assert response.status_code == 302 and ScreenerAttempt.objects.get().difficulty is None


def test_a_missing_screener_answer_keeps_the_others_and_links_to_the_question(client):
    response = client.post("/screeners/phq-9/", screener_post("phq-9", [3] * 9, item_4=None))
    html = response.content.decode()
    assert response.status_code == 200 and 'href="#id_item_4_0"' in html
    assert len(re.findall(r'value="3" id="id_item_\d_3" checked>', html)) == 8
    assert not ScreenerAttempt.objects.exists()


@pytest.mark.parametrize(
    "garbage",
    [{"item_1": "4"}, {"item_7": "yes"}, {"difficulty": "7"}, {"item_2": ""}],
    ids=["item-too-high", "item-word", "difficulty-too-high", "item-empty"],
)
def test_garbage_screener_answers_re_render_with_an_error(client, garbage):
    response = client.post("/screeners/gad-7/", screener_post("gad-7", **garbage))
    assert response.status_code == 200 and 'role="alert"' in response.content.decode()


@pytest.mark.parametrize("method", ["put", "patch", "delete"])
def test_the_screener_refuses_other_methods(client, method):
    assert getattr(client, method)("/screeners/phq-9/").status_code == 405


def test_screener_answers_are_hidden_from_error_reports(client):
    response = client.post("/screeners/phq-9/", screener_post("phq-9"))
    assert response.wsgi_request.sensitive_post_parameters == "__ALL__"


# --- /screeners/<slug>/results/ ----------------------------------------------------------


def test_the_result_shows_the_total_band_meaning_and_each_answer(client):
    client.post("/screeners/phq-9/", screener_post("phq-9", [1, 1, 1, 1, 1, 1, 1, 0, 0]))
    html = main_html(client.get("/screeners/phq-9/results/"))
    assert "7 out of 27</strong>: in the mild range" in html and "Some of these problems" in html
    assert html.count('<span class="item-answer">Several days</span>') == 7


def test_the_gad7_result_is_out_of_21(client):
    client.post("/screeners/gad-7/", screener_post("gad-7", [3] * 7))
    assert (
        "21 out of 21</strong>: in the severe range"
        in client.get("/screeners/gad-7/results/").content.decode()
    )


def test_phq9_item_9_opens_the_result_with_the_crisis_panel_before_the_score(client):
    client.post("/screeners/phq-9/", screener_post("phq-9", [0] * 8 + [1]))
    html = main_html(client.get("/screeners/phq-9/results/"))
    assert "data-crisis-panel" in html
    assert html.index("data-crisis-panel") < html.index("1 out of 27")


def test_phq9_item_9_opens_the_result_with_the_crisis_panel_before_the_heading(client):
    client.post("/screeners/phq-9/", screener_post("phq-9", [0] * 8 + [1]))
    assert opens_main(client.get("/screeners/phq-9/results/")).startswith(
        '<section class="crisis-panel"'
    )


def test_phq9_item_9_says_beside_the_score_that_it_matters_more_than_the_total(client):
    client.post("/screeners/phq-9/", screener_post("phq-9", [0] * 8 + [1]))
    html = main_html(client.get("/screeners/phq-9/results/"))
    assert html.index("1 out of 27") < html.index("data-safety-note") < html.index("Apart from")


def test_phq9_item_9_at_not_at_all_shows_no_crisis_panel(client):
    client.post("/screeners/phq-9/", screener_post("phq-9", [3] * 8 + [0]))
    assert "data-crisis-panel" not in client.get("/screeners/phq-9/results/").content.decode()


def test_the_result_shows_the_change_since_last_time(client):
    client.post("/screeners/phq-9/", screener_post("phq-9", [2] * 8 + [0]))
    client.post("/screeners/phq-9/", screener_post("phq-9", [1] * 8 + [0]))
    html = client.get("/screeners/phq-9/results/").content.decode()
    assert "PHQ-9: 8 out of 27 today, 16 earlier today" in html


def test_the_result_links_to_the_other_screener_and_matched_resources(client):
    client.post("/screeners/gad-7/", screener_post("gad-7"))
    html = client.get("/screeners/gad-7/results/").content.decode()
    assert 'href="/screeners/phq-9/"' in html and 'href="/checklist/results/help/"' in html
    assert "area=" not in html


MATCHED = "/checklist/results/help/"


def test_the_matched_page_reads_the_areas_from_the_visit_not_the_address(client):
    sleep = Sign.objects.get(area__slug="sleep")
    client.post("/checklist/", checklist_post(frequency=0, **{f"sign_{sleep.pk}": "2"}))
    response = client.get(MATCHED, {"area": "grief-loss"})
    names = [resource.name for resource in response.context["matched"]]
    assert names and all(
        "sleep" in resource.areas.values_list("slug", flat=True)
        for resource in response.context["matched"]
    )
    assert response.context["area_names"] == ["Sleep"]


def test_the_matched_page_lists_nothing_from_answers_for_a_new_visitor(client):
    response = client.get(MATCHED)
    assert response.status_code == 200 and response.context["matched"] == []
    assert 'href="/checklist/"' in response.text


def test_the_matched_page_is_never_stored_and_refuses_post(client):
    client.post("/checklist/", checklist_post(frequency=2))
    assert "no-store" in client.get(MATCHED)["Cache-Control"]
    assert client.post(MATCHED).status_code == 405


def test_the_matched_page_runs_a_constant_number_of_queries(client, django_assert_max_num_queries):
    client.post("/checklist/", checklist_post(frequency=2))
    # the cards say "On your list" too, and read their states; the signs answered are read
    # once, then cached for everyone
    with django_assert_max_num_queries(17):
        client.get(MATCHED)


def test_a_result_not_yet_taken_invites_the_visitor_to_take_it(client):
    response = client.get("/screeners/gad-7/results/")
    assert response.status_code == 200
    assert "You haven't taken the GAD-7 yet" in response.content.decode()


def test_another_browser_never_sees_a_screener_result(client):
    client.post("/screeners/gad-7/", screener_post("gad-7", [3] * 7))
    assert "21 out of 21" not in Client().get("/screeners/gad-7/results/").content.decode()


@pytest.mark.parametrize("method", ["post", "put", "delete"])
def test_the_screener_result_refuses_other_methods(client, method):
    assert getattr(client, method)("/screeners/gad-7/results/").status_code == 405


def test_the_screener_result_stays_within_a_small_query_budget(
    client, django_assert_max_num_queries, attach, make_visit, take_screener
):
    visit = make_visit()
    for _ in range(10):
        take_screener(visit, "phq-9", [1] * 9)
    attach(client, visit)
    client.get("/screeners/phq-9/results/")  # the crisis strip is cached from here on
    with django_assert_max_num_queries(6):
        client.get("/screeners/phq-9/results/")


# --- Life events and the declinable safety question ------------------------------------


def life_event() -> Sign:
    return Sign.objects.active().filter(kind=Sign.Kind.LIFE_EVENT).first()


def test_life_events_are_asked_when_they_happened_not_how_often(client):
    html = client.get("/checklist/").content.decode()
    event = life_event()
    options = html[html.index(f'id="div_id_sign_{event.pk}"') :][:3000]
    assert "Yes, in the last few months" in options and "Nearly every day" not in options
    assert f'name="weight_{event.pk}"' in html


def test_a_life_event_keeps_how_much_it_still_weighs(client):
    event = life_event()
    client.post(
        "/checklist/", checklist_post(**{f"sign_{event.pk}": "2", f"weight_{event.pk}": "3"})
    )
    answer = ChecklistAttempt.objects.get().answers.get(sign=event)
    assert (answer.frequency, answer.weight) == (2, 3)


def test_a_weight_for_an_event_that_did_not_happen_is_dropped(client):
    event = life_event()
    client.post(
        "/checklist/", checklist_post(**{f"sign_{event.pk}": "0", f"weight_{event.pk}": "3"})
    )
    assert ChecklistAttempt.objects.get().answers.get(sign=event).weight is None


def test_a_life_event_answered_on_the_how_often_scale_is_an_error(client):
    event = life_event()
    html = client.post("/checklist/", checklist_post(**{f"sign_{event.pk}": "3"})).content.decode()
    assert f'id="id_sign_{event.pk}_error"' in html


def test_i_would_rather_not_say_is_an_answer_not_a_missing_one(client):
    response = client.post("/checklist/", checklist_post(safety="2"))
    assert response.status_code == 302
    assert ChecklistAttempt.objects.get().self_harm_thoughts is None


def test_declining_opens_the_results_with_a_gentle_note_not_the_crisis_panel(client):
    client.post("/checklist/", checklist_post(safety="2"))
    response = client.get(RESULTS)
    assert opens_main(response).startswith('<section class="help-note"')
    assert "data-crisis-panel" not in response.content.decode()


def test_declining_never_changes_the_level_of_help(client):
    client.post("/checklist/", checklist_post(frequency=0, difficulty=0, safety="2"))
    assert client.get(RESULTS).context["results"].level_text.title.startswith("Looking after")


def test_the_error_summary_counts_what_is_left_calmly(client):
    post = checklist_post(difficulty=None, self_harm_thoughts=None)
    html = client.post("/checklist/", post).content.decode()
    assert "2 questions still need an answer" in html
    assert "How much these things get\u2026</a>" in html


def test_every_level_of_help_links_to_a_page_that_works(client):
    from symptoms.guidance import LEVELS

    for level in LEVELS.values():
        assert level.hrefs, level.title
        for _text, href in level.hrefs:
            assert client.get(href).status_code == 200, href


def test_the_screener_result_lists_every_published_band_with_its_range(client):
    client.post("/screeners/phq-9/", screener_post("phq-9", [2] * 9))
    html = main_html(client.get("/screeners/phq-9/results/"))
    for low, high, label in [
        (0, 4, "Minimal"),
        (5, 9, "Mild"),
        (10, 14, "Moderate"),
        (15, 19, "Moderately severe"),
        (20, 27, "Severe"),
    ]:
        assert f'<span class="scale-range">{low}\u2013{high}</span>' in html
        assert f'<span class="scale-label">{label}</span>' in html
    assert html.count('aria-current="true"') == 1
