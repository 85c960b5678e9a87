"""When a resource's details are due for another check. Plain date arithmetic, no database.

A resource checked on 1 March with a 30-day interval is due on 31 March and becomes
overdue on 1 April:

>>> import datetime as dt
>>> next_check_on(dt.date(2026, 3, 1), 30)
datetime.date(2026, 3, 31)
>>> is_overdue(dt.date(2026, 3, 1), 30, today=dt.date(2026, 3, 31))
False
>>> is_overdue(dt.date(2026, 3, 1), 30, today=dt.date(2026, 4, 1))
True
"""

import datetime


def next_check_on(last_checked_on: datetime.date, recheck_days: int) -> datetime.date:
    return last_checked_on + datetime.timedelta(days=recheck_days)


def is_overdue(last_checked_on: datetime.date, recheck_days: int, today: datetime.date) -> bool:
    """True once more days than the interval have passed since the last check."""
    return today > next_check_on(last_checked_on, recheck_days)


def overdue_before(today: datetime.date, recheck_days: int) -> datetime.date:
    """Resources with this interval last checked before this date are overdue."""
    return today - datetime.timedelta(days=recheck_days)
