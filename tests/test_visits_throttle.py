import datetime

import pytest
import time_machine
from django.db import connection
from django.test import Client

from tests.visits_helpers import run_at_once, saved_visit, session_visit_id
from visits import throttle
from visits.models import ResumeThrottle
from visits.throttle import Limits, address_key, client_address, window_start

WRONG = "2222-3333-4444-5555-6666"
T0 = datetime.datetime(2026, 3, 1, 12, 0, 5, tzinfo=datetime.UTC)


def wrong_tries(client, times, **extra):
    return [client.post("/resume/", {"code": WRONG}, **extra).status_code for _ in range(times)]


# --- Pure parts -------------------------------------------------------------------------


def test_the_address_is_remote_addr_when_no_proxy_is_trusted():
    meta = {"REMOTE_ADDR": "198.51.100.7", "HTTP_X_FORWARDED_FOR": "6.6.6.6"}
    assert client_address(meta) == "198.51.100.7"


def test_behind_two_proxies_the_second_address_from_the_right_is_the_client():
    meta = {"REMOTE_ADDR": "10.0.0.1", "HTTP_X_FORWARDED_FOR": "6.6.6.6, 198.51.100.7, 10.0.0.9"}
    assert client_address(meta, trusted_proxies=2) == "198.51.100.7"


def test_a_short_forwarded_header_falls_back_to_remote_addr():
    assert client_address({"REMOTE_ADDR": "10.0.0.1"}, trusted_proxies=1) == "10.0.0.1"


def test_the_stored_key_is_a_keyed_hash_never_the_address():
    key = address_key("198.51.100.7", "secret")
    assert len(key) == 64 and "198" not in key
    assert key != address_key("198.51.100.7", "another secret")


def test_ipv6_addresses_in_one_slash_64_share_a_key():
    assert address_key("2001:db8::1", "s") == address_key("2001:db8::ffff:1", "s")
    assert address_key("2001:db8::1", "s") != address_key("2001:db8:0:1::1", "s")


def test_an_ipv4_mapped_ipv6_address_counts_as_the_ipv4_address():
    assert address_key("::ffff:198.51.100.7", "s") == address_key("198.51.100.7", "s")


def test_windows_are_aligned_ten_minute_blocks():
    start = window_start(T0.replace(minute=17), datetime.timedelta(minutes=10))
    assert start == T0.replace(minute=10, second=0)


# --- Through the resume page ------------------------------------------------------------


@pytest.mark.django_db
def test_the_eleventh_wrong_code_in_ten_minutes_gets_a_429(client):
    with time_machine.travel(T0, tick=False):
        statuses = wrong_tries(client, 11)
    assert statuses == [200] * 10 + [429]


@pytest.mark.django_db
def test_the_429_page_is_friendly_and_has_the_crisis_strip(client):
    with time_machine.travel(T0, tick=False):
        wrong_tries(client, 10)
        response = client.post("/resume/", {"code": WRONG})
    assert "try again in about 10 minutes" in response.text
    assert 'href="tel:988"' in response.text


@pytest.mark.django_db
def test_the_429_says_when_to_retry(client):
    with time_machine.travel(T0, tick=False):
        wrong_tries(client, 10)
        response = client.post("/resume/", {"code": WRONG})
    assert response["Retry-After"] == "595"


@pytest.mark.django_db
def test_once_blocked_even_the_right_code_waits(client):
    _, code = saved_visit()
    with time_machine.travel(T0, tick=False):
        wrong_tries(client, 10)
        assert client.post("/resume/", {"code": code}).status_code == 429
    assert session_visit_id(client) is None


@pytest.mark.django_db
def test_the_limit_resets_when_the_window_has_passed(client):
    _, code = saved_visit()
    with time_machine.travel(T0, tick=False):
        wrong_tries(client, 11)
    with time_machine.travel(T0 + datetime.timedelta(minutes=10), tick=False):
        assert client.post("/resume/", {"code": code}).status_code == 302


@pytest.mark.django_db
def test_right_codes_do_not_use_up_tries(client):
    _, code = saved_visit()
    with time_machine.travel(T0, tick=False):
        wrong_tries(client, 9)
        for _ in range(5):
            client.post("/resume/", {"code": code})
        assert wrong_tries(client, 2) == [200, 429]


