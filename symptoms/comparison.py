"""Re-check comparison: how today's answers differ from the visitor's previous attempt.

Pure functions over plain values, so the wording is tested without a database.
"""

import datetime
from collections.abc import Mapping
from dataclasses import dataclass

from .instruments import frequency_label


def day_label(when: datetime.date, today: datetime.date) -> str:
    """ "today", "yesterday", "on Nov 14", or "on Nov 14, 2025" in another year.

    >>> day_label(datetime.date(2026, 11, 14), datetime.date(2026, 11, 29))
    'on Nov 14'
    """
    if when == today:
        return "today"
    if when == today - datetime.timedelta(days=1):
        return "yesterday"
    if when.year == today.year:
        return f"on {when:%b} {when.day}"
    return f"on {when:%b} {when.day}, {when.year}"


def screener_change(
    *,
    name: str,
    max_score: int,
    now: tuple[int, datetime.date],
    before: tuple[int, datetime.date],
    today: datetime.date,
) -> str:
    """One line comparing the latest total with the one before.

    >>> screener_change(name="PHQ-9", max_score=27, now=(12, datetime.date(2026, 11, 29)),
    ...                 before=(15, datetime.date(2026, 11, 14)), today=datetime.date(2026, 11, 29))
    'PHQ-9: 12 out of 27 today, 15 on Nov 14'
    """
    (total, taken_on), (earlier, earlier_on) = now, before
    when = day_label(taken_on, today)
    if earlier_on == taken_on:
        earlier_when = "earlier today" if taken_on == today else "earlier that day"
    else:
        earlier_when = day_label(earlier_on, today)
    return f"{name}: {total} out of {max_score} {when}, {earlier} {earlier_when}"


@dataclass(frozen=True)
class SignChange:
    text: str
    now: str  # frequency label today
    before: str  # frequency label last time
    direction: str  # "more often", "less often"


def sign_changes(
    *, now: Mapping[int, int], before: Mapping[int, int], texts: Mapping[int, str]
) -> list[SignChange]:
    """The signs answered differently this time, in the order of `texts`.

    `now` and `before` map a sign's id to its frequency (0 to 3); `texts` maps ids to the
    sign's words. A sign missing from one attempt (added or retired in between) is skipped.

    >>> [c.direction for c in sign_changes(now={1: 3, 2: 0}, before={1: 1, 2: 0},
    ...                                    texts={1: "Sleep", 2: "Worry"})]
    ['more often']
    """
    changes = []
    for sign_id, text in texts.items():
        if sign_id not in now or sign_id not in before or now[sign_id] == before[sign_id]:
            continue
        direction = "more often" if now[sign_id] > before[sign_id] else "less often"
        changes.append(
            SignChange(
                text, frequency_label(now[sign_id]), frequency_label(before[sign_id]), direction
            )
        )
    return changes
