"""The directory's line in the admin review queue: resources overdue for checking."""

from django import template
from django.urls import reverse

from ..models import Resource

register = template.Library()


@register.simple_tag(takes_context=True)
def overdue_checks(context):
    """The count and the queue's address, for a user who may see the queue (else None)."""
    if not context["request"].user.has_perm("resources.view_overdueresource"):
        return None
    return {
        "count": Resource.objects.overdue().count(),
        "url": reverse("admin:resources_overdueresource_changelist"),
    }
