"""One small stylesheet for every page, rebuilt by `make css`, with no style lost.

Bootstrap is trimmed to the classes the site uses. These tests fail when a template
starts using a Bootstrap class that the shipped bundle lacks, when the bundle is stale,
or when a page grows past the first-visit budget (4 requests, 25 KB compressed).
"""

import gzip
import re
from html.parser import HTMLParser
from pathlib import Path

import brotli
import pytest
from django.contrib.staticfiles import finders

from assets.build_css import BOOTSTRAP, BUNDLE, PURGECSS, bundle
from tests.conftest import ROOT

PAGES = [
    "/",
    "/about/",
    "/privacy/",
    "/first-session/",
    "/checklist/",
    "/checklist/results/",
    "/screeners/phq-9/",
    "/prepare/what-brings-me/",
    "/prepare/goals/",
    "/prepare/practicalities/",
    "/prepare/questions/",
    "/prepare/sheet/",
    "/resources/",
    "/resources/calling-988/",
    "/resources/cost-and-insurance/",
    "/resources/reaching-out/",
    "/resources/my-list/",
    "/save/",
    "/resume/",
    "/forget/",
]
CLASS_ATTRIBUTE = re.compile(r'class="([^"]*)"')
TEMPLATE_TAG = re.compile(r"\{[{%].*?[}%]\}")
CLASS_SELECTOR = re.compile(r"\.(-?[_a-zA-Z][\w-]*)")


def classes_in_css(path: Path) -> set[str]:
    return set(CLASS_SELECTOR.findall(path.read_text()))


def classes_in_templates() -> dict[str, set[str]]:
    """Every class name written in a template, by template (template tags stripped out)."""
    found = {}
    for template in (ROOT / "templates").rglob("*.html"):
        html = template.read_text()
        names = set()
        for value in CLASS_ATTRIBUTE.findall(html):
            # Keep the words inside {% if %} branches; drop the tags themselves.
            words = re.sub(r"\{%\s*(if|elif|else|endif)[^%]*%\}", " ", value)
            names.update(TEMPLATE_TAG.sub(" ", words).split())
        found[str(template.relative_to(ROOT))] = names
    return found


def test_no_template_uses_a_bootstrap_class_the_bundle_lacks():
    bootstrap, shipped = classes_in_css(BOOTSTRAP), classes_in_css(BUNDLE)
    lost = {
        template: sorted(names & bootstrap - shipped)
        for template, names in classes_in_templates().items()
        if names & bootstrap - shipped
    }
    assert lost == {}, f"run `make css`: Bootstrap classes missing from the bundle: {lost}"


def test_the_shipped_bundle_is_what_make_css_builds_today():
    if not PURGECSS.exists():
        pytest.fail("purgecss is missing: run `npm ci --no-audit --no-fund` (make test does)")
    assert BUNDLE.read_text() == bundle(), "static/bundle.css is stale: run `make css`"


class Assets(HTMLParser):
    """The files a page makes the browser fetch: stylesheets, scripts, icons, images."""

    def __init__(self, html: str):
        super().__init__()
        self.urls: list[str] = []
        self.feed(html)

    def handle_starttag(self, tag, attrs):
        attrs = dict(attrs)
        if tag == "link" and attrs.get("rel") in ("stylesheet", "icon", "preload"):
            self.urls.append(attrs["href"])
        elif tag in ("script", "img") and attrs.get("src"):
            self.urls.append(attrs["src"])


def brotli_size(url: str) -> int:
    path = finders.find(url.removeprefix("/static/"))
    assert path, f"no static file for {url}"
    return len(brotli.compress(Path(path).read_bytes()))


@pytest.mark.django_db
@pytest.mark.parametrize("address", PAGES)
def test_a_first_visit_is_at_most_4_requests_and_25_kb_compressed(client, address):
    response = client.get(address, HTTP_ACCEPT_ENCODING="gzip")
    assert response.status_code == 200
    assert response["Content-Encoding"] == "gzip"
    html = len(response.content)
    assets = Assets(gzip.decompress(response.content).decode()).urls
    assert len(assets) <= 3, f"{address} fetches {assets}"
    stylesheets = [url for url in assets if url.endswith(".css")]
    assert len(stylesheets) == 1, f"{address} links {stylesheets}: add CSS to static/css/"
    assert html <= 8 * 1024, f"a repeat visit to {address} costs {html:,} bytes"
    total = html + sum(brotli_size(url) for url in assets)
    assert total <= 25 * 1024, f"a first visit to {address} costs {total:,} bytes"
