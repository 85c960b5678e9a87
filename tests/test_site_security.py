import re

import pytest
from django.test import Client

from tests.answers import checklist_post, screener_post

pytestmark = pytest.mark.django_db


def test_every_response_carries_the_security_headers(client):
    response = client.get("/")
    assert response["X-Content-Type-Options"] == "nosniff"
    assert response["Referrer-Policy"] in ("same-origin", "no-referrer")
    assert response["X-Frame-Options"] == "DENY"


def test_the_permissions_policy_turns_off_location_and_camera(client):
    policy = client.get("/").headers["Permissions-Policy"]
    assert "geolocation=()" in policy and "camera=()" in policy


def test_the_content_security_policy_allows_only_this_site(client):
    policy = client.get("/").headers["Content-Security-Policy"]
    directives = dict(part.strip().split(" ", 1) for part in policy.split(";") if part.strip())
    assert directives["default-src"] == "'self'"
    assert directives["script-src"] == "'self'"
    assert directives["style-src"] == "'self'"
    assert "unsafe-inline" not in policy


def test_pages_name_no_other_host_in_scripts_styles_or_images(client):
    html = client.get("/").text
    sources = re.findall(r'<(?:script|link|img)[^>]+(?:src|href)="([^"]+)"', html)
    assert sources and all(source.startswith("/") for source in sources)


def test_pages_have_no_inline_scripts_or_styles(client):
    html = client.get("/").text
    assert "<script>" not in html and "<style" not in html and " style=" not in html


@pytest.mark.urls("tests.urls_with_errors")
@pytest.mark.parametrize(
    ("address", "status", "heading"),
    [
        ("/test/400/", 400, "Something about that request didn't work"),
        ("/test/403/", 403, "You can't open this page"),
        ("/no-such-page/", 404, "We can't find that page"),
        ("/test/500/", 500, "Something went wrong on our side"),
    ],
)
def test_error_pages_use_the_site_layout_with_the_crisis_strip(address, status, heading):
    response = Client(raise_request_exception=False).get(address)
    assert response.status_code == status
    assert heading in response.text
    assert 'href="tel:988"' in response.text


def test_an_expired_form_gets_a_friendly_page_not_a_crash():
    response = Client(enforce_csrf_checks=True).post("/privacy/")
    assert response.status_code == 403
    assert "That form had expired" in response.text


def test_pages_are_compressed_for_browsers_that_accept_it(client):
    response = client.get("/", headers={"accept-encoding": "gzip"})
    assert response["Content-Encoding"] == "gzip"


def test_under_https_the_cookies_carry_the_host_prefix(run_manage):
    production = {"DEBUG": "0", "HTTPS": "1", "SECRET_KEY": "x" * 50}
    script = (
        "from django.conf import settings as s; "
        "print(s.SESSION_COOKIE_NAME, s.CSRF_COOKIE_NAME, s.SESSION_COOKIE_SECURE)"
    )
    result = run_manage("shell", "-c", script, env=production)
    assert result.stdout.split()[-3:] == ["__Host-sessionid", "__Host-csrftoken", "True"]


def test_a_host_prefixed_session_cookie_is_set_as_browsers_require(client, settings):
    settings.SESSION_COOKIE_NAME = "__Host-sessionid"
    settings.SESSION_COOKIE_SECURE = True
    client.post("/checklist/", checklist_post(), secure=True)
    cookie = client.cookies["__Host-sessionid"]
    assert cookie["secure"] and cookie["path"] == "/" and not cookie["domain"]


PERSONAL_PAGES = [
    "/checklist/",
    "/checklist/results/",
    "/screeners/phq-9/results/",
    "/screeners/gad-7/results/",
    "/prepare/",
    "/prepare/sheet/",
    "/save/",
    "/resume/",
    "/forget/",
]


@pytest.mark.parametrize("address", PERSONAL_PAGES)
def test_pages_showing_a_visitors_answers_are_never_stored(client, address):
    client.post("/checklist/", checklist_post(frequency=2, safety="1"))
    client.post("/screeners/phq-9/", screener_post("phq-9", [1] * 8 + [2]))
    response = client.get(address, follow=True)
    assert response.status_code == 200
    assert "no-store" in response["Cache-Control"] and "private" in response["Cache-Control"]


def test_pages_that_never_read_the_session_stay_cacheable(client):
    assert "no-store" not in client.get("/first-session/").get("Cache-Control", "")


def test_a_forwarded_header_with_no_trusted_proxy_is_logged_once_without_addresses(
    client, caplog, settings
):
    settings.TRUSTED_PROXY_COUNT = 0
    for _ in range(3):
        client.get("/", HTTP_X_FORWARDED_FOR="198.51.100.7")
    warnings = [r for r in caplog.records if "X-Forwarded-For" in r.getMessage()]
    assert len(warnings) == 1
    message = warnings[0].getMessage()
    assert "198.51" not in message and "TRUSTED_PROXY_COUNT" in message
