"""How django-axes sees a client: a pseudonym for the address, and log lines without one.

Axes keeps failed admin sign-ins in the database, keyed by username and by address, and
logs each one. Neither may hold a real client address (the privacy page promises none is
stored or logged), so the "address" axes stores is a keyed hash of it, written as an
address from the private fd00::/8 block: the same client always maps to the same pseudonym
(the per-address lockout still works), and nobody can read the real one back.
"""

import ipaddress
import math

from django.conf import settings
from django.http import HttpRequest, HttpResponse
from django.shortcuts import render

from visits.throttle import address_key, request_address

_PRIVATE_BLOCK = 0xFD << 120


def client_pseudonym(request: HttpRequest) -> str:
    """A stable stand-in address for the client, from a keyed hash of the real one."""
    digest = int(address_key(request_address(request), settings.SECRET_KEY)[:30], 16)
    return str(ipaddress.IPv6Address(_PRIVATE_BLOCK | digest))


def client_description(username, ip_address, user_agent, path_info, request) -> str:
    """What axes writes into its log lines: the account tried, never an address."""
    return f"{{username: {username!r}}}"


def locked_out(request: HttpRequest, credentials=None, *args, **kwargs) -> HttpResponse:
    """The calm page a locked-out sign-in gets: 429, with when to try again."""
    seconds = int(settings.AXES_COOLOFF_TIME.total_seconds())
    context = {"failure_limit": settings.AXES_FAILURE_LIMIT, "minutes": math.ceil(seconds / 60)}
    response = render(request, "admin/locked_out.html", context, status=429)
    response["Retry-After"] = str(seconds)
    return response
