import logging

from django.conf import settings
from django.core.exceptions import BadRequest
from django.utils.cache import add_never_cache_headers

log = logging.getLogger(__name__)


def permissions_policy(get_response):
    """Turn off browser features no page here needs (camera, location, ...)."""

    def middleware(request):
        response = get_response(request)
        response.setdefault("Permissions-Policy", settings.PERMISSIONS_POLICY)
        return response

    return middleware


def warn_about_untrusted_forwarding(get_response):
    """Log once per process when X-Forwarded-For arrives while no proxy is trusted.

    Behind a proxy that is what an operator sees first: every visitor then shares the
    proxy's address for the resume throttle until TRUSTED_PROXY_COUNT is set. Without a
    proxy it is someone sending the header by hand, which is ignored. The line names no
    address.
    """
    warned = False

    def middleware(request):
        nonlocal warned
        forwarded = "HTTP_X_FORWARDED_FOR" in request.META
        if forwarded and not warned and not settings.TRUSTED_PROXY_COUNT:
            warned = True
            log.warning(
                "A request carried X-Forwarded-For but TRUSTED_PROXY_COUNT is 0, so the header "
                "is ignored and the connecting address is used. Behind a proxy, set "
                "TRUSTED_PROXY_COUNT to the number of proxies in front of the app."
            )
        return get_response(request)

    return middleware


def personal_pages_are_not_stored(get_response):
    """Mark every response built from the visitor's session `no-store`.

    Any page that read the session may show the visitor's answers, scores or notes;
    neither the browser's cache nor any proxy may keep it. Pages that never touch the
    session (the explainer, the directory) stay cacheable.
    """

    def middleware(request):
        response = get_response(request)
        session = getattr(request, "session", None)
        if session is not None and session.accessed:
            add_never_cache_headers(response)
        return response

    return middleware


_UTF8 = {"utf-8", "utf8", "us-ascii", "ascii"}


def refuse_foreign_charsets(get_response):
    """Answer 400 to a form post declared in any charset but UTF-8.

    Every form here is sent as UTF-8; a post declaring utf-16, utf-7 or latin-1 comes from
    a tool, not a browser on this site, and decoding it as declared crashes (or, worse,
    reads different answers from the same bytes). The 400 page carries the crisis strip.
    """

    def middleware(request):
        charset = request.content_params.get("charset", "utf-8").strip().lower()
        if request.method not in ("GET", "HEAD") and charset not in _UTF8:
            raise BadRequest("form posts must be UTF-8")
        return get_response(request)

    return middleware
