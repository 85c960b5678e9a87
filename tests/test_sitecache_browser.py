"""Two visitors in two browsers: one's answers never reach the other's cached pages."""

import pytest

pytestmark = pytest.mark.browser

SHARED = ["/", "/checklist/", "/screeners/phq-9/", "/first-session/", "/resources/"]


def test_one_visitors_answers_never_appear_in_another_visitors_pages(
    new_page, live_server, check_in
):
    first, second = new_page(), new_page()
    for address in SHARED:  # the second visitor fills the cache before anyone answers
        second.goto(live_server.url + address)

    check_in(first, "Nearly every day", at="/checklist/")
    first.goto(live_server.url + "/checklist/")
    assert first.get_by_text("You last did this check-in on").is_visible()

    for address in SHARED:
        second.goto(live_server.url + address)
        assert second.get_by_text("You last did this check-in on").count() == 0
        assert not second.locator("input[type=radio]:checked").count()
    second.goto(live_server.url + "/checklist/results/")
    assert second.get_by_text("What you told us").count() == 0


def test_a_form_from_the_cache_submits_in_a_fresh_browser(new_page, live_server, check_in):
    new_page().goto(live_server.url + "/checklist/")  # stores the page
    page = new_page()
    check_in(page, at="/checklist/")
    assert page.get_by_role("heading", name="What you told us").is_visible()
