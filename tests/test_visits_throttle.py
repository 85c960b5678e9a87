import datetime
import itertools

import pytest
import time_machine
from django.db import connection
from django.test import Client

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
def test_once_blocked_even_the_right_code_waits(client, saved_visit, session_visit_id):
    _, code = saved_visit()
    with time_machine.travel(T0, tick=False):
        wrong_tries(client, 10)
        assert client.post("/resume/", {"code": code}).status_code == 429
    assert session_visit_id(client) is None


@pytest.mark.django_db
def test_the_limit_resets_when_the_window_has_passed(client, saved_visit):
    _, code = saved_visit()
    with time_machine.travel(T0, tick=False):
        wrong_tries(client, 11)
    with time_machine.travel(T0 + datetime.timedelta(minutes=10), tick=False):
        assert client.post("/resume/", {"code": code}).status_code == 302


@pytest.mark.django_db
def test_right_codes_do_not_use_up_tries(client, saved_visit):
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
    assert not ResumeThrottle.objects.exists()


@pytest.mark.django_db
def test_another_address_is_not_blocked_by_someone_elses_wrong_codes(client):
    with time_machine.travel(T0, tick=False):
        wrong_tries(client, 11, REMOTE_ADDR="198.51.100.7")
        assert wrong_tries(client, 1, REMOTE_ADDR="203.0.113.9") == [200]


@pytest.mark.django_db
def test_a_forged_forwarded_header_does_not_reset_the_limit_by_default(client):
    with time_machine.travel(T0, tick=False):
        statuses = [
            client.post("/resume/", {"code": WRONG}, HTTP_X_FORWARDED_FOR=f"6.6.6.{n}").status_code
            for n in range(11)
        ]
    assert statuses == [200] * 10 + [429]


def test_no_proxy_is_trusted_by_default_even_with_https_on(run_manage):
    production = {"DEBUG": "0", "HTTPS": "1", "SECRET_KEY": "x" * 50}
    script = "from django.conf import settings; print(settings.TRUSTED_PROXY_COUNT)"
    result = run_manage("shell", "-c", script, env=production)
    assert result.stdout.split()[-1] == "0", result.stderr


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
    assert {key for key, *_ in rows} == {address_key("198.51.100.7", settings.SECRET_KEY)}
    assert "198.51" not in repr(rows)


@pytest.mark.django_db
def test_purging_removes_counts_from_past_windows_only():
    limits = throttle.configured_limits()
    throttle.take_attempt("198.51.100.7", limits, now=T0 - datetime.timedelta(minutes=10))
    throttle.take_attempt("198.51.100.7", limits, now=T0)
    assert throttle.purge_old(limits, now=T0) == 1
    assert ResumeThrottle.objects.count() == 1


# --- Concurrency on Postgres ------------------------------------------------------------


@pytest.mark.postgres
@pytest.mark.django_db(transaction=True)
@pytest.mark.skipif(connection.vendor != "postgresql", reason="needs PostgreSQL")
def test_concurrent_wrong_codes_are_all_counted_and_never_exceed_the_limit(run_at_once):
    limits = Limits(per_address=10, window=datetime.timedelta(minutes=10))
    threads = 24
    results = run_at_once(
        lambda: throttle.take_attempt("198.51.100.7", limits, now=T0).allowed, threads
    )
    own = ResumeThrottle.objects.get()
    assert own.attempts == threads
    assert results.count(True) == limits.per_address


@pytest.mark.postgres
@pytest.mark.django_db(transaction=True)
@pytest.mark.skipif(connection.vendor != "postgresql", reason="needs PostgreSQL")
def test_strangers_guessing_from_everywhere_never_refuse_a_visitors_right_code(
    run_at_once, saved_visit
):
    """1,200 wrong codes counted from 120 addresses while the visitor resumes, in parallel."""
    _, code = saved_visit()
    limits, tasks, visitor_statuses = throttle.configured_limits(), itertools.count(), []

    def stranger_or_visitor():
        number = next(tasks)
        if number % 6 == 5:
            response = Client().post("/resume/", {"code": code}, REMOTE_ADDR="203.0.113.9")
            visitor_statuses.append(response.status_code)
        else:  # what the resume page counts for a wrong code, ten times from one address
            for _ in range(10):
                throttle.take_attempt(f"198.51.100.{number}", limits, now=T0)

    with time_machine.travel(T0, tick=False):
        for _ in range(18):
            run_at_once(stranger_or_visitor, 8)
        late = Client().post("/resume/", {"code": code}, REMOTE_ADDR="192.0.2.1")
        stranger = Client().post("/resume/", {"code": code}, REMOTE_ADDR="198.51.100.0")
    assert ResumeThrottle.objects.filter(attempts=10).count() == 120
    assert visitor_statuses == [302] * 24
    assert late.status_code == 302
    assert stranger.status_code == 429  # only an address's own guesses can refuse it
