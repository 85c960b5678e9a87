from django.conf import settings
from django.utils.functional import SimpleLazyObject

from .listing import resource_ids_on_list


def on_my_list(request) -> frozenset[int]:
    """The ids of the directory resources on this visitor's list, read once per request.

    A newcomer (no session cookie) has none, and their session is not even read. This is
    also the directory's one visitor mark: its cached copies are kept per set of ids
    (registered in `apps.py`; see `sitecache.pages.shared_page`).
    """
    if settings.SESSION_COOKIE_NAME not in request.COOKIES:
        return frozenset()
    if not hasattr(request, "_on_my_list"):
        request._on_my_list = resource_ids_on_list(request)
    return request._on_my_list


def my_list(request):
    """`on_my_list` for "On your list" on cards; lazy, so pages without cards ask nothing."""
    return {"on_my_list": SimpleLazyObject(lambda: on_my_list(request))}
