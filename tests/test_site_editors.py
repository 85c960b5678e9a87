"""The seeded "Content editors" group can keep every word current and see no visitor data."""

import pytest
from django.contrib.auth.models import Group, User
from django.urls import reverse

from resources.models import Resource

pytestmark = pytest.mark.django_db

CONTENT_PAGES = [
    "/admin/resources/resource/",
    "/admin/resources/overdueresource/",
    "/admin/resources/guide/",
    "/admin/resources/outreachtemplate/",
    "/admin/symptoms/sign/",
    "/admin/intake/section/",
    "/admin/intake/goalgroup/",
    "/admin/intake/bankquestion/",
]


@pytest.fixture
def editor_client(client):
    editor = User.objects.create_user("editor", password="x", is_staff=True)
    editor.groups.add(Group.objects.get(name="Content editors"))
    client.force_login(editor)
    return client


@pytest.mark.parametrize("address", CONTENT_PAGES)
def test_an_editor_can_open_every_content_list(editor_client, address):
    assert editor_client.get(address).status_code == 200


def test_an_editor_can_change_a_resource(editor_client):
    resource = Resource.objects.first()
    address = reverse("admin:resources_resource_change", args=[resource.pk])
    assert editor_client.get(address).status_code == 200


def test_an_editor_sees_nothing_about_visits(editor_client):
    assert editor_client.get("/admin/visits/visit/").status_code in (403, 404)
    assert "visit" not in editor_client.get("/admin/").text.lower()


@pytest.mark.parametrize("group", ["Content editors", "Clinical reviewers"])
def test_the_groups_hold_no_permission_on_visitor_data(group):
    labels = Group.objects.get(name=group).permissions.values_list(
        "content_type__app_label", flat=True
    )
    assert set(labels) == {"editorial", "intake", "resources", "symptoms"}
