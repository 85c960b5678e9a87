"""Editors keep the directory current in admin: filters, search, the overdue queue."""

import datetime

import pytest
import time_machine

from resources.models import Resource

pytestmark = pytest.mark.django_db

CHANGELIST = "/admin/resources/resource/"
QUEUE = "/admin/resources/overdueresource/"
LONG_AGO = datetime.date(2025, 1, 1)
TODAY = datetime.datetime(2026, 12, 1, 9, tzinfo=datetime.UTC)


def shown(response) -> set[str]:
    return {resource.slug for resource in response.context["cl"].result_list}


def test_visitors_cannot_open_the_resource_admin(client):
    response = client.get(CHANGELIST)
    assert response.status_code == 302 and "/admin/login/" in response["Location"]


def test_editors_see_every_resource(admin_client):
    response = admin_client.get(CHANGELIST)
    assert response.status_code == 200
    assert len(shown(response)) == Resource.objects.count()


@pytest.mark.parametrize(
    ("query", "expected"),
    [
        ("kind__exact=crisis", "trevor-project"),
        ("costs__id__exact={cost}", "open-path-collective"),
        ("areas__id__exact={area}", "samhsa-national-helpline"),
        ("is_published__exact=1", "211"),
    ],
)
def test_editors_can_filter_by_kind_cost_area_and_published(admin_client, query, expected):
    from resources.models import Area, Cost

    query = query.format(
        cost=Cost.objects.get(slug="sliding-scale").pk,
        area=Area.objects.get(slug="substance-risk").pk,
    )
    assert expected in shown(admin_client.get(f"{CHANGELIST}?{query}"))


def test_the_published_filter_finds_hidden_resources(admin_client, make_resource):
    hidden = make_resource(is_published=False)
    assert shown(admin_client.get(f"{CHANGELIST}?is_published__exact=0")) == {hidden.slug}


def test_editors_can_search_by_name_or_number(admin_client):
    assert shown(admin_client.get(f"{CHANGELIST}?q=62640")) == {"nami-helpline"}


@time_machine.travel(TODAY, tick=False)
def test_the_overdue_filter_shows_only_resources_past_their_interval(admin_client, make_resource):
    stale = make_resource(last_checked_on=LONG_AGO, recheck_days=30)
    response = admin_client.get(f"{CHANGELIST}?checking=overdue")
    assert shown(response) == {stale.slug}


@time_machine.travel(TODAY, tick=False)
def test_the_recently_checked_filter_leaves_overdue_resources_out(admin_client, make_resource):
    stale = make_resource(last_checked_on=LONG_AGO, recheck_days=30)
    assert stale.slug not in shown(admin_client.get(f"{CHANGELIST}?checking=current"))


@time_machine.travel(TODAY, tick=False)
def test_mark_checked_today_updates_the_chosen_resources(admin_client, make_resource):
    stale = make_resource(last_checked_on=LONG_AGO)
    response = admin_client.post(
        CHANGELIST,
        {"action": "mark_checked_today", "_selected_action": [stale.pk]},
        follow=True,
    )
    stale.refresh_from_db()
    assert stale.last_checked_on == datetime.date(2026, 12, 1)
    assert "Marked 1 resource as checked today." in response.text


@time_machine.travel(TODAY, tick=False)
def test_the_overdue_queue_lists_only_overdue_resources(admin_client, make_resource):
    stale = make_resource(last_checked_on=LONG_AGO, recheck_days=30)
    assert shown(admin_client.get(QUEUE)) == {stale.slug}


@time_machine.travel(TODAY, tick=False)
def test_a_resource_checked_from_the_queue_leaves_it(admin_client, make_resource):
    stale = make_resource(last_checked_on=LONG_AGO, recheck_days=30)
    admin_client.post(QUEUE, {"action": "mark_checked_today", "_selected_action": [stale.pk]})
    assert shown(admin_client.get(QUEUE)) == set()


def test_the_resource_form_opens_for_editors(admin_client):
    resource = Resource.objects.get(slug="988-lifeline")
    response = admin_client.get(f"{CHANGELIST}{resource.pk}/change/")
    assert response.status_code == 200 and "How to reach it" in response.text


def test_guides_can_be_edited_but_not_added_or_deleted(admin_client):
    from resources.models import Guide

    guide = Guide.objects.get(slug="calling-988")
    assert admin_client.get(f"/admin/resources/guide/{guide.pk}/change/").status_code == 200
    assert admin_client.get("/admin/resources/guide/add/").status_code == 403
    assert admin_client.get(f"/admin/resources/guide/{guide.pk}/delete/").status_code == 403


def test_outreach_templates_are_listed_for_editors(admin_client):
    assert admin_client.get("/admin/resources/outreachtemplate/").status_code == 200
