from django.conf import settings
from django.urls import reverse

# (label, URL name): each section is the app whose pages it leads to.
NAVIGATION = [
    ("Check in", "symptoms:checklist"),
    ("First session", "intake:explainer"),
    ("Find help", "resources:directory"),
]


def site(request):
    """Navigation (current section marked), the quick-exit address, the retention period.

    The navigation is built only if a page renders it afresh: the header is a sitewide
    part, stored for each `section`.
    """
    match = request.resolver_match
    here = match.namespace if match else ""

    def navigation():
        return [
            {"label": label, "url": reverse(name), "current": name.split(":")[0] == here}
            for label, name in NAVIGATION
        ]

    return {
        "section": here,
        "navigation": navigation,
        "quick_exit_url": settings.QUICK_EXIT_URL,
        "retention_days": settings.VISIT_RETENTION_DAYS,
    }
