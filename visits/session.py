"""The anonymous visit behind a browser session.

A visit is created on the first answer a visitor gives, not on the first page view, so
people who only read the site leave nothing behind. Other apps use `current_visit` to
read and `visit_for_answers` to write; the views here attach a visit to a browser
(resume) and detach it (forget).
"""

from dataclasses import dataclass
from functools import cache

from django.db import connection
from django.db.models import Model
from django.http import HttpRequest
from django.utils import timezone

from .models import Visit, retention_cutoff
from .services import forget_visit

SESSION_KEY = "visit_id"


def _visit_id(request: HttpRequest) -> int | None:
    """The visit id this browser's session names, unchecked (no query without a session)."""
    visit_id = request.session.get(SESSION_KEY)
    return visit_id if isinstance(visit_id, int) else None


def current_visit(request: HttpRequest) -> Visit | None:
    """The visit this browser is attached to, or None if it has none (or it expired)."""
    visit_id = _visit_id(request)
    if visit_id is None:
        return None
    # Looked up once per request (a page and its context processors all ask); keyed by the
    # id, so attaching another visit or starting one is seen at once.
    found = getattr(request, "_current_visit", None)
    if found is None or found[0] != visit_id:
        found = (visit_id, Visit.objects.active().filter(pk=visit_id).first())
        request._current_visit = found
    return found[1]


def rows_of_current_visit(request: HttpRequest, model: type[Model], *fields: str) -> list:
    """`fields` of every row of `model` (a table with a `visit` key) for this browser's
    visit, as tuples; none without a visit, or if it expired (checked by a join).

    Pages every returning visitor sees read their own rows this way, in one query written
    out once: building it with the ORM took longer than the database took to run it.
    """
    visit_id = _visit_id(request)
    if visit_id is None:
        return []
    sql, columns = _rows_query(model, fields)
    params = [visit_id, connection.ops.adapt_datetimefield_value(retention_cutoff())]
    with connection.cursor() as cursor:
        cursor.execute(sql, params)
        rows = cursor.fetchall()
    return [
        tuple(_convert(value, *column) for value, column in zip(row, columns, strict=True))
        for row in rows
    ]


@cache
def _rows_query(model: type[Model], fields: tuple[str, ...]) -> tuple[str, list]:
    """The query for `rows_of_current_visit`, and each field's converters (as the ORM's:
    JSON decoded, SQLite's dates made aware)."""
    quote = connection.ops.quote_name
    table, visits = quote(model._meta.db_table), quote(Visit._meta.db_table)
    found = [model._meta.get_field(name) for name in fields]
    key = f"{table}.{quote(model._meta.get_field('visit').column)}"
    sql = (
        f"SELECT {', '.join(f'{table}.{quote(field.column)}' for field in found)}"
        f" FROM {table} INNER JOIN {visits} ON {key} = {visits}.{quote('id')}"
        f" WHERE {key} = %s AND {visits}.{quote('last_active_at')} >= %s"
    )
    columns = []
    for field in found:
        column = field.get_col(model._meta.db_table)
        converters = connection.ops.get_db_converters(column) + field.get_db_converters(connection)
        columns.append((column, converters))
    return sql, columns


def _convert(value, column, converters):
    for converter in converters:
        value = converter(value, column, connection)
    return value


def has_visit(request: HttpRequest) -> bool:
    """Whether this browser's session names a visit (no query when it has no session)."""
    return _visit_id(request) is not None


def visit_for_answers(request: HttpRequest) -> Visit:
    """The visit to store answers in, created (and tied to the session) if needed.

    Saving marks the visit active, which postpones its expiry, and renews the session
    cookie with it, so a visitor who keeps coming back keeps both.
    """
    visit = current_visit(request)
    if visit is None:
        visit = _start_visit(request)
    else:
        visit.save(update_fields=["last_active_at"])
    request.session.modified = True
    return visit


def _start_visit(request: HttpRequest) -> Visit:
    """Create the visit under a brand-new session key.

    A session id that existed before the first answer may have been planted by someone
    else (session fixation): cycling the key means answers never land in a session
    anybody else holds. Two tabs answering for the very first time at the same instant
    therefore start two visits; the browser keeps the one whose reply arrives last.
    """
    visit = Visit.objects.create()
    if request.session.session_key is not None:
        request.session.cycle_key()
    request.session[SESSION_KEY] = visit.pk
    return visit


@dataclass(frozen=True)
class Resumed:
    deleted_unsaved: bool = False  # this browser's unsaved answers were deleted
    left_saved: bool = False  # this browser's other saved visit is still there, by its code


def attach_visit(request: HttpRequest, visit: Visit) -> Resumed:
    """Make `visit` this browser's visit (after a right resume code).

    A different visit this browser had is replaced. If it had no resume code nobody could
    ever reach it again, so it is deleted now rather than left to expire; if it had a
    code it stays, reachable with that code. The session key changes, so a session id
    planted before the resume cannot ride along (session fixation).
    """
    previous = current_visit(request)
    Visit.objects.filter(pk=visit.pk).update(last_active_at=timezone.now())
    request.session.cycle_key()
    if previous is not None and previous.pk == visit.pk:
        return Resumed()
    deleted_unsaved = previous is not None and not previous.has_resume_code
    if deleted_unsaved:
        forget_visit(visit_id=previous.pk)
    request.session[SESSION_KEY] = visit.pk
    left_saved = previous is not None and not deleted_unsaved
    return Resumed(deleted_unsaved=deleted_unsaved, left_saved=left_saved)


def forget_current_visit(request: HttpRequest) -> None:
    """Delete this browser's visit with every answer, and flush the session.

    Uses the session's visit id even if the visit has just expired, so nothing is left
    waiting for the nightly purge.
    """
    visit_id = _visit_id(request)
    if visit_id is not None:
        forget_visit(visit_id=visit_id)
    request.session.flush()
