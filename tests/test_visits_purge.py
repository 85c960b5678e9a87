import datetime
from io import StringIO

import pytest
import time_machine
from django.contrib.sessions.backends.db import SessionStore
from django.contrib.sessions.models import Session
from django.core.management import call_command
from django.db import connection
from django.test.utils import CaptureQueriesContext

from visits import throttle
from visits.models import ResumeThrottle, Visit
from visits.services import purge_expired_visits

pytestmark = pytest.mark.django_db

NOW = datetime.datetime(2026, 6, 30, 3, 0, tzinfo=datetime.UTC)


def days_ago(days: float) -> datetime.datetime:
    return NOW - datetime.timedelta(days=days)


def purge(*args) -> str:
    out = StringIO()
    with time_machine.travel(NOW, tick=False):
        call_command("purge_expired_visits", *args, stdout=out)
    return out.getvalue()


@pytest.fixture(autouse=True)
def _thirty_days(settings):
    settings.VISIT_RETENTION_DAYS = 30


def test_visits_idle_past_the_retention_period_are_deleted(make_visit):
    make_visit(last_active_at=days_ago(31))
    purge()
    assert Visit.objects.count() == 0


def test_a_visit_active_yesterday_survives(make_visit):
    kept = make_visit(last_active_at=days_ago(1))
    make_visit(last_active_at=days_ago(45))
    purge()
    assert list(Visit.objects.all()) == [kept]


def test_purging_a_visit_deletes_every_answer_in_it_and_nothing_else(
    fill_every_answer_table, make_visit, rows_per_table
):
    expired, kept = make_visit(last_active_at=days_ago(31)), make_visit(last_active_at=days_ago(1))
    for visit in (expired, kept):
        fill_every_answer_table(visit)
    before = rows_per_table(kept.pk)
    purge()
    assert set(rows_per_table(expired.pk).values()) == {0}
    assert rows_per_table(kept.pk) == before


def test_a_visit_one_minute_short_of_expiry_survives(make_visit):
    make_visit(last_active_at=days_ago(30) + datetime.timedelta(minutes=1))
    purge()
    assert Visit.objects.count() == 1


def test_the_retention_setting_decides_what_expires(settings, make_visit):
    settings.VISIT_RETENTION_DAYS = 7
    make_visit(last_active_at=days_ago(8))
    purge()
    assert Visit.objects.count() == 0


def test_purge_prints_how_many_visits_it_removed(make_visit):
    for days in (31, 40, 90, 2):
        make_visit(last_active_at=days_ago(days))
    assert "Deleted 3 expired visits (inactive for more than 30 days)" in purge()


def test_purge_works_in_batches_and_counts_them_all(make_visit):
    for _ in range(7):
        make_visit(last_active_at=days_ago(60))
    assert "Deleted 7 expired visits" in purge("--batch-size", "3")
    assert Visit.objects.count() == 0


def test_batches_go_on_past_live_visits_between_expired_ones(make_visit):
    expired, live = [], []
    for state in "ELEELEE":
        group, when = (expired, days_ago(60)) if state == "E" else (live, days_ago(1))
        group.append(make_visit(last_active_at=when).pk)
    with time_machine.travel(NOW, tick=False):
        assert purge_expired_visits(batch_size=2) == len(expired)
    assert sorted(Visit.objects.values_list("pk", flat=True)) == live


def test_queries_per_batch_do_not_grow_with_the_number_of_visits(make_visit):
    def queries_to_purge(count: int) -> int:
        for _ in range(count):
            make_visit(last_active_at=days_ago(60))
        with time_machine.travel(NOW, tick=False), CaptureQueriesContext(connection) as queries:
            purge_expired_visits(batch_size=500)
        return len(queries)

    assert queries_to_purge(2) == queries_to_purge(20)


def test_a_visit_that_comes_back_to_life_mid_purge_is_kept(monkeypatch, make_visit):
    visit = make_visit(last_active_at=days_ago(60))
    original = Visit.objects.filter

    def revive_then_filter(*args, **kwargs):
        if "pk__in" in kwargs:
            Visit.objects.filter(pk=visit.pk).update(last_active_at=NOW)
        return original(*args, **kwargs)

    monkeypatch.setattr(Visit.objects, "filter", revive_then_filter)
    with time_machine.travel(NOW, tick=False):
        assert purge_expired_visits() == 0


def test_purge_removes_expired_sessions():
    with time_machine.travel(days_ago(60), tick=False):
        old = SessionStore()
        old.create()
    purge()
    assert not Session.objects.filter(session_key=old.session_key).exists()


def test_purge_removes_old_throttle_counts_but_not_the_current_window():
    limits = throttle.configured_limits()
    throttle.take_attempt("198.51.100.7", limits, now=days_ago(1))
    throttle.take_attempt("198.51.100.7", limits, now=NOW)
    output = purge()
    assert ResumeThrottle.objects.count() == 1
    assert "1 old throttle count" in output


def test_purge_refuses_a_batch_size_below_one():
    with pytest.raises(SystemExit):
        call_command("purge_expired_visits", "--batch-size", "0", stderr=StringIO())


def test_purge_runs_as_a_management_command(run_manage):
    result = run_manage("purge_expired_visits", "--help")
    assert result.returncode == 0 and "--batch-size" in result.stdout
