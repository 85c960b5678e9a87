import math
import uuid
from dataclasses import asdict

from django.http import HttpRequest, HttpResponse
from django.shortcuts import redirect, render
from django.utils import timezone
from django.views.decorators.cache import never_cache
from django.views.decorators.debug import sensitive_post_parameters
from django.views.decorators.http import require_http_methods, require_safe

from . import throttle
from .forms import ResumeForm
from .models import Visit
from .reminders import reminder_ics
from .services import find_visit_by_code, issue_resume_code
from .session import attach_visit, current_visit, forget_current_visit

RESUMED_NOTE = "visits.resumed"
NOT_FOUND = "We couldn't find saved answers for that code. Check it and try again."


@never_cache
@require_http_methods(["GET", "HEAD", "POST"])
def save(request: HttpRequest) -> HttpResponse:
    """Explain saving; on POST issue a new resume code and show it this once.

    Deliberately no redirect after this POST: carrying the code to another page would
    mean storing it (in the session table) or putting it in a URL. The response is
    marked no-store, so it is not kept in any cache or shown again by Back.
    """
    visit = current_visit(request)
    if request.method == "POST":
        if visit is None:
            return redirect("visits:save")
        code = issue_resume_code(visit=visit)
        return render(request, "visits/code.html", {"code": code, "visit": visit})
    return render(request, "visits/save.html", {"visit": visit})


@require_safe
def reminder(request: HttpRequest) -> HttpResponse:
    """A calendar file for "Check in again" in two weeks. Nothing personal is in it."""
    now = timezone.now()
    body = reminder_ics(timezone.localdate(now), f"{uuid.uuid4()}@reminder", now)
    response = HttpResponse(body, content_type="text/calendar; charset=utf-8")
    response["Content-Disposition"] = 'attachment; filename="check-in-again.ics"'
    response["Cache-Control"] = "no-cache"
    return response


@sensitive_post_parameters("code")
@never_cache
@require_http_methods(["GET", "HEAD", "POST"])
def resume(request: HttpRequest) -> HttpResponse:
    # Not `request.POST or None`: an empty POST must still be a bound form with an error.
    form = ResumeForm(request.POST if request.method == "POST" else None)
    if request.method == "POST":
        outcome = _try_code(request, form)
        if isinstance(outcome, throttle.Verdict):
            return _too_many_attempts(request, outcome)
        if outcome is not None:
            request.session[RESUMED_NOTE] = asdict(attach_visit(request, outcome))
            return redirect("visits:resumed")
    context = {"form": form, "current": current_visit(request)}
    return render(request, "visits/resume.html", context)


def _try_code(request: HttpRequest, form: ResumeForm) -> Visit | throttle.Verdict | None:
    """The visit for a submitted code; a refusing Verdict when throttled; else None.

    Every well-formed code counts against the limits before it is looked up, and is
    given back when it was right: only wrong codes use up a visitor's tries.
    """
    limits, address = throttle.configured_limits(), throttle.request_address(request)
    now = timezone.now()
    verdict = throttle.check(address, limits, now)
    if not verdict.allowed:
        return verdict
    if not form.is_valid():
        return None
    verdict = throttle.take_attempt(address, limits, now)
    if not verdict.allowed:
        return verdict
    visit = find_visit_by_code(form.cleaned_data["code"])
    if visit is None:
        form.add_error("code", NOT_FOUND)
        return None
    throttle.give_back(address, limits, now)
    return visit


def _too_many_attempts(request: HttpRequest, verdict: throttle.Verdict) -> HttpResponse:
    minutes = math.ceil(verdict.retry_after / 60)
    response = render(request, "visits/too_many_attempts.html", {"minutes": minutes}, status=429)
    response["Retry-After"] = str(verdict.retry_after)
    return response


@never_cache
@require_safe
def resumed(request: HttpRequest) -> HttpResponse:
    visit = current_visit(request)
    if visit is None:
        return redirect("visits:resume")
    note = request.session.pop(RESUMED_NOTE, {})
    return render(request, "visits/resumed.html", {"visit": visit, **note})


@never_cache
@require_http_methods(["GET", "HEAD", "POST"])
def forget(request: HttpRequest) -> HttpResponse:
    """One confirm step, then the visit and every answer are gone and the session flushed."""
    if request.method == "POST":
        forget_current_visit(request)
        return redirect("visits:forgotten")
    return render(request, "visits/forget.html", {"visit": current_visit(request)})


@require_safe
def forgotten(request: HttpRequest) -> HttpResponse:
    return render(request, "visits/forgotten.html")
