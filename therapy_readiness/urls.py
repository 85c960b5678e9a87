from django.conf import settings
from django.contrib import admin
from django.urls import include, path
from django.views.generic import TemplateView

from editorial.views import about
from sitecache.pages import shared_page

from . import views

handler500 = views.server_error


def static_page(template_name: str):
    """A page of fixed text (plus the editors' crisis lines), shared by every visitor."""
    return shared_page(TemplateView.as_view(template_name=template_name))


urlpatterns = [
    path("", static_page("pages/home.html"), name="home"),
    path("about/", shared_page(about), name="about"),
    path("privacy/", static_page("pages/privacy.html"), name="privacy"),
    path("healthz", views.healthz, name="healthz"),
    path(settings.ADMIN_PATH, admin.site.urls),
    # Each app mounts its own addresses; the README's Architecture section lists the pages.
    path("", include("symptoms.urls")),
    path("", include("intake.urls")),
    path("", include("outreach.urls")),
    path("", include("resources.urls")),
    path("", include("visits.urls")),
]
