"""The site's URLs plus views that fail on purpose, for testing the error pages."""

from django.core.exceptions import PermissionDenied, SuspiciousOperation
from django.urls import path

from therapy_readiness.urls import handler500, urlpatterns  # noqa: F401


def bad_request(request):
    raise SuspiciousOperation("test")


def forbidden(request):
    raise PermissionDenied


def broken(request):
    raise RuntimeError("test")


urlpatterns = [
    *urlpatterns,
    path("test/400/", bad_request),
    path("test/403/", forbidden),
    path("test/500/", broken),
]
