"""Settings for Therapy Readiness, read from the environment.

Every variable is listed in `.env.example`. Bad values fail loudly at start-up rather than
quietly falling back to something unsafe.
"""

import datetime
import os
import re
from pathlib import Path

import dj_database_url
from django.core.exceptions import ImproperlyConfigured

BASE_DIR = Path(__file__).resolve().parent.parent

_TRUE = {"1", "true", "yes", "on"}
_FALSE = {"0", "false", "no", "off", ""}


def env_bool(name: str, default: bool) -> bool:
    value = os.environ.get(name)
    if value is None:
        return default
    if value.strip().lower() in _TRUE:
        return True
    if value.strip().lower() in _FALSE:
        return False
    raise ImproperlyConfigured(f"{name} must be 1/0, true/false, yes/no or on/off; got {value!r}")


def env_list(name: str, default: list[str]) -> list[str]:
    value = os.environ.get(name)
    if value is None:
        return default
    items = [item.strip() for item in value.split(",") if item.strip()]
    if not items:
        raise ImproperlyConfigured(f"{name} is set but lists nothing; unset it or give a value")
    return items


def env_int(name: str, default: int, *, minimum: int = 0) -> int:
    value = os.environ.get(name)
    if value is None:
        return default
    try:
        number = int(value)
    except ValueError:
        raise ImproperlyConfigured(f"{name} must be a whole number; got {value!r}") from None
    if number < minimum:
        raise ImproperlyConfigured(f"{name} must be at least {minimum}; got {number}")
    return number


DEBUG = env_bool("DEBUG", False)

# Required to serve with DEBUG off: wsgi.py refuses to start without it. Commands that never
# use the key (makemigrations, collectstatic) still run with none, and Django itself refuses
# any use of an empty key (signing a session, hashing a resume code).
SECRET_KEY = os.environ.get("SECRET_KEY", "")
if not SECRET_KEY and DEBUG:
    SECRET_KEY = "django-insecure-local-development-only"

ALLOWED_HOSTS = env_list("ALLOWED_HOSTS", ["127.0.0.1", "localhost"])

# Where the admin is mounted: a relative path ending in "/". Moving it off the well-known
# address keeps casual scanners off the login page (the lockout below stops the rest).
ADMIN_PATH = os.environ.get("ADMIN_PATH", "admin/")
if not re.fullmatch(r"([A-Za-z0-9_~.-]+/)+", ADMIN_PATH) or ".." in ADMIN_PATH:
    raise ImproperlyConfigured(
        f'ADMIN_PATH must look like "admin/" or "staff/desk/"; got {ADMIN_PATH!r}'
    )
CSRF_TRUSTED_ORIGINS = env_list("CSRF_TRUSTED_ORIGINS", [])

INSTALLED_APPS = [
    "django.contrib.admin",
    "django.contrib.auth",
    "axes",
    "django.contrib.contenttypes",
    "django.contrib.sessions",
    "django.contrib.messages",
    "whitenoise.runserver_nostatic",
    "django.contrib.staticfiles",
    "crispy_forms",
    "crispy_bootstrap5",
    "csp",
    "simple_history",
    "editorial",
    "sitecache",
    "resources",
    "visits",
    "symptoms",
    "intake",
    "outreach",
]

MIDDLEWARE = [
    "therapy_readiness.middleware.permissions_policy",
    "django.middleware.security.SecurityMiddleware",
    "therapy_readiness.middleware.refuse_foreign_charsets",
    # Compresses HTML; Django's version pads the output against BREACH-style attacks.
    "django.middleware.gzip.GZipMiddleware",
    "csp.middleware.CSPMiddleware",
    "whitenoise.middleware.WhiteNoiseMiddleware",
    "therapy_readiness.middleware.warn_about_untrusted_forwarding",
    "django.contrib.sessions.middleware.SessionMiddleware",
    "therapy_readiness.middleware.personal_pages_are_not_stored",
    "django.middleware.common.CommonMiddleware",
    "django.middleware.csrf.CsrfViewMiddleware",
    "django.contrib.auth.middleware.AuthenticationMiddleware",
    "django.contrib.messages.middleware.MessageMiddleware",
    "django.middleware.clickjacking.XFrameOptionsMiddleware",
    # Records which admin user made each content version (admin inlines included).
    "simple_history.middleware.HistoryRequestMiddleware",
    # Last, as django-axes requires: turns a locked-out sign-in into the lockout page.
    "axes.middleware.AxesMiddleware",
]

