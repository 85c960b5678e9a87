import logging

from django.db import DatabaseError

from .models import Resource

log = logging.getLogger(__name__)

# Shown only when the database cannot be read (an outage, the 500 page): lines that do
# not change, so a visitor in trouble is never left without a way to get help. The 988
# page uses the first one too, should its own entry ever be missing.
FALLBACK_LIFELINE = Resource(
    name="988 Suicide & Crisis Lifeline",
    strip_label="Day or night:",
    phone="988",
    text_number="988",
    chat_url="https://988lifeline.org/chat/",
    open_24_7=True,
)
FALLBACK_STRIP = [FALLBACK_LIFELINE, Resource(strip_label="In immediate danger:", phone="911")]


def crisis_strip(request):
    """The crisis lines shown at the top of every page, as editors keep them in admin."""
    try:
        lines = list(Resource.objects.in_crisis_strip())
    except DatabaseError:
        log.exception("crisis strip: database unavailable, showing the fallback lines")
        lines = []
    return {"crisis_lines": lines or FALLBACK_STRIP}
