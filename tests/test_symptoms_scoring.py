"""Scoring and severity bands for the PHQ-9 and GAD-7: pure functions, no database."""

import pytest

from symptoms import scoring
from symptoms.instruments import (
    ATTRIBUTION,
    DIFFICULTY_OPTIONS,
    DIFFICULTY_QUESTION,
    FREQUENCY_OPTIONS,
    GAD7,
    INSTRUMENTS,
    PHQ9,
    difficulty_label,
    frequency_label,
)
from tests.answers import (
    PUBLISHED,
    PUBLISHED_DIFFICULTY,
    PUBLISHED_DIFFICULTY_OPTIONS,
    PUBLISHED_OPTIONS,
)


def answers_totalling(total: int, count: int) -> list[int]:
    """Answers (each 0..3) adding up to `total`, filled from the first item, so the last
    (PHQ-9 item 9) stays at 0 unless the total needs it."""
    answers = [0] * count
    for index in range(count - 1):
        answers[index] = min(3, total - sum(answers))
    answers[-1] = total - sum(answers)
    return answers


@pytest.mark.parametrize(
    ("total", "band"),
    [
        (0, "Minimal"),
        (4, "Minimal"),
        (5, "Mild"),
        (9, "Mild"),
        (10, "Moderate"),
        (14, "Moderate"),
        (15, "Moderately severe"),
        (19, "Moderately severe"),
        (20, "Severe"),
        (27, "Severe"),
    ],
)
def test_phq9_band_boundaries(total, band):
    result = scoring.score(PHQ9, answers_totalling(total, 9))
    assert (result.total, result.band.label, result.max_score) == (total, band, 27)


@pytest.mark.parametrize(
    ("total", "band"),
    [
        (0, "Minimal"),
        (4, "Minimal"),
        (5, "Mild"),
        (9, "Mild"),
        (10, "Moderate"),
        (14, "Moderate"),
        (15, "Severe"),
        (21, "Severe"),
    ],
)
def test_gad7_band_boundaries(total, band):
    result = scoring.score(GAD7, answers_totalling(total, 7))
    assert (result.total, result.band.label, result.max_score) == (total, band, 21)


def test_the_worked_example_in_the_module_docstring_holds():
    result = scoring.score(PHQ9, [1, 2, 1, 1, 0, 2, 1, 0, 0])
    assert (result.total, result.band.label) == (8, "Mild")


@pytest.mark.parametrize("total", [-1, 28])
def test_a_total_outside_the_scale_has_no_band(total):
    with pytest.raises(ValueError):
        scoring.band_for(PHQ9, total)


@pytest.mark.parametrize(
    "answers",
    [[1] * 8, [1] * 10, [1] * 8 + [4], [1] * 8 + [-1]],
    ids=["too-few", "too-many", "above-3", "negative"],
)
def test_scoring_refuses_answers_that_do_not_fit_the_instrument(answers):
    with pytest.raises(ValueError):
        scoring.score(PHQ9, answers)


@pytest.mark.parametrize("odd", [True, 2.0, "2", None], ids=["bool", "float", "str", "none"])
def test_scoring_counts_only_whole_numbers_not_lookalikes(odd):
    with pytest.raises(ValueError):
        scoring.score(PHQ9, [1] * 8 + [odd])


@pytest.mark.parametrize("value", [1, 2, 3])
def test_phq9_item_9_above_not_at_all_flags_self_harm_whatever_the_total(value):
    assert scoring.flags_self_harm(PHQ9, [0] * 8 + [value])


def test_phq9_item_9_at_not_at_all_does_not_flag_self_harm_even_at_the_top_score():
    assert not scoring.flags_self_harm(PHQ9, [3] * 8 + [0])


def test_gad7_has_no_self_harm_item():
    assert not scoring.flags_self_harm(GAD7, [3] * 7)


@pytest.mark.parametrize("instrument", INSTRUMENTS.values(), ids=INSTRUMENTS.keys())
def test_every_band_has_a_plain_words_meaning(instrument):
    assert all(scoring.BAND_MEANINGS[band.label] for band in instrument.bands)


@pytest.mark.parametrize("instrument", INSTRUMENTS.values(), ids=INSTRUMENTS.keys())
def test_the_bands_cover_every_possible_total_once(instrument):
    covered = [t for band in instrument.bands for t in range(band.low, band.high + 1)]
    assert covered == list(range(instrument.max_score + 1))


@pytest.mark.parametrize("slug", ["phq-9", "gad-7"])
def test_the_instruments_keep_their_published_wording_and_order(slug):
    assert INSTRUMENTS[slug].items == tuple(PUBLISHED[slug]["items"])
    assert INSTRUMENTS[slug].stem == PUBLISHED[slug]["stem"]


def test_the_difficulty_question_keeps_its_published_wording_and_options():
    assert DIFFICULTY_QUESTION == PUBLISHED_DIFFICULTY
    assert [label for _, label in DIFFICULTY_OPTIONS] == PUBLISHED_DIFFICULTY_OPTIONS


def test_the_answer_options_are_the_instruments_own():
    assert [label for _, label in FREQUENCY_OPTIONS] == PUBLISHED_OPTIONS
    assert (frequency_label(2), difficulty_label(3)) == (
        "More than half the days",
        "Extremely difficult",
    )
    assert len(DIFFICULTY_OPTIONS) == 4 and difficulty_label(None) is None


def test_the_attribution_names_the_authors_and_the_permission():
    assert "Spitzer" in ATTRIBUTION and "No permission required" in ATTRIBUTION


def test_a_low_total_with_item_9_does_not_say_nothing_much_came_up():
    text = scoring.band_meaning("Minimal", self_harm_thoughts=True)
    assert "question 9" in text and not text.startswith("Few of these")


def test_a_high_band_keeps_its_words_with_item_9():
    assert (
        scoring.band_meaning("Severe", self_harm_thoughts=True) == scoring.BAND_MEANINGS["Severe"]
    )


def test_no_band_claims_what_a_total_cannot_measure():
    for text in scoring.BAND_MEANINGS.values():
        assert "everyday life" not in text and "with you nearly every day" not in text
