"""How a life event (a loss, a big upheaval) is asked and read. Pure, no database.

Events happen once rather than "on several days", so the checklist asks whether one
happened and when, and, if the visitor likes, how much it still weighs.

>>> strength(when=WHEN_RECENT, weight=None), strength(when=WHEN_RECENT, weight=3)
(2, 3)
>>> answer_label(when=WHEN_EARLIER, weight=2)
'Longer ago, still weighs quite a lot'
"""

WHEN_NO, WHEN_EARLIER, WHEN_RECENT = 0, 1, 2

WHEN_OPTIONS: tuple[tuple[int, str], ...] = (
    (WHEN_RECENT, "Yes, in the last few months"),
    (WHEN_EARLIER, "Yes, longer ago"),
    (WHEN_NO, "No"),
)
WEIGHT_QUESTION = "If it has, how much does it still weigh on you? (optional)"
WEIGHT_OPTIONS: tuple[tuple[int, str], ...] = (
    (1, "A little"),
    (2, "Quite a lot"),
    (3, "A great deal"),
)

_WHEN_LABELS = {WHEN_RECENT: "In the last few months", WHEN_EARLIER: "Longer ago"}
_WEIGHT_WORDS = {1: "a little", 2: "quite a lot", 3: "a great deal"}


def strength(*, when: int, weight: int | None) -> int:
    """0 to 3, on the how-often scale's footing, for matching resources and levels of help.

    An event that did not happen counts 0. One that did counts as much as it still weighs;
    without that answer, a recent event counts as standing out (2), an older one as
    marked (1).
    """
    if when == WHEN_NO:
        return 0
    if weight is not None:
        return weight
    return 2 if when == WHEN_RECENT else 1


def answer_label(*, when: int, weight: int | None) -> str:
    """'In the last few months', or with the weight: 'Longer ago, still weighs a little'."""
    label = _WHEN_LABELS[when]
    if weight is None:
        return label
    return f"{label}, still weighs {_WEIGHT_WORDS[weight]}"
