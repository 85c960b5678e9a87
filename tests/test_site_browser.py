import pytest

from tests.conftest import DESKTOP, PHONE

pytestmark = pytest.mark.browser


@pytest.mark.parametrize("viewport", [PHONE, DESKTOP], ids=["phone", "desktop"])
def test_home_page_is_accessible_and_talks_to_no_other_host(new_page, live_server, axe, viewport):
    page = new_page(viewport=viewport)
    page.goto(live_server.url + "/")
    assert page.get_by_role("heading", level=1).is_visible()
    assert page.get_by_role("link", name="Call 988").is_visible()
    axe(page)


def test_leave_this_site_replaces_the_page_in_history(page, live_server, settings):
    settings.QUICK_EXIT_URL = live_server.url + "/healthz"
    page.goto(live_server.url + "/about/")
    page.goto(live_server.url + "/")
    page.get_by_role("link", name="Leave this site").click()
    page.wait_for_url("**/healthz")
    page.go_back()
    assert page.url == live_server.url + "/about/"


def test_pressing_escape_three_times_leaves_the_site(page, live_server, settings):
    settings.QUICK_EXIT_URL = live_server.url + "/healthz"
    page.goto(live_server.url + "/")
    for _ in range(3):
        page.keyboard.press("Escape")
    page.wait_for_url("**/healthz")


def test_leave_this_site_is_a_plain_link_without_javascript(new_page, live_server, settings):
    settings.QUICK_EXIT_URL = live_server.url + "/healthz"
    page = new_page(java_script_enabled=False)
    page.goto(live_server.url + "/")
    page.get_by_role("link", name="Leave this site").click()
    page.wait_for_url("**/healthz")


def test_the_skip_link_moves_keyboard_focus_to_the_content(page, live_server):
    page.goto(live_server.url + "/")
    page.keyboard.press("Tab")
    assert page.evaluate("document.activeElement.textContent") == "Skip to main content"
    page.keyboard.press("Enter")
    assert page.evaluate("document.activeElement.id") == "main"
