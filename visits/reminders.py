"""The "check in again" calendar file offered on /save/. Pure, no database.

It carries nothing about the visitor or about this site: someone glancing at the
calendar sees only "Check in again".
"""

import datetime

REMIND_AFTER = datetime.timedelta(days=14)
SUMMARY = "Check in again"


def reminder_ics(today: datetime.date, uid: str, stamp: datetime.datetime) -> str:
    """An iCalendar file with one all-day event two weeks after `today` (RFC 5545).

    Lines end in CRLF, as the standard requires.

        >>> ics = reminder_ics(datetime.date(2026, 3, 1), "abc@reminder",
        ...                    datetime.datetime(2026, 3, 1, 9, 30, tzinfo=datetime.UTC))
        >>> "DTSTART;VALUE=DATE:20260315\\r\\n" in ics
        True
    """
    return calendar_event(today + REMIND_AFTER, SUMMARY, uid, stamp)


def calendar_event(day: datetime.date, summary: str, uid: str, stamp: datetime.datetime) -> str:
    """An iCalendar file with one all-day event on `day`, with an alarm at 9 am."""
    lines = [
        "BEGIN:VCALENDAR",
        "VERSION:2.0",
        "PRODID:-//Reminder//EN",
        "CALSCALE:GREGORIAN",
        "METHOD:PUBLISH",
        "BEGIN:VEVENT",
        f"UID:{uid}",
        f"DTSTAMP:{stamp.astimezone(datetime.UTC):%Y%m%dT%H%M%SZ}",
        f"DTSTART;VALUE=DATE:{day:%Y%m%d}",
        f"DTEND;VALUE=DATE:{day + datetime.timedelta(days=1):%Y%m%d}",
        f"SUMMARY:{summary}",
        "TRANSP:TRANSPARENT",
        "BEGIN:VALARM",
        "ACTION:DISPLAY",
        f"DESCRIPTION:{summary}",
        "TRIGGER;RELATED=START:PT9H",
        "END:VALARM",
        "END:VEVENT",
        "END:VCALENDAR",
    ]
    return "\r\n".join(lines) + "\r\n"
