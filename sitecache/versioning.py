"""The content version: which writes change what visitors see, and the token they replace.

The rule, generic so that models added later are covered without touching this file:
every save, delete or many-to-many change of any installed model bumps the version,
except visitor data. Visitor data is every model of the `visits` app and of Django's
sessions, and every model with a foreign key (or one-to-one) to visitor data, directly
or through another such model. Visitor writes never bump it, so answering questions
never empties the cache; editors' writes always do.

Signals do not fire for `QuerySet.update()`, `bulk_create()` or raw SQL: code that
changes content that way calls `content_changed()` itself (the admin actions do).
"""

import logging
import secrets
import threading
from functools import partial

from django.apps import apps
from django.core.signals import request_finished, request_started
from django.db import DEFAULT_DB_ALIAS, DatabaseError, connections, transaction
from django.db.models.signals import m2m_changed, post_delete, post_migrate, post_save

from .models import ContentVersion

log = logging.getLogger(__name__)

VISITOR_APPS = ("visits", "sessions")

# Within one request the version is read once, however many cached parts the page has:
# they all agree, and the page pays one query. Outside a request it is read every time.
_this_request = threading.local()


def visitor_models(models) -> set:
    """The models among `models` that hold visitor data (see the module docstring)."""
    found = {model for model in models if model._meta.app_label in VISITOR_APPS}
    grew = True
    while grew:
        grew = False
        for model in models:
            if model not in found and any(
                field.related_model in found
                for field in model._meta.get_fields()
                if (field.many_to_one or field.one_to_one) and field.concrete
            ):
                found.add(model)
                grew = True
    return found


def content_models() -> list:
    """Every installed model whose changes must bump the version (through tables too)."""
    models = apps.get_models(include_auto_created=True)
    visitor = visitor_models(models)
    return [model for model in models if model not in visitor and model is not ContentVersion]


def bump_content_version(using: str = DEFAULT_DB_ALIAS) -> str:
    """Replace the version with a fresh random token; cached pages under the old one die."""
    versions = ContentVersion.objects.using(using)
    token = secrets.token_hex(8)
    if not versions.filter(pk=1).update(token=token):
        token = versions.get_or_create(pk=1, defaults={"token": token})[0].token
    remember_version(token)
    return token


def current_version() -> str:
    token = getattr(_this_request, "token", None)
    if token is None:
        token = ContentVersion.objects.filter(pk=1).values_list("token", flat=True).first()
        token = token or bump_content_version()
        remember_version(token)
    return token


def remember_version(token: str) -> None:
    """Keep a version read along with something else for the rest of this request."""
    if getattr(_this_request, "active", False):
        _this_request.token = token


def stand_in_shown() -> None:
    """This request shows stand-in content (an outage's fallback lines): nothing it renders
    may be stored, or visitors would go on seeing the stand-in once the database is back."""
    if getattr(_this_request, "active", False):
        _this_request.stand_in = True


def may_store() -> bool:
    return not getattr(_this_request, "stand_in", False)


def _reset(active: bool) -> None:
    _this_request.active, _this_request.token, _this_request.stand_in = active, None, False


def _request_started(**kwargs) -> None:
    _reset(active=True)


def _request_finished(**kwargs) -> None:
    _reset(active=False)


def content_changed(using: str = DEFAULT_DB_ALIAS) -> None:
    """Bump the version once the current transaction commits (at once outside one).

    After the commit, not before: a page rendered from the old content in between must
    not be stored under the new token. However many writes the transaction made (an
    admin delete that cascades, a `loaddata`), its commit bumps the version once.
    """
    transaction.on_commit(partial(_bump_after_commit, using, _commit_bumps.get(using)), using=using)


# How many times each connection of this thread has bumped the version from a commit hook.
# A hook whose count has moved on since it was scheduled lost nothing: the hooks of one
# commit run in a row, so another hook already bumped after this write was committed.
# A rolled-back transaction drops its hooks and leaves the count alone.
class _CommitBumps(threading.local):
    def __init__(self):
        self.counts = {}

    def get(self, using: str) -> int:
        return self.counts.get(using, 0)

    def add(self, using: str) -> None:
        self.counts[using] = self.get(using) + 1


_commit_bumps = _CommitBumps()


def _bump_after_commit(using: str, count_when_scheduled: int) -> None:
    if _commit_bumps.get(using) == count_when_scheduled:
        bump_content_version(using)
        _commit_bumps.add(using)


def _content_changed(sender, using=None, action="post_", **kwargs):
    # m2m_changed sends pre_* and post_* actions; the other signals send no action.
    if action.startswith("post_"):
        content_changed(using or DEFAULT_DB_ALIAS)


def _migrated(sender, using, **kwargs):
    # A migration may change content (seeds, fixes) without a single signal.
    if ContentVersion._meta.db_table in connections[using].introspection.table_names():
        try:
            bump_content_version(using)
        except DatabaseError:
            log.exception("could not bump the content version after migrating")


def watch_content_models() -> None:
    for model in content_models():
        uid = f"sitecache-{model._meta.label_lower}"
        post_save.connect(_content_changed, sender=model, weak=False, dispatch_uid=uid)
        post_delete.connect(_content_changed, sender=model, weak=False, dispatch_uid=uid)
        m2m_changed.connect(_content_changed, sender=model, weak=False, dispatch_uid=uid)
    post_migrate.connect(_migrated, sender=apps.get_app_config("sitecache"), weak=False)
    request_started.connect(_request_started, dispatch_uid="sitecache-request-started")
    request_finished.connect(_request_finished, dispatch_uid="sitecache-request-finished")
