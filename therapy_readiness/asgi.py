"""ASGI entry point, for completeness; production runs the WSGI app under gunicorn."""

import os

from django.core.asgi import get_asgi_application

os.environ.setdefault("DJANGO_SETTINGS_MODULE", "therapy_readiness.settings")

application = get_asgi_application()
