"""The anonymous visit behind a browser session.

A visit is created on the first answer a visitor gives, not on the first page view, so
people who only read the site leave nothing behind.
"""

from django.http import HttpRequest

from .models import Visit

SESSION_KEY = "visit_id"


def current_visit(request: HttpRequest) -> Visit | None:
    """The visit this browser is attached to, or None if it has not answered anything."""
    visit_id = request.session.get(SESSION_KEY)
    if visit_id is None:
        return None
    return Visit.objects.filter(pk=visit_id).first()


def visit_for_answers(request: HttpRequest) -> Visit:
    """The visit to store answers in, created (and tied to the session) if needed.

    Saving marks the visit active, which postpones its expiry.
    """
    visit = current_visit(request)
    if visit is None:
        visit = Visit.objects.create()
        request.session[SESSION_KEY] = visit.pk
    else:
        visit.save(update_fields=["last_active_at"])
    return visit
