"""What the answers suggest doing next: a level of help and the areas that stood out.

Pure functions. A suggestion, never a gate: every level says that therapy is open to
anyone, and life events are good reasons at any score.
"""

from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from enum import IntEnum

from django.urls import reverse

# The screeners point at the area they measure.
SCREENER_AREAS = {"phq-9": "mood", "gad-7": "anxiety"}

_THERAPY_BANDS = {"Moderate", "Moderately severe", "Severe"}


class HelpLevel(IntEnum):
    SELF_HELP = 1
    PEER_SUPPORT = 2
    THERAPY = 3
    URGENT = 4


@dataclass(frozen=True)
class LevelText:
    title: str
    body: str
    # Where this level leads: (link text, URL name, query string). Every level leads
    # somewhere concrete, so a suggestion is always a next step and never just a label.
    links: tuple[tuple[str, str, str], ...] = ()

    @property
    def hrefs(self) -> list[tuple[str, str]]:
        """(link text, address) for each link."""
        return [(text, reverse(name) + query) for text, name, query in self.links]


LEVELS = {
    HelpLevel.SELF_HELP: LevelText(
        "Looking after yourself, and keeping an eye on it",
        "From what you told us, these things may not be getting in the way much right now. "
        "Sleep, moving your body, time outdoors and the people you trust all help, and so "
        "does checking in again in a couple of weeks to see how things have changed. If "
        "something is still on your mind, that is reason enough to talk to someone.",
        (
            (
                "Looking after yourself: simple things to try this week",
                "resources:looking-after-yourself",
                "",
            ),
        ),
    ),
    HelpLevel.PEER_SUPPORT: LevelText(
        "A warm line or peer support",
        "Talking it through could help. A warm line is a free phone line for when things are "
        "hard but not an emergency: someone listens, often a person who has been through "
        "tough times too. Peer support groups, in person or online, work in a similar way. "
        "If things don't ease, a counsellor is a good next step.",
        (("Support lines and peer support", "resources:directory", "?kind=support&kind=group"),),
    ),
    HelpLevel.THERAPY: LevelText(
        "Counselling or therapy",
        "What you told us suggests that talking with a counsellor or therapist could really "
        "help. You don't need to know exactly what's wrong: working that out together is "
        "what the first sessions are for. If cost is a worry, there are low-cost options.",
        (
            ("Low-cost counselling", "resources:directory", "?kind=low-cost"),
            ("Therapist directories", "resources:directory", "?kind=directory"),
            ("How to start: reaching out to a therapist", "resources:reaching-out", ""),
        ),
    ),
    HelpLevel.URGENT: LevelText(
        "Talking to someone today",
        "Please talk to someone today. You can call or text 988 at any time, for free, and "
        "talk with a trained counsellor; if you are in immediate danger, call 911. A "
        "therapist can help with what is behind these thoughts, and it's worth starting soon.",
        (("What happens when you call or text 988", "resources:calling-988", ""),),
    ),
}

ANY_LEVEL = (
    "You can choose therapy at any level. This suggestion is a starting point, not a "
    "gate: you never have to be \u201cbad enough\u201d to ask for help."
)
LIFE_EVENTS = (
    "Grief, a divorce or break-up, losing a job, or trouble in a relationship are good "
    "reasons to see a therapist, whatever any score says."
)


# Conditions only a professional can diagnose, named in the not-a-diagnosis note only
# where the visitor's answers touched the area (never a list of every disorder).
AREA_CONDITIONS = {
    "mood": "depression",
    "anxiety": "an anxiety disorder",
    "substance-risk": "a substance use disorder",
}
SCREENER_CONDITIONS = {"phq-9": "depression", "gad-7": "an anxiety disorder"}


def conditions_for(area_slugs: Iterable[str]) -> str:
    """The conditions to name in the not-a-diagnosis note, each once, in area order.

    >>> conditions_for(["sleep", "anxiety", "mood", "anxiety"])
    'an anxiety disorder or depression'
    >>> conditions_for(["sleep"])
    ''
    """
    names = list(dict.fromkeys(AREA_CONDITIONS[s] for s in area_slugs if s in AREA_CONDITIONS))
    if len(names) > 1:
        return ", ".join(names[:-1]) + " or " + names[-1]
    return "".join(names)


def suggest_level_of_help(
    *,
    frequencies: Iterable[int],
    difficulty: int | None,
    screener_bands: Iterable[str],
    self_harm_thoughts: bool,
) -> HelpLevel:
    """Suggest a level of help from the latest answers.

    `frequencies` are the checklist answers (0 "Not at all" to 3 "Nearly every day"),
    `difficulty` how much it gets in the way (0 to 3, None if not answered),
    `screener_bands` the band labels of the latest screeners taken.

    >>> suggest_level_of_help(frequencies=[2, 0, 1], difficulty=1, screener_bands=["Mild"],
    ...                       self_harm_thoughts=False).name
    'PEER_SUPPORT'
    """
    if self_harm_thoughts:
        return HelpLevel.URGENT
    frequencies = list(frequencies)
    bands = set(screener_bands)
    difficulty = difficulty or 0
    marked = sum(1 for value in frequencies if value >= 1)
    often = sum(1 for value in frequencies if value >= 2)
    nearly_every_day = any(value == 3 for value in frequencies)
    if (
        bands & _THERAPY_BANDS
        or difficulty >= 2
        or often >= 3
        or (nearly_every_day and difficulty >= 1)
    ):
        return HelpLevel.THERAPY
    if "Mild" in bands or difficulty == 1 or often >= 1 or marked >= 2:
        return HelpLevel.PEER_SUPPORT
    return HelpLevel.SELF_HELP


def areas_that_stand_out(
    *, marked: Iterable[tuple[str, int]], screener_bands: Mapping[str, str]
) -> list[str]:
    """Area slugs to match resources to, in checklist order, each once.

    `marked` is (area slug, frequency) for each checklist answer. Areas answered on more
    than half the days stand out; if none were, any area marked at all does. A screener
    above "Minimal" adds the area it measures.

    >>> areas_that_stand_out(marked=[("sleep", 1), ("mood", 2)], screener_bands={"gad-7": "Mild"})
    ['mood', 'anxiety']
    """
    marked = [(slug, value) for slug, value in marked if value >= 1]
    often = [slug for slug, value in marked if value >= 2]
    slugs = often or [slug for slug, _ in marked]
    slugs += [
        SCREENER_AREAS[slug]
        for slug, band in screener_bands.items()
        if band != "Minimal" and slug in SCREENER_AREAS
    ]
    return list(dict.fromkeys(slugs))
