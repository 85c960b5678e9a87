"""An editor rewords a sign, a reviewer signs it off, a visitor sees both: in a real Chromium."""

import pytest
from django.urls import reverse
from django.utils import timezone
from playwright.sync_api import expect

from tests.conftest import DESKTOP

pytestmark = pytest.mark.browser

PASSWORD = "pass-for-tests"
NEW_WORDS = "Finding it hard to focus on work, school or everyday tasks"


def log_in(page, live_server, username, axe):
    page.goto(live_server.url + reverse("admin:login"))
    axe(page)
    page.get_by_label("Username").fill(username)
    page.get_by_label("Password").fill(PASSWORD)
    page.get_by_role("button", name="Log in").click()
    page.wait_for_url(live_server.url + reverse("admin:index"))


def test_a_reworded_sign_is_reviewed_and_shown_to_visitors(
    new_page, live_server, axe, make_staff, make_reviewer
):
    from symptoms.models import Sign

    make_staff("Content editors", "editor")
    make_reviewer(user=make_staff("Clinical reviewers", "reviewer"))
    sign = Sign.objects.active().first()

    # The editor rewords the first sign.
    editor = new_page(viewport=DESKTOP)
    log_in(editor, live_server, "editor", axe)
    expect(editor.get_by_role("table", name="Review queue")).to_be_visible()
    axe(editor)
    editor.goto(live_server.url + reverse("admin:symptoms_sign_changelist"))
    axe(editor)
    editor.get_by_role("link", name=sign.text).click()
    expect(editor.get_by_text("Shown to visitors on the checklist")).to_be_visible()
    axe(editor)
    editor.locator("#id_text").fill(NEW_WORDS)
    editor.get_by_role("button", name="Save", exact=True).click()
    editor.wait_for_url(live_server.url + reverse("admin:symptoms_sign_changelist"))
    expect(editor.locator("#result_list").get_by_role("link", name=NEW_WORDS)).to_be_visible()

    # A visitor sees the new words, with the review still pending.
    visitor = new_page()
    visitor.goto(live_server.url + "/checklist/")
    expect(visitor.get_by_role("group", name=NEW_WORDS)).to_be_visible()
    pending = "Clinical review pending: this page was last changed on"
    expect(visitor.get_by_text(pending)).to_be_visible()
    axe(visitor)

    # The reviewer reads the history, then marks every sign reviewed today.
    reviewer = new_page(viewport=DESKTOP)
    log_in(reviewer, live_server, "reviewer", axe)
    reviewer.goto(live_server.url + reverse("admin:symptoms_sign_history", args=[sign.pk]))
    expect(reviewer.get_by_text(NEW_WORDS).first).to_be_visible()
    axe(reviewer)
    reviewer.goto(live_server.url + reverse("admin:symptoms_sign_changelist"))
    reviewer.locator("#action-toggle").check()
    reviewer.get_by_label("Action:").select_option(label="Mark reviewed today")
    reviewer.get_by_role("button", name="Go").click()
    reviewer.get_by_text("reviewed today.").wait_for()
    axe(reviewer)
    reviewer.locator("#result_list").get_by_role("link", name=NEW_WORDS).click()
    reviewer.locator("#id_text").fill(NEW_WORDS + ".")
    warning = "Saving changes the wording: the review will be reset."
    expect(reviewer.get_by_text(warning)).to_be_visible()
    axe(reviewer)

    # The visitor now sees the new words and who reviewed them.
    today = timezone.localdate()
    visitor.reload()
    expect(visitor.get_by_role("group", name=NEW_WORDS)).to_be_visible()
    line = f"Reviewed by Jordan Lee, LCSW on {today:%-d %B %Y} · Next review due {today:%B} "
    expect(visitor.get_by_text(line + str(today.year + 1))).to_be_visible()
    expect(visitor.get_by_role("link", name="Psychotherapies (another website)")).to_be_visible()
    axe(visitor)


@pytest.mark.parametrize("address", ["/about/", "/first-session/", "/screeners/phq-9/"])
def test_pages_with_review_blocks_are_accessible(page, live_server, axe, address):
    page.goto(live_server.url + address)
    axe(page)
