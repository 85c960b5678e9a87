import uuid

from django.contrib import messages
from django.http import Http404, HttpRequest, HttpResponse, JsonResponse
from django.shortcuts import redirect, render
from django.urls import reverse
from django.utils import timezone
from django.utils.http import url_has_allowed_host_and_scheme
from django.views.decorators.cache import never_cache
from django.views.decorators.debug import sensitive_post_parameters
from django.views.decorators.http import require_http_methods, require_POST, require_safe

from resources.models import OutreachTemplate, Resource
from visits.reminders import calendar_event
from visits.session import current_visit, visit_for_answers

from . import services
from .forms import AddResourceForm, OwnEntryForm, StatusForm
from .listing import fallbacks, load_list
from .models import MAX_ENTRIES, Status
from .page import ADDED_MESSAGES, REMINDER_SUMMARY, list_page

FOLLOW_UP_TEMPLATE = "follow-up"


@never_cache
@sensitive_post_parameters()
@require_http_methods(["GET", "HEAD", "POST"])
def my_list(request: HttpRequest) -> HttpResponse:
    """The visitor's list, and the form for someone they found elsewhere."""
    form = OwnEntryForm(request.POST or None)
    if form.is_valid():
        outcome = services.add_own(visit=visit_for_answers(request), **form.cleaned_data)
        messages.info(request, ADDED_MESSAGES[outcome])
        return redirect("outreach:my_list")
    rows = load_list(current_visit(request))
    context = {
        **list_page(rows),
        "form": form,
        "max_entries": MAX_ENTRIES,
        "follow_up": OutreachTemplate.objects.filter(slug=FOLLOW_UP_TEMPLATE).first(),
        "fallbacks": fallbacks() if any(row.step.follow_up_due for row in rows) else [],
    }
    return render(request, "outreach/my_list.html", context)


@sensitive_post_parameters()
@require_POST
def add(request: HttpRequest) -> HttpResponse:
    """ "Add to my list" on a directory card: then back to the same place in the list.

    With JavaScript the card asks for JSON and updates itself instead of reloading.
    """
    form = AddResourceForm(request.POST)
    resource = None
    if form.is_valid():
        resource = Resource.objects.published().filter(pk=form.cleaned_data["resource"]).first()
    if resource is None or not resource.can_go_on_a_list:
        outcome = services.Added.UNAVAILABLE
    else:
        outcome = services.add_resource(visit=visit_for_answers(request), resource=resource)
    message = ADDED_MESSAGES[outcome]
    if "application/json" in request.headers.get("Accept", ""):
        added = outcome in (services.Added.ADDED, services.Added.ALREADY)
        list_url = reverse("outreach:my_list")
        return JsonResponse({"on_list": added, "message": message, "list_url": list_url})
    messages.info(request, message)
    return redirect(_back(request, form))


def _back(request: HttpRequest, form: AddResourceForm) -> str:
    """The page the card was on (a path on this site only), at the card's place."""
    data = form.cleaned_data if form.is_valid() else {}
    back = (data.get("back") or "").split("#")[0]
    safe = back.startswith("/") and url_has_allowed_host_and_scheme(
        back, allowed_hosts={request.get_host()}, require_https=request.is_secure()
    )
    place = data.get("place")
    return (back if safe else reverse("resources:directory")) + (f"#card-{place}" if place else "")


@sensitive_post_parameters()
@require_POST
def status(request: HttpRequest, entry_id: int) -> HttpResponse:
    """Record what happened with one entry, dated today."""
    visit, form = current_visit(request), StatusForm(request.POST)
    if visit is None or not form.is_valid():
        messages.info(request, "Nothing was changed: that choice isn't one we know.")
        return redirect("outreach:my_list")
    new_status = Status(form.cleaned_data["status"])
    if not services.record_status(visit=visit, entry_id=entry_id, status=new_status):
        messages.info(request, "That name is no longer on your list.")
        return redirect("outreach:my_list")
    visit_for_answers(request)  # using the list keeps the visit from expiring
    messages.info(request, "Saved, with today's date.")
    return redirect(reverse("outreach:my_list") + f"#entry-{entry_id}")


@require_POST
def remove(request: HttpRequest, entry_id: int) -> HttpResponse:
    visit = current_visit(request)
    if visit is not None and services.remove_entry(visit=visit, entry_id=entry_id):
        visit_for_answers(request)
        messages.info(request, "Removed from your list.")
    return redirect("outreach:my_list")


@never_cache
@require_safe
def follow_up_reminder(request: HttpRequest, entry_id: int) -> HttpResponse:
    """A calendar file for the day to follow up. It names nobody: calendars get shared."""
    row = next((r for r in load_list(current_visit(request)) if r.entry.pk == entry_id), None)
    if row is None or not row.step.is_waiting:
        raise Http404("No follow-up to remind you of.")
    now = timezone.now()
    day = max(row.step.follow_up_on, timezone.localdate(now))
    body = calendar_event(day, REMINDER_SUMMARY, f"{uuid.uuid4()}@reminder", now)
    response = HttpResponse(body, content_type="text/calendar; charset=utf-8")
    response["Content-Disposition"] = 'attachment; filename="follow-up.ics"'
    return response
