"""The explainer, the four-step plan and the prep sheet in a real Chromium, at phone size."""

import re

import pytest

from tests.conftest import DESKTOP

pytestmark = pytest.mark.browser

FIRST_WORDS = (
    "I have been feeling flat and tired for months. I wake up at 4 am and can't get back to "
    "sleep, and I have stopped seeing friends. I want to feel like myself again."
)
QUESTIONS = [
    "What kind of therapy do you use, and how would it work for me?",
    "How long is each session?",
    "How often would we meet, and can that change over time?",
    "How much does each session cost?",
    "If I pay for myself, can I have a Good Faith Estimate of the costs?",
    "Who can see what I tell you, and what you write down?",
    "When might you have to share something I've said?",
    "How do I book, cancel or change a session?",
]


# A check-in on the real pages, answered so the sheet reads as a visitor's would: two or
# four signs marked, no life events, the PHQ-9 at 12 of 27 (moderate, nothing on item 9)
# and, for the typical visitor, the GAD-7 at 9 of 21 (mild) and thoughts of self-harm.
TWO_SIGNS = {
    "Big changes in your sleep": "Nearly every day",
    "Worrying a lot": "More than half the days",
}
FOUR_SIGNS = TWO_SIGNS | {
    "Feeling sad, empty or helpless": "Several days",
    "Finding it hard to concentrate": "Several days",
}
NO_LIFE_EVENTS = {"Grief or loss": "No", "A big upheaval": "No"}
PHQ9_AT_12 = {"1. ": "Nearly every day", "2. ": "Nearly every day", "9. ": "Not at all"}
GAD7_AT_9 = {"1. ": "More than half the days", "2. ": "More than half the days"}


def check_in_briefly(check_in, page):
    """Two signs and the PHQ-9, no thoughts of self-harm."""
    check_in(page, "Not at all", at="/checklist/", answers=TWO_SIGNS | NO_LIFE_EVENTS)
    check_in(page, "Several days", at="/screeners/phq-9/", answers=PHQ9_AT_12)


def check_in_typically(check_in, page):
    """Four signs, thoughts of self-harm, the PHQ-9 and the GAD-7."""
    signs = FOUR_SIGNS | NO_LIFE_EVENTS
    check_in(page, "Not at all", at="/checklist/", safety="Yes", answers=signs)
    check_in(page, "Several days", at="/screeners/phq-9/", answers=PHQ9_AT_12)
    check_in(page, "Several days", at="/screeners/gad-7/", answers=GAD7_AT_9)


def press(page, name):
    with page.expect_navigation():
        page.get_by_role("button", name=name, exact=True).click()


def fill_typical_plan(page, live_server, axe=None):
    """Walk the explainer and all four steps as a visitor would, checking each page."""

    def check():
        if axe:
            axe(page)

    page.goto(live_server.url + "/first-session/")
    check()
    page.get_by_role("link", name="Plan this part: step 1, what brings me").click()
    check()
    page.get_by_label("What I want to say first").fill(FIRST_WORDS)
    page.get_by_label("A few months").check()
    press(page, "Save and continue")

    check()
    for goal in (
        "Feel less low, and enjoy things again",
        "Sleep better",
        "Feel less lonely and more connected",
    ):
        page.get_by_label(goal).check()
    page.get_by_label("My own goals").fill("Get back to running")
    press(page, "Save and continue")

    check()
    page.get_by_label("By video").check()
    page.get_by_label("About an hour").check()
    page.get_by_label("Every two weeks").check()
    page.get_by_label("Weekday evenings").check()
    page.get_by_label("Anything else about timing").fill("Not on Tuesdays")
    page.get_by_label("About $50 to $100 a session").check()
    page.get_by_label("No, I would pay myself (self-pay)").check()
    page.get_by_label("Language you'd like sessions in").fill("English or Spanish")
    page.get_by_label("Anything you'd like in a therapist").fill(
        "Someone calm who knows about grief"
    )
    page.get_by_label("No, this would be my first time").check()
    press(page, "Save and continue")

    check()
    for question in QUESTIONS:
        page.get_by_label(question).check()
    press(page, "Save and see my prep sheet")
    check()


