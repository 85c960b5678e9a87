"""The directory and the outreach kit in a real Chromium, at phone size, checked by axe-core."""

import pytest

from tests.conftest import DESKTOP

pytestmark = pytest.mark.browser


def filter_for_free_sleep_help(page):
    page.locator("summary", has_text="Filter the list").click()
    page.get_by_role("group", name="Cost").get_by_label("Free").check()
    page.get_by_role("group", name="Helps with").get_by_label("Sleep").check()
    page.get_by_role("button", name="Show matching resources").click()
    page.wait_for_url("**/resources/?state=&cost=free&area=sleep#directory-heading")


def test_filtering_the_directory_at_phone_size(page, live_server, axe):
    page.goto(live_server.url + "/resources/")
    axe(page)
    filter_for_free_sleep_help(page)
    assert page.locator("#result-count").inner_text() == "1 resource matches."
    assert page.get_by_role("heading", name="NAMI HelpLine").is_visible()
    assert page.get_by_role("heading", name="If you need to talk to someone now").is_visible()
    axe(page)


def test_each_crisis_strip_line_fits_on_one_line_of_a_small_phone(new_page, live_server):
    page = new_page(viewport={"width": 375, "height": 700})
    page.goto(live_server.url + "/resources/")
    heights = {
        line.inner_text(): line.bounding_box()["height"]
        for line in page.locator(".crisis-lines li").all()
    }
    assert len(set(heights.values())) == 1, heights


def test_filtering_works_with_javascript_off(new_page, live_server, axe_without_javascript):
    page = new_page(java_script_enabled=False)
    page.goto(live_server.url + "/resources/")
    filter_for_free_sleep_help(page)
    assert page.locator("#result-count").inner_text() == "1 resource matches."
    axe_without_javascript(page.url)


def test_removing_a_filter_and_finding_the_way_back_from_nothing(page, live_server, axe):
    page.goto(live_server.url + "/resources/?kind=group&area=moood")
    assert page.get_by_role("status").is_visible()
    assert page.get_by_text("Nothing here matches all of these filters.").is_visible()
    axe(page)
    page.get_by_role("link", name="see every resource").click()
    page.wait_for_url("**/resources/")
    assert page.get_by_role("heading", name="Psychology Today therapist directory").is_visible()


def test_the_directory_is_accessible_on_a_desktop_too(new_page, live_server, axe):
    page = new_page(viewport=DESKTOP)
    page.goto(live_server.url + "/resources/?area=mood")
    axe(page)


def test_a_resource_opens_its_longer_description(page, live_server, axe):
    page.goto(live_server.url + "/resources/")
    page.get_by_text("More about 988 Suicide & Crisis Lifeline").click()
    assert page.get_by_role("link", name="text AYUDA to 988").is_visible()
    axe(page)


@pytest.mark.parametrize("address", ["/resources/calling-988/", "/resources/cost-and-insurance/"])
def test_the_guides_are_accessible(page, live_server, axe, address):
    page.goto(live_server.url + address)
    assert page.get_by_role("heading", level=1).is_visible()
    axe(page)


def test_the_copy_button_copies_a_template(new_page, live_server, axe):
    page = new_page(permissions=["clipboard-read", "clipboard-write"])
    page.goto(live_server.url + "/resources/reaching-out/")
    axe(page)
    section = page.locator("#voicemail")
    section.get_by_role("button", name="Copy").click()
    section.get_by_role("button", name="Copied").wait_for()
    copied = page.evaluate("navigator.clipboard.readText()")
    assert copied.startswith("Hello, my name is [your first name].")
    assert section.get_by_role("status").text_content() == "Copied to the clipboard"


def test_without_javascript_the_templates_are_plain_text_to_select(
    new_page, live_server, axe_without_javascript
):
    page = new_page(java_script_enabled=False)
    page.goto(live_server.url + "/resources/reaching-out/")
    assert page.locator("#email-text").is_visible()
    assert page.get_by_role("button", name="Copy").count() == 0
    axe_without_javascript(page.url)


def test_a_visitor_picks_their_state_and_online_help_without_being_located(page, live_server, axe):
    page.goto(live_server.url + "/resources/")
    page.get_by_text("Filter the list").click()
    page.get_by_label("Where you are").select_option(label="Ohio")
    page.get_by_label("Only help I can use online or by phone, anywhere in my state").check()
    page.get_by_role("button", name="Show matching resources").click()
    page.wait_for_url("**/resources/?state=oh&reach=online*")
    assert page.get_by_role("link", name="Where you are: Ohio (remove this filter)").is_visible()
    assert page.get_by_role("heading", name="If you need to talk to someone now").is_visible()
    axe(page)
