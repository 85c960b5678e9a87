"""Brute-force protection on the admin sign-in (django-axes, state in the database)."""

import datetime
import logging

import pytest
import time_machine
from django.contrib.auth.models import User
from django.core.management import call_command
from django.test import Client
from django.urls import reverse

pytestmark = pytest.mark.django_db

PASSWORD = "a-long-and-right-password"
T0 = datetime.datetime(2026, 3, 1, 12, 0, tzinfo=datetime.UTC)


@pytest.fixture
def staff():
    return User.objects.create_user("editor", password=PASSWORD, is_staff=True)


def sign_in(username, password, address="198.51.100.7", client=None):
    client = client or Client()
    data = {"username": username, "password": password, "next": reverse("admin:index")}
    return client.post(reverse("admin:login"), data, REMOTE_ADDR=address)


def signed_in(response) -> bool:
    return response.status_code == 302 and response["Location"] == reverse("admin:index")


def test_the_right_password_signs_in(staff):
    assert signed_in(sign_in("editor", PASSWORD))


def test_thirty_wrong_passwords_then_the_right_one_is_refused(staff):
    with time_machine.travel(T0, tick=False):
        for number in range(30):
            sign_in("editor", f"guess-{number}")
        response = sign_in("editor", PASSWORD)
    assert response.status_code == 429 and not signed_in(response)


def test_the_lockout_page_is_calm_and_says_when_to_try_again(staff):
    with time_machine.travel(T0, tick=False):
        for _ in range(5):
            response = sign_in("editor", "wrong")
    assert response.status_code == 429
    assert "try again in about 15 minutes" in response.text
    assert response["Retry-After"] == "900"
    assert 'href="tel:988"' in response.text


def test_four_wrong_passwords_still_leave_the_right_one_working(staff):
    for _ in range(4):
        sign_in("editor", "wrong")
    assert signed_in(sign_in("editor", PASSWORD))


def test_a_username_is_locked_whatever_address_the_guesses_come_from(staff):
    with time_machine.travel(T0, tick=False):
        for number in range(5):
            sign_in("editor", "wrong", address=f"198.51.100.{number}")
        assert not signed_in(sign_in("editor", PASSWORD, address="203.0.113.9"))


def test_an_address_is_locked_whatever_usernames_it_tries(staff):
    with time_machine.travel(T0, tick=False):
        for number in range(5):
            sign_in(f"someone-{number}", "wrong", address="198.51.100.7")
        assert not signed_in(sign_in("editor", PASSWORD, address="198.51.100.7"))
        assert signed_in(sign_in("editor", PASSWORD, address="203.0.113.9"))


def test_the_lockout_ends_after_fifteen_minutes(staff):
    with time_machine.travel(T0, tick=False):
        for _ in range(5):
            sign_in("editor", "wrong")
    with time_machine.travel(T0 + datetime.timedelta(minutes=16), tick=False):
        assert signed_in(sign_in("editor", PASSWORD))


def test_the_documented_command_unlocks_an_account_at_once(staff):
    with time_machine.travel(T0, tick=False):
        for number in range(5):
            sign_in("editor", "wrong", address=f"198.51.100.{number}")
        call_command("axes_reset_username", "editor")
        assert signed_in(sign_in("editor", PASSWORD, address="203.0.113.9"))


def test_failures_are_kept_in_the_database_without_the_real_address(staff):
    from axes.models import AccessAttempt

    sign_in("editor", "wrong", address="198.51.100.7")
    attempt = AccessAttempt.objects.get()
    assert attempt.username == "editor"
    assert attempt.ip_address.startswith("fd") and "198.51" not in attempt.ip_address
    assert PASSWORD not in attempt.post_data and "wrong" not in attempt.post_data


def test_failures_are_logged_without_any_address(staff, caplog):
    with caplog.at_level(logging.INFO):
        for _ in range(6):
            sign_in("editor", "wrong", address="198.51.100.7")
    assert caplog.records
    assert not any("198.51" in record.getMessage() for record in caplog.records)
