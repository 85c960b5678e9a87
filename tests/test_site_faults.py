"""Faults the site must survive: odd charsets, and the database going away and coming back.

The outage tests never touch the shared PostgreSQL server: they point this test run's own
connection at an address where nothing listens (or an SQLite file that cannot exist), which
fails exactly as a stopped server does, then point it back.
"""

import socket

import pytest
from django.db import connection
from django.test import Client
from django.urls import reverse

from tests.answers import checklist_post

pytestmark = pytest.mark.django_db


@pytest.mark.parametrize("charset", ["utf-16", "latin-1", "utf-7", "x-no-such-charset"])
@pytest.mark.parametrize("address", ["/checklist/", "/resume/", "admin:login"])
def test_a_form_posted_in_another_charset_gets_a_400_with_the_crisis_strip(charset, address):
    url = reverse(address) if ":" in address else address
    encoding = "ascii" if charset.startswith("x-") else charset
    body = "username=admin&password=x&code=2222-3333".encode(encoding)
    response = Client(raise_request_exception=False).generic(
        "POST", url, body, content_type=f"application/x-www-form-urlencoded; charset={charset}"
    )
    assert response.status_code == 400
    assert 'href="tel:988"' in response.text


def test_a_utf8_form_post_still_works(client):
    response = client.post(
        "/checklist/",
        checklist_post(),
        content_type="application/x-www-form-urlencoded; charset=UTF-8",
    )
    assert response.status_code != 400


def _nothing_listens() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]  # closed again at once: connections are refused


class Outage:
    """Take this run's database connection away (`down`) and give it back (`back`)."""

    def __init__(self, tmp_path):
        self.saved = dict(connection.settings_dict)
        self.tmp_path = tmp_path

    def down(self):
        connection.close()
        if connection.vendor == "postgresql":
            connection.settings_dict.update(HOST="127.0.0.1", PORT=str(_nothing_listens()))
        else:
            connection.settings_dict["NAME"] = str(self.tmp_path / "no-such-dir" / "db.sqlite3")

    def back(self):
        connection.close()
        connection.settings_dict.clear()
        connection.settings_dict.update(self.saved)


@pytest.fixture
def outage(tmp_path):
    outage = Outage(tmp_path)
    yield outage
    outage.back()


def returning_visitor() -> Client:
    visitor = Client(raise_request_exception=False)
    visitor.post("/checklist/", checklist_post(frequency=2))
    return visitor


# Outage tests close and reopen the connection, so they cannot run inside the usual test
# transaction; the seeded content is restored around each.
OUTAGE = pytest.mark.usefixtures("seeded_db")


@OUTAGE
def test_while_the_database_is_down_pages_answer_503_with_the_crisis_lines(outage):
    returning = returning_visitor()
    outage.down()
    pages = [(Client(raise_request_exception=False), a) for a in ("/checklist/", "/resources/")]
    pages += [(returning, a) for a in ("/checklist/results/", "/prepare/sheet/")]
    for visitor, address in pages:
        response = visitor.get(address)
        assert response.status_code == 503, address
        assert response["Retry-After"].isdigit()
        assert 'href="tel:988"' in response.text and 'href="tel:911"' in response.text


@OUTAGE
def test_an_answer_sent_during_an_outage_gets_a_503_not_a_500_and_healthz_says_so(outage):
    answers = checklist_post()
    outage.down()
    response = Client(raise_request_exception=False).post("/checklist/", answers)
    assert response.status_code == 503 and "send it again" in response.text
    health = Client().get("/healthz")
    assert health.status_code == 503 and health["Retry-After"].isdigit()


@OUTAGE
def test_the_site_recovers_by_itself_when_the_database_is_back(outage):
    visitor = returning_visitor()
    outage.down()
    assert visitor.get("/checklist/results/").status_code == 503
    outage.back()
    assert visitor.get("/healthz").status_code == 200
    assert "What you told us" in visitor.get("/checklist/results/").text
