"""Helpers for the visits tests: visits, sessions and codes without going through pages."""

from django.test import Client

from visits.models import Visit
from visits.services import issue_resume_code
from visits.visits import SESSION_KEY


def make_visit(**fields) -> Visit:
    """A visit; `last_active_at` may be given (auto_now would otherwise overwrite it)."""
    last_active_at = fields.pop("last_active_at", None)
    visit = Visit.objects.create(**fields)
    if last_active_at is not None:
        Visit.objects.filter(pk=visit.pk).update(last_active_at=last_active_at)
        visit.refresh_from_db()
    return visit


def attach(client: Client, visit: Visit) -> None:
    """Tie the test client's browser session to a visit, as answering a question would."""
    session = client.session
    session[SESSION_KEY] = visit.pk
    session.save()


def saved_visit(client: Client | None = None) -> tuple[Visit, str]:
    """A visit with a resume code (attached to `client` if one is given) and the code."""
    visit = make_visit()
    code = issue_resume_code(visit=visit)
    if client is not None:
        attach(client, visit)
    return visit, code


def session_visit_id(client: Client) -> int | None:
    return client.session.get(SESSION_KEY)