ROOT_URLCONF = "therapy_readiness.urls"

TEMPLATES = [
    {
        "BACKEND": "django.template.backends.django.DjangoTemplates",
        "DIRS": [BASE_DIR / "templates"],
        "APP_DIRS": True,
        "OPTIONS": {
            "context_processors": [
                "django.template.context_processors.request",
                "django.contrib.auth.context_processors.auth",
                "django.contrib.messages.context_processors.messages",
                "therapy_readiness.context_processors.site",
                "resources.context_processors.crisis_strip",
                "outreach.context_processors.my_list",
            ],
        },
    },
]

WSGI_APPLICATION = "therapy_readiness.wsgi.application"

# Persistent connections with health checks: reconnecting on every request cost 3.5x
# throughput on this kind of machine.
DATABASES = {
    "default": dj_database_url.config(
        default=f"sqlite:///{BASE_DIR / 'db.sqlite3'}",
        conn_max_age=60,
        conn_health_checks=True,
    )
}
DEFAULT_AUTO_FIELD = "django.db.models.BigAutoField"

# Admin sign-in: django-axes counts failures in the database (so every app server shares
# them) and locks out a username, and separately an address, after five wrong passwords in
# a row, for 15 minutes. `manage.py axes_reset_username NAME` unlocks an account at once,
# `manage.py axes_reset` everything. Addresses are stored and logged only as pseudonyms.
AUTHENTICATION_BACKENDS = [
    "axes.backends.AxesStandaloneBackend",
    "django.contrib.auth.backends.ModelBackend",
]
AXES_FAILURE_LIMIT = 5
AXES_LOCKOUT_PARAMETERS = ["username", "ip_address"]
AXES_COOLOFF_TIME = datetime.timedelta(minutes=15)
AXES_RESET_ON_SUCCESS = True
AXES_LOCKOUT_CALLABLE = "therapy_readiness.admin_lockout.locked_out"
AXES_CLIENT_IP_CALLABLE = "therapy_readiness.admin_lockout.client_pseudonym"
AXES_CLIENT_STR_CALLABLE = "therapy_readiness.admin_lockout.client_description"
AXES_DISABLE_ACCESS_LOG = True  # no record of successful sign-ins
AXES_VERBOSE = False

AUTH_PASSWORD_VALIDATORS = [
    {"NAME": "django.contrib.auth.password_validation.UserAttributeSimilarityValidator"},
    {"NAME": "django.contrib.auth.password_validation.MinimumLengthValidator"},
    {"NAME": "django.contrib.auth.password_validation.CommonPasswordValidator"},
    {"NAME": "django.contrib.auth.password_validation.NumericPasswordValidator"},
]

LANGUAGE_CODE = "en-us"
TIME_ZONE = "UTC"
USE_I18N = True
USE_TZ = True

STATIC_URL = "static/"
# Empty counts as unset: Path("") would be the current directory.
STATIC_ROOT = Path(os.environ.get("STATIC_ROOT") or BASE_DIR / "staticfiles")
STATICFILES_DIRS = [BASE_DIR / "static"]
STORAGES = {
    "default": {"BACKEND": "django.core.files.storage.FileSystemStorage"},
    "staticfiles": {"BACKEND": "whitenoise.storage.CompressedManifestStaticFilesStorage"},
}

# Pages that are the same for every visitor are rendered once per content version
# (`sitecache`). Without REDIS_URL each process keeps its own copies in memory and checks
# the version in the database on every request, so several workers and servers still see
# an editor's change at once; with REDIS_URL all servers share one Redis.
REDIS_URL = os.environ.get("REDIS_URL", "")
if REDIS_URL:
    CACHES = {
        "default": {
            "BACKEND": "django.core.cache.backends.redis.RedisCache",
            "LOCATION": REDIS_URL,
            "KEY_PREFIX": "therapy-readiness",
            # A Redis that hangs costs each request at most this, then pages render afresh.
            "OPTIONS": {"socket_connect_timeout": 0.5, "socket_timeout": 0.5},
        }
    }
else:
    CACHES = {
        "default": {
            "BACKEND": "django.core.cache.backends.locmem.LocMemCache",
            "OPTIONS": {"MAX_ENTRIES": 2000},
        }
    }
