"""Admin for visits: superusers see counts only; nobody else sees anything.

Answers are health data. Content editors (staff without superuser) get no access at all,
whatever permissions they are granted, and superusers get totals, never a single visit.
"""

import datetime

from django.contrib import admin
from django.core.exceptions import PermissionDenied
from django.db.models import Count, Q
from django.http import HttpRequest
from django.template.response import TemplateResponse
from django.urls import path
from django.utils import timezone

from .models import Visit, retention_cutoff


def visit_counts(now: datetime.datetime | None = None) -> dict[str, int]:
    now = now or timezone.now()
    return Visit.objects.aggregate(
        total=Count("pk"),
        with_code=Count("pk", filter=Q(resume_code_hash__isnull=False)),
        active_last_day=Count("pk", filter=Q(last_active_at__gte=now - datetime.timedelta(1))),
        active_last_week=Count("pk", filter=Q(last_active_at__gte=now - datetime.timedelta(7))),
        expired=Count("pk", filter=Q(last_active_at__lt=retention_cutoff(now))),
    )


def answer_counts() -> list[tuple[str, int]]:
    """How many rows each table hanging off a visit holds (no contents)."""
    return [
        (
            related.related_model._meta.verbose_name_plural.capitalize(),
            related.related_model._default_manager.count(),
        )
        for related in Visit._meta.related_objects
    ]


@admin.register(Visit)
class VisitAdmin(admin.ModelAdmin):
    def has_module_permission(self, request: HttpRequest) -> bool:
        return request.user.is_active and request.user.is_superuser

    def has_view_permission(self, request: HttpRequest, obj=None) -> bool:
        return obj is None and self.has_module_permission(request)

    def has_add_permission(self, request: HttpRequest) -> bool:
        return False

    def has_change_permission(self, request: HttpRequest, obj=None) -> bool:
        return False

    def has_delete_permission(self, request: HttpRequest, obj=None) -> bool:
        return False

    def get_urls(self):
        # Only the counts page: no change, history or delete pages for a single visit.
        view = self.admin_site.admin_view(self.changelist_view)
        return [path("", view, name="visits_visit_changelist")]

    def changelist_view(self, request: HttpRequest, extra_context=None):
        if not self.has_view_permission(request):
            raise PermissionDenied
        context = {
            **self.admin_site.each_context(request),
            "title": "Visits: counts only",
            "counts": visit_counts(),
            "answers": answer_counts(),
        }
        return TemplateResponse(request, "visits/admin_counts.html", context)