def test_a_visitor_on_a_phone_goes_through_all_four_steps_to_the_sheet(
    page, live_server, axe, check_in
):
    check_in_typically(check_in, page)
    fill_typical_plan(page, live_server, axe)
    assert page.url == live_server.url + "/prepare/sheet/"
    sheet = page.locator(".prep-sheet").inner_text()
    assert "Get back to running" in sheet
    assert "GAD-7: 9 out of 21 (mild)" in sheet


def test_reordering_on_a_phone_is_accessible_and_shows_on_the_sheet(page, live_server, axe):
    page.goto(live_server.url + "/prepare/questions/")
    page.get_by_label("How long is each session?").check()
    page.get_by_label("My own questions").fill("Do you work with students?")
    press(page, "Save and update my list")
    press(page, "Move down question 1: How long is each session?")
    axe(page)
    press(page, "Save and see my prep sheet")
    questions = page.locator(".sheet-questions li").all_inner_texts()
    assert questions == ["Do you work with students?", "How long is each session?"]


def test_back_and_continue_keep_every_answer_in_the_browser(page, live_server):
    page.goto(live_server.url + "/prepare/")
    page.get_by_label("What I want to say first").fill("Kept across steps")
    press(page, "Save and continue")
    page.get_by_label("Sleep better").check()
    press(page, "Save and continue")
    page.get_by_label("By phone").check()
    press(page, "Save and go back")
    assert page.get_by_label("Sleep better").is_checked()
    press(page, "Save and go back")
    assert page.get_by_label("What I want to say first").input_value() == "Kept across steps"
    press(page, "Save and continue")
    press(page, "Save and continue")
    assert page.get_by_label("By phone").is_checked()


def test_leaving_and_coming_back_resumes_where_the_visitor_was(page, live_server):
    page.goto(live_server.url + "/prepare/")
    page.get_by_label("What I want to say first").fill("Hello")
    press(page, "Save and continue")
    page.goto(live_server.url + "/")
    page.goto(live_server.url + "/prepare/")
    assert page.url == live_server.url + "/prepare/goals/"


def test_a_too_long_answer_shows_an_accessible_error_and_keeps_the_rest(page, live_server, axe):
    page.goto(live_server.url + "/prepare/practicalities/")
    page.get_by_label("By video").check()
    page.get_by_label("Language you'd like sessions in").fill("x" * 61)
    press(page, "Save and continue")
    assert page.get_by_role("alert").is_visible()
    assert page.get_by_label("By video").is_checked()
    axe(page)
    page.get_by_role("link", name=re.compile("Language you'd like sessions in")).click()
    assert page.evaluate("document.activeElement.id") == "id_language"


def test_questions_can_be_reordered_without_javascript(new_page, live_server):
    page = new_page(java_script_enabled=False)
    page.goto(live_server.url + "/prepare/questions/")
    page.get_by_label("How long is each session?").check()
    page.get_by_label("My own questions").fill("Do you work with students?")
    press(page, "Save and update my list")
    press(page, "Move up question 2: Do you work with students?")
    order = page.locator(".question-order .question-text").all_inner_texts()
    assert order == ["Do you work with students?", "How long is each session?"]


def test_an_empty_sheet_is_accessible_and_says_where_to_start(page, live_server, axe):
    page.goto(live_server.url + "/prepare/sheet/")
    assert page.get_by_role("link", name="Start my prep plan").is_visible()
    axe(page)


def test_the_print_button_appears_only_with_javascript(new_page, live_server, check_in):
    with_js, without_js = new_page(), new_page(java_script_enabled=False)
    for page in (with_js, without_js):
        check_in_briefly(check_in, page)
        page.goto(live_server.url + "/prepare/sheet/")
    assert with_js.get_by_role("button", name="Print or save as PDF").is_visible()
    assert without_js.get_by_role("button", name="Print or save as PDF").count() == 0


