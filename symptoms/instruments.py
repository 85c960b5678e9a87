"""The PHQ-9 and GAD-7 exactly as published, from `instruments.json` beside this module.

The wording, options and order are fixed by the instruments (a reworded item is no longer
the validated questionnaire), so they live in code, not in admin. The JSON file is a
verbatim copy of the shared instrument sheet; this module only gives it typed shapes.
"""

import json
from dataclasses import dataclass
from pathlib import Path

_DATA = json.loads((Path(__file__).with_name("instruments.json")).read_text(encoding="utf-8"))


@dataclass(frozen=True)
class Band:
    """A severity band: totals from `low` to `high` inclusive."""

    low: int
    high: int
    label: str


@dataclass(frozen=True)
class Instrument:
    slug: str  # "phq-9" or "gad-7", also its address
    name: str  # "PHQ-9"
    measures: str  # "depression"
    stem: str
    items: tuple[str, ...]
    max_score: int
    bands: tuple[Band, ...]
    # 1-based number of the item that asks about self-harm, if the instrument has one.
    safety_item: int | None


# (value, label): "Not at all" is 0 ... "Nearly every day" is 3.
FREQUENCY_OPTIONS: tuple[tuple[int, str], ...] = tuple(
    (option["value"], option["label"]) for option in _DATA["frequency_options"]
)
DIFFICULTY_QUESTION: str = _DATA["difficulty_question"]["text"]
# "Not difficult at all" is 0 ... "Extremely difficult" is 3.
DIFFICULTY_OPTIONS: tuple[tuple[int, str], ...] = tuple(
    enumerate(_DATA["difficulty_question"]["options"])
)

# Shown under each screener form and its result. The instrument sheet's own statement,
# without its note to us about keeping the wording.
ATTRIBUTION = (
    "The PHQ-9 and GAD-7 were developed by Drs. Robert L. Spitzer, Janet B.W. Williams, "
    "Kurt Kroenke and colleagues, with an educational grant from Pfizer Inc. "
    "No permission required to reproduce, translate, display or distribute."
)


def _from_sheet(slug: str, data: dict) -> Instrument:
    return Instrument(
        slug=slug,
        name=data["name"],
        measures=data["measures"],
        stem=data["stem"],
        items=tuple(data["items"]),
        max_score=data["max_score"],
        bands=tuple(Band(b["min"], b["max"], b["label"]) for b in data["bands"]),
        safety_item=data.get("safety_item"),
    )


INSTRUMENTS: dict[str, Instrument] = {
    slug: _from_sheet(slug, data) for slug, data in _DATA["instruments"].items()
}
PHQ9 = INSTRUMENTS["phq-9"]
GAD7 = INSTRUMENTS["gad-7"]


_FREQUENCY_LABELS = dict(FREQUENCY_OPTIONS)
_DIFFICULTY_LABELS = dict(DIFFICULTY_OPTIONS)


def frequency_label(value: int) -> str:
    return _FREQUENCY_LABELS[value]


def difficulty_label(value: int | None) -> str | None:
    return None if value is None else _DIFFICULTY_LABELS[value]
