"""Queries per page stay the same from 10 to 1,000 resources, signs, goals and questions.

Every page a visitor can open, as a newcomer and as a returning visitor who has answered
everything, rendered afresh (the page cache off: a cached page costs one query anyway).
"""

import pytest
from django.db import connection
from django.test import Client
from django.test.utils import CaptureQueriesContext

from intake.models import BankQuestion, GoalGroup, GoalSuggestion, QuestionTopic, Section
from resources.models import Area
from symptoms.models import Sign
from tests.answers import checklist_post, goals_post, questions_post, screener_post

pytestmark = pytest.mark.django_db

PAGES = [
    "/",
    "/about/",
    "/privacy/",
    "/first-session/",
    "/checklist/",
    "/checklist/results/",
    "/screeners/phq-9/",
    "/screeners/phq-9/results/",
    "/prepare/what-brings-me/",
    "/prepare/goals/",
    "/prepare/practicalities/",
    "/prepare/questions/",
    "/prepare/sheet/",
    "/prepare/sheet.txt",
    "/resources/",
    "/resources/?area=mood&cost=free&page=2",
    "/resources/calling-988/",
    "/resources/cost-and-insurance/",
    "/resources/reaching-out/",
    "/save/",
    "/resume/",
    "/forget/",
]


@pytest.fixture
def add_content(make_many_resources):
    """add_content(count): `count` more resources, signs, goals, questions and sections."""
    return lambda count: _add_content(count, make_many_resources)


def _add_content(count: int, make_many_resources) -> None:
    make_many_resources(count)
    mood = Area.objects.get(slug="mood")
    Sign.objects.bulk_create(
        Sign(text=f"Sign {n}", example="an example.", area=mood, order=500 + n)
        for n in range(count)
    )
    group = GoalGroup.objects.create(name=f"Goals {count}", order=90)
    topic = QuestionTopic.objects.create(name=f"Questions {count}", order=90)
    GoalSuggestion.objects.bulk_create(
        GoalSuggestion(group=group, text=f"Goal {count}-{n}") for n in range(count)
    )
    BankQuestion.objects.bulk_create(
        BankQuestion(topic=topic, text=f"Question {count}-{n}?") for n in range(count)
    )
    Section.objects.bulk_create(
        Section(title=f"Part {count}-{n}", slug=f"part-{count}-{n}", body="Text.", order=300 + n)
        for n in range(count)
    )


def answer_everything(client: Client) -> None:
    assert client.post("/checklist/", checklist_post()).status_code == 302
    assert client.post("/screeners/phq-9/", screener_post("phq-9")).status_code == 302
    goals = GoalSuggestion.objects.published()
    assert client.post("/prepare/goals/", goals_post(*goals)).status_code == 302
    questions = BankQuestion.objects.published()
    assert client.post("/prepare/questions/", questions_post(*questions)).status_code == 302


def queries_per_page(client: Client) -> dict[str, int]:
    counts = {}
    for address in PAGES:
        with CaptureQueriesContext(connection) as queries:
            assert client.get(address).status_code == 200, address
        counts[address] = len(queries)
    return counts


@pytest.mark.parametrize("returning", [False, True], ids=["newcomer", "returning visitor"])
def test_every_page_costs_the_same_queries_with_10_or_1000_of_everything(
    settings, returning, add_content, take_checklist, visit_of
):
    settings.PAGE_CACHE = False
    add_content(10)
    visitor = Client()
    if returning:
        answer_everything(visitor)
    with_ten = queries_per_page(visitor)
    add_content(990)
    if returning:
        # A checklist over 1,000 signs is more fields than Django accepts in one POST.
        take_checklist(visit_of(visitor), frequency=2)
    assert queries_per_page(visitor) == with_ten
