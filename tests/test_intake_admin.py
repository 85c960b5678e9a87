"""Editors manage the explainer, goal suggestions and question bank; never anyone's answers."""

import pytest
from django.contrib import admin

from intake.models import (
    BankQuestion,
    ChosenGoal,
    ChosenQuestion,
    GoalGroup,
    GoalSuggestion,
    PrepPlan,
    QuestionTopic,
    Section,
)

pytestmark = pytest.mark.django_db


@pytest.fixture
def editor_client(client, django_user_model):
    editor = django_user_model.objects.create_superuser("editor", password="pw-for-tests-only")
    client.force_login(editor)
    return client


def test_answers_are_not_in_admin():
    for model in (PrepPlan, ChosenGoal, ChosenQuestion):
        assert not admin.site.is_registered(model)


def test_editable_content_is_in_admin():
    for model in (Section, GoalGroup, GoalSuggestion, QuestionTopic, BankQuestion):
        assert admin.site.is_registered(model)


@pytest.mark.parametrize(
    "address",
    [
        "/admin/intake/section/",
        "/admin/intake/section/add/",
        "/admin/intake/goalgroup/",
        "/admin/intake/goalsuggestion/",
        "/admin/intake/questiontopic/",
        "/admin/intake/bankquestion/",
    ],
)
def test_admin_content_pages_open_for_an_editor(editor_client, address):
    assert editor_client.get(address).status_code == 200


def test_a_topic_page_lists_its_questions_inline(editor_client):
    topic = QuestionTopic.objects.get(name="Cost and insurance")
    html = editor_client.get(f"/admin/intake/questiontopic/{topic.pk}/change/").text
    assert "Good Faith Estimate" in html


def test_admin_is_closed_to_visitors(client):
    assert client.get("/admin/intake/section/").status_code == 302
