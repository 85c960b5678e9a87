"""Editor-written Markdown turned into HTML that is safe to put on a page.

Markdown passes raw HTML through, so its output is never trusted: nh3 (an allow-list
sanitiser) keeps only the tags and attributes below and drops scripts, event handlers and
`javascript:` links.
"""

from functools import lru_cache

import markdown
import nh3
from django.utils.safestring import SafeString, mark_safe

ALLOWED_TAGS = {
    "p",
    "br",
    "strong",
    "em",
    "ul",
    "ol",
    "li",
    "a",
    "blockquote",
    "h3",
    "h4",
    "code",
}
ALLOWED_ATTRIBUTES = {"a": {"href", "title"}}
ALLOWED_URL_SCHEMES = {"https", "http", "mailto", "tel", "sms"}


@lru_cache(maxsize=512)
def render_markdown(text: str) -> SafeString:
    """Markdown to sanitised HTML.

    >>> render_markdown("**Hi** <script>alert(1)</script>")
    '<p><strong>Hi</strong> </p>'
    """
    html = markdown.markdown(text or "", extensions=["sane_lists"], output_format="html")
    clean = nh3.clean(
        html,
        tags=ALLOWED_TAGS,
        attributes=ALLOWED_ATTRIBUTES,
        url_schemes=ALLOWED_URL_SCHEMES,
        link_rel="noopener noreferrer",
        strip_comments=True,
    )
    return mark_safe(clean)  # sanitised by nh3 just above
