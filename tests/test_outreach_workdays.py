import datetime

import pytest

from outreach.models import Status
from outreach.page import status_buttons
from outreach.progress import next_first, progress
from outreach.workdays import add_working_days, when, working_days_between

FRI, SAT, SUN = datetime.date(2026, 12, 4), datetime.date(2026, 12, 5), datetime.date(2026, 12, 6)
MON, TUE, WED = datetime.date(2026, 12, 7), datetime.date(2026, 12, 8), datetime.date(2026, 12, 9)


@pytest.mark.parametrize(
    ("start", "count", "expected"),
    [
        (FRI, 1, MON),
        (FRI, 3, WED),
        (SAT, 1, MON),
        (SUN, 3, WED),
        (MON, 0, MON),
        (MON, 5, MON + datetime.timedelta(7)),
    ],
)
def test_adding_working_days_skips_weekends(start, count, expected):
    assert add_working_days(start, count) == expected


@pytest.mark.parametrize(
    ("start", "end", "expected"),
    [
        (FRI, SAT, 0),
        (FRI, SUN, 0),
        (FRI, MON, 1),
        (FRI, WED, 3),
        (MON, WED, 2),
        (MON, MON, 0),
        (TUE, MON, 0),
    ],
)
def test_counting_working_days_skips_weekends(start, end, expected):
    assert working_days_between(start, end) == expected


def test_counting_agrees_with_adding_over_many_weeks():
    for offset in range(7):
        start = MON + datetime.timedelta(offset)
        for count in range(15):
            assert working_days_between(start, add_working_days(start, count)) == count


def test_days_are_said_in_the_visitors_terms():
    assert when(FRI, today=MON) == "on Friday"
    assert when(SUN, today=MON) == "yesterday"
    assert when(FRI - datetime.timedelta(10), today=MON) == "on November 24, 2026"


def test_an_email_on_friday_is_due_a_follow_up_on_wednesday_not_before():
    tuesday = progress([("emailed", FRI)], added_on=FRI, today=TUE)
    wednesday = progress([("emailed", FRI)], added_on=FRI, today=WED)
    assert (tuesday.follow_up_due, tuesday.follow_up_on) == (False, WED)
    assert wednesday.follow_up_due and wednesday.note == "No reply for 3 working days."


def test_a_weekend_does_not_count_as_waiting():
    assert progress([("called", FRI)], added_on=FRI, today=SUN).waited == 0


def test_a_follow_up_starts_the_count_again():
    step = progress([("emailed", FRI), ("emailed", WED)], added_on=FRI, today=WED)
    assert not step.follow_up_due and step.follow_up_on == add_working_days(WED, 3)


def test_a_reply_ends_the_wait():
    step = progress([("emailed", FRI), ("heard-back", TUE)], added_on=FRI, today=WED)
    assert not step.is_waiting and step.note.startswith("Next: reply")


def test_the_history_keeps_every_change_with_its_day():
    step = progress([("emailed", FRI), ("called", MON)], added_on=FRI, today=TUE)
    assert step.history == ["Emailed on Friday", "Called yesterday"]


def test_the_list_puts_what_needs_doing_next_first():
    today = WED
    steps = [
        progress([("not-a-fit", MON)], added_on=FRI, today=today),
        progress([("booked", MON)], added_on=FRI, today=today),
        progress([("emailed", TUE)], added_on=FRI, today=today),  # waiting
        progress([], added_on=FRI, today=today),  # not contacted
        progress([("heard-back", TUE)], added_on=FRI, today=today),
        progress([("emailed", FRI)], added_on=FRI, today=today),  # due
    ]
    assert next_first(steps) == [5, 4, 3, 2, 1, 0]


def test_the_longest_wait_comes_first_among_those_due():
    steps = [
        progress([("emailed", FRI)], added_on=FRI, today=WED + datetime.timedelta(7)),
        progress(
            [("called", FRI - datetime.timedelta(7))],
            added_on=FRI,
            today=WED + datetime.timedelta(7),
        ),
    ]
    assert next_first(steps) == [1, 0]


def test_buttons_offer_every_other_status_and_a_follow_up():
    values = [value for value, _ in status_buttons(Status.CALLED)]
    assert values == ["emailed", "called", "heard-back", "booked", "not-a-fit", "not-contacted"]
    assert ("called", "I called again") in status_buttons(Status.CALLED)
