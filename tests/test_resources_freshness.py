"""When resources are due for another check, with frozen time."""

import datetime

import pytest
import time_machine

from resources import freshness
from resources.models import Resource

MARCH_1 = datetime.date(2026, 3, 1)


def test_the_next_check_is_due_one_interval_after_the_last():
    assert freshness.next_check_on(MARCH_1, 30) == datetime.date(2026, 3, 31)


def test_a_resource_is_not_overdue_on_its_due_date():
    assert not freshness.is_overdue(MARCH_1, 30, today=datetime.date(2026, 3, 31))


def test_a_resource_is_overdue_the_day_after_its_due_date():
    assert freshness.is_overdue(MARCH_1, 30, today=datetime.date(2026, 4, 1))


@pytest.mark.django_db
@time_machine.travel(datetime.datetime(2026, 4, 1, 12, tzinfo=datetime.UTC), tick=False)
def test_the_overdue_property_uses_today(make_resource):
    assert make_resource(last_checked_on=MARCH_1, recheck_days=30).is_overdue


@pytest.mark.django_db
@time_machine.travel(datetime.datetime(2026, 3, 31, 12, tzinfo=datetime.UTC), tick=False)
def test_the_overdue_property_is_false_until_the_interval_has_passed(make_resource):
    assert not make_resource(last_checked_on=MARCH_1, recheck_days=30).is_overdue


@pytest.mark.django_db
@time_machine.travel(datetime.datetime(2026, 4, 1, 12, tzinfo=datetime.UTC), tick=False)
def test_the_overdue_query_applies_each_resources_own_interval(make_resource):
    monthly = make_resource(last_checked_on=MARCH_1, recheck_days=30)
    quarterly = make_resource(last_checked_on=MARCH_1, recheck_days=90)
    overdue = set(Resource.objects.overdue())
    assert monthly in overdue
    assert quarterly not in overdue


@pytest.mark.django_db
def test_the_overdue_query_matches_the_property_for_every_resource(make_resource):
    make_resource(last_checked_on=datetime.date(2020, 1, 1), recheck_days=7)
    with time_machine.travel(datetime.datetime(2027, 6, 1, tzinfo=datetime.UTC), tick=False):
        by_query = set(Resource.objects.overdue())
        by_property = {r for r in Resource.objects.all() if r.is_overdue}
    assert by_query == by_property and by_query


@pytest.mark.django_db
@time_machine.travel(datetime.datetime(2026, 11, 29, 12, tzinfo=datetime.UTC), tick=False)
def test_nothing_seeded_is_overdue_on_the_day_it_was_checked():
    assert not Resource.objects.overdue().exists()
