"""Reading a visit's plan: what the step pages offer and start with, and the prep sheet.

Every read runs a fixed number of queries whatever the number of goals or questions.
"""

from datetime import date

from django.db.models import Q

from outreach.summary import entries_for_sheet, has_entries
from symptoms import summary
from visits.models import Visit

from .models import (
    PRACTICALITY_FIELDS,
    BankQuestion,
    ChosenGoal,
    ChosenQuestion,
    GoalSuggestion,
    PrepPlan,
)
from .sheet import PrepSheet, compose_sheet
from .text import ChoiceGroups, question_label


def plan_of(visit) -> PrepPlan | None:
    if visit is None:
        return None
    return PrepPlan.objects.filter(visit=visit).first()


def sign_choices(marked_signs, plan: PrepPlan | None) -> list[tuple[str, str]]:
    """Checkbox choices for step 1: the signs marked now, plus any kept from an earlier check-in.

    The value is the sign's wording, which is what the sheet shows.
    """
    choices = {sign.text: f"{sign.text} ({sign.frequency_label.lower()})" for sign in marked_signs}
    for text in plan.signs if plan and plan.signs else []:
        choices.setdefault(text, text)
    return list(choices.items())


def what_brings_me_initial(plan: PrepPlan | None, choices: list[tuple[str, str]]) -> dict:
    """Every marked sign starts ticked (the suggestions), except those the visitor unticked."""
    if plan is None:
        return {"signs": [value for value, _ in choices]}
    return {
        "signs": [value for value, _ in choices if value not in plan.signs_left_out],
        "first_words": plan.first_words,
        "duration": plan.duration,
    }


def practicalities_initial(plan: PrepPlan | None) -> dict:
    return {name: getattr(plan, name) for name in PRACTICALITY_FIELDS} if plan else {}


def _offered_in_groups(model, group_field: str, visit, label) -> ChoiceGroups:
    """Published choices by group, plus unpublished ones this visit already chose."""
    shown = Q(is_published=True)
    if visit is not None:
        shown |= Q(chosen__visit=visit)
    groups: dict[int, tuple[int, str, list]] = {}
    for item in model.objects.filter(shown).select_related(group_field).distinct():
        group = getattr(item, group_field)
        groups.setdefault(group.pk, (group.pk, group.name, []))[2].append((item.pk, label(item)))
    return list(groups.values())


def goal_groups(visit) -> ChoiceGroups:
    return _offered_in_groups(GoalSuggestion, "group", visit, lambda s: s.text)


def question_groups(visit) -> ChoiceGroups:
    return _offered_in_groups(
        BankQuestion, "topic", visit, lambda q: question_label(q.text, q.note)
    )


def chosen_goal_ids(visit) -> set[int]:
    if visit is None:
        return set()
    rows = ChosenGoal.objects.filter(visit=visit, suggestion__isnull=False)
    return set(rows.values_list("suggestion_id", flat=True))


def chosen_questions(visit) -> list[ChosenQuestion]:
    if visit is None:
        return []
    return list(ChosenQuestion.objects.filter(visit=visit).in_order())


def load_sheet(visit, *, today: date) -> PrepSheet:
    """The sheet for a visit (or for no visit yet)."""
    if visit is None:
        return compose_sheet(
            today=today,
            plan=None,
            goals=[],
            questions=[],
            symptoms=summary.symptoms_for_visit(None),
        )
    plan, has_my_list = _plan_and_whether_listing(visit)
    goals = ChosenGoal.objects.filter(visit=visit).select_related("suggestion__group")
    goals = sorted(goals, key=_goal_order)
    questions = ChosenQuestion.objects.filter(visit=visit).in_order()
    shows_my_list = has_my_list and plan is not None and plan.sheet_shows_my_list
    return compose_sheet(
        today=today,
        plan=plan,
        goals=[goal.wording for goal in goals],
        questions=[question.wording for question in questions],
        symptoms=summary.symptoms_for_visit(visit),
        has_my_list=has_my_list,
        # Read only when it goes on the sheet: a list left off costs no query.
        my_list=entries_for_sheet(visit, today=today) if shows_my_list else [],
    )


def _plan_and_whether_listing(visit) -> tuple[PrepPlan | None, bool]:
    """The visit's plan (if it has one) and whether its outreach list has entries: one query.

    Read through the visit, which always has a row, so a visit with a list but no plan yet
    is answered by the same query.
    """
    found = (
        Visit.objects.filter(pk=visit.pk)
        .select_related("prep_plan")
        .annotate(has_my_list=has_entries())
        .first()
    )
    if found is None:  # deleted since the request began
        return None, False
    return getattr(found, "prep_plan", None), found.has_my_list


def _goal_order(goal: ChosenGoal) -> tuple:
    suggestion = goal.suggestion
    if suggestion is None:
        return (1, 0, "", 0, goal.pk)
    return (0, suggestion.group.order, suggestion.group.name, suggestion.order, suggestion.pk)
