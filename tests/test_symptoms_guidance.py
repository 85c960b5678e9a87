"""The level-of-help suggestion and the areas that stand out: pure functions."""

import pytest

from symptoms.guidance import (
    ANY_LEVEL,
    LEVELS,
    LIFE_EVENTS,
    HelpLevel,
    areas_that_stand_out,
    suggest_level_of_help,
)


def suggest(frequencies=(), difficulty=0, bands=(), self_harm=False):
    return suggest_level_of_help(
        frequencies=frequencies,
        difficulty=difficulty,
        screener_bands=bands,
        self_harm_thoughts=self_harm,
    )


def test_nothing_marked_suggests_self_help_and_keeping_an_eye_on_it():
    assert suggest(frequencies=[0] * 8) == HelpLevel.SELF_HELP


def test_one_sign_on_several_days_with_no_difficulty_suggests_self_help():
    assert suggest(frequencies=[1, 0, 0]) == HelpLevel.SELF_HELP


def test_two_signs_marked_suggest_peer_support():
    assert suggest(frequencies=[1, 1, 0]) == HelpLevel.PEER_SUPPORT


def test_a_sign_on_more_than_half_the_days_suggests_peer_support():
    assert suggest(frequencies=[2, 0, 0]) == HelpLevel.PEER_SUPPORT


def test_somewhat_difficult_suggests_peer_support():
    assert suggest(frequencies=[0, 0], difficulty=1) == HelpLevel.PEER_SUPPORT


def test_a_mild_screener_suggests_peer_support():
    assert suggest(bands=["Minimal", "Mild"]) == HelpLevel.PEER_SUPPORT


@pytest.mark.parametrize("band", ["Moderate", "Moderately severe", "Severe"])
def test_a_moderate_or_higher_screener_suggests_therapy(band):
    assert suggest(frequencies=[0] * 8, bands=[band]) == HelpLevel.THERAPY


@pytest.mark.parametrize("difficulty", [2, 3])
def test_very_or_extremely_difficult_suggests_therapy(difficulty):
    assert suggest(frequencies=[1], difficulty=difficulty) == HelpLevel.THERAPY


def test_three_signs_on_more_than_half_the_days_suggest_therapy():
    assert suggest(frequencies=[2, 3, 2, 0]) == HelpLevel.THERAPY


def test_one_sign_nearly_every_day_that_gets_in_the_way_suggests_therapy():
    assert suggest(frequencies=[3, 0], difficulty=1) == HelpLevel.THERAPY


def test_the_safety_answer_suggests_urgent_help_whatever_else_was_answered():
    assert suggest(frequencies=[0] * 8, bands=["Minimal"], self_harm=True) == HelpLevel.URGENT


def test_a_missing_difficulty_answer_counts_as_none():
    assert suggest(frequencies=[1], difficulty=None) == HelpLevel.SELF_HELP


def test_every_level_has_words_and_says_therapy_is_open_at_any_level():
    assert set(LEVELS) == set(HelpLevel)
    assert "therapy at any level" in ANY_LEVEL
    assert "grief" in LIFE_EVENTS.lower() and "whatever any score says" in LIFE_EVENTS


def test_no_level_calls_anyone_low_risk():
    words = " ".join(text.title + text.body for text in LEVELS.values()).lower()
    assert "low risk" not in words and "not bad enough" not in words


def test_areas_on_more_than_half_the_days_stand_out_before_the_rest():
    marked = [("sleep", 1), ("mood", 2), ("grief-loss", 3)]
    assert areas_that_stand_out(marked=marked, screener_bands={}) == ["mood", "grief-loss"]


def test_when_nothing_is_that_frequent_every_marked_area_stands_out_once():
    marked = [("sleep", 1), ("focus", 0), ("sleep", 1), ("relationships", 1)]
    assert areas_that_stand_out(marked=marked, screener_bands={}) == ["sleep", "relationships"]


def test_a_screener_above_minimal_adds_the_area_it_measures():
    bands = {"phq-9": "Minimal", "gad-7": "Moderate"}
    assert areas_that_stand_out(marked=[("sleep", 2)], screener_bands=bands) == [
        "sleep",
        "anxiety",
    ]
