import re

import pytest

from intake.models import PlanStep, Section
from intake.steps import explainer_blocks

pytestmark = pytest.mark.django_db


def test_the_explainer_shows_the_seeded_sections(client):
    html = client.get("/first-session/").text
    for title in (
        "What individual therapy is",
        "Before you go: intake forms",
        "How long, and how often",
    ):
        assert title in html


PARTS = [
    ("Assessment of needs", "/prepare/what-brings-me/"),
    ("Exploring goals", "/prepare/goals/"),
    ("Setting expectations", "/prepare/practicalities/"),
    ("Asking and answering questions", "/prepare/questions/"),
]


def part_items(html: str) -> list[str]:
    """The <li> of each first-session part, in page order."""
    parts = html[html.index('<ol class="first-session-parts">') :]
    parts = parts[: parts.index("</ol>")]
    return parts.split('<li id="part-')[1:]


def test_the_four_parts_are_an_ordered_list_with_numbered_headings(client):
    items = part_items(client.get("/first-session/").text)
    assert [item[item.index("<h3>") : item.index("</h3>") + 5] for item in items] == [
        f'<h3><span class="part-number">{n}.</span> {title}</h3>'
        for n, (title, _) in enumerate(PARTS, start=1)
    ]


def test_each_part_ends_with_a_link_to_its_own_plan_step(client):
    items = part_items(client.get("/first-session/").text)
    links = [re.findall(r'href="(/prepare/[^"]*)"', item) for item in items]
    assert links == [[address] for _, address in PARTS]
    assert all(re.search(r"</a></p>\s*</li>\s*$", item) for item in items)


def test_the_part_numbers_follow_the_plan_steps_whatever_the_section_order(client):
    Section.objects.filter(plan_step=PlanStep.GOALS).update(order=0)
    html = client.get("/first-session/").text
    assert '<h3><span class="part-number">2.</span> Exploring goals</h3>' in html


def test_the_explainer_invites_the_visitor_to_start_a_plan(client):
    assert 'href="/prepare/"' in client.get("/first-session/").text


def test_the_seeded_content_covers_the_facts_of_the_brief(client):
    html = client.get("/first-session/").text
    for fact in (
        "psychotherapy",
        "not an official clinical term",
        "30 and 60 minutes",
        "every two weeks",
        "cognitive behavioural therapy",
        "Good Faith Estimate",
    ):
        assert fact in html


def test_unpublished_sections_are_hidden(client):
    Section.objects.filter(slug="intake-forms").update(is_published=False)
    assert "Before you go: intake forms" not in client.get("/first-session/").text


def test_sections_follow_the_order_editors_set(client):
    Section.objects.filter(slug="what-works-is-personal").update(order=1)
    html = client.get("/first-session/").text
    assert html.index("What works is personal") < html.index("What individual therapy is")


def test_the_explainer_marks_the_first_session_section_in_the_navigation(client):
    assert 'href="/first-session/" aria-current="page"' in client.get("/first-session/").text


def test_the_explainer_works_with_no_sections_at_all(client):
    Section.objects.all().delete()
    response = client.get("/first-session/")
    assert response.status_code == 200
    assert "Start my prep plan" in response.text


def test_the_explainer_refuses_post(client):
    assert client.post("/first-session/").status_code == 405


def test_the_explainer_reads_sections_in_a_fixed_number_of_queries(
    client, django_assert_max_num_queries
):
    for n in range(30):
        Section.objects.create(title=f"Extra {n}", slug=f"extra-{n}", body="Text", order=200 + n)
    # Sections, plus the review block: the sources, and the reviewers once reviewed.
    with django_assert_max_num_queries(5):
        client.get("/first-session/")


def test_consecutive_parts_gather_into_one_list():
    intro = Section(title="Intro", slug="intro")
    one = Section(title="One", slug="one", plan_step=PlanStep.WHAT_BRINGS_ME)
    two = Section(title="Two", slug="two", plan_step=PlanStep.GOALS)
    outro = Section(title="Outro", slug="outro")
    blocks = explainer_blocks([intro, one, two, outro])
    assert [block["kind"] for block in blocks] == ["section", "steps", "section"]
    assert [part["step"].number for part in blocks[1]["parts"]] == [1, 2]
