"""The checklist and results as a worried newcomer on a phone meets them, in real Chromium:
a calm error summary, life events asked as events, a safety question that can be declined,
the whole scale behind a score, and a next step from every level of help.

axe-core runs on every page visited; where behaviour differs, with JavaScript on and off.
"""

import pytest

from symptoms.forms import SAFETY_QUESTION
from symptoms.life_events import WEIGHT_QUESTION

pytestmark = pytest.mark.browser

PHONE_TALL = {"width": 375, "height": 740}


def answer(page, option="Several days", *, safety="No", event="No", skip=()):
    """Answer every question: `option` on the how-often scale, `event` for life events."""
    for group in page.get_by_role("group").all():
        question = group.locator("legend").inner_text()
        if any(part in question for part in skip) or question == WEIGHT_QUESTION:
            continue
        if question == SAFETY_QUESTION:
            group.get_by_role("radio", name=safety, exact=True).check()
        elif group.get_by_role("radio", name=event, exact=True).count() and "Yes," in (
            group.inner_text()
        ):
            group.get_by_role("radio", name=event, exact=True).check()
        elif group.get_by_role("radio", name=option, exact=True).count():
            group.get_by_role("radio", name=option, exact=True).check()
        else:
            group.get_by_role("radio").nth(1).check()


def submit_checklist(page):
    page.get_by_role("button", name="See my results").click()


@pytest.mark.parametrize("javascript", [True, False], ids=["js", "no-js"])
def test_a_partial_submit_gets_one_short_calm_summary_and_keeps_every_answer(
    new_page, live_server, axe, javascript
):
    page = new_page(viewport=PHONE_TALL)
    if not javascript:
        page.route("**/static/js/**", lambda route: route.abort())
    page.goto(live_server.url + "/checklist/")
    answer(page, skip=("Worrying", "sleep", "Grief", "Taken together"))
    submit_checklist(page)
    summary = page.get_by_role("alert")
    assert summary.get_by_role("heading").inner_text() == "4 questions still need an answer"
    assert summary.get_by_role("link").count() == 4
    assert summary.bounding_box()["height"] < 400
    # calm: no red, no bold wall; the kept answers are still checked
    colour = page.locator(".question-error-message").first.evaluate(
        "el => getComputedStyle(el).color"
    )
    assert colour != "rgb(138, 28, 28)"
    assert page.locator("input[type=radio]:checked").count() >= 6
    axe(page)
    summary.get_by_role("link").nth(1).click()
    focused = page.evaluate("document.activeElement.closest('fieldset').innerText")
    assert "sleep" in focused


def test_enter_on_a_radio_chooses_it_instead_of_submitting_the_form(page, live_server):
    page.goto(live_server.url + "/checklist/")
    radio = page.get_by_role("radio", name="Several days").first
    radio.focus()
    page.keyboard.press("Enter")
    assert radio.is_checked()
    assert page.get_by_role("alert").count() == 0  # nothing was submitted
    assert page.url.endswith("/checklist/")


def test_life_events_are_asked_whether_they_happened_and_how_much_they_weigh(
    page, live_server, axe
):
    page.goto(live_server.url + "/checklist/")
    grief = page.get_by_role("group", name="Grief or loss", exact=False).first
    assert grief.get_by_role("radio", name="Yes, in the last few months").is_visible()
    assert grief.get_by_role("radio", name="Nearly every day").count() == 0
    answer(page, "Not at all", event="No")
    grief.get_by_role("radio", name="Yes, in the last few months").check()
    weight = page.get_by_role("group", name=WEIGHT_QUESTION).first
    weight.get_by_role("radio", name="Quite a lot").check()
    submit_checklist(page)
    page.wait_for_url("**/checklist/results/")
    told = page.locator("section", has=page.get_by_role("heading", name="What you told us"))
    assert "In the last few months, still weighs quite a lot" in told.inner_text()
    axe(page)


@pytest.mark.parametrize("javascript", [True, False], ids=["js", "no-js"])
def test_declining_the_safety_question_shows_help_gently_on_the_next_page(
    new_page, live_server, axe, javascript
):
    page = new_page(viewport=PHONE_TALL)
    if not javascript:
        page.route("**/static/js/**", lambda route: route.abort())
    page.goto(live_server.url + "/checklist/")
    answer(page, "Not at all", safety="I'd rather not say")
    submit_checklist(page)
    page.wait_for_url("**/checklist/results/")
    first = page.locator("main > *").first
    assert first.get_attribute("data-help-note") is not None
    assert first.get_by_role("link", name="call 988", exact=True).is_visible()
    assert page.locator("[data-crisis-panel]").count() == 0
    # no alarm and no score: the suggestion is not "talk to someone today"
    assert "today" not in page.locator(".level-suggested").inner_text()
    axe(page)


def test_a_screener_result_shows_every_band_of_the_published_scale(page, live_server, axe):
    page.goto(live_server.url + "/screeners/gad-7/")
    for radio in page.get_by_label("More than half the days").all():
        radio.check()
    page.get_by_role("button", name="See my result").click()
    page.wait_for_url("**/results/")
    figure = page.get_by_role("figure", name="Where 14 sits on the GAD-7 scale of 0 to 21")
    bands = figure.get_by_role("listitem")
    assert [b.inner_text().split("\n")[0] for b in bands.all()] == [
        "0\u20134",
        "5\u20139",
        "10\u201314",
        "15\u201321",
    ]
    yours = figure.locator("[aria-current=true]")
    assert "Moderate" in yours.inner_text() and "Your score: 14" in yours.inner_text()
    axe(page)
    page.emulate_media(media="print")
    assert figure.is_visible() and yours.evaluate("el => getComputedStyle(el).borderTopWidth")


@pytest.mark.parametrize(
    ("frequency", "difficulty", "safety", "level"),
    [
        (0, 0, False, "Looking after yourself"),
        (1, 1, False, "A warm line or peer support"),
        (2, 2, False, "Counselling or therapy"),
        (0, 0, True, "Talking to someone today"),
    ],
)
def test_every_level_of_help_leads_somewhere_that_works(
    new_page,
    live_server,
    axe,
    frequency,
    difficulty,
    safety,
    level,
    make_visit,
    session_cookie,
    take_checklist,
):
    visit = make_visit()
    take_checklist(visit, frequency=frequency, difficulty=difficulty, self_harm_thoughts=safety)
    page = new_page(viewport=PHONE_TALL)
    page.context.add_cookies([session_cookie(visit)])
    page.goto(live_server.url + "/checklist/results/")
    section = page.locator(".level-of-help")
    assert level in section.locator(".level-suggested").inner_text()
    links = section.get_by_role("link").all()
    hrefs = [link.get_attribute("href") for link in links]
    assert len(hrefs) >= 5  # the suggested level's links and every other level's
    axe(page)
    for href in dict.fromkeys(hrefs):
        response = page.goto(live_server.url + href)
        assert response.status == 200, href
