"""Site-wide views that belong to no single app: the health check and the error pages."""

import logging
import sys

from django.db import DatabaseError, InterfaceError, OperationalError, connection
from django.http import HttpResponse
from django.template import loader
from django.utils.cache import add_never_cache_headers
from django.views.decorators.cache import never_cache
from django.views.decorators.http import require_safe

log = logging.getLogger(__name__)


@never_cache
@require_safe
def healthz(request):
    """200 "ok" after a round trip to the database; 503 when it cannot be reached."""
    try:
        with connection.cursor() as cursor:
            cursor.execute("SELECT 1")
            cursor.fetchone()
    except DatabaseError:
        log.exception("healthz: database unreachable")
        response = HttpResponse("database unavailable", status=503, content_type="text/plain")
        response["Retry-After"] = str(DATABASE_RETRY_AFTER)
        return response
    return HttpResponse("ok", content_type="text/plain")


# How long a visitor (or a load balancer) is asked to wait while the database is away.
DATABASE_RETRY_AFTER = 10


def server_error(request):
    """The 500 page in the site layout, crisis strip included; 503 when the database is down.

    Django's default renders it without a request, which would drop the strip. Called while
    the failing request's exception is being handled, so an unreachable database (Postgres
    restarting, a network blip) gets "come back in a moment" rather than "our fault". The
    page itself needs no database: the strip falls back to lines that never change. If even
    that fails, a bare page still points to 988.
    """
    unavailable = isinstance(sys.exception(), OperationalError | InterfaceError)
    template, status = ("503.html", 503) if unavailable else ("500.html", 500)
    try:
        response = HttpResponse(loader.render_to_string(template, request=request), status=status)
    except Exception:
        log.exception("the %s page itself failed to render", status)
        response = HttpResponse(BARE_ERROR_PAGE, status=status)
    if unavailable:
        response["Retry-After"] = str(DATABASE_RETRY_AFTER)
    add_never_cache_headers(response)
    return response


BARE_ERROR_PAGE = (
    "<!doctype html><title>Something went wrong</title><h1>Something went wrong</h1>"
    '<p>If you need to talk to someone now, call or text <a href="tel:988">988</a>.'
    ' In immediate danger, call <a href="tel:911">911</a>.</p>'
)
