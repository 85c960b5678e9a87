from django.contrib import admin, messages
from django.db import models
from django.utils import timezone

from editorial.admin import EditorAdmin, ReviewedAdmin
from sitecache.versioning import content_changed

from .models import (
    Area,
    Audience,
    Cost,
    Format,
    Guide,
    Language,
    OutreachTemplate,
    OverdueResource,
    Resource,
    State,
)


@admin.register(Area, Cost, Format, Language, Audience, State)
class FacetAdmin(EditorAdmin):
    """Areas and the directory's other filter values: a name, a slug for links, an order."""

    page = "the directory's filters (/resources/) and, for areas, the checklist results"

    list_display = ["name", "slug", "order"]
    list_editable = ["order"]
    prepopulated_fields = {"slug": ["name"]}


class OverdueFilter(admin.SimpleListFilter):
    title = "checking"
    parameter_name = "checking"

    def lookups(self, request, model_admin):
        return [("overdue", "Overdue for checking"), ("current", "Checked recently enough")]

    def queryset(self, request, queryset):
        if self.value() == "overdue":
            return queryset.overdue()
        if self.value() == "current":
            return queryset.exclude(pk__in=queryset.overdue().values("pk"))
        return queryset


@admin.action(description="Mark checked today")
def mark_checked_today(modeladmin, request, queryset):
    count = queryset.update(last_checked_on=timezone.localdate())
    content_changed()  # update() sends no signal
    modeladmin.message_user(
        request,
        f"Marked {count} resource{'s' if count != 1 else ''} as checked today.",
        messages.SUCCESS,
    )


@admin.register(Resource)
class ResourceAdmin(EditorAdmin):
    page = "the directory (/resources/), and in the crisis strip of every page if placed there"
    wording_fields = ("summary", "description", "contact_note")
    list_display = [
        "name",
        "kind",
        "country",
        "last_checked_on",
        "next_check",
        "overdue",
        "strip_position",
        "is_published",
    ]
    list_filter = [OverdueFilter, "kind", "costs", "areas", "is_published", "audiences"]
    search_fields = ["name", "summary", "description", "website", "phone", "text_number"]
    prepopulated_fields = {"slug": ["name"]}
    actions = [mark_checked_today]
    list_per_page = 50
    formfield_overrides = {
        **EditorAdmin.formfield_overrides,
        models.URLField: {"assume_scheme": "https"},
    }
    fieldsets = [
        (None, {"fields": ["name", "slug", "kind", "summary", "description", "order"]}),
        (
            "How to reach it",
            {
                "fields": [
                    "phone",
                    ("text_number", "text_keyword"),
                    "chat_url",
                    "website",
                    "site_page",
                    "contact_note",
                ]
            },
        ),
        (
            "What it offers, and to whom",
            {
                "fields": [
                    ("open_24_7", "hours"),
                    "costs",
                    "formats",
                    "languages",
                    "audiences",
                    "areas",
                    "country",
                    "states",
                ]
            },
        ),
        (
            "Crisis strip on every page",
            {"fields": [("strip_position", "strip_label")], "classes": ["collapse"]},
        ),
        (
            "Checking and publishing",
            {"fields": ["last_checked_on", "recheck_days", "is_published"]},
        ),
    ]

    @admin.display(description="next check due")
    def next_check(self, obj):
        return obj.next_check_on

    @admin.display(boolean=True, description="overdue")
    def overdue(self, obj):
        return obj.is_overdue


@admin.register(OverdueResource)
class OverdueResourceAdmin(ResourceAdmin):
    """The queue of checks to do: only overdue resources, longest unchecked first."""

    list_filter = ["kind", "is_published"]
    ordering = ["last_checked_on", "name"]

    def get_queryset(self, request):
        return super().get_queryset(request).overdue()

    def has_add_permission(self, request):
        return False


@admin.register(Guide)
class GuideAdmin(ReviewedAdmin):
    """Guides live at fixed addresses, so they are edited here but never added or deleted."""

    page = "its own page under /resources/ (calling 988, cost and insurance, reaching out)"
    list_display = ["title", "slug"]
    readonly_fields = ["slug"]
    fields = ["title", "slug", "summary", "body", "closing"]

    def has_add_permission(self, request):
        return False

    def has_delete_permission(self, request, obj=None):
        return False


@admin.register(OutreachTemplate)
class OutreachTemplateAdmin(ReviewedAdmin):
    page = "the outreach kit (/resources/reaching-out/)"
    list_display = ["title", "order"]
    list_editable = ["order"]
    prepopulated_fields = {"slug": ["title"]}
    fields = ["title", "slug", "introduction", "text", "order"]
