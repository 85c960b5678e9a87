from django.http import Http404
from django.shortcuts import redirect, render
from django.views.decorators.debug import sensitive_post_parameters
from django.views.decorators.http import require_http_methods, require_safe

from resources.matching import matched_resources
from visits.visits import current_visit, visit_for_answers

from . import services
from .forms import ChecklistForm, ScreenerForm
from .guidance import ANY_LEVEL, LEVELS, LIFE_EVENTS, SCREENER_AREAS, resources_url
from .instruments import ATTRIBUTION, INSTRUMENTS, Instrument
from .models import Sign
from .summary import checklist_results, last_checklist_taken_at, screener_result


def _instrument(slug: str) -> Instrument:
    if slug not in INSTRUMENTS:
        raise Http404("No such questionnaire")
    return INSTRUMENTS[slug]


@sensitive_post_parameters()
@require_http_methods(["GET", "HEAD", "POST"])
def checklist(request):
    signs = list(Sign.objects.active())
    form = ChecklistForm(request.POST if request.method == "POST" else None, signs=signs)
    if form.is_valid():
        services.record_checklist(visit=visit_for_answers(request), **form.answers())
        return redirect("symptoms:results")
    context = {
        "form": form,
        "last_taken_at": last_checklist_taken_at(current_visit(request)),
        "screeners": INSTRUMENTS.values(),
    }
    return render(request, "symptoms/checklist.html", context)


@require_safe
def results(request):
    found = checklist_results(current_visit(request))
    context = {"results": found}
    if found is not None:
        context |= {
            "level": LEVELS[found.level],
            "other_levels": [text for level, text in LEVELS.items() if level != found.level],
            "any_level": ANY_LEVEL,
            "life_events": LIFE_EVENTS,
            "matched": matched_resources(found.area_slugs),
        }
    return render(request, "symptoms/results.html", context)


@sensitive_post_parameters()
@require_http_methods(["GET", "HEAD", "POST"])
def screener(request, slug):
    instrument = _instrument(slug)
    form = ScreenerForm(request.POST if request.method == "POST" else None, instrument=instrument)
    if form.is_valid():
        services.record_screener(visit=visit_for_answers(request), **form.answers())
        return redirect("symptoms:screener_results", slug=instrument.slug)
    context = {"form": form, "instrument": instrument, "attribution": ATTRIBUTION}
    return render(request, "symptoms/screener.html", context)


@require_safe
def screener_results(request, slug):
    instrument = _instrument(slug)
    context = {
        "instrument": instrument,
        "result": screener_result(current_visit(request), instrument),
        "others": [spec for spec in INSTRUMENTS.values() if spec != instrument],
        "attribution": ATTRIBUTION,
        "resources_url": resources_url([SCREENER_AREAS[instrument.slug]]),
    }
    return render(request, "symptoms/screener_results.html", context)