@pytest.mark.django_db
def test_malformed_codes_are_answered_without_counting(client):
    with time_machine.travel(T0, tick=False):
        for _ in range(12):
            client.post("/resume/", {"code": "not a code"})
    assert not ResumeThrottle.objects.exclude(key=ResumeThrottle.GLOBAL_KEY).exists()


@pytest.mark.django_db
def test_another_address_is_not_blocked_by_someone_elses_wrong_codes(client):
    with time_machine.travel(T0, tick=False):
        wrong_tries(client, 11, REMOTE_ADDR="198.51.100.7")
        assert wrong_tries(client, 1, REMOTE_ADDR="203.0.113.9") == [200]


@pytest.mark.django_db
def test_the_global_limit_blocks_everyone(client, settings):
    settings.RESUME_ATTEMPTS_GLOBAL = 5
    with time_machine.travel(T0, tick=False):
        for number in range(5):
            wrong_tries(client, 1, REMOTE_ADDR=f"198.51.100.{number}")
        assert wrong_tries(client, 1, REMOTE_ADDR="203.0.113.9") == [429]


@pytest.mark.django_db
def test_behind_a_trusted_proxy_each_forwarded_client_has_its_own_limit(client, settings):
    settings.TRUSTED_PROXY_COUNT = 1
    with time_machine.travel(T0, tick=False):
        wrong_tries(client, 11, HTTP_X_FORWARDED_FOR="198.51.100.7")
        assert wrong_tries(client, 1, HTTP_X_FORWARDED_FOR="203.0.113.9") == [200]


@pytest.mark.django_db
def test_the_count_lives_in_the_database_not_in_this_process(client, settings):
    # As if another app server had seen ten wrong codes from this address.
    key = address_key("198.51.100.7", settings.SECRET_KEY)
    start = window_start(T0, datetime.timedelta(minutes=10))
    ResumeThrottle.objects.create(key=key, window_start=start, attempts=10)
    with time_machine.travel(T0, tick=False):
        assert wrong_tries(client, 1, REMOTE_ADDR="198.51.100.7") == [429]


@pytest.mark.django_db
def test_a_fresh_browser_on_the_same_address_is_still_blocked(client):
    with time_machine.travel(T0, tick=False):
        wrong_tries(client, 10)
        assert wrong_tries(Client(), 1) == [429]


@pytest.mark.django_db
def test_only_a_keyed_hash_of_the_address_is_stored(client, settings):
    with time_machine.travel(T0, tick=False):
        wrong_tries(client, 2, REMOTE_ADDR="198.51.100.7")
    rows = list(ResumeThrottle.objects.values_list("key", "window_start", "attempts"))
    assert {key for key, *_ in rows} == {address_key("198.51.100.7", settings.SECRET_KEY), "global"}
    assert "198.51" not in repr(rows)


@pytest.mark.django_db
def test_purging_removes_counts_from_past_windows_only():
    limits = throttle.configured_limits()
    throttle.take_attempt("198.51.100.7", limits, now=T0 - datetime.timedelta(minutes=10))
    throttle.take_attempt("198.51.100.7", limits, now=T0)
    assert throttle.purge_old(limits, now=T0) == 2  # the address and the global row
    assert ResumeThrottle.objects.count() == 2


# --- Concurrency on Postgres ------------------------------------------------------------


@pytest.mark.postgres
@pytest.mark.django_db(transaction=True)
@pytest.mark.skipif(connection.vendor != "postgresql", reason="needs PostgreSQL")
def test_concurrent_wrong_codes_are_all_counted_and_never_exceed_the_limit():
    limits = Limits(per_address=10, overall=1000, window=datetime.timedelta(minutes=10))
    threads = 24
    results = run_at_once(
        lambda: throttle.take_attempt("198.51.100.7", limits, now=T0).allowed, threads
    )
    own = ResumeThrottle.objects.exclude(key=ResumeThrottle.GLOBAL_KEY).get()
    assert own.attempts == threads
    assert results.count(True) == limits.per_address
