"""WSGI entry point: `gunicorn therapy_readiness.wsgi`."""

import os

from django.core.wsgi import get_wsgi_application

os.environ.setdefault("DJANGO_SETTINGS_MODULE", "therapy_readiness.settings")

application = get_wsgi_application()
