"""What visitors see of review and sources at the end of each content page, and on /about/."""

import datetime
import re

import pytest

from editorial.models import Reviewer
from intake.models import BankQuestion, GoalSuggestion, Section
from resources.models import Guide, OutreachTemplate
from symptoms.models import Sign

pytestmark = pytest.mark.django_db

MARCH_3 = datetime.date(2027, 3, 3)
PAGES = {
    "/checklist/": [Sign.objects.active],
    "/first-session/": [Section.objects.published],
    "/prepare/goals/": [GoalSuggestion.objects.published],
    "/prepare/questions/": [BankQuestion.objects.published],
    "/resources/calling-988/": [lambda: Guide.objects.filter(slug="calling-988")],
    "/resources/cost-and-insurance/": [lambda: Guide.objects.filter(slug="cost-and-insurance")],
    "/resources/looking-after-yourself/": [
        lambda: Guide.objects.filter(slug="looking-after-yourself")
    ],
    "/resources/reaching-out/": [
        lambda: Guide.objects.filter(slug="reaching-out"),
        OutreachTemplate.objects.all,
    ],
}


def review_all(address, reviewer, on=MARCH_3):
    for items in PAGES[address]:
        for item in items():
            item.record_review(by=reviewer, on=on)
            item.save()


def review_line(html: str) -> str:
    found = re.search(r'<p class="page-review-line">(.*?)</p>', html, re.S)
    return re.sub(r"<[^>]+>", "", found.group(1)) if found else ""


@pytest.mark.parametrize("address", PAGES)
def test_starter_content_says_clinical_review_pending(client, address):
    html = client.get(address).text
    assert review_line(html).startswith("Clinical review pending: this page was last changed on")
    assert "Reviewed by" not in html


@pytest.mark.parametrize("address", PAGES)
def test_reviewed_content_shows_the_reviewer_credential_and_dates(
    client, make_reviewer, time_machine, address
):
    time_machine.move_to(datetime.datetime(2027, 3, 10, 12, 0))
    review_all(address, make_reviewer())
    line = review_line(client.get(address).text)
    assert line == "Reviewed by Jordan Lee, LCSW on 3 March 2027 · Next review due March 2028"


def test_one_changed_sign_makes_the_whole_page_pending_again(client, make_reviewer):
    review_all("/checklist/", make_reviewer())
    sign = Sign.objects.active().last()
    sign.example = "New wording nobody reviewed yet"
    sign.save()
    assert review_line(client.get("/checklist/").text).startswith("Clinical review pending")


def test_a_review_past_its_date_says_when_it_was_due(client, make_reviewer, time_machine):
    review_all("/checklist/", make_reviewer())
    time_machine.move_to(datetime.datetime(2028, 4, 1, 12, 0))
    assert review_line(client.get("/checklist/").text).endswith("Next review was due March 2028")


def test_sources_are_numbered_and_marked_as_leading_elsewhere(client):
    html = client.get("/first-session/").text
    sources = re.search(r'<ol class="page-sources">(.*?)</ol>', html, re.S).group(1)
    assert sources.count("<li>") == 3
    assert 'href="https://www.nimh.nih.gov/health/topics/psychotherapies"' in sources
    assert sources.count('rel="noopener noreferrer"') == 3
    assert sources.count("(another website)") == 3


def test_the_screeners_list_the_published_papers_behind_them(client):
    phq = client.get("/screeners/phq-9/").text
    assert "J Gen Intern Med 2001;16(9):606\u2013613" in phq
    assert "Psychiatr Serv 2013;64(12):1195\u20131202" in phq
    assert "Arch Intern Med 2006;166(10):1092\u20131097" in client.get("/screeners/gad-7/").text


def test_the_screeners_claim_no_review(client):
    assert "page-review-line" not in client.get("/screeners/gad-7/").text


def test_the_checklist_costs_the_same_queries_with_many_more_signs(
    client, make_reviewer, django_assert_max_num_queries
):
    from resources.models import Area

    area = Area.objects.first()
    reviewer = make_reviewer()
    for number in range(60):
        sign = Sign.objects.create(text=f"Sign {number}", example="Example", area=area)
        sign.record_review(by=reviewer, on=MARCH_3)
        sign.save()
        sign.sources.add(*Sign.objects.first().sources.all())
    with django_assert_max_num_queries(8):
        assert client.get("/checklist/").status_code == 200


def test_about_explains_the_editorial_standards(client):
    html = client.get("/about/").text
    for heading in ("Who writes", "Who reviews", "How often", "What sources count"):
        assert f"<h3>{heading}</h3>" in html
    assert "If you spot a mistake" in html


def test_about_lists_the_reviewers_with_their_credentials(client, make_reviewer):
    make_reviewer(role="Licensed clinical social worker")
    make_reviewer(name="Former Reviewer", credential="MD", is_listed=False)
    html = client.get("/about/").text
    assert "<strong>Jordan Lee, LCSW</strong>: Licensed clinical social worker" in html
    assert "Former Reviewer" not in html


def test_about_says_plainly_when_nobody_has_reviewed_yet(client):
    assert not Reviewer.objects.exists()
    assert "No clinician has reviewed this site's content yet" in client.get("/about/").text


def test_about_gives_the_address_for_reporting_a_mistake(client, settings):
    settings.CONTACT_EMAIL = "content@example.org"
    assert 'href="mailto:content@example.org"' in client.get("/about/").text


def test_about_refuses_a_post(client):
    assert client.post("/about/").status_code == 405
