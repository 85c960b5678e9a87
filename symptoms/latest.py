"""A visit's latest answers in one row: what the results pages and the prep sheet read.

Every attempt is kept in its own tables (`ChecklistAttempt` with its answers,
`ScreenerAttempt` with its items): they are the record. A results page read from them
took four queries. `LatestAnswers` holds just what those pages show: the latest two
checklists with their answers, the latest two attempts at each screener, and whether
thoughts of self-harm were reported at any time. It is rewritten from the record in the
same transaction as every new attempt (`refresh`), so it never disagrees with it.

It is the visitor's own data, like the attempts: deleted with the visit, never shared,
never put in a cache.
"""

from collections.abc import Iterable
from dataclasses import dataclass
from datetime import datetime

from django.http import HttpRequest

from visits.models import Visit
from visits.session import rows_of_current_visit

from .models import ChecklistAnswer, ChecklistAttempt, LatestAnswers, ScreenerAttempt

# What a comparison needs: the latest attempt and the one before it.
KEPT = 2


@dataclass(frozen=True)
class Answer:
    sign_id: int
    frequency: int
    weight: int | None


@dataclass(frozen=True)
class Checklist:
    taken_at: datetime
    difficulty: int
    self_harm_thoughts: bool | None
    answers: tuple[Answer, ...]


@dataclass(frozen=True)
class Screener:
    instrument: str
    taken_at: datetime
    total: int
    difficulty: int | None
    self_harm_thoughts: bool


@dataclass(frozen=True)
class Latest:
    checklists: tuple[Checklist, ...] = ()  # latest first, at most KEPT
    screeners: tuple[Screener, ...] = ()  # latest first, at most KEPT of each instrument
    self_harm_ever: bool = False  # any checklist or screener, however long ago

    @property
    def checklist_taken_at(self) -> datetime | None:
        return self.checklists[0].taken_at if self.checklists else None


def current(request: HttpRequest) -> Latest:
    """The latest answers of this browser's visit; empty for none. One query at most."""
    rows = rows_of_current_visit(request, LatestAnswers, "data")
    return from_data(rows[0][0]) if rows else Latest()


def of_visit(visit: Visit | None) -> Latest:
    """The latest answers of a visit already read; empty for none. One query at most."""
    if visit is None:
        return Latest()
    data = LatestAnswers.objects.filter(visit=visit).values_list("data", flat=True)[:1]
    return from_data(data[0]) if data else Latest()


def refresh(visit: Visit) -> None:
    """Rewrite the visit's row from the record; call inside the transaction that wrote it.

    The visit's row is locked first: two attempts saved at the same instant (two tabs)
    then refresh one after the other, and the second sees both.
    """
    list(Visit.objects.select_for_update().filter(pk=visit.pk).values_list("pk"))
    record = read_record(visit.pk, ChecklistAttempt, ChecklistAnswer, ScreenerAttempt)
    LatestAnswers.objects.update_or_create(
        visit=visit, defaults={"data": summarise_record(*record)}
    )


def read_record(visit_id: int, checklist_attempts, checklist_answers, screener_attempts):
    """The rows of a visit's record that `summarise_record` takes, from these models (this
    app's own, or a migration's historical ones): three queries."""
    checklists = list(
        checklist_attempts.objects.filter(visit_id=visit_id)
        .order_by("-taken_at", "-pk")
        .values("pk", "taken_at", "difficulty", "self_harm_thoughts")
    )
    answers = checklist_answers.objects.filter(
        attempt_id__in=[row["pk"] for row in checklists[:KEPT]]
    ).values("attempt_id", "sign_id", "frequency", "weight")
    screeners = (
        screener_attempts.objects.filter(visit_id=visit_id)
        .order_by("-taken_at", "-pk")
        .values("instrument", "taken_at", "total", "difficulty", "self_harm_thoughts")
    )
    return checklists, list(answers), list(screeners)


def summarise_record(
    checklists: list[dict],
    answers: Iterable[dict],
    screeners: list[dict],
) -> dict:
    """The row's data from the rows of a visit's record (`read_record`).

    `checklists` and `screeners`: every attempt of the visit, latest first; `answers`:
    those of the latest KEPT checklists (`read_record`).

    >>> from datetime import datetime, UTC
    >>> day = datetime(2026, 11, 29, tzinfo=UTC)
    >>> summarise_record(
    ...     [{"pk": 7, "taken_at": day, "difficulty": 1, "self_harm_thoughts": None}],
    ...     [{"attempt_id": 7, "sign_id": 3, "frequency": 2, "weight": None}],
    ...     [],
    ... )["checklists"]
    [['2026-11-29T00:00:00+00:00', 1, None, [[3, 2, None]]]]
    """
    shown = checklists[:KEPT]
    by_attempt: dict[int, list] = {row["pk"]: [] for row in shown}
    for row in answers:
        by_attempt[row["attempt_id"]].append([row["sign_id"], row["frequency"], row["weight"]])
    kept: dict[str, int] = {}
    shown_screeners = []
    for row in screeners:
        kept[row["instrument"]] = kept.get(row["instrument"], 0) + 1
        if kept[row["instrument"]] <= KEPT:
            shown_screeners.append(row)
    return {
        "checklists": [
            [
                row["taken_at"].isoformat(),
                row["difficulty"],
                row["self_harm_thoughts"],
                sorted(by_attempt[row["pk"]]),
            ]
            for row in shown
        ],
        "screeners": [
            [
                row["instrument"],
                row["taken_at"].isoformat(),
                row["total"],
                row["difficulty"],
                row["self_harm_thoughts"],
            ]
            for row in shown_screeners
        ],
        "self_harm_ever": any(row["self_harm_thoughts"] for row in [*checklists, *screeners]),
    }


def from_data(data: dict) -> Latest:
    return Latest(
        checklists=tuple(
            Checklist(
                datetime.fromisoformat(taken_at),
                difficulty,
                self_harm,
                tuple(Answer(*answer) for answer in answers),
            )
            for taken_at, difficulty, self_harm, answers in data["checklists"]
        ),
        screeners=tuple(
            Screener(instrument, datetime.fromisoformat(taken_at), total, difficulty, self_harm)
            for instrument, taken_at, total, difficulty, self_harm in data["screeners"]
        ),
        self_harm_ever=data["self_harm_ever"],
    )
