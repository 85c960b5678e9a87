"""The outreach list at phone size in a real Chromium: add, track, follow up, resume."""

import datetime

import pytest
from django.utils import timezone

from outreach.models import Entry, StatusChange

pytestmark = pytest.mark.browser

NO_SCRIPTS = "**/static/js/**"


def open_path_card(page):
    return page.locator('article[aria-labelledby="resource-open-path-collective"]')


def test_the_whole_list_journey_on_a_phone(new_page, live_server, axe):
    base = live_server.url
    phone = new_page()
    phone.goto(base + "/resources/?kind=low-cost")
    axe(phone)

    # With JavaScript the card updates in place; no reload, the filters stay.
    card = open_path_card(phone)
    card.get_by_role("button", name="Add to my list: Open Path Collective").click()
    card.locator(".on-list").wait_for()
    assert phone.get_by_role("status").filter(has_text="Added to your list.").count() == 1
    assert phone.url.endswith("/resources/?kind=low-cost")
    axe(phone)

    card.get_by_role("link", name="see your list").click()
    phone.wait_for_url("**/resources/my-list/")
    axe(phone)
    phone.get_by_label("Name of the therapist or clinic").fill("Dr Rivera")
    phone.get_by_label("Phone number (optional)").fill("555 010 0199")
    phone.get_by_role("button", name="Add to my list").click()
    phone.wait_for_url("**/resources/my-list/")
    assert phone.get_by_role("heading", name="Dr Rivera").is_visible()
    axe(phone)

    phone.get_by_role("group", name="What happened with Dr Rivera?").get_by_role(
        "button", name="I emailed"
    ).click()
    rivera = phone.locator("li.list-entry", has=phone.get_by_role("heading", name="Dr Rivera"))
    assert "Emailed today" in rivera.inner_text()
    assert rivera.get_by_role("link", name="Add a reminder to your calendar").is_visible()
    axe(phone)

    # Three working days later (moved back in the database): the page offers next steps.
    entry = Entry.objects.get(name="Dr Rivera")
    StatusChange.objects.filter(entry=entry).update(
        changed_at=timezone.now() - datetime.timedelta(days=7)
    )
    phone.reload()
    help_box = phone.get_by_role("region", name="No reply yet? That's common")
    assert help_box.is_visible()
    assert help_box.get_by_role("button", name="Copy the follow-up message").is_visible()
    assert help_box.get_by_role("link", name="Open Path Collective").is_visible()
    assert phone.locator("li.list-entry").first.get_by_role("heading").inner_text() == "Dr Rivera"
    axe(phone)

    # Saved with a resume code, the list comes back on another device.
    phone.goto(base + "/save/")
    phone.get_by_role("button", name="Get my resume code").click()
    code = phone.locator("#resume-code").inner_text().strip()
    laptop = new_page()
    laptop.goto(base + "/resume/")
    laptop.get_by_label("Your resume code").fill(code)
    laptop.get_by_role("button", name="Bring back my answers").click()
    laptop.wait_for_url("**/resume/welcome/")
    laptop.goto(base + "/resources/my-list/")
    assert laptop.get_by_role("heading", name="Dr Rivera").is_visible()
    assert laptop.get_by_role("heading", name="Open Path Collective").is_visible()
    axe(laptop)


def test_adding_from_a_card_without_javascript_comes_back_to_the_card(new_page, live_server):
    page = new_page()
    page.route(NO_SCRIPTS, lambda route: route.abort())
    page.goto(live_server.url + "/resources/?kind=low-cost")
    open_path_card(page).get_by_role("button", name="Add to my list: Open Path Collective").click()
    page.wait_for_url("**/resources/?kind=low-cost#card-*")
    assert open_path_card(page).get_by_text("On your list").is_visible()
    assert page.get_by_role("status").get_by_text("Added to your list.").is_visible()
    assert Entry.objects.count() == 1
