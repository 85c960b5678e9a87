"""The anonymous visit behind a browser session.

A visit is created on the first answer a visitor gives, not on the first page view, so
people who only read the site leave nothing behind. Other apps use `current_visit` to
read and `visit_for_answers` to write; the views here attach a visit to a browser
(resume) and detach it (forget).
"""

from dataclasses import dataclass

from django.contrib.sessions.backends.db import SessionStore as DatabaseSessionStore
from django.contrib.sessions.models import Session
from django.db import transaction
from django.http import HttpRequest
from django.utils import timezone

from .models import Visit
from .services import forget_visit

SESSION_KEY = "visit_id"


def current_visit(request: HttpRequest) -> Visit | None:
    """The visit this browser is attached to, or None if it has none (or it expired)."""
    visit_id = request.session.get(SESSION_KEY)
    if not isinstance(visit_id, int):
        return None
    return Visit.objects.active().filter(pk=visit_id).first()


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
    """Create the visit, making sure two tabs of one browser end up sharing one.

    When the browser already has a stored session, its row is locked while we look again
    for a visit another tab may have just created, so both tabs' answers land together.
    """
    session = request.session
    if not isinstance(session, DatabaseSessionStore) or session.session_key is None:
        visit = Visit.objects.create()
        session[SESSION_KEY] = visit.pk
        return visit
    with transaction.atomic():
        row = Session.objects.select_for_update().filter(session_key=session.session_key).first()
        stored_id = session.decode(row.session_data).get(SESSION_KEY) if row else None
        visit = Visit.objects.active().filter(pk=stored_id).first() if stored_id else None
        if visit is None:
            visit = Visit.objects.create()
        session[SESSION_KEY] = visit.pk
        if row is not None:
            session.save()
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
    if previous is not None and previous.pk == visit.pk:
        return Resumed()
    deleted_unsaved = previous is not None and not previous.has_resume_code
    if deleted_unsaved:
        forget_visit(visit_id=previous.pk)
    request.session.cycle_key()
    request.session[SESSION_KEY] = visit.pk
    left_saved = previous is not None and not deleted_unsaved
    return Resumed(deleted_unsaved=deleted_unsaved, left_saved=left_saved)


def forget_current_visit(request: HttpRequest) -> None:
    """Delete this browser's visit with every answer, and flush the session.

    Uses the session's visit id even if the visit has just expired, so nothing is left
    waiting for the nightly purge.
    """
    visit_id = request.session.get(SESSION_KEY)
    if isinstance(visit_id, int):
        forget_visit(visit_id=visit_id)
    request.session.flush()