PAGE_CACHE = env_bool("PAGE_CACHE", not DEBUG)
PAGE_CACHE_SECONDS = env_int("PAGE_CACHE_SECONDS", 24 * 60 * 60, minimum=1)

CRISPY_ALLOWED_TEMPLATE_PACKS = "bootstrap5"
CRISPY_TEMPLATE_PACK = "bootstrap5"

# Anonymous visits live in the database-backed session, so any number of app servers
# can share one Postgres. Unused visits expire after this many days.
VISIT_RETENTION_DAYS = env_int("VISIT_RETENTION_DAYS", 30, minimum=1)
# Django's database sessions, read together with the content version (one query, not two).
SESSION_ENGINE = "sitecache.sessions"
# One-time notes such as "Added to your list" ride in a signed cookie, so a page checking
# for one never reads the session (and stays cacheable). They never carry what a visitor
# typed: the messages are fixed sentences.
MESSAGE_STORAGE = "django.contrib.messages.storage.cookie.CookieStorage"
SESSION_COOKIE_AGE = VISIT_RETENTION_DAYS * 24 * 60 * 60
SESSION_COOKIE_SAMESITE = "Lax"
SESSION_COOKIE_HTTPONLY = True

# Security headers. No page may load anything from another host.
SECURE_CONTENT_TYPE_NOSNIFF = True
SECURE_REFERRER_POLICY = "same-origin"
X_FRAME_OPTIONS = "DENY"
PERMISSIONS_POLICY = "camera=(), microphone=(), geolocation=(), payment=(), usb=()"
CONTENT_SECURITY_POLICY = {
    "DIRECTIVES": {
        "default-src": ["'self'"],
        "script-src": ["'self'"],
        "style-src": ["'self'"],
        "img-src": ["'self'", "data:"],
        "font-src": ["'self'"],
        "connect-src": ["'self'"],
        "form-action": ["'self'"],
        "frame-ancestors": ["'none'"],
        "base-uri": ["'none'"],
        "object-src": ["'none'"],
    }
}

# HTTPS is on by default whenever DEBUG is off. HTTPS=0 serves plain http on 127.0.0.1
# for local production-like runs (benchmarks, drills); never expose that to a network.
HTTPS = env_bool("HTTPS", not DEBUG)
if HTTPS:
    SECURE_SSL_REDIRECT = True
    SECURE_PROXY_SSL_HEADER = ("HTTP_X_FORWARDED_PROTO", "https")
    SECURE_HSTS_SECONDS = 60 * 60 * 24 * 365
    SECURE_HSTS_INCLUDE_SUBDOMAINS = True
    SECURE_HSTS_PRELOAD = True
    SESSION_COOKIE_SECURE = True
    CSRF_COOKIE_SECURE = True
    # The __Host- prefix makes browsers refuse these cookies unless they were set over HTTPS
    # by this very host for the whole site: no subdomain or plain-http page can plant one.
    SESSION_COOKIE_NAME = "__Host-sessionid"
    CSRF_COOKIE_NAME = "__Host-csrftoken"

# Guessing resume codes is throttled per client address, in windows (visits/throttle.py).
RESUME_ATTEMPTS_PER_ADDRESS = env_int("RESUME_ATTEMPTS_PER_ADDRESS", 10, minimum=1)
RESUME_ATTEMPT_WINDOW_MINUTES = env_int("RESUME_ATTEMPT_WINDOW_MINUTES", 10, minimum=1)
# How many proxies sit in front of the app: the client's address is read that many entries
# from the right of X-Forwarded-For. None by default, whatever HTTPS says: trusting a proxy
# that is not there would let anyone pick their own address by sending the header.
TRUSTED_PROXY_COUNT = env_int("TRUSTED_PROXY_COUNT", 0)

# Where the "Leave this site" control goes: a neutral page that says nothing about us.
QUICK_EXIT_URL = os.environ.get("QUICK_EXIT_URL", "https://www.weather.gov/")
# Where visitors report a mistake in the content (shown on /about/); empty hides the address.
CONTACT_EMAIL = os.environ.get("CONTACT_EMAIL", "")

LOGGING = {
    "version": 1,
    "disable_existing_loggers": False,
    "handlers": {"console": {"class": "logging.StreamHandler"}},
    "root": {"handlers": ["console"], "level": os.environ.get("LOG_LEVEL", "WARNING")},
}
