"""Which writes bump the content version: every content model, never visitor data."""

import contextlib

import pytest
from django.apps import apps
from django.contrib.sessions.models import Session
from django.core.management import call_command
from django.db import connection, transaction
from django.db.models.signals import m2m_changed, post_delete, post_save
from django.test.utils import CaptureQueriesContext

from intake.models import ChosenGoal, PrepPlan
from resources.models import Area, Guide, Resource
from sitecache.models import ContentVersion
from sitecache.versioning import content_models, current_version, visitor_models
from symptoms.models import ChecklistAnswer, Sign
from tests.answers import checklist_post
from visits.models import ResumeThrottle, Visit

pytestmark = pytest.mark.django_db

ALL_MODELS = apps.get_models(include_auto_created=True)
VISITOR_MODELS = visitor_models(ALL_MODELS)


def test_visitor_data_is_the_visits_app_sessions_and_whatever_points_at_them():
    for model in (Visit, ResumeThrottle, Session, ChecklistAnswer, PrepPlan, ChosenGoal):
        assert model in VISITOR_MODELS, model


def test_content_models_are_everything_else():
    for model in (Resource, Area, Guide, Sign, Resource.areas.through):
        assert model in content_models(), model
    assert not set(content_models()) & VISITOR_MODELS


def test_a_model_pointing_at_visitor_data_through_another_is_visitor_data_too():
    # ChosenGoal points at PrepPlan, which points at Visit.
    assert visitor_models([Visit, PrepPlan, ChosenGoal]) == {Visit, PrepPlan, ChosenGoal}
    assert visitor_models([ChosenGoal, PrepPlan]) == set()


@pytest.mark.parametrize("model", content_models(), ids=lambda m: m._meta.label)
def test_every_installed_content_model_bumps_the_version(model, django_capture_on_commit_callbacks):
    """Covers models added later by any app: the list is read from the installed apps."""
    for signal, extra in (
        (post_save, {"instance": None, "created": True}),
        (post_delete, {"instance": None, "origin": None}),
        (m2m_changed, {"instance": None, "action": "post_add", "reverse": False,
                       "model": None, "pk_set": set()}),
    ):  # fmt: skip
        before = current_version()
        # send_robust: other apps' receivers (history) cannot handle instance=None.
        with django_capture_on_commit_callbacks(execute=True):
            signal.send_robust(sender=model, using="default", **extra)
        assert current_version() != before, f"{signal} of {model._meta.label}"


@pytest.mark.parametrize("model", sorted(VISITOR_MODELS, key=str), ids=lambda m: m._meta.label)
def test_visitor_data_never_bumps_the_version(model, django_capture_on_commit_callbacks):
    before = current_version()
    with django_capture_on_commit_callbacks(execute=True):
        post_save.send(sender=model, instance=None, created=True, using="default")
        post_delete.send(sender=model, instance=None, origin=None, using="default")
    assert current_version() == before


def test_answering_the_checklist_leaves_the_version_alone(
    client, django_capture_on_commit_callbacks
):
    before = current_version()
    with django_capture_on_commit_callbacks(execute=True):
        response = client.post("/checklist/", checklist_post())
    assert response.status_code == 302
    assert current_version() == before


def test_saving_deleting_and_relinking_a_resource_each_bump_it(django_capture_on_commit_callbacks):
    resource = Resource.objects.get(slug="open-path-collective")
    seen = [current_version()]
    for change in (
        lambda: resource.save(),
        lambda: resource.areas.add(Area.objects.get(slug="sleep")),
        lambda: resource.delete(),
    ):
        with django_capture_on_commit_callbacks(execute=True):
            change()
        seen.append(current_version())
    assert len(set(seen)) == 4


def test_a_change_rolled_back_does_not_bump_it(django_capture_on_commit_callbacks):
    before = current_version()
    with django_capture_on_commit_callbacks(execute=True):
        try:
            with transaction.atomic():
                Guide.objects.get(slug="calling-988").save()
                raise RuntimeError("the editor's save failed")
        except RuntimeError:
            pass
    assert current_version() == before


def test_migrating_bumps_it():
    before = current_version()
    call_command("migrate", verbosity=0)
    assert current_version() != before


def _bumps(queries) -> int:
    table = ContentVersion._meta.db_table
    return sum(1 for query in queries if query["sql"].startswith(f'UPDATE "{table}"'))


def test_one_commit_bumps_it_once_however_many_writes_it_made(django_capture_on_commit_callbacks):
    before = current_version()
    with (
        CaptureQueriesContext(connection) as queries,
        django_capture_on_commit_callbacks(execute=True) as callbacks,
        transaction.atomic(),
    ):
        for guide in Guide.objects.all():
            guide.save()
    assert len(callbacks) >= Guide.objects.count() > 1  # each save, and its history row
    assert _bumps(queries) == 1
    assert current_version() != before


def test_a_rolled_back_change_does_not_swallow_the_next_ones_bump(
    django_capture_on_commit_callbacks,
):
    before = current_version()
    with django_capture_on_commit_callbacks(execute=True):
        with contextlib.suppress(RuntimeError), transaction.atomic():
            Guide.objects.get(slug="calling-988").save()
            raise RuntimeError("the editor's save failed")
        with transaction.atomic():
            Guide.objects.get(slug="calling-988").save()
    assert current_version() != before
