"""Whole pages that are the same for every visitor, rendered once per content version.

A page is stored as its HTML and content type under a key made of the content version,
a fingerprint of the code and templates, the day, the path and the query string. Only
the CSRF token differs between visitors: it is taken out before storing and this
request's own token is put back on every response. A view states when its page is NOT
the same for everyone (`unless`), and then it is rendered afresh, never stored. Nor is a
page that had to show stand-in content (`versioning.stand_in_shown`). A page that shows a
few marks of a visitor's own (`per_visitor_marks`: which directory cards are on their
outreach list) is stored once for each set of marks, so a returning visitor is served
from the cache too, and only ever sees a copy made for the very same marks.

Pages that are a visitor's own can still reuse the parts that are not: `shared_value`
keeps any value computed from content alone (say, the resources that fit a set of areas),
and `shared_fragment` (the `{% shared %}` and `{% sitewide %}` template tags) a piece of
such a page, under the same kind of key.
"""

import hashlib
import logging
import re
from collections.abc import Callable, Hashable
from enum import Enum
from functools import wraps
from typing import TypeVar

from django.conf import settings
from django.contrib.messages.storage.cookie import CookieStorage
from django.core.cache import cache
from django.db import DatabaseError
from django.http import HttpResponse
from django.middleware.csrf import get_token
from django.utils import timezone

from .fingerprint import SOURCE_FINGERPRINT
from .versioning import current_version, may_store

log = logging.getLogger(__name__)
T = TypeVar("T")

CSRF_VALUE = re.compile(rb'(name="csrfmiddlewaretoken" value=")[^"]*(")')
# Longer query strings are legitimate nowhere on the site; they are rendered, not stored.
MAX_CACHED_QUERY = 512


PLAIN = (str, int, bool, type(None))


def key_part(value):
    """A value as it goes into the key: plain, and the same for equal values.

    >>> key_part(frozenset({3, 1, 2}))
    (1, 2, 3)
    >>> key_part(["mood", "sleep"])
    ('mood', 'sleep')
    """
    if isinstance(value, Enum):
        return value.value
    if isinstance(value, (set, frozenset)):
        return tuple(sorted(value))
    if isinstance(value, (list, tuple)):
        return tuple(key_part(item) for item in value)
    if isinstance(value, PLAIN):
        return value
    # Anything else would key on its identity, storing a new copy on every request.
    raise TypeError(f"a cache key can only hold plain values, not {type(value).__name__}")


# The marks of a visitor's own that pages may show, each a function request -> a value
# for `key_part`, registered by the app that owns the data (see `visitor_marks`).
_MARKS: list[Callable] = []


def register_visitor_mark(mark: Callable) -> None:
    """Let pages made with `per_visitor_marks` vary on `mark(request)`."""
    if mark not in _MARKS:
        _MARKS.append(mark)


def visitor_marks(request) -> tuple:
    """This visitor's marks, as plain values: equal marks, equal tuples."""
    return tuple(key_part(mark(request)) for mark in _MARKS)


def shared_page(view=None, *, unless=None, query_params=(), per_visitor_marks=False):
    """Serve the view's 200 responses to GET and HEAD from the cache.

    `unless(request)` true: this visitor's page is their own (render, do not store).
    `query_params`: the GET parameters the page reads; a query string with any other
    parameter is rendered without being stored, so junk links cannot fill the cache.
    `per_visitor_marks`: the page shows the registered visitor marks and nothing else of
    the visitor's; it is stored once per set of marks.
    """

    def decorate(view):
        @wraps(view)
        def wrapper(request, *args, **kwargs):
            key = _page_key(request, unless, query_params, per_visitor_marks)
            entry = _read(key)
            if entry is None:
                response = view(request, *args, **kwargs)
                if hasattr(response, "render"):  # a TemplateResponse renders lazily
                    response.render()
                if key is None or response.status_code != 200 or response.streaming:
                    return response
                entry = (_without_csrf_token(response.content), response["Content-Type"])
                _store(key, entry)
            body, content_type = entry
            return HttpResponse(_with_csrf_token(body, request), content_type=content_type)

        return wrapper

    return decorate(view) if view else decorate


