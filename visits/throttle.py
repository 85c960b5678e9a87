"""Limits on guessing resume codes, per client address.

Counts live in the database (`ResumeThrottle`), one row per address and fixed time window,
so every app server sees the same numbers. An attempt is counted *before* the code is
checked and given back if the code was right; since each increment is a single atomic
upsert that returns the new count, no number of concurrent requests gets more than the
limit of guesses checked.

Client addresses are never stored: the key is an HMAC of the address under a key derived
from the server secret. IPv6 addresses count per /64, the block one household gets.

There is deliberately no limit across everyone. A code carries ~98 bits of randomness, so
even a billion wrong guesses a second would take far longer than the age of the universe
to find one visit; a global cap protects nothing, and once strangers used it up it
refused every visitor's right code. Only the visitor's own address over its limit can
refuse a code.
"""

import datetime
import ipaddress
import math
from dataclasses import dataclass

from django.conf import settings
from django.db import connection
from django.db.models import F
from django.http import HttpRequest
from django.utils import timezone

from .codes import keyed_hash
from .models import ResumeThrottle

_KEY_PURPOSE = b"visits.throttle-address.v1"


@dataclass(frozen=True)
class Limits:
    per_address: int
    window: datetime.timedelta


@dataclass(frozen=True)
class Verdict:
    allowed: bool
    retry_after: int = 0  # seconds until the current window ends, when not allowed


def configured_limits() -> Limits:
    return Limits(
        per_address=settings.RESUME_ATTEMPTS_PER_ADDRESS,
        window=datetime.timedelta(minutes=settings.RESUME_ATTEMPT_WINDOW_MINUTES),
    )


def client_address(meta: dict, trusted_proxies: int = 0) -> str:
    """The visitor's address: REMOTE_ADDR, or X-Forwarded-For behind trusted proxies.

    With n proxies in front of the app, the n-th entry from the right of X-Forwarded-For
    is the one the outermost proxy saw; entries further left can be forged by anyone.

        >>> client_address({"REMOTE_ADDR": "10.0.0.2",
        ...                 "HTTP_X_FORWARDED_FOR": "6.6.6.6, 203.0.113.9"}, 1)
        '203.0.113.9'
    """
    remote = meta.get("REMOTE_ADDR") or "unknown"
    if trusted_proxies <= 0:
        return remote
    forwarded = [part.strip() for part in meta.get("HTTP_X_FORWARDED_FOR", "").split(",")]
    forwarded = [part for part in forwarded if part]
    if len(forwarded) < trusted_proxies:
        return remote
    return forwarded[-trusted_proxies]


def request_address(request: HttpRequest) -> str:
    return client_address(request.META, settings.TRUSTED_PROXY_COUNT)


def address_key(address: str, secret: str | bytes) -> str:
    """A keyed hash of an address (IPv6 reduced to its /64), safe to store."""
    try:
        ip = ipaddress.ip_address(address)
    except ValueError:
        canonical = address
    else:
        if ip.version == 6 and ip.ipv4_mapped:
            ip = ip.ipv4_mapped
        if ip.version == 6:
            canonical = str(ipaddress.ip_network(f"{ip}/64", strict=False))
        else:
            canonical = str(ip)
    return keyed_hash(canonical, secret, _KEY_PURPOSE)


def window_start(now: datetime.datetime, window: datetime.timedelta) -> datetime.datetime:
    """The start of the fixed window `now` falls in (windows are aligned to the epoch)."""
    seconds = int(window.total_seconds())
    stamp = int(now.timestamp())
    return datetime.datetime.fromtimestamp(stamp - stamp % seconds, tz=datetime.UTC)


def _seconds_left(now: datetime.datetime, window: datetime.timedelta) -> int:
    return math.ceil((window_start(now, window) + window - now).total_seconds())


_TABLE = ResumeThrottle._meta.db_table
_INCREMENT = (
    f'INSERT INTO {_TABLE} ("key", window_start, attempts) VALUES (%s, %s, 1) '
    f'ON CONFLICT ("key", window_start) DO UPDATE SET attempts = {_TABLE}.attempts + 1 '
    "RETURNING attempts"
)


def _increment(key: str, start: datetime.datetime) -> int:
    """Add one to a counter, creating it if needed, and return the new value.

    One INSERT ... ON CONFLICT DO UPDATE ... RETURNING statement (PostgreSQL, and SQLite
    3.35+): atomic, and each concurrent caller gets its own value back, so exactly
    `limit` callers see a value within the limit. The ORM has no UPDATE ... RETURNING.
    """
    with connection.cursor() as cursor:
        cursor.execute(_INCREMENT, [key, connection.ops.adapt_datetimefield_value(start)])
        return cursor.fetchone()[0]


def _key(address: str) -> str:
    return address_key(address, settings.SECRET_KEY)


def check(address: str, limits: Limits, now: datetime.datetime | None = None) -> Verdict:
    """Whether this address may try a code now, without counting anything."""
    now = now or timezone.now()
    start = window_start(now, limits.window)
    row = ResumeThrottle.objects.filter(key=_key(address), window_start=start)
    if (row.values_list("attempts", flat=True).first() or 0) >= limits.per_address:
        return Verdict(False, _seconds_left(now, limits.window))
    return Verdict(True)


def take_attempt(address: str, limits: Limits, now: datetime.datetime | None = None) -> Verdict:
    """Count one attempt for this address; allowed while within its limit."""
    now = now or timezone.now()
    if _increment(_key(address), window_start(now, limits.window)) > limits.per_address:
        return Verdict(False, _seconds_left(now, limits.window))
    return Verdict(True)


def give_back(address: str, limits: Limits, now: datetime.datetime | None = None) -> None:
    """Undo take_attempt after a right code: only wrong codes count against a visitor."""
    start = window_start(now or timezone.now(), limits.window)
    ResumeThrottle.objects.filter(key=_key(address), window_start=start, attempts__gt=0).update(
        attempts=F("attempts") - 1
    )


def purge_old(limits: Limits, now: datetime.datetime | None = None) -> int:
    """Delete counters from windows that have ended; returns how many rows went."""
    current = window_start(now or timezone.now(), limits.window)
    deleted, _ = ResumeThrottle.objects.filter(window_start__lt=current).delete()
    return deleted