# --- Print -----------------------------------------------------------------------------


def pdf_pages(pdf: bytes) -> int:
    """Count page objects (`/Type /Page`, not `/Type /Pages`) in a PDF's bytes."""
    return len(re.findall(rb"/Type\s*/Page(?![a-zA-Z])", pdf))


def test_printing_hides_the_navigation_and_the_buttons(page, live_server, check_in):
    check_in_briefly(check_in, page)
    page.goto(live_server.url + "/prepare/sheet/")
    assert page.get_by_role("navigation", name="Main").is_visible()
    page.emulate_media(media="print")
    assert not page.get_by_role("navigation", name="Main").is_visible()
    assert not page.get_by_role("link", name="Download as text").is_visible()
    assert not page.get_by_role("link", name="Leave this site").is_visible()


def test_printing_shows_links_without_blue_underlines(page, live_server, check_in):
    check_in_briefly(check_in, page)
    page.goto(live_server.url + "/prepare/sheet/")
    page.emulate_media(media="print")
    style = page.get_by_role("link", name="Call 988").evaluate(
        "a => [getComputedStyle(a).color, getComputedStyle(a).textDecorationLine]"
    )
    assert style == ["rgb(0, 0, 0)", "none"]


def test_printing_reduces_the_crisis_strip_to_one_line_with_nothing_cut_off(
    new_page, live_server, check_in
):
    page = new_page(viewport=DESKTOP)
    check_in_briefly(check_in, page)
    page.goto(live_server.url + "/prepare/sheet/")
    page.emulate_media(media="print")
    page.set_viewport_size({"width": 700, "height": 960})  # A4's printable width at 96 dpi
    strip = page.locator(".crisis-lines").evaluate(
        """ul => ({
            lines: Math.round(
                ul.getBoundingClientRect().height / parseFloat(getComputedStyle(ul).lineHeight)
            ),
            overflows: ul.scrollWidth > ul.clientWidth,
        })"""
    )
    assert strip == {"lines": 1, "overflows": False}


def test_printing_the_sheet_uses_black_text_and_rules_not_the_screen_colours(
    page, live_server, check_in
):
    check_in_briefly(check_in, page)
    page.goto(live_server.url + "/prepare/sheet/")
    page.emulate_media(media="print")
    colours = page.evaluate(
        """() => [
            getComputedStyle(document.querySelector(".sheet-small")).color,
            getComputedStyle(document.querySelector(".prep-sheet section")).borderTopColor,
        ]"""
    )
    assert colours == ["rgb(0, 0, 0)", "rgb(0, 0, 0)"]


@pytest.mark.parametrize("paper", ["Letter", "A4"])
def test_a_typical_prep_sheet_prints_on_two_pages(new_page, live_server, paper, check_in):
    page = new_page(viewport=DESKTOP)
    check_in_typically(check_in, page)
    fill_typical_plan(page, live_server)
    page.emulate_media(media="print")
    assert pdf_pages(page.pdf(format=paper)) <= 2


def test_the_sheet_prints_the_self_harm_line_but_not_the_buttons(new_page, live_server, check_in):
    page = new_page(viewport=DESKTOP)
    check_in_typically(check_in, page)
    page.goto(live_server.url + "/prepare/sheet/")
    page.emulate_media(media="print")
    assert page.locator(".sheet-note").is_visible()
    assert not page.get_by_text("Still to fill in").is_visible()


def test_the_explainer_and_a_full_sheet_are_accessible_on_a_desktop(
    new_page, live_server, axe, check_in
):
    page = new_page(viewport=DESKTOP)
    check_in_typically(check_in, page)
    fill_typical_plan(page, live_server, axe)
    assert page.get_by_role("heading", name="Questions I want to ask").is_visible()
