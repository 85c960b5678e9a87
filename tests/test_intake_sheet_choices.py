"""The visitor chooses which parts of the check-in go on the printed sheet, and the sheet
says plainly that something was left off; no section is ever shown empty."""

import pytest

from intake.models import PrepPlan, SheetPart
from symptoms.models import Sign

pytestmark = pytest.mark.django_db

SHEET = "/prepare/sheet/"


@pytest.fixture
def visitor(client, attach, make_visit, take_checklist, take_screener):
    """A browser whose check-in marked every sign, said Yes to the safety question and took
    the PHQ-9."""
    visit = make_visit()
    take_checklist(visit, frequency=2, self_harm_thoughts=True)
    take_screener(visit, "phq-9", [1] * 9)
    attach(client, visit)
    return visit


def test_by_default_the_sheet_shows_everything_as_before(client, visitor):
    html = client.get(SHEET).text
    assert "Signs I marked" in html and "PHQ-9: 9 out of 27" in html
    assert "Tell your provider about the thoughts" in html
    assert "Left off this copy" not in html


def test_the_sheet_offers_each_part_it_has_ticked(client, visitor):
    html = client.get(SHEET).text
    for part in SheetPart:
        assert f'value="{part.value}"' in html
    assert html.count('name="include"') == html.count(" checked") == 3


def test_leaving_off_the_scores_and_the_note_keeps_them_off_the_page_and_the_text(client, visitor):
    response = client.post(SHEET, {"include": ["signs"]})
    assert response.status_code == 302
    html, text = client.get(SHEET).text, client.get("/prepare/sheet.txt").text
    article = html.split('<article class="prep-sheet"')[1]
    for shown in (article, text):
        assert "PHQ-9: 9 out of 27" not in shown
        assert "thoughts of hurting" not in shown
        assert (
            "Left off this copy, at my choice: my questionnaire scores and one private note."
            in shown
        )
    assert PrepPlan.objects.get(visit=visitor).sheet_leaves_out == ["scores", "self-harm"]


def test_the_printed_words_never_say_what_the_private_note_was(client, visitor):
    client.post(SHEET, {"include": ["signs", "scores"]})
    article = client.get(SHEET).text.split('<article class="prep-sheet"')[1]
    assert "one private note" in article and "hurting" not in article


def test_a_value_that_is_not_a_part_is_a_clear_error(client, visitor):
    response = client.post(SHEET, {"include": ["everything"]})
    assert response.status_code == 200 and 'role="alert"' in response.text


def test_with_every_sign_left_out_in_step_1_there_is_no_signs_heading(client, visitor):
    texts = [sign.text for sign in Sign.objects.active()]
    client.post("/prepare/what-brings-me/", {"signs": [], "go": "next"})
    plan = PrepPlan.objects.get(visit=visitor)
    assert set(plan.signs_left_out) == set(texts)
    html, text = client.get(SHEET).text, client.get("/prepare/sheet.txt").text
    assert "Signs I marked" not in html and "Signs I marked" not in text


def test_with_the_whole_check_in_left_off_its_section_is_gone(client, visitor):
    client.post(SHEET, {"include": []})
    html = client.get(SHEET).text
    assert 'id="sheet-check-in"' not in html
    assert "How I&#x27;ve been" not in html.split("<article")[1]
