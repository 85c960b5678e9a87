"""The prep plan and sheet on a phone, in real Chromium: one name for Back, visited steps
as links that keep what was typed, live character counts with a maxlength fallback, a
sheet the visitor chooses the contents of, and no empty sections.

axe-core runs on every page visited; JavaScript on and off where behaviour differs.
"""

import pytest

from intake import services as intake_services
from intake.models import PrepPlan
from outreach import services as outreach_services

pytestmark = pytest.mark.browser

PHONE_TALL = {"width": 375, "height": 740}


@pytest.fixture
def open_as(new_page, session_cookie):
    """open_as(visit, javascript=True) -> a tall phone page whose browser holds `visit`."""

    def open_page(visit, *, javascript=True):
        page = new_page(viewport=PHONE_TALL)
        if not javascript:
            page.route("**/static/js/**", lambda route: route.abort())
        page.context.add_cookies([session_cookie(visit)])
        return page

    return open_page


def test_every_step_names_its_back_button_the_same_way(page, live_server, axe):
    for address in ("what-brings-me", "goals", "practicalities", "questions"):
        page.goto(f"{live_server.url}/prepare/{address}/")
        assert page.get_by_role("button", name="Save and go back").count() == 1
        assert page.get_by_role("button", name="Back", exact=True).count() == 0
    axe(page)


def test_visited_steps_are_links_and_later_ones_are_not(page, live_server, axe):
    page.goto(live_server.url + "/prepare/what-brings-me/")
    page.get_by_role("button", name="Save and continue").click()
    page.get_by_role("button", name="Save and continue").click()
    page.wait_for_url("**/prepare/practicalities/")
    steps = page.get_by_role("list", name="Step 3 of 4")
    assert steps.get_by_role("link", name="What brings me").is_visible()
    assert steps.get_by_role("link", name="My goals").is_visible()
    assert steps.get_by_role("link").count() == 2  # not the current step, not step 4
    axe(page)


def test_a_step_link_saves_what_was_typed_on_its_way(page, live_server):
    page.goto(live_server.url + "/prepare/what-brings-me/")
    page.get_by_role("button", name="Save and continue").click()
    page.wait_for_url("**/prepare/goals/")
    page.get_by_label("My own goals").fill("Sleep through the night")
    page.get_by_role("list", name="Step 2 of 4").get_by_role("link", name="What brings me").click()
    page.wait_for_url("**/prepare/what-brings-me/")
    assert PrepPlan.objects.get().own_goals == "Sleep through the night"


def test_the_characters_left_show_as_you_type_and_name_the_field_when_over(page, live_server, axe):
    page.goto(live_server.url + "/prepare/practicalities/")
    field = page.get_by_label("Language you'd like sessions in")
    assert field.get_attribute("maxlength") is None  # lifted: nothing is cut silently
    field.fill("Polish")
    count = page.locator("#id_language-count")
    assert count.inner_text() == "You have 54 characters left"
    field.fill("x" * 63)
    assert (
        count.inner_text() == "\u201cLanguage you'd like sessions in\u201d is 3 characters too long"
    )
    axe(page)


def test_without_javascript_maxlength_stops_typing_at_the_limit(new_page, live_server):
    page = new_page(viewport=PHONE_TALL, java_script_enabled=False)
    page.goto(live_server.url + "/prepare/practicalities/")
    field = page.get_by_label("Language you'd like sessions in")
    field.press_sequentially("x" * 65)
    assert len(field.input_value()) == 60


@pytest.mark.parametrize("javascript", [True, False], ids=["js", "no-js"])
def test_a_visitor_leaves_the_scores_and_the_note_off_the_sheet(
    live_server, axe, javascript, open_as, make_visit, take_checklist, take_screener
):
    visit = make_visit()
    take_checklist(visit, frequency=2, self_harm_thoughts=True)
    take_screener(visit, "phq-9", [1] * 9)
    page = open_as(visit, javascript=javascript)
    page.goto(live_server.url + "/prepare/sheet/")
    sheet = page.get_by_role("article", name="Prep sheet")
    assert "PHQ-9: 9 out of 27" in sheet.inner_text()
    choices = page.get_by_role("group", name="What goes on my sheet")
    choices.get_by_label("My questionnaire scores").uncheck()
    choices.get_by_label("The line about thoughts of hurting myself").uncheck()
    page.get_by_role("button", name="Update my sheet").click()
    page.wait_for_url("**/prepare/sheet/#sheet-contents")
    text = sheet.inner_text()
    assert "PHQ-9" not in text and "hurting" not in text
    assert "Left off this copy, at my choice: my questionnaire scores and one private note." in text
    axe(page)
    page.emulate_media(media="print")
    assert not page.locator("#sheet-contents").is_visible()
    assert page.locator(".sheet-left-off").is_visible()


def test_with_every_sign_unticked_the_sheet_has_no_empty_section(
    live_server, axe, open_as, make_visit, take_checklist
):
    visit = make_visit()
    take_checklist(visit, frequency=2)
    page = open_as(visit)
    page.goto(live_server.url + "/prepare/what-brings-me/")
    signs = page.get_by_role("group", name="Signs from your check-in")
    assert signs.get_by_role("checkbox").count() == 8
    for box in signs.get_by_role("checkbox").all():
        box.uncheck()
    page.get_by_role("button", name="Save and continue").click()
    page.goto(live_server.url + "/prepare/sheet/")
    sheet = page.get_by_role("article", name="Prep sheet")
    assert "Signs I marked" not in sheet.inner_text()
    # every section heading on the sheet has something under it
    empty = sheet.locator("section").evaluate_all(
        "sections => sections.filter(s => s.innerText.trim().split('\\n').length < 2).length"
    )
    assert empty == 0
    axe(page)


def test_a_visitor_puts_their_outreach_list_on_the_sheet_on_a_phone(
    live_server, axe, open_as, make_visit
):
    visit = make_visit()
    intake_services.save_goals(visit=visit, suggestion_ids=[], own_goals="Sleep", resume_at=3)
    outreach_services.add_own(visit=visit, name="Dr Rivera", phone="555 010 0199")
    page = open_as(visit)
    page.goto(live_server.url + "/prepare/sheet/")
    sheet = page.get_by_role("article", name="Prep sheet")
    assert "Dr Rivera" not in sheet.inner_text()
    assert "Left off this copy, at my choice: my outreach list." in sheet.inner_text()
    axe(page)
    choices = page.get_by_role("group", name="What goes on my sheet")
    choices.get_by_label("The people on my outreach list, and where I am with each").check()
    page.get_by_role("button", name="Update my sheet").click()
    page.wait_for_url("**/prepare/sheet/#sheet-contents")
    people = sheet.get_by_role("region", name="People I'm reaching out to")
    assert "Dr Rivera: Not contacted yet" in people.inner_text()
    assert "555 010 0199" in people.inner_text()
    assert "Left off this copy" not in sheet.inner_text()
    axe(page)
