"""Editor Markdown on the explainer is sanitised (the renderer is shared with resources)."""

import pytest

from intake.models import Section
from resources.rendering import render_markdown


def test_markdown_becomes_html():
    html = render_markdown("Some **bold** words\n\n- one\n- two")
    assert "<strong>bold</strong>" in html
    assert "<li>two</li>" in html


def test_a_script_tag_and_its_content_are_removed():
    html = render_markdown("Hello <script>alert('x')</script> there")
    assert "<script" not in html
    assert "alert" not in html


def test_event_handler_attributes_are_removed():
    html = render_markdown('<img src="x" onerror="alert(1)"> <a href="/a" onclick="b()">a</a>')
    assert "onerror" not in html
    assert "onclick" not in html


def test_javascript_links_lose_their_address():
    html = render_markdown("[click](javascript:alert(1))")
    assert "javascript:" not in html


def test_ordinary_links_are_kept():
    assert 'href="/resources/"' in render_markdown("[help](/resources/)")


def test_inline_styles_and_iframes_are_removed():
    html = render_markdown('<p style="color:red">x</p><iframe src="https://e.com"></iframe>')
    assert "style=" not in html
    assert "<iframe" not in html


def test_empty_text_renders_as_nothing():
    assert render_markdown("") == ""


@pytest.mark.django_db
def test_a_script_in_a_section_body_never_reaches_the_explainer_page(client):
    Section.objects.create(
        title="Injected",
        slug="injected",
        body='Hi <script>alert("owned")</script><img src=x onerror="alert(2)">',
        order=1,
    )
    html = client.get("/first-session/").text
    assert 'alert("owned")' not in html
    assert "onerror" not in html


@pytest.mark.django_db
def test_a_section_title_is_escaped(client):
    Section.objects.create(title="<b>Bold</b> title", slug="bold", body="x", order=1)
    html = client.get("/first-session/").text
    assert "&lt;b&gt;Bold&lt;/b&gt; title" in html
