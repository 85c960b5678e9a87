"""A visitor on a phone walks through the checklist and both screeners, in real Chromium.

axe-core runs on every page visited.
"""

import pytest

from symptoms.forms import CHECKLIST_DIFFICULTY_QUESTION

pytestmark = pytest.mark.browser


def test_a_visitor_completes_the_checklist_and_both_screeners_on_a_phone(
    page, live_server, axe, check_in
):
    page.goto(live_server.url + "/checklist/")
    assert page.get_by_role("heading", level=1, name="Check in with yourself").is_visible()
    axe(page)

    check_in(page, "More than half the days")
    assert page.get_by_role("heading", name="What you told us").is_visible()
    axe(page)

    page.get_by_role("link", name="Take the PHQ-9").click()
    page.wait_for_url("**/screeners/phq-9/")
    axe(page)
    check_in(page, "Several days", answers={"9. Thoughts": "Not at all"})
    assert page.get_by_text("8 out of 27").is_visible()
    assert page.locator("[data-crisis-panel]").count() == 0
    axe(page)

    page.get_by_role("link", name="Take the GAD-7").click()
    page.wait_for_url("**/screeners/gad-7/")
    axe(page)
    check_in(page, "Nearly every day")
    assert page.get_by_text("21 out of 21").is_visible()
    axe(page)

    page.get_by_role("link", name="See all your check-in results").click()
    page.wait_for_url("**/checklist/results/")
    assert page.get_by_role("link", name="GAD-7").is_visible()
    axe(page)


def test_a_missing_answer_shows_an_accessible_error_summary_that_leads_to_it(
    page, live_server, axe, check_in
):
    page.goto(live_server.url + "/checklist/")
    check_in(page, answers={CHECKLIST_DIFFICULTY_QUESTION: None}, submit=False)
    with page.expect_navigation():
        page.get_by_role("button", name="See my results").click()
    summary = page.get_by_role("alert")
    assert summary.is_visible()
    assert page.evaluate("document.activeElement.classList.contains('error-summary')")
    axe(page)
    summary.get_by_role("link").first.click()
    assert page.evaluate("document.activeElement.id") == "id_difficulty_0"


def test_a_safety_answer_of_yes_shows_the_crisis_panel_first_with_a_way_on(
    page, live_server, axe, check_in
):
    page.goto(live_server.url + "/checklist/")
    check_in(page, "Not at all", safety="Yes")
    panel = page.locator("[data-crisis-panel]")
    assert panel.get_by_role("link", name="Call 988").first.is_visible()
    axe(page)
    panel.get_by_role("link", name="I'm safe right now — continue").click()
    page.wait_for_url("**/checklist/results/#results")
    assert page.get_by_role("heading", name="What you told us").is_visible()


def test_the_checklist_works_with_javascript_off(new_page, live_server, check_in):
    # No axe here: axe-core cannot run in a page with JavaScript off (its promise never
    # settles). The same pages are checked with axe in the journeys above.
    page = new_page(java_script_enabled=False)
    page.goto(live_server.url + "/checklist/")
    check_in(page)
    assert page.get_by_role("heading", name="What might help").is_visible()


def test_phq9_item_9_opens_the_result_with_the_crisis_panel_and_never_blocks(
    page, live_server, axe, check_in
):
    page.goto(live_server.url + "/screeners/phq-9/")
    check_in(page, "Not at all", answers={"9. Thoughts": "Several days"})
    first = page.locator("main > *").first
    assert first.get_attribute("data-crisis-panel") is not None
    axe(page)
    first.get_by_role("link", name="I'm safe right now — continue").click()
    assert page.get_by_text("1 out of 27").is_visible()
