"""Where each entry on an outreach list stands, and what needs doing next. Pure, no database.

An entry's history is a list of (status, day) pairs, oldest first. The latest one is where
it stands. Someone emailed or called who has not replied for three working days is due a
follow-up; recording the email or call again (a follow-up) starts the count again.

    >>> monday, thursday = datetime.date(2026, 11, 30), datetime.date(2026, 12, 3)
    >>> step = progress([("emailed", monday)], added_on=monday, today=thursday)
    >>> step.follow_up_due, step.note
    (True, 'No reply for 3 working days.')
"""

import datetime
from dataclasses import dataclass

from .models import Status
from .workdays import add_working_days, when, working_days_between

FOLLOW_UP_AFTER = 3  # working days
WAITING = (Status.EMAILED, Status.CALLED)

# What needs doing next comes first: a follow-up that is due, a reply to answer, a name
# not contacted yet; then people we are waiting on; then what is settled.
RANK = {
    "due": 0,
    Status.HEARD_BACK: 1,
    Status.NOT_CONTACTED: 2,
    "waiting": 3,
    Status.BOOKED: 4,
    Status.NOT_A_FIT: 5,
}

DONE_VERB = {
    Status.NOT_CONTACTED: "Added",
    Status.EMAILED: "Emailed",
    Status.CALLED: "Called",
    Status.HEARD_BACK: "Heard back",
    Status.BOOKED: "Booked a first session",
    Status.NOT_A_FIT: "Marked not a fit",
}


@dataclass(frozen=True)
class Progress:
    status: Status
    since: datetime.date
    history: list[str]  # "Emailed on Monday", oldest first
    follow_up_on: datetime.date | None = None  # for entries waiting on a reply
    waited: int = 0  # working days without a reply
    today: datetime.date | None = None

    @property
    def is_waiting(self) -> bool:
        return self.follow_up_on is not None

    @property
    def follow_up_due(self) -> bool:
        return self.is_waiting and self.waited >= FOLLOW_UP_AFTER

    @property
    def group(self):
        if self.is_waiting:
            return "due" if self.follow_up_due else "waiting"
        return self.status

    @property
    def note(self) -> str:
        """One line on what comes next for this entry, in plain words."""
        if self.follow_up_due:
            return f"No reply for {self.waited} working days."
        if self.is_waiting:
            return f"No reply yet is normal. If nothing comes, follow up {self.follow_up_when}."
        return NEXT_NOTES[self.status]

    @property
    def follow_up_when(self) -> str:
        return when(self.follow_up_on, today=self.today) if self.follow_up_on else ""


NEXT_NOTES = {
    Status.NOT_CONTACTED: "Next: send a short email or leave a voicemail.",
    Status.HEARD_BACK: "Next: reply, and ask about a first appointment.",
    Status.BOOKED: "Well done: that is a big step.",
    Status.NOT_A_FIT: "That's fine. Finding the right person often takes a few tries.",
}


def progress(
    history: list[tuple[str, datetime.date]], *, added_on: datetime.date, today: datetime.date
) -> Progress:
    """Where an entry stands today, from its history of (status, day), oldest first."""
    status, since = (
        (Status(history[-1][0]), history[-1][1])
        if history
        else (
            Status.NOT_CONTACTED,
            added_on,
        )
    )
    lines = [f"{DONE_VERB[Status(s)]} {when(day, today=today)}" for s, day in history]
    if status not in WAITING:
        return Progress(status=status, since=since, history=lines, today=today)
    return Progress(
        status=status,
        since=since,
        history=lines,
        follow_up_on=add_working_days(since, FOLLOW_UP_AFTER),
        waited=working_days_between(since, today),
        today=today,
    )


def next_first(steps: list[Progress]) -> list[int]:
    """The positions of `steps` in the order of what needs doing next.

    Within a group the oldest comes first (the longest wait, the earliest added); ties
    keep the list's own order.

        >>> d = datetime.date
        >>> steps = [progress([], added_on=d(2026, 12, 1), today=d(2026, 12, 4)),
        ...          progress([("booked", d(2026, 12, 2))], added_on=d(2026, 12, 1), today=d(2026, 12, 4)),
        ...          progress([("called", d(2026, 11, 26))], added_on=d(2026, 11, 25), today=d(2026, 12, 4))]
        >>> next_first(steps)
        [2, 0, 1]
    """  # noqa: E501
    return sorted(range(len(steps)), key=lambda i: (RANK[steps[i].group], steps[i].since, i))
