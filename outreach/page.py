"""What the list page says about each entry: pure, from the rows `listing` reads."""

from dataclasses import dataclass

from .listing import Row
from .models import MAX_ENTRIES, Status
from .progress import WAITING
from .services import Added

ADDED_MESSAGES = {
    Added.ADDED: "Added to your list.",
    Added.ALREADY: "That one is already on your list.",
    Added.FULL: (
        f"Your list is full: it holds up to {MAX_ENTRIES} names. Remove one you no longer "
        "need, then add this one."
    ),
    Added.UNAVAILABLE: (
        "We couldn't add that one: it isn't in our directory any more. You can still add it "
        "by name on your list."
    ),
}
REMINDER_SUMMARY = "Follow up on a message"

BUTTONS = {
    Status.EMAILED: "I emailed",
    Status.CALLED: "I called or left a voicemail",
    Status.HEARD_BACK: "They replied",
    Status.BOOKED: "I booked a first session",
    Status.NOT_A_FIT: "Not a fit",
    Status.NOT_CONTACTED: "Not contacted yet",
}
AGAIN = {Status.EMAILED: "I emailed again", Status.CALLED: "I called again"}


def status_buttons(current: Status) -> list[tuple[str, str]]:
    """(value, label) for each thing the visitor can record next.

    The current status is left out, except that emailing or calling again is a follow-up.
    "Not contacted yet" is offered only to undo a tap made by mistake.

    >>> [value for value, _ in status_buttons(Status.NOT_CONTACTED)]
    ['emailed', 'called', 'heard-back', 'booked', 'not-a-fit']
    >>> status_buttons(Status.EMAILED)[0]
    ('emailed', 'I emailed again')
    """
    buttons = []
    for status, label in BUTTONS.items():
        if status != current:
            buttons.append((status.value, label))
        elif status in WAITING:
            buttons.append((status.value, AGAIN[status]))
    return buttons


@dataclass(frozen=True)
class Shown:
    row: Row
    buttons: list[tuple[str, str]]


def list_page(rows: list[Row]) -> dict:
    due = [row for row in rows if row.step.follow_up_due]
    next_name = next((r for r in rows if r.step.status == Status.NOT_CONTACTED), None)
    return {
        "rows": [Shown(row, status_buttons(row.step.status)) for row in rows],
        "due": due,
        "next_name": next_name,
        "count": len(rows),
        "is_full": len(rows) >= MAX_ENTRIES,
    }
