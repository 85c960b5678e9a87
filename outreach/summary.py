"""A visit's outreach list as the prep sheet shows it: the outreach app's read API for intake.

Intake imports this module and nothing else from outreach, so the dependency runs one way
(intake -> outreach). What comes out is plain data: names, ready-made status lines and
what the visitor typed, never a model.
"""

import datetime
from dataclasses import dataclass

from django.db.models import Exists, OuterRef

from .listing import Row, load_list
from .models import Entry, Status
from .workdays import long_date

# Where an entry stands, in the words of the list page, with the day it got there.
STATUS_ON_PAPER = {
    Status.NOT_CONTACTED: "Not contacted yet (on my list since {day})",
    Status.EMAILED: "Emailed on {day}",
    Status.CALLED: "Called or left a voicemail on {day}",
    Status.HEARD_BACK: "Heard back on {day}",
    Status.BOOKED: "Booked a first session on {day}",
    Status.NOT_A_FIT: "Not a fit for me (decided on {day})",
}


@dataclass(frozen=True)
class SheetEntry:
    name: str
    status: str  # "Emailed on December 2, 2026"
    phone: str = ""  # as the visitor typed it; "" for directory entries
    website: str = ""  # a website or an email

    @property
    def contact(self) -> str:
        """What the visitor typed to reach them, on one line.

        >>> SheetEntry("Dr Lee", "Heard back", phone="555 0100", website="lee@example.com").contact
        '555 0100, lee@example.com'
        """
        return ", ".join(part for part in (self.phone, self.website) if part)


def status_line(status: Status, since: datetime.date) -> str:
    """An entry's current status and its day, as the printed sheet says it.

    >>> status_line(Status.EMAILED, datetime.date(2026, 12, 2))
    'Emailed on December 2, 2026'
    >>> status_line(Status.NOT_CONTACTED, datetime.date(2026, 11, 30))
    'Not contacted yet (on my list since November 30, 2026)'
    """
    return STATUS_ON_PAPER[status].format(day=long_date(since))


def sheet_entry(row: Row) -> SheetEntry:
    """One list row for paper: only what the visitor typed, never the directory's details."""
    entry = row.entry
    return SheetEntry(
        name=entry.name,
        status=status_line(row.step.status, row.step.since),
        phone=entry.phone,
        website=entry.website,
    )


def has_entries(visit_ref: str = "pk") -> Exists:
    """Whether a visit has anything on its list, as an expression for a query on visits.

    Put inside the query that reads the visit or its plan, so a sheet that leaves the list
    off still learns whether to offer it without a query of its own.
    """
    return Exists(Entry.objects.filter(visit=OuterRef(visit_ref)))


def entries_for_sheet(visit, *, today: datetime.date) -> list[SheetEntry]:
    """The visit's entries in the list page's order: two queries, however many there are."""
    return [sheet_entry(row) for row in load_list(visit, today=today)]
