"""Editor-written Markdown to safe HTML.

Markdown turns the text into HTML; nh3 then keeps only a short list of tags and
attributes, so nothing an editor pastes (a script, an inline style, a tracking image) can
reach a visitor. Links to other sites are marked as such, for sighted and screen-reader
visitors alike, and every link gets rel="noopener noreferrer".
"""

import functools
import xml.etree.ElementTree as etree

import markdown
import nh3
from django.utils.safestring import SafeString, mark_safe
from markdown.extensions import Extension
from markdown.treeprocessors import Treeprocessor

ALLOWED_TAGS = {
    "p",
    "br",
    "strong",
    "em",
    "a",
    "ul",
    "ol",
    "li",
    "h2",
    "h3",
    "h4",
    "blockquote",
    "span",
    "abbr",
}
ALLOWED_ATTRIBUTES = {"a": {"href", "title"}, "abbr": {"title"}, "span": {"aria-hidden"}}
ALLOWED_CLASSES = {"a": {"external-link"}, "span": {"visually-hidden", "external-mark"}}
URL_SCHEMES = {"http", "https", "mailto", "tel", "sms"}


class _MarkExternalLinks(Treeprocessor):
    def run(self, root):
        for link in root.iter("a"):
            if link.get("href", "").startswith(("http://", "https://")):
                link.set("class", "external-link")
                mark = etree.SubElement(
                    link, "span", {"class": "external-mark", "aria-hidden": "true"}
                )
                mark.text = "↗"
                hidden = etree.SubElement(link, "span", {"class": "visually-hidden"})
                hidden.text = " (another website)"


class _ExternalLinks(Extension):
    def extendMarkdown(self, md):
        md.treeprocessors.register(_MarkExternalLinks(md), "mark_external_links", 0)


@functools.lru_cache(maxsize=1024)
def render_markdown(text: str) -> SafeString:
    """Sanitised HTML for editor-written Markdown.

    Cached by text: the same description renders once per process, however many pages
    show it (the cache holds published copy only, never anything a visitor typed).

    >>> str(render_markdown("Call **988**<script>x()</script>"))
    '<p>Call <strong>988</strong></p>'
    """
    html = markdown.markdown(text, extensions=["sane_lists", _ExternalLinks()])
    cleaned = nh3.clean(
        html,
        tags=ALLOWED_TAGS,
        attributes=ALLOWED_ATTRIBUTES,
        allowed_classes=ALLOWED_CLASSES,
        url_schemes=URL_SCHEMES,
        link_rel="noopener noreferrer",
        clean_content_tags={"script", "style"},
    )
    return mark_safe(cleaned)  # sanitised by nh3 just above
