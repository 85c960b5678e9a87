"""Layout a worried visitor on a phone meets first: the way in, the quick exit, the focus
style, a readable measure, and no page that scrolls sideways at 320 px."""

import pytest

from tests.conftest import DESKTOP, PHONE

pytestmark = pytest.mark.browser

NARROW = {"width": 320, "height": 640}
PHONE_TALL = {"width": 375, "height": 740}

# Every page a visitor can reach without answering anything first.
PAGES = [
    "/",
    "/checklist/",
    "/checklist/results/",
    "/screeners/phq-9/",
    "/screeners/phq-9/results/",
    "/first-session/",
    "/prepare/what-brings-me/",
    "/prepare/goals/",
    "/prepare/practicalities/",
    "/prepare/questions/",
    "/prepare/sheet/",
    "/resources/",
    "/resources/?kind=directory&cost=free",
    "/resources/calling-988/",
    "/resources/cost-and-insurance/",
    "/resources/reaching-out/",
    "/resources/looking-after-yourself/",
    "/save/",
    "/resume/",
    "/forget/",
    "/privacy/",
    "/about/",
]

# Elements whose right edge passes the viewport: what makes a page scroll sideways.
OVERFLOWING = """() => {
  const width = document.documentElement.clientWidth;
  return [...document.querySelectorAll("body *")]
    .filter((el) => {
      const box = el.getBoundingClientRect();
      return box.width > 0 && box.right > width + 0.5 && !el.closest(".visually-hidden");
    })
    .map((el) => el.tagName.toLowerCase() + "." + [...el.classList].join("."));
}"""


def test_a_way_in_is_on_the_first_screen_of_a_phone(new_page, live_server, axe):
    page = new_page(viewport=PHONE_TALL)
    page.goto(live_server.url + "/")
    way_in = page.get_by_role("link", name="Check in with yourself")
    box = way_in.bounding_box()
    assert box["y"] + box["height"] <= PHONE_TALL["height"]
    assert page.get_by_role("link", name="Learn what a first session is like").is_visible()
    axe(page)


def test_the_quick_exit_is_among_the_first_three_tab_stops(page, live_server, axe):
    page.goto(live_server.url + "/resources/")
    axe(page)
    stops = []
    for _ in range(3):
        page.keyboard.press("Tab")
        stops.append(page.evaluate("document.activeElement.textContent.trim()"))
    assert any(stop.startswith("Leave this site") for stop in stops), stops


@pytest.mark.parametrize(
    "selector", [".crisis-strip a", ".site-name", ".site-nav a", "main a", ".quick-exit"]
)
def test_every_link_gets_the_same_clear_focus_style(page, live_server, selector):
    page.goto(live_server.url + "/")
    page.keyboard.press("Tab")  # keyboard mode, so :focus-visible applies
    link = page.locator(selector).first
    link.focus()
    style = link.evaluate(
        "el => { const s = getComputedStyle(el); return [s.backgroundColor, s.boxShadow]; }"
    )
    assert style[0] == "rgb(255, 221, 0)"
    assert "rgb(11, 12, 12)" in style[1]


def test_radio_buttons_show_the_focus_ring_too(page, live_server):
    page.goto(live_server.url + "/checklist/")
    page.keyboard.press("Tab")
    radio = page.locator("input[type=radio]").first
    radio.focus()
    assert radio.evaluate("el => getComputedStyle(el).outlineColor") == "rgb(255, 221, 0)"


def test_text_keeps_a_readable_measure_on_a_desktop(new_page, live_server):
    page = new_page(viewport=DESKTOP)
    page.goto(live_server.url + "/first-session/")
    # The longest line of any paragraph, counted character by character as laid out.
    characters_per_line = page.evaluate(
        """() => {
          let longest = 0;
          for (const p of document.querySelectorAll("main p")) {
            const text = p.firstChild;
            if (!text || text.nodeType !== Node.TEXT_NODE) continue;
            const lines = new Map();
            const range = document.createRange();
            for (let i = 0; i < text.length; i++) {
              range.setStart(text, i);
              range.setEnd(text, i + 1);
              const top = Math.round(range.getBoundingClientRect().top);
              lines.set(top, (lines.get(top) || 0) + 1);
            }
            longest = Math.max(longest, ...lines.values());
          }
          return longest;
        }"""
    )
    assert 55 <= characters_per_line <= 78


@pytest.mark.parametrize("path", PAGES)
def test_nothing_overflows_sideways_at_320_px(new_page, live_server, axe, path):
    page = new_page(viewport=NARROW)
    page.goto(live_server.url + path)
    assert page.evaluate(OVERFLOWING) == []
    assert page.evaluate("document.documentElement.scrollWidth") <= NARROW["width"]
    axe(page)


def test_answered_pages_do_not_overflow_at_320_px_either(new_page, live_server, axe):
    page = new_page(viewport=NARROW)
    page.goto(live_server.url + "/screeners/gad-7/")
    for radio in page.get_by_label("Nearly every day").all():
        radio.check()
    page.get_by_role("button", name="See my result").click()
    page.wait_for_url("**/results/")
    assert page.evaluate(OVERFLOWING) == []
    axe(page)


def test_the_phone_layout_is_accessible(new_page, live_server, axe):
    page = new_page(viewport=PHONE)
    page.goto(live_server.url + "/")
    axe(page)
