"""Editors keep the checklist's signs in admin, and never see an answer."""

import pytest
from django.contrib import admin

from symptoms.models import ChecklistAnswer, ChecklistAttempt, ScreenerAnswer, ScreenerAttempt, Sign

pytestmark = pytest.mark.django_db


@pytest.fixture
def editor_client(client, django_user_model):
    editor = django_user_model.objects.create_superuser("editor", "editor@example.org", "pw")
    client.force_login(editor)
    return client


def test_only_the_signs_are_registered_in_admin():
    answers = (ChecklistAttempt, ChecklistAnswer, ScreenerAttempt, ScreenerAnswer)
    assert admin.site.is_registered(Sign)
    assert not any(admin.site.is_registered(model) for model in answers)


def test_the_admin_has_no_address_for_answers(editor_client):
    assert editor_client.get("/admin/symptoms/checklistattempt/").status_code == 404
    assert editor_client.get("/admin/symptoms/screeneranswer/").status_code == 404


def test_an_editor_can_reword_a_sign(editor_client):
    sign = Sign.objects.first()
    data = {"text": "New words", "example": "An example.", "area": sign.area_id, "order": 1}
    data |= {"is_active": "on", "kind": sign.kind}
    response = editor_client.post(f"/admin/symptoms/sign/{sign.pk}/change/", data)
    assert response.status_code == 302
    assert Sign.objects.get(pk=sign.pk).text == "New words"


def test_the_sign_list_shows_the_signs(editor_client):
    response = editor_client.get("/admin/symptoms/sign/")
    assert response.status_code == 200 and Sign.objects.first().text in response.content.decode()


def test_a_sign_without_answers_can_be_deleted(editor_client, make_sign):
    sign = make_sign()
    editor_client.post(f"/admin/symptoms/sign/{sign.pk}/delete/", {"post": "yes"})
    assert not Sign.objects.filter(pk=sign.pk).exists()


def test_a_sign_with_answers_cannot_be_deleted_in_admin(editor_client, make_visit, take_checklist):
    take_checklist(make_visit())
    sign = Sign.objects.first()
    response = editor_client.post(f"/admin/symptoms/sign/{sign.pk}/delete/", {"post": "yes"})
    assert response.status_code == 403 and Sign.objects.filter(pk=sign.pk).exists()


def test_bulk_delete_is_not_offered_so_answers_are_never_listed(editor_client):
    html = editor_client.get("/admin/symptoms/sign/").content.decode()
    assert "delete_selected" not in html and 'value="retire"' in html


def test_an_editor_can_retire_and_bring_back_signs(editor_client):
    pks = list(Sign.objects.values_list("pk", flat=True)[:2])
    data = {"action": "retire", "_selected_action": pks}
    editor_client.post("/admin/symptoms/sign/", data)
    assert Sign.objects.filter(is_active=False).count() == 2
    editor_client.post("/admin/symptoms/sign/", data | {"action": "bring_back"})
    assert not Sign.objects.filter(is_active=False).exists()
