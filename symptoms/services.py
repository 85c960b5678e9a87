"""Writes that store a completed checklist or screener as one dated attempt."""

from django.db import transaction

from visits.models import Visit

from . import latest, scoring
from .instruments import INSTRUMENTS
from .models import ChecklistAnswer, ChecklistAttempt, ScreenerAnswer, ScreenerAttempt


def _check_scale(value: int, what: str) -> None:
    if not scoring.is_scale_value(value):
        raise ValueError(f"{what} must be 0, 1, 2 or 3")


@transaction.atomic
def record_checklist(
    *,
    visit: Visit,
    frequencies: dict[int, int],
    difficulty: int,
    self_harm_thoughts: bool | None,
    weights: dict[int, int] | None = None,
) -> ChecklistAttempt:
    """Store one completed checklist: `frequencies` maps Sign pk to 0..3, difficulty 0..3.

    For life events the value is 0 "No", 1 "longer ago" or 2 "in the last few months",
    and `weights` may give how much one still weighs (1..3). `self_harm_thoughts` is None
    when the visitor chose "I'd rather not say". Every sign answered is kept, "Not at all"
    included, so a later re-check can compare.
    """
    _check_scale(difficulty, "difficulty")
    for value in frequencies.values():
        _check_scale(value, "each frequency")
    weights = weights or {}
    if any(weight not in (1, 2, 3) for weight in weights.values()):
        raise ValueError("each weight must be 1, 2 or 3")
    attempt = ChecklistAttempt.objects.create(
        visit=visit, difficulty=difficulty, self_harm_thoughts=self_harm_thoughts
    )
    ChecklistAnswer.objects.bulk_create(
        ChecklistAnswer(
            attempt=attempt, sign_id=sign_id, frequency=value, weight=weights.get(sign_id)
        )
        for sign_id, value in frequencies.items()
    )
    latest.refresh(visit)
    return attempt


@transaction.atomic
def record_screener(
    *, visit: Visit, instrument: str, answers: list[int], difficulty: int | None
) -> ScreenerAttempt:
    """Store one completed PHQ-9 or GAD-7 (`instrument` "phq-9" or "gad-7").

    `answers` are the items in order, each 0..3; the total and whether PHQ-9 item 9 was
    answered above "Not at all" are recorded with the attempt.
    """
    if instrument not in INSTRUMENTS:
        raise ValueError(f"unknown screener {instrument!r}")
    if difficulty is not None:
        _check_scale(difficulty, "difficulty")
    spec = INSTRUMENTS[instrument]
    result = scoring.score(spec, answers)
    attempt = ScreenerAttempt.objects.create(
        visit=visit,
        instrument=instrument,
        total=result.total,
        difficulty=difficulty,
        self_harm_thoughts=scoring.flags_self_harm(spec, answers),
    )
    ScreenerAnswer.objects.bulk_create(
        ScreenerAnswer(attempt=attempt, item=number, value=value)
        for number, value in enumerate(answers, start=1)
    )
    latest.refresh(visit)
    return attempt
