from django.http import Http404
from django.shortcuts import redirect, render
from django.utils.functional import SimpleLazyObject
from django.views.decorators.debug import sensitive_post_parameters
from django.views.decorators.http import require_http_methods, require_safe

from editorial.pages import page_review, sources_page
from resources.crisis import panel_lines
from resources.matching import matched_resources
from sitecache.pages import shared_page, shared_value
from visits.session import current_visit, has_visit, visit_for_answers

from . import latest, services
from .forms import ChecklistForm, ScreenerForm
from .guidance import SCREENER_CONDITIONS, conditions_for
from .instruments import ATTRIBUTION, INSTRUMENTS, Instrument
from .models import Sign
from .summary import checklist_results, screener_result

# The published papers behind each questionnaire (editorial.Source slugs). PHQ-9's item 9
# also rests on the study of what it does and does not predict.
SCREENER_SOURCES = {"phq-9": ["phq-9", "phq-9-suicide-risk"], "gad-7": ["gad-7"]}


def _instrument_or_404(slug: str) -> Instrument:
    if slug not in INSTRUMENTS:
        raise Http404("No such questionnaire")
    return INSTRUMENTS[slug]


@sensitive_post_parameters()
@require_http_methods(["GET", "HEAD", "POST"])
@shared_page(unless=has_visit)  # a returning visitor sees when they last did it
def checklist(request):
    # The signs and their review block are content, and the blank form made from them the
    # same for everyone (a `{% shared %}` part): a returning visitor's page reuses all three.
    signs = shared_value(("active signs",), lambda: list(Sign.objects.active()))
    form = ChecklistForm(request.POST if request.method == "POST" else None, signs=signs)
    if form.is_valid():
        services.record_checklist(visit=visit_for_answers(request), **form.answers())
        return redirect("symptoms:results")
    context = {
        "form": form,
        "last_taken_at": latest.current(request).checklist_taken_at,
        "screeners": INSTRUMENTS.values(),
        "review": shared_value(("signs review",), lambda: page_review(signs)),
    }
    return render(request, "symptoms/checklist.html", context)


@require_safe
def results(request):
    found = checklist_results(latest.current(request))
    context = {"results": found}
    if found is not None:
        context["has_checklist"] = found.symptoms.checklist_taken_at is not None
        # Read only if the part showing them is rendered afresh (a `{% shared %}` part).
        context["matched"] = SimpleLazyObject(lambda: matched_resources(found.area_slugs))
        context["conditions"] = conditions_for(found.area_slugs)
        if found.show_crisis_panel:
            context["panel_lines"] = panel_lines()
    return render(request, "symptoms/results.html", context)


@sensitive_post_parameters()
@require_http_methods(["GET", "HEAD", "POST"])
@shared_page
def screener(request, slug):
    instrument = _instrument_or_404(slug)
    form = ScreenerForm(request.POST if request.method == "POST" else None, instrument=instrument)
    if form.is_valid():
        services.record_screener(visit=visit_for_answers(request), **form.answers())
        return redirect("symptoms:screener_results", slug=instrument.slug)
    context = {
        "form": form,
        "instrument": instrument,
        "attribution": ATTRIBUTION,
        "review": sources_page(*SCREENER_SOURCES[instrument.slug]),
    }
    return render(request, "symptoms/screener.html", context)


@require_safe
def screener_results(request, slug):
    instrument = _instrument_or_404(slug)
    result = screener_result(current_visit(request), instrument)
    context = {
        "instrument": instrument,
        "result": result,
        "others": [spec for spec in INSTRUMENTS.values() if spec != instrument],
        "attribution": ATTRIBUTION,
        "conditions": SCREENER_CONDITIONS[instrument.slug],
    }
    if result is not None and result.show_crisis_panel:
        context["panel_lines"] = panel_lines()
    return render(request, "symptoms/screener_results.html", context)


# Enough for every resource that fits a few areas; the directory has the rest.
MATCHED_LIMIT = 30


@require_safe
def matched_help(request):
    """Resources matched to the areas that stood out in this visit's answers.

    Results link here rather than to /resources/?area=..., so what a visitor answered never
    ends up in an address: not in browser history, not in any proxy's log.
    """
    found = checklist_results(latest.current(request))
    areas = found.area_slugs if found else []
    context = {
        "results": found,
        "area_names": found.area_names if found else [],
        "matched": matched_resources(areas, limit=MATCHED_LIMIT),
    }
    return render(request, "symptoms/matched_help.html", context)
