"""Helpers for the visits tests: visits, sessions and codes without going through pages."""

import threading
from collections.abc import Callable
from typing import TypeVar

from django.db import connections
from django.db.models import Model
from django.test import Client

from intake import services as intake_services
from intake.models import BankQuestion, GoalSuggestion
from outreach import services as outreach_services
from outreach.models import Entry, Status
from resources.models import Area, Resource
from symptoms import services as symptom_services
from symptoms.models import Sign
from visits.models import Visit
from visits.services import issue_resume_code
from visits.session import SESSION_KEY

T = TypeVar("T")


def make_visit(**fields) -> Visit:
    """A visit; `last_active_at` may be given (auto_now would otherwise overwrite it)."""
    last_active_at = fields.pop("last_active_at", None)
    visit = Visit.objects.create(**fields)
    if last_active_at is not None:
        Visit.objects.filter(pk=visit.pk).update(last_active_at=last_active_at)
        visit.refresh_from_db()
    return visit


def attach(client: Client, visit: Visit) -> None:
    """Tie the test client's browser session to a visit, as answering a question would."""
    session = client.session
    session[SESSION_KEY] = visit.pk
    session.save()


def saved_visit(client: Client | None = None) -> tuple[Visit, str]:
    """A visit with a resume code (attached to `client` if one is given) and the code."""
    visit = make_visit()
    code = issue_resume_code(visit=visit)
    if client is not None:
        attach(client, visit)
    return visit, code


def session_visit_id(client: Client) -> int | None:
    return client.session.get(SESSION_KEY)


def run_at_once(task: Callable[[], T], times: int) -> list[T]:
    """Run `task` in `times` threads released together; each thread uses its own connection."""
    barrier, results = threading.Barrier(times), []

    def run() -> None:
        try:
            barrier.wait()
            results.append(task())
        finally:
            connections.close_all()

    workers = [threading.Thread(target=run) for _ in range(times)]
    for worker in workers:
        worker.start()
    for worker in workers:
        worker.join()
    return results


def tables_under_visit(model=Visit, path="", seen=None) -> list[tuple[type[Model], str]]:
    """Every model that hangs off a visit, directly or through another, with its lookup.

    Found from the model graph, so an answer table added later is covered automatically.
    """
    seen = seen if seen is not None else {model}
    found = []
    for relation in model._meta.related_objects:
        related = relation.related_model
        if related in seen:
            continue
        seen.add(related)
        lookup = f"{relation.field.name}__{path}" if path else relation.field.name
        found += [(related, lookup), *tables_under_visit(related, lookup, seen)]
    return found


def rows_per_table(visit_pk: int) -> dict[str, int]:
    return {
        model._meta.label: model._default_manager.filter(**{lookup: visit_pk}).count()
        for model, lookup in tables_under_visit()
    }


def fill_every_answer_table(visit: Visit) -> None:
    """Answer everything a visitor can: checklist, both screeners and the whole prep plan."""
    sign = Sign.objects.first() or Sign.objects.create(
        text="Sleep has changed", example="", area=Area.objects.first()
    )
    symptom_services.record_checklist(
        visit=visit, frequencies={sign.pk: 2}, difficulty=1, self_harm_thoughts=False
    )
    symptom_services.record_screener(visit=visit, instrument="phq-9", answers=[1] * 9, difficulty=1)
    symptom_services.record_screener(
        visit=visit, instrument="gad-7", answers=[2] * 7, difficulty=None
    )
    intake_services.save_what_brings_me(
        visit=visit,
        signs=["sleep"],
        signs_left_out=[],
        first_words="I can't rest.",
        duration="weeks",
        resume_at=2,
    )
    suggestion = GoalSuggestion.objects.first()
    intake_services.save_goals(
        visit=visit, suggestion_ids=[suggestion.pk], own_goals="Sleep better", resume_at=3
    )
    question = BankQuestion.objects.first()
    intake_services.save_questions(
        visit=visit, question_ids=[question.pk], own_questions=["Evenings?"], resume_at=4
    )
    outreach_services.add_resource(visit=visit, resource=Resource.objects.not_crisis().first())
    outreach_services.add_own(visit=visit, name="Dr Lee", phone="555 0100", website="lee.example")
    for entry in Entry.objects.filter(visit=visit):
        outreach_services.record_status(visit=visit, entry_id=entry.pk, status=Status.EMAILED)
