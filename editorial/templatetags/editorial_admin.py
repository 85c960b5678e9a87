"""The review queue at the top of the admin index."""

from django import template
from django.contrib import admin
from django.urls import reverse
from django.utils import timezone

from ..queue import review_states, reviewed_models

register = template.Library()


@register.inclusion_tag("editorial/admin_review_queue.html", takes_context=True)
def review_queue(context, overdue_checks=None):
    """Counts and links for content waiting for review, for models this user may see."""
    request = context["request"]
    today = timezone.localdate()
    rows = []
    for model in reviewed_models():
        model_admin = admin.site._registry.get(model)
        if model_admin is None or not model_admin.has_view_or_change_permission(request):
            continue
        states = review_states(model.objects.all(), today)
        opts = model._meta
        url = reverse(f"admin:{opts.app_label}_{opts.model_name}_changelist")
        rows.append(
            {
                "name": opts.verbose_name_plural.capitalize(),
                "url": url,
                "pending": len(states["pending"]),
                "pending_url": f"{url}?review=pending",
                "due": len(states["due"]),
                "due_url": f"{url}?review=due",
            }
        )
    return {"rows": rows, "overdue_checks": overdue_checks}