def _page_key(request, unless, query_params, per_visitor_marks) -> str | None:
    if not settings.PAGE_CACHE or request.method not in ("GET", "HEAD"):
        return None
    query = request.META.get("QUERY_STRING", "")
    if query and (len(query) > MAX_CACHED_QUERY or not set(request.GET) <= set(query_params)):
        return None
    # A one-time note ("Added to your list") is this visitor's: it shows on the next page.
    if CookieStorage.cookie_name in request.COOKIES:
        return None
    if unless is not None and unless(request):
        return None
    marks = visitor_marks(request) if per_visitor_marks else ()
    return _versioned_key("page", repr((request.path, query, marks)))


def shared_value(parts: tuple[Hashable, ...], compute: Callable[[], T]) -> T:
    """`compute()`, worked out once per content version for everyone asking with `parts`.

    Only for values that depend on nothing but content and `parts` (never on a visitor):
    the key holds the content version, so an editor's change is seen at once.
    """
    return _read_or_compute(_versioned_key("value", repr(parts)), compute)


def shared_fragment(
    request, parts: tuple[Hashable, ...], render: Callable[[], str], *, sitewide: bool = False
) -> str:
    """HTML of a piece of a page, rendered once per content version for each `parts`.

    `parts` must name everything the piece shows that is not content; the page's path is
    added to them unless the piece is `sitewide` (the same on every page, such as the
    header, whose `parts` say which section is current). The CSRF token is handled as for
    whole pages. A query string means a page nobody links to: its own pieces are rendered,
    never stored, so junk addresses cannot fill the cache (sitewide pieces are keyed
    without the address, so they cannot either).
    """
    if sitewide:
        key = _versioned_key("part", repr(("sitewide", *parts)))
    elif request.META.get("QUERY_STRING"):
        key = None
    else:
        key = _versioned_key("part", repr((request.path, *parts)))
    body = _read_or_compute(key, lambda: _without_csrf_token(render().encode()))
    return _with_csrf_token(body, request).decode()


def _read_or_compute(key: str | None, compute: Callable[[], T]) -> T:
    """The value stored under `key`, or `compute()` stored there (not stored without a key)."""
    value = _read(key)
    if value is None:
        value = compute()
        if key is not None:
            _store(key, value)
    return value


def _versioned_key(kind: str, name: str) -> str | None:
    """A key under the current content version, code and day; None with the cache off or
    the version unreadable. The day, because content can change with the date alone: a
    review falls due ("Next review was due") without anyone editing anything."""
    if not settings.PAGE_CACHE:
        return None
    try:
        version = current_version()
    except DatabaseError:
        log.warning("page cache: content version unreadable, working afresh")
        return None
    name = f"{SOURCE_FINGERPRINT}:{version}:{timezone.localdate()}:{name}"
    return f"{kind}:" + hashlib.sha256(name.encode()).hexdigest()


def _read(key):
    if key is None:
        return None
    try:
        return cache.get(key)
    except Exception:  # a shared cache that is down must not take the site with it
        log.exception("page cache: read failed, rendering afresh")
        return None


def _store(key, entry) -> None:
    if not may_store():
        return
    try:
        cache.set(key, entry, settings.PAGE_CACHE_SECONDS)
    except Exception:
        log.exception("page cache: write failed")


def _without_csrf_token(body: bytes) -> bytes:
    return CSRF_VALUE.sub(rb"\1\2", body)


def _with_csrf_token(body: bytes, request) -> bytes:
    if b"csrfmiddlewaretoken" not in body:
        return body
    return CSRF_VALUE.sub(rb"\g<1>" + get_token(request).encode() + rb"\g<2>", body)
