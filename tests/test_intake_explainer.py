import pytest

from intake.models import PlanStep, Section
from intake.plan import explainer_blocks

pytestmark = pytest.mark.django_db


def test_the_explainer_shows_the_seeded_sections(client):
    html = client.get("/first-session/").text
    for title in (
        "What individual therapy is",
        "Before you go: intake forms",
        "How long, and how often",
    ):
        assert title in html


def test_the_four_parts_are_an_ordered_list_with_headings(client):
    html = client.get("/first-session/").text
    parts = html[html.index('<ol class="first-session-parts">') :]
    parts = parts[: parts.index("</ol>")]
    for title in (
        "Assessment of needs",
        "Exploring goals",
        "Setting expectations",
        "Asking and answering questions",
    ):
        assert f"<h3>{title}</h3>" in parts


def test_each_part_links_to_the_matching_plan_step(client):
    html = client.get("/first-session/").text
    for address in (
        "/prepare/what-brings-me/",
        "/prepare/goals/",
        "/prepare/practicalities/",
        "/prepare/questions/",
    ):
        assert f'href="{address}"' in html


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
    with django_assert_max_num_queries(3):
        client.get("/first-session/")


def test_consecutive_parts_gather_into_one_list():
    intro = Section(title="Intro", slug="intro")
    one = Section(title="One", slug="one", plan_step=PlanStep.WHAT_BRINGS_ME)
    two = Section(title="Two", slug="two", plan_step=PlanStep.GOALS)
    outro = Section(title="Outro", slug="outro")
    blocks = explainer_blocks([intro, one, two, outro])
    assert [block["kind"] for block in blocks] == ["section", "steps", "section"]
    assert [part["step"].number for part in blocks[1]["parts"]] == [1, 2]
