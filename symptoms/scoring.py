"""Scoring and severity bands for the PHQ-9 and GAD-7. Pure functions, no database.

>>> from symptoms.instruments import PHQ9
>>> result = score(PHQ9, [1, 2, 1, 1, 0, 2, 1, 0, 0])
>>> (result.total, result.band.label)
(8, 'Mild')
"""

from collections.abc import Sequence
from dataclasses import dataclass

from .instruments import FREQUENCY_OPTIONS, Band, Instrument

_VALUES = {value for value, _ in FREQUENCY_OPTIONS}

# What a band's total says, in plain words. Descriptions, never a diagnosis (the results
# pages say that only a professional can diagnose), and no more than a total can show:
# the total counts how often problems came up, not how much they get in the way (the
# difficulty question asks that). The frequencies hold for every total in the band:
# a PHQ-9 of 20 needs at least six of nine items, a GAD-7 of 15 at least four of seven,
# on "More than half the days" or more.
BAND_MEANINGS = {
    "Minimal": (
        "Few of these problems came up in the last two weeks. That doesn't make what you're "
        "going through small: if something is weighing on you, it's worth talking about."
    ),
    "Mild": (
        "Some of these problems came up in the last two weeks. Many people at this level "
        "find that self-help, support from people they trust, or a few sessions with a "
        "counsellor make a difference. It's worth keeping an eye on how it changes."
    ),
    "Moderate": (
        "A good number of these problems came up in the last two weeks. At this level many "
        "people find it helps to talk with a therapist or their doctor."
    ),
    "Moderately severe": (
        "Several of these problems came up on more than half the days. This is a good time "
        "to talk with a therapist or your doctor: you don't need to wait until it gets worse."
    ),
    "Severe": (
        "Most of these problems came up on more than half the days, or nearly every day. "
        "Please reach out to a therapist or doctor soon. Things can get better with the "
        "right support, and help is there today if you need it."
    ),
}

# With PHQ-9 item 9 above "Not at all", a low total must not read as "nothing much came
# up": the one answer that matters most is part of it.
LOW_BANDS_WITH_SELF_HARM = (
    "Apart from question 9, few of these problems came up often. But a total can't show "
    "how much one answer matters, and question 9 is the one to act on: please talk to "
    "someone about those thoughts soon."
)


def band_meaning(label: str, *, self_harm_thoughts: bool = False) -> str:
    """What a band says, aware of the self-harm item.

    >>> band_meaning("Minimal", self_harm_thoughts=True).startswith("Apart from question 9")
    True
    """
    if self_harm_thoughts and label in ("Minimal", "Mild"):
        return LOW_BANDS_WITH_SELF_HARM
    return BAND_MEANINGS[label]


@dataclass(frozen=True)
class Score:
    total: int
    max_score: int
    band: Band


def is_scale_value(value: object) -> bool:
    """Whether value is a whole number on the 0-3 scale.

    `True == 1` and `2.0 == 2` in Python, so a plain `in` test would let them through;
    only real integers count.

    >>> [is_scale_value(v) for v in (0, 3, 4, True, 2.0, "2", None)]
    [True, True, False, False, False, False, False]
    """
    return type(value) is int and value in _VALUES


def validate_answers(instrument: Instrument, answers: Sequence[int]) -> None:
    """Raise ValueError unless there is one answer from 0 to 3 for every item."""
    if len(answers) != len(instrument.items):
        raise ValueError(
            f"{instrument.name} needs {len(instrument.items)} answers, got {len(answers)}"
        )
    if not all(is_scale_value(answer) for answer in answers):
        raise ValueError(f"{instrument.name} answers must each be 0, 1, 2 or 3")


def band_for(instrument: Instrument, total: int) -> Band:
    """The severity band a total falls in; ValueError for a total outside 0..max_score."""
    for band in instrument.bands:
        if band.low <= total <= band.high:
            return band
    raise ValueError(f"{total} is not a possible {instrument.name} total")


def score(instrument: Instrument, answers: Sequence[int]) -> Score:
    validate_answers(instrument, answers)
    total = sum(answers)
    return Score(total=total, max_score=instrument.max_score, band=band_for(instrument, total))


def flags_self_harm(instrument: Instrument, answers: Sequence[int]) -> bool:
    """True when the self-harm item (PHQ-9 item 9) is answered above "Not at all".

    Whatever the total: crisis help is never gated on a score.
    """
    if instrument.safety_item is None:
        return False
    return answers[instrument.safety_item - 1] > 0
