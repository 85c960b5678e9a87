"""Save, resume on another device, delete: the whole journey in a real Chromium."""

import pytest

pytestmark = pytest.mark.browser


def test_save_resume_on_another_device_then_delete(new_page, live_server, axe, check_in):
    base = live_server.url
    phone = new_page()
    phone.goto(base + "/checklist/")
    axe(phone)
    sign = check_in(phone, at="/checklist/")
    assert sign in phone.locator("main").inner_text()
    axe(phone)

    phone.goto(base + "/save/")
    axe(phone)
    phone.get_by_role("button", name="Get my resume code").click()
    code = phone.locator("#resume-code").inner_text().strip()
    assert phone.get_by_role("button", name="Copy code").is_visible()
    assert phone.get_by_role("button", name="Print this page").is_visible()
    axe(phone)

    laptop = new_page()
    laptop.goto(base + "/resume/")
    axe(laptop)
    laptop.get_by_label("Your resume code").fill(code.lower().replace("-", " "))
    laptop.get_by_role("button", name="Bring back my answers").click()
    laptop.wait_for_url("**/resume/welcome/")
    axe(laptop)
    laptop.get_by_role("link", name="Your checklist results").click()
    assert sign in laptop.locator("main").inner_text()
    axe(laptop)

    laptop.goto(base + "/forget/")
    axe(laptop)
    laptop.get_by_role("button", name="Delete my answers now").click()
    laptop.wait_for_url("**/forget/done/")
    assert laptop.get_by_role("heading", name="Your answers are deleted").is_visible()
    axe(laptop)

    third = new_page()
    third.goto(base + "/resume/")
    third.get_by_label("Your resume code").fill(code)
    third.get_by_role("button", name="Bring back my answers").click()
    assert third.get_by_role("alert").is_visible()
    assert "find saved answers for that code" in third.get_by_role("alert").inner_text()
    axe(third)


def test_the_code_page_works_without_javascript(new_page, live_server, check_in):
    # No axe here: it needs JavaScript. The same page is checked with it in the journey above.
    page = new_page(java_script_enabled=False)
    check_in(page, at="/checklist/")
    page.goto(live_server.url + "/save/")
    page.get_by_role("button", name="Get my resume code").click()
    assert len(page.locator("#resume-code").inner_text().strip()) == 24
    assert page.get_by_role("button", name="Copy code").is_hidden()


def test_pages_for_a_browser_with_nothing_saved_are_accessible(page, live_server, axe):
    for address in ("/save/", "/forget/", "/privacy/"):
        page.goto(live_server.url + address)
        assert page.get_by_role("heading", level=1).is_visible()
        axe(page)


def test_the_too_many_tries_page_is_accessible(page, live_server, axe, settings):
    settings.RESUME_ATTEMPTS_PER_ADDRESS = 1
    page.goto(live_server.url + "/resume/")
    for _ in range(2):
        page.get_by_label("Your resume code").fill("2222-3333-4444-5555-6666")
        page.get_by_role("button", name="Bring back my answers").click()
    assert page.get_by_role("heading", name="Let's pause for a few minutes").is_visible()
    axe(page)
