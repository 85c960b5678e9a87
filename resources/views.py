from django.shortcuts import get_object_or_404, render
from django.views.decorators.http import require_safe

from editorial.pages import page_review
from sitecache.pages import shared_page

from .crisis import FALLBACK_LIFELINE
from .directory import FIND_A_HELPLINE_URL, directory_page
from .facets import FILTER_PARAMS
from .forms import DirectoryFilterForm
from .models import Guide, OutreachTemplate, Resource
from .rendering import render_markdown


@require_safe
# A returning visitor's cards say which are on their outreach list: rendered for them.
@shared_page(per_visitor_marks=True, query_params=(*FILTER_PARAMS, "page"))
def directory(request):
    """Crisis lines pinned first, then everything else, filtered by the GET parameters."""
    listing = directory_page(request.GET.getlist, request.GET.get("page"))
    return render(
        request,
        "resources/directory.html",
        {
            "listing": listing,
            "form": DirectoryFilterForm(listing.options, listing.filters),
            "find_a_helpline_url": FIND_A_HELPLINE_URL,
        },
    )


def _guide_context(slug: str) -> dict:
    guide = get_object_or_404(Guide, slug=slug)
    return {
        "guide": guide,
        "review": page_review([guide]),
        "body": render_markdown(guide.body),
        "closing": render_markdown(guide.closing),
    }


@require_safe
@shared_page
def calling_988(request):
    """What happens when you call, text or chat 988, with the line itself always in view."""
    context = _guide_context("calling-988")
    lifeline = Resource.objects.published().filter(slug="988-lifeline").first()
    # The page is about 988, so it must say how to reach it even without its entry.
    context["lifeline"] = lifeline or FALLBACK_LIFELINE
    return render(request, "resources/calling_988.html", context)


@require_safe
@shared_page
def cost_and_insurance(request):
    return render(request, "resources/guide.html", _guide_context("cost-and-insurance"))


@require_safe
@shared_page
def looking_after_yourself(request):
    """Self-help basics: the lightest level of help the check-in can suggest."""
    return render(request, "resources/guide.html", _guide_context("looking-after-yourself"))


@require_safe
@shared_page
def reaching_out(request):
    """The outreach kit: templates to copy, and what to do if nobody replies."""
    context = _guide_context("reaching-out")
    context["templates"] = templates = list(OutreachTemplate.objects.all())
    context["review"] = page_review([context["guide"]], templates)
    return render(request, "resources/reaching_out.html", context)
