"""Reading a visit's plan for the step pages, and the shape of the four steps."""

from dataclasses import dataclass

from django.db.models import Q
from django.urls import reverse

from .forms import ChoiceGroups, question_label
from .models import (
    BankQuestion,
    ChosenGoal,
    ChosenQuestion,
    GoalSuggestion,
    PlanStep,
    PrepPlan,
    Section,
)
from .services import PRACTICALITY_FIELDS


@dataclass(frozen=True)
class Step:
    number: int
    title: str
    url_name: str

    @property
    def url(self) -> str:
        return reverse(f"intake:{self.url_name}")


STEPS = [
    Step(PlanStep.WHAT_BRINGS_ME, PlanStep.WHAT_BRINGS_ME.label, "what_brings_me"),
    Step(PlanStep.GOALS, PlanStep.GOALS.label, "goals"),
    Step(PlanStep.PRACTICALITIES, PlanStep.PRACTICALITIES.label, "practicalities"),
    Step(PlanStep.QUESTIONS, PlanStep.QUESTIONS.label, "questions"),
]
SHEET = PrepPlan.Resume.SHEET


def step_url(number: int) -> str:
    """Where a resume point leads: a step, or the sheet after the last step."""
    if number >= SHEET:
        return reverse("intake:sheet")
    return STEPS[max(number, 1) - 1].url


def step_indicator(current: int) -> list[dict]:
    return [
        {
            "number": s.number,
            "title": s.title,
            "current": s.number == current,
            "done": s.number < current,
        }
        for s in STEPS
    ]


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


def explainer_blocks(sections: list[Section]) -> list[dict]:
    """Sections in order, each run of first-session parts gathered into one numbered list.

    For [intro, part 1, part 2, outro] the kinds are: section, steps (two parts), section.
    """
    blocks: list[dict] = []
    for section in sections:
        if section.plan_step is None:
            blocks.append({"kind": "section", "section": section})
            continue
        if not blocks or blocks[-1]["kind"] != "steps":
            blocks.append({"kind": "steps", "parts": []})
        step = STEPS[section.plan_step - 1]
        blocks[-1]["parts"].append({"section": section, "step": step})
    return blocks
