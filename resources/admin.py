from django.contrib import admin

from .models import Area, Resource


@admin.register(Area)
class AreaAdmin(admin.ModelAdmin):
    list_display = ["name", "slug", "order"]
    list_editable = ["order"]
    prepopulated_fields = {"slug": ["name"]}


@admin.register(Resource)
class ResourceAdmin(admin.ModelAdmin):
    list_display = ["name", "kind", "strip_position", "last_checked_on", "is_published"]
    list_filter = ["kind", "is_published"]
    search_fields = ["name", "summary"]
    prepopulated_fields = {"slug": ["name"]}
