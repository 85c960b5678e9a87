"""The re-check comparison's wording: pure functions."""

import datetime

from symptoms.comparison import day_label, screener_change, sign_changes

TODAY = datetime.date(2026, 11, 29)


def test_a_day_reads_as_today_yesterday_or_a_short_date():
    labels = [
        day_label(TODAY, TODAY),
        day_label(datetime.date(2026, 11, 28), TODAY),
        day_label(datetime.date(2026, 11, 14), TODAY),
    ]
    assert labels == ["today", "yesterday", "on Nov 14"]


def test_a_day_in_another_year_shows_the_year():
    assert day_label(datetime.date(2025, 12, 30), TODAY) == "on Dec 30, 2025"


def test_the_screener_change_reads_as_today_against_last_time():
    line = screener_change(
        name="PHQ-9",
        max_score=27,
        now=(12, TODAY),
        before=(15, datetime.date(2026, 11, 14)),
        today=TODAY,
    )
    assert line == "PHQ-9: 12 out of 27 today, 15 on Nov 14"


def test_two_attempts_on_one_day_read_as_earlier_today():
    line = screener_change(
        name="GAD-7", max_score=21, now=(4, TODAY), before=(9, TODAY), today=TODAY
    )
    assert line == "GAD-7: 4 out of 21 today, 9 earlier today"


def test_two_attempts_on_an_earlier_day_read_as_earlier_that_day():
    day = datetime.date(2026, 11, 20)
    line = screener_change(name="GAD-7", max_score=21, now=(4, day), before=(9, day), today=TODAY)
    assert line.endswith("4 out of 21 on Nov 20, 9 earlier that day")


def test_only_the_signs_answered_differently_are_listed_in_checklist_order():
    changes = sign_changes(
        now={1: 3, 2: 1, 3: 0},
        before={1: 1, 2: 1, 3: 2},
        texts={3: "Worry", 1: "Sleep", 2: "Focus"},
    )
    assert [(c.text, c.direction, c.now, c.before) for c in changes] == [
        ("Worry", "less often", "Not at all", "More than half the days"),
        ("Sleep", "more often", "Nearly every day", "Several days"),
    ]


def test_a_sign_added_since_last_time_is_not_compared():
    assert sign_changes(now={1: 2, 9: 3}, before={1: 2}, texts={1: "Sleep", 9: "New"}) == []
