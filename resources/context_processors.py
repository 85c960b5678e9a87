from django.utils.functional import SimpleLazyObject

from .crisis import strip_lines


def crisis_strip(request):
    """The crisis lines shown at the top of every page, as editors keep them in admin.

    Read only if a page renders the strip afresh: it is in the header, a sitewide part.
    """
    return {"crisis_lines": SimpleLazyObject(strip_lines)}
