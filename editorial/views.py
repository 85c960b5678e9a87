from django.conf import settings
from django.shortcuts import render
from django.views.decorators.http import require_safe

from .models import Reviewer


@require_safe
def about(request):
    """/about/: what the site is, its editorial standards and who reviews it."""
    context = {
        "reviewers": list(Reviewer.objects.filter(is_listed=True)),
        "contact_email": settings.CONTACT_EMAIL,
    }
    return render(request, "pages/about.html", context)
