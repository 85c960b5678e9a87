"""Editor-written Markdown is sanitised before it reaches a page."""

from resources.rendering import render_markdown


def test_markdown_becomes_html():
    assert str(render_markdown("**Call** now")) == "<p><strong>Call</strong> now</p>"


def test_scripts_and_their_content_are_removed():
    assert "alert" not in render_markdown("Hi <script>alert(1)</script>")


def test_images_styles_and_event_handlers_are_removed():
    html = render_markdown(
        '<img src="https://tracker.example/p.gif"> <b style="x" onclick="y">b</b>'
    )
    assert "<img" not in html and "style=" not in html and "onclick" not in html


def test_javascript_links_lose_their_address():
    assert "javascript:" not in render_markdown("[x](javascript:alert(1))")


def test_phone_and_text_links_are_kept():
    html = render_markdown("[Call](tel:988) or [text](sms:988?body=AYUDA)")
    assert 'href="tel:988"' in html and 'href="sms:988?body=AYUDA"' in html


def test_links_to_other_sites_are_marked_for_everyone():
    html = render_markdown("[NAMI](https://www.nami.org/)")
    assert 'rel="noopener noreferrer"' in html
    assert '<span class="visually-hidden"> (another website)</span>' in html
    assert 'aria-hidden="true" class="external-mark">↗</span>' in html


def test_links_within_the_site_are_not_marked_as_leaving_it():
    assert "another website" not in render_markdown("[Guide](/resources/reaching-out/)")
