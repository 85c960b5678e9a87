"""Site-wide views that belong to no single app: the health check and the 500 page."""

import logging

from django.db import DatabaseError, connection
from django.http import HttpResponse, HttpResponseServerError
from django.template import loader
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
        return HttpResponse("database unavailable", status=503, content_type="text/plain")
    return HttpResponse("ok", content_type="text/plain")


def server_error(request):
    """The 500 page in the site layout, crisis strip included.

    Django's default renders it without a request, which would drop the strip. If even
    that fails, a bare page still points to 988.
    """
    try:
        return HttpResponseServerError(loader.render_to_string("500.html", request=request))
    except Exception:
        log.exception("the 500 page itself failed to render")
        return HttpResponseServerError(
            "<!doctype html><title>Something went wrong</title><h1>Something went wrong</h1>"
            '<p>If you need to talk to someone now, call or text <a href="tel:988">988</a>.'
            ' In immediate danger, call <a href="tel:911">911</a>.</p>'
        )
