import re

import pytest
from django.test import Client

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
