"""WSGI entry point: `gunicorn therapy_readiness.wsgi`."""

import os

from django.conf import settings
from django.core.exceptions import ImproperlyConfigured
from django.core.wsgi import get_wsgi_application

os.environ.setdefault("DJANGO_SETTINGS_MODULE", "therapy_readiness.settings")

# Fail at start-up, not on the first visitor: sessions and resume codes are keyed with it.
if not settings.DEBUG and not os.environ.get("SECRET_KEY"):
    raise ImproperlyConfigured("SECRET_KEY must be set when DEBUG is off")

application = get_wsgi_application()
