"""Pure helpers for the visitor's free text and the labels around it: no database, no forms.

The bottom of the app: the forms, the steps, the sheet and the reads all use these.
"""

from datetime import date

from django.utils.html import format_html

# (group id, group name, [(choice id, choice label), ...]) for each group, in order: how
# step 2's goal suggestions and step 4's question bank are offered.
ChoiceGroups = list[tuple[int, str, list[tuple[int, str]]]]


def lines_of(text: str) -> list[str]:
    """The non-empty lines of a free-text answer, trimmed, without repeats.

    >>> lines_of(" Sleep better \\n\\nTalk to my sister\\nSleep better\\r\\n")
    ['Sleep better', 'Talk to my sister']
    """
    seen: dict[str, None] = {}
    for line in (text or "").splitlines():
        if line.strip():
            seen.setdefault(line.strip(), None)
    return list(seen)


def long_date(day: date) -> str:
    """A date as the prep sheet prints it, the month in words and no leading zero.

    >>> long_date(date(2026, 11, 9))
    'November 9, 2026'
    """
    return f"{day:%B} {day.day}, {day.year}"


def too_long(length: int, limit: int, name: str = "") -> str:
    """The message for an answer over its limit, naming the field when given.

    >>> too_long(1204, 1000, "Goals")[:40]
    '\u201cGoals\u201d is 1,204 characters long. Please'
    """
    what = f"\u201c{name}\u201d is" if name else "This is"
    return f"{what} {length:,} characters long. Please shorten it to {limit:,} characters or fewer."


def question_label(text: str, note: str) -> str:
    """A checkbox label with the bank's note (e.g. what a Good Faith Estimate is) below it.

    >>> question_label("Do you offer a sliding scale?", "")
    'Do you offer a sliding scale?'
    >>> question_label("Can I have a Good Faith Estimate?", "A written estimate of costs.")
    'Can I have a Good Faith Estimate?<span class="choice-note">A written estimate of costs.</span>'
    """
    if not note:
        return text
    return format_html('{}<span class="choice-note">{}</span>', text, note)
