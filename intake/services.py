"""Saving a visit's prep plan, one step at a time.

Every write touches only its own step: single answers are an upsert of that step's columns
of `PrepPlan` (INSERT ... ON CONFLICT (visit) DO UPDATE SET <those columns>), lists are
per-answer rows under unique constraints. Two tabs saving different steps of the same
visit at once therefore never overwrite each other. Edits to one visit's lists take a
lock on the visit row so positions stay consistent.
"""

from django.db import transaction

from visits.models import Visit

from .models import (
    PRACTICALITY_FIELDS,
    BankQuestion,
    ChosenGoal,
    ChosenQuestion,
    GoalSuggestion,
    PrepPlan,
)


def _upsert_plan(visit: Visit, values: dict, resume_at: int) -> None:
    """Write only these columns of the visit's plan row, creating the row if needed."""
    values = {**values, "resume_at": resume_at}
    PrepPlan.objects.bulk_create(
        [PrepPlan(visit=visit, **values)],
        update_conflicts=True,
        unique_fields=["visit"],
        update_fields=[*values, "updated_at"],
    )


def _lock(visit: Visit) -> None:
    """Serialise list edits of one visit (a no-op on SQLite, which locks the whole file).

    FOR NO KEY UPDATE, not FOR UPDATE: inserting a row that points at the visit takes a
    key-share lock on it, and a full update lock would deadlock with another step's upsert.
    """
    visits = Visit.objects.select_for_update(no_key=True).filter(pk=visit.pk)
    list(visits.values_list("pk", flat=True))


def save_what_brings_me(
    *,
    visit: Visit,
    signs: list[str],
    signs_left_out: list[str],
    first_words: str,
    duration: str,
    resume_at: int,
) -> None:
    answers = {"signs": signs, "signs_left_out": signs_left_out}
    _upsert_plan(visit, {**answers, "first_words": first_words, "duration": duration}, resume_at)


def save_sheet_contents(*, visit: Visit, leaves_out: list[str], shows_my_list: bool) -> None:
    """Keep these check-in parts (SheetPart values) off the visit's sheet, and put the
    outreach list on it or not."""
    PrepPlan.objects.bulk_create(
        [PrepPlan(visit=visit, sheet_leaves_out=leaves_out, sheet_shows_my_list=shows_my_list)],
        update_conflicts=True,
        unique_fields=["visit"],
        update_fields=["sheet_leaves_out", "sheet_shows_my_list", "updated_at"],
    )


def save_practicalities(*, visit: Visit, answers: dict, resume_at: int) -> None:
    _upsert_plan(visit, {name: answers[name] for name in PRACTICALITY_FIELDS}, resume_at)


def save_goals(*, visit: Visit, suggestion_ids: list[int], own_goals: str, resume_at: int) -> None:
    """Keep exactly these suggestions chosen (goals whose suggestion an editor deleted stay)."""
    with transaction.atomic():
        _lock(visit)
        _upsert_plan(visit, {"own_goals": own_goals}, resume_at)
        chosen = ChosenGoal.objects.filter(visit=visit, suggestion__isnull=False)
        chosen.exclude(suggestion_id__in=suggestion_ids).delete()
        new = GoalSuggestion.objects.filter(pk__in=suggestion_ids).exclude(chosen__visit=visit)
        ChosenGoal.objects.bulk_create(
            [ChosenGoal(visit=visit, suggestion=s, text=s.text) for s in new],
            ignore_conflicts=True,
        )


def save_questions(
    *,
    visit: Visit,
    question_ids: list[int],
    own_questions: list[str],
    resume_at: int,
    action: tuple[str, int] | None = None,
) -> None:
    """Keep exactly these questions chosen, in their current order; new ones go last.

    Bank questions are added in bank order, then the visitor's own in the order typed.
    An own question whose wording changed counts as a new one. Then the Move up / Move down
    / Remove button that was pressed, if any, applies: `action` is ("up" | "down" |
    "remove", the chosen question's id).
    """
    with transaction.atomic():
        _lock(visit)
        _save_questions(visit, question_ids, own_questions, resume_at)
        if action is None:
            return
        verb, chosen_id = action
        if verb == "remove":
            remove_question(visit=visit, chosen_id=chosen_id)
        else:
            move_question(visit=visit, chosen_id=chosen_id, offset=-1 if verb == "up" else 1)


def _save_questions(
    visit: Visit, question_ids: list[int], own_questions: list[str], resume_at: int
) -> None:
    _upsert_plan(visit, {}, resume_at)
    existing = list(ChosenQuestion.objects.filter(visit=visit))
    gone = [
        row.pk
        for row in existing
        if (row.is_own and row.text not in own_questions)
        or (row.question_id is not None and row.question_id not in question_ids)
    ]
    ChosenQuestion.objects.filter(pk__in=gone).delete()
    kept = [row for row in existing if row.pk not in gone]
    have_bank = {row.question_id for row in kept}
    have_own = {row.text for row in kept if row.is_own}
    new_bank = BankQuestion.objects.filter(pk__in=set(question_ids) - have_bank)
    new_rows = [ChosenQuestion(question=q, text=q.text) for q in new_bank]
    new_rows += [ChosenQuestion(is_own=True, text=t) for t in own_questions if t not in have_own]
    start = max((row.position for row in kept), default=0) + 1
    for position, row in enumerate(new_rows, start=start):
        row.visit, row.position = visit, position
    ChosenQuestion.objects.bulk_create(new_rows, ignore_conflicts=True)


def move_question(*, visit: Visit, chosen_id: int, offset: int) -> None:
    """Move one chosen question up (offset -1) or down (+1); positions become 1, 2, 3..."""
    with transaction.atomic():
        _lock(visit)
        rows = list(ChosenQuestion.objects.filter(visit=visit).order_by("position", "pk"))
        index = next((i for i, row in enumerate(rows) if row.pk == chosen_id), None)
        if index is None or not 0 <= index + offset < len(rows):
            return
        rows[index], rows[index + offset] = rows[index + offset], rows[index]
        for position, row in enumerate(rows, start=1):
            row.position = position
        ChosenQuestion.objects.bulk_update(rows, ["position"])


def remove_question(*, visit: Visit, chosen_id: int) -> None:
    ChosenQuestion.objects.filter(visit=visit, pk=chosen_id).delete()
