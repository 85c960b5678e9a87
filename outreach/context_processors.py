from django.conf import settings
from django.utils.functional import SimpleLazyObject

from visits.session import current_visit

from .listing import resource_ids_on_list


def my_list(request):
    """Which directory resources are on this visitor's list, for "On your list" on cards.

    Lazy: only a page that shows cards asks, so other pages cost no query. Per request,
    never cached: it is the visitor's own data (the directory renders afresh for any
    browser with a session; see `sitecache.pages.has_session_cookie`).
    """
    if settings.SESSION_COOKIE_NAME not in request.COOKIES:
        return {"on_my_list": frozenset()}  # a newcomer: their session is not even read
    return {"on_my_list": SimpleLazyObject(lambda: resource_ids_on_list(current_visit(request)))}
