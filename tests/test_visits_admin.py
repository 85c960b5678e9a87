import pytest
from django.contrib import admin
from django.contrib.auth.models import Permission, User

from tests.answers import tables_under_visit
from visits.models import ResumeThrottle, Visit

pytestmark = pytest.mark.django_db


@pytest.fixture
def editor(client):
    """A content editor: staff, not superuser, and (carelessly) given every permission."""
    user = User.objects.create_user("editor", password="x", is_staff=True)
    user.user_permissions.set(Permission.objects.all())
    client.force_login(user)
    return user


@pytest.fixture
def superuser(client):
    user = User.objects.create_superuser("admin", password="x")
    client.force_login(user)
    return user


def test_editors_do_not_see_visits_on_the_admin_index(client, editor):
    html = client.get("/admin/").text
    assert "/admin/visits/" not in html


def test_editors_cannot_open_the_visits_page(client, editor):
    assert client.get("/admin/visits/visit/").status_code == 403


def test_editors_cannot_open_any_answer_table_in_admin(client, editor):
    for model, _ in tables_under_visit():
        address = f"/admin/{model._meta.app_label}/{model._meta.model_name}/"
        assert client.get(address).status_code in (403, 404), address


def test_answer_tables_are_not_in_the_admin_at_all():
    answer_models = {model for model, _ in tables_under_visit()}
    assert answer_models.isdisjoint(admin.site._registry)


def test_superusers_see_only_counts(client, superuser, make_visit, saved_visit):
    saved_visit()
    make_visit()
    html = client.get("/admin/visits/visit/").text
    assert "counts only" in html
    assert "<td>2</td>" in html and "<td>1</td>" in html


def test_superusers_see_no_single_visit(client, superuser, make_visit):
    visit = make_visit()
    assert client.get(f"/admin/visits/visit/{visit.pk}/change/").status_code == 404


def test_superusers_cannot_add_visits_in_admin(client, superuser):
    assert client.get("/admin/visits/visit/add/").status_code == 404


def test_superusers_cannot_delete_visits_through_admin_actions(client, superuser, make_visit):
    visit = make_visit()
    action = {"action": "delete_selected", "_selected_action": [visit.pk]}
    client.post("/admin/visits/visit/", action)
    assert client.post(f"/admin/visits/visit/{visit.pk}/delete/").status_code == 404
    assert Visit.objects.filter(pk=visit.pk).exists()


def test_the_counts_page_shows_no_code_hash_or_date(client, superuser, saved_visit):
    visit, _ = saved_visit()
    html = client.get("/admin/visits/visit/").text
    assert visit.resume_code_hash not in html
    assert str(visit.created_at.year) not in html.split('id="content-main"')[1]


def test_throttle_counts_are_not_in_the_admin():
    assert ResumeThrottle not in admin.site._registry


def test_anonymous_visitors_are_sent_to_the_login_page(client):
    response = client.get("/admin/visits/visit/")
    assert response.status_code == 302 and "/admin/login/" in response["Location"]
