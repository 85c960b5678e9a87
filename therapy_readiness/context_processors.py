from django.conf import settings

# (label, address, the path prefixes that count as being in that section)
NAVIGATION = [
    ("Check in", "/checklist/", ("/checklist/", "/screeners/")),
    ("First session", "/first-session/", ("/first-session/", "/prepare/")),
    ("Find help", "/resources/", ("/resources/",)),
]


def site(request):
    """Navigation (current section marked), the quick-exit address, the retention period."""
    nav = [
        {"label": label, "url": url, "current": request.path.startswith(prefixes)}
        for label, url, prefixes in NAVIGATION
    ]
    return {
        "navigation": nav,
        "quick_exit_url": settings.QUICK_EXIT_URL,
        "retention_days": settings.VISIT_RETENTION_DAYS,
    }
