"""Working days and dates in a visitor's own words. Pure functions, no database.

Working days are Monday to Friday; public holidays differ from place to place and are
not counted out (a reminder a day early does no harm).

    >>> friday = datetime.date(2026, 12, 4)
    >>> add_working_days(friday, 3)        # Monday, Tuesday, Wednesday
    datetime.date(2026, 12, 9)
    >>> working_days_between(friday, datetime.date(2026, 12, 7))   # only Monday counts
    1
    >>> when(friday, today=datetime.date(2026, 12, 7))
    'on Friday'
"""

import datetime

WEEKEND = (5, 6)  # Saturday, Sunday


def is_working_day(day: datetime.date) -> bool:
    return day.weekday() not in WEEKEND


def add_working_days(start: datetime.date, count: int) -> datetime.date:
    """The day `count` working days after `start` (a weekend start counts from Monday).

    >>> add_working_days(datetime.date(2026, 12, 5), 1)   # Saturday -> Monday
    datetime.date(2026, 12, 7)
    """
    day = start
    while count > 0:
        day += datetime.timedelta(days=1)
        if is_working_day(day):
            count -= 1
    return day


def working_days_between(start: datetime.date, end: datetime.date) -> int:
    """Working days after `start`, up to and including `end` (0 if `end` is not later).

    >>> working_days_between(datetime.date(2026, 12, 1), datetime.date(2026, 12, 1))
    0
    >>> working_days_between(datetime.date(2026, 12, 1), datetime.date(2026, 12, 8))
    5
    """
    if end <= start:
        return 0
    days = (end - start).days
    weeks, rest = divmod(days, 7)
    count = weeks * 5
    for offset in range(1, rest + 1):
        if is_working_day(start + datetime.timedelta(days=weeks * 7 + offset)):
            count += 1
    return count


def long_date(day: datetime.date) -> str:
    """The date as visitors read it.

    >>> long_date(datetime.date(2026, 11, 29))
    'November 29, 2026'
    """
    return f"{day:%B} {day.day}, {day.year}"


def when(day: datetime.date, *, today: datetime.date) -> str:
    """A past or coming day as people say it: "today", "yesterday", "on Tuesday"...

    Days within a week either side get their weekday name; anything further gets a date.

    >>> today = datetime.date(2026, 12, 2)   # a Wednesday
    >>> [when(today - datetime.timedelta(n), today=today) for n in (0, 1, 2, 9)]
    ['today', 'yesterday', 'on Monday', 'on November 23, 2026']
    >>> when(datetime.date(2026, 12, 3), today=today), when(datetime.date(2026, 12, 7), today=today)
    ('tomorrow', 'on Monday')
    """
    gap = (day - today).days
    if gap == 0:
        return "today"
    if gap == -1:
        return "yesterday"
    if gap == 1:
        return "tomorrow"
    if -7 < gap < 7:
        return f"on {day:%A}"
    return f"on {long_date(day)}"


def working_days_ago(count: int) -> str:
    """How long ago, in working days.

    >>> working_days_ago(1), working_days_ago(3)
    ('1 working day ago', '3 working days ago')
    """
    return f"{count} working day{'' if count == 1 else 's'} ago"
