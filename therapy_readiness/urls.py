from django.conf import settings
from django.contrib import admin
from django.urls import include, path
from django.views.generic import TemplateView

from . import views

handler500 = views.server_error

urlpatterns = [
    path("", TemplateView.as_view(template_name="pages/home.html"), name="home"),
    path("about/", TemplateView.as_view(template_name="pages/about.html"), name="about"),
    path("privacy/", TemplateView.as_view(template_name="pages/privacy.html"), name="privacy"),
    path("healthz", views.healthz, name="healthz"),
    path(settings.ADMIN_PATH, admin.site.urls),
    # Each app mounts its own addresses; the README's Architecture section lists the pages.
    path("", include("symptoms.urls")),
    path("", include("intake.urls")),
    path("", include("resources.urls")),
    path("", include("visits.urls")),
]
