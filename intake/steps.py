"""The four steps of the prep plan and the way between them. Pure: no database, no forms."""

from collections.abc import Mapping
from dataclasses import dataclass

from django.urls import reverse

from .models import SHEET, PlanStep


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


def step_url(number: int) -> str:
    """Where a resume point leads: a step, or the sheet after the last step.

    >>> step_url(2), step_url(SHEET)
    ('/prepare/goals/', '/prepare/sheet/')
    """
    if number >= SHEET:
        return reverse("intake:sheet")
    return STEPS[max(number, 1) - 1].url


def next_step(number: int, post: Mapping) -> tuple[int, str]:
    """After saving step `number`: (where /prepare/ resumes from now, where to go next).

    The pressed button says where: "go" is "back" or "next" (the default), or "step-N" when
    a visited step's link in the step indicator saved the page on its way (site.js); any
    Move up / Move down / Remove button ("action") stays on the page, back at the chosen
    questions. Back from step 1 leads to the explainer's first part.

    >>> next_step(2, {"go": "next"})
    (3, '/prepare/practicalities/')
    >>> next_step(4, {"go": "next"})
    (5, '/prepare/sheet/')
    >>> next_step(1, {"go": "back"})
    (1, '/first-session/#part-1')
    >>> next_step(4, {"go": "next", "action": "up-12"})
    (4, '/prepare/questions/#chosen-questions')
    >>> next_step(3, {"go": "step-1"})
    (1, '/prepare/what-brings-me/')
    """
    go = "stay" if "action" in post else post.get("go", "next")
    target = {"back": number - 1, "stay": number}.get(go, number + 1)
    chosen = go.removeprefix("step-") if isinstance(go, str) and go.startswith("step-") else ""
    if chosen.isdigit() and 1 <= int(chosen) <= len(STEPS):
        target = int(chosen)
    if target < 1:
        return 1, reverse("intake:explainer") + "#part-1"
    if go == "stay":
        return target, step_url(target) + "#chosen-questions"
    return target, step_url(target)


def step_indicator(current: int, reached: int = 1) -> list[dict]:
    """The step pills: the current one, and a link to each step already visited.

    `reached` is the furthest step the visitor has been to (their plan's resume point).

    >>> [s["url"] for s in step_indicator(2, reached=3)]
    ['/prepare/what-brings-me/', '', '/prepare/practicalities/', '']
    """
    visited = max(current, reached)
    return [
        {
            "number": s.number,
            "title": s.title,
            "current": s.number == current,
            "done": s.number < current,
            "url": s.url if s.number != current and s.number <= visited else "",
        }
        for s in STEPS
    ]


def explainer_blocks(sections) -> list[dict]:
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
