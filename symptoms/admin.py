"""Editors manage the checklist's signs. Attempts and answers are deliberately not
registered: nobody who edits the site can see what a visitor answered."""

from django.contrib import admin, messages

from editorial.admin import ReviewedAdmin
from sitecache.versioning import content_changed

from .models import Sign


@admin.register(Sign)
class SignAdmin(ReviewedAdmin):
    page = "the checklist (/checklist/), one question each, and in the checklist results"
    list_display = ["text", "area", "kind", "order", "is_active"]
    list_editable = ["order", "is_active"]
    list_filter = ["is_active", "area"]
    search_fields = ["text", "example"]
    fields = ["text", "example", "area", "kind", "order", "is_active"]
    actions = [*ReviewedAdmin.actions, "retire", "bring_back"]

    def get_actions(self, request):
        # Bulk delete would list the answers that protect a sign; retiring is the way out.
        actions = super().get_actions(request)
        actions.pop("delete_selected", None)
        return actions

    def has_delete_permission(self, request, obj=None):
        # A sign that has answers is retired, not deleted, so past results still read.
        if obj is not None and obj.answers.exists():
            return False
        return super().has_delete_permission(request, obj)

    @admin.action(description="Retire the selected signs (hide them from the checklist)")
    def retire(self, request, queryset):
        count = queryset.update(is_active=False)
        content_changed()  # update() sends no signal
        self.message_user(request, f"Retired {count} sign(s).", messages.SUCCESS)

    @admin.action(description="Bring back the selected signs")
    def bring_back(self, request, queryset):
        count = queryset.update(is_active=True)
        content_changed()
        self.message_user(request, f"Brought back {count} sign(s).", messages.SUCCESS)
