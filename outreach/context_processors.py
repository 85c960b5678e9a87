from django.utils.functional import SimpleLazyObject

from visits.session import current_visit

from .listing import resource_ids_on_list


def my_list(request):
    """Which directory resources are on this visitor's list, for "On your list" on cards.

    Lazy: only a page that shows cards asks, so other pages cost no query. Per request,
    never cached: it is the visitor's own data.
    """
    return {"on_my_list": SimpleLazyObject(lambda: resource_ids_on_list(current_visit(request)))}
