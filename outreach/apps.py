from django.apps import AppConfig


class OutreachConfig(AppConfig):
    default_auto_field = "django.db.models.BigAutoField"
    name = "outreach"
    verbose_name = "Outreach lists"

    def ready(self):
        from sitecache.pages import register_visitor_mark

        from .context_processors import on_my_list

        register_visitor_mark(on_my_list)
