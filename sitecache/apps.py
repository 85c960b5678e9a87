from django.apps import AppConfig


class SitecacheConfig(AppConfig):
    default_auto_field = "django.db.models.BigAutoField"
    name = "sitecache"
    verbose_name = "Page cache"

    def ready(self):
        from . import versioning

        # Every app is loaded by now, so content models added by any app are covered.
        versioning.watch_content_models()
