"""What a visit's checklist and screener answers add up to, for other pages to show.

This is the symptoms app's public read API: the results page, the prep sheet (intake) and
the re-check comparison all read from here rather than from the answer tables.
"""

from collections.abc import Iterable
from dataclasses import dataclass, field
from datetime import date, datetime
from typing import ClassVar

from django.utils import timezone

from resources.models import Area
from sitecache.pages import shared_value
from visits.models import Visit

from . import life_events, scoring
from .comparison import SignChange, screener_change, sign_changes
from .guidance import (
    ANY_LEVEL,
    LEVELS,
    LIFE_EVENTS,
    HelpLevel,
    LevelText,
    areas_that_stand_out,
    suggest_level_of_help,
)
from .instruments import INSTRUMENTS, Instrument, difficulty_label, frequency_label
from .latest import Checklist, Latest, Screener, of_visit
from .models import ScreenerAttempt, Sign
from .scoring import Score


@dataclass(frozen=True)
class MarkedSign:
    """A checklist sign the visitor said they had (above "Not at all", or an event: "Yes")."""

    text: str
    area_slug: str
    area_name: str
    frequency: int  # 1 to 3 (for a life event, how strongly it counts: life_events.strength)
    # "Several days" ... "Nearly every day"; for a life event "In the last few months"...
    frequency_label: str


@dataclass(frozen=True)
class ScreenerSummary:
    """The latest attempt at one validated screener."""

    slug: str  # "phq-9" or "gad-7"
    name: str  # "PHQ-9" or "GAD-7"
    total: int
    max_score: int
    band: str  # "Minimal", "Mild", "Moderate", "Moderately severe", "Severe"
    difficulty_label: str | None
    taken_at: datetime


@dataclass(frozen=True)
class VisitSymptoms:
    checklist_taken_at: datetime | None = None
    marked_signs: list[MarkedSign] = field(default_factory=list)  # latest checklist, sign order
    difficulty_label: str | None = None  # latest checklist's "how much it gets in the way"
    screeners: list[ScreenerSummary] = field(default_factory=list)  # latest of each taken
    # Thoughts of self-harm reported at any time in this visit (`_self_harm_ever`).
    self_harm_thoughts_reported: bool = False

    @property
    def is_empty(self) -> bool:
        return self.checklist_taken_at is None and not self.screeners


# --- Reading a visit's answers -----------------------------------------------------------
# From the visit's one row of latest answers (`latest`), whatever the number of signs or
# attempts; the signs answered are content, from the shared cache.


@dataclass(frozen=True)
class _Answered:
    """One answer of a checklist, with the sign it answers."""

    sign: Sign
    frequency: int
    weight: int | None


def _answered(checklists: tuple[Checklist, ...]) -> list[list[_Answered]]:
    """Each checklist's answers in sign order, with their signs (one shared read for all).

    A sign with answers is never deleted (PROTECT); one missing from the content anyway
    is left out rather than failing the page.
    """
    signs = _signs(frozenset(a.sign_id for c in checklists for a in c.answers))
    return [
        sorted(
            (
                _Answered(signs[a.sign_id], a.frequency, a.weight)
                for a in checklist.answers
                if a.sign_id in signs
            ),
            key=lambda answered: (answered.sign.order, answered.sign.pk),
        )
        for checklist in checklists
    ]


def _signs(ids: frozenset[int]) -> dict[int, Sign]:
    def read() -> dict[int, Sign]:
        return {sign.pk: sign for sign in Sign.objects.filter(pk__in=ids).select_related("area")}

    return shared_value(("signs", tuple(sorted(ids))), read) if ids else {}


def _is_life_event(answer: _Answered) -> bool:
    return answer.sign.kind == Sign.Kind.LIFE_EVENT


def _strength(answer: _Answered) -> int:
    """0 to 3 on the how-often scale's footing, whichever way the sign was asked."""
    if _is_life_event(answer):
        return life_events.strength(when=answer.frequency, weight=answer.weight)
    return answer.frequency


def _answer_label(answer: _Answered) -> str:
    if _is_life_event(answer):
        return life_events.answer_label(when=answer.frequency, weight=answer.weight)
    return frequency_label(answer.frequency)


def _marked(answers: list[_Answered]) -> list[MarkedSign]:
    return [
        MarkedSign(
            text=answer.sign.text,
            area_slug=answer.sign.area.slug,
            area_name=answer.sign.area.name,
            frequency=_strength(answer),
            frequency_label=_answer_label(answer),
        )
        for answer in answers
        if answer.frequency > 0
    ]


# A screener attempt as the record holds it, or as the latest answers do: the same fields.
AnyScreener = ScreenerAttempt | Screener


def _latest_per_instrument(attempts: Iterable[AnyScreener]) -> list[AnyScreener]:
    latest = {}
    for attempt in attempts:  # latest first, so the first seen of each is the latest
        latest.setdefault(attempt.instrument, attempt)
    return [latest[slug] for slug in INSTRUMENTS if slug in latest]


def _screener_summary(attempt: AnyScreener) -> ScreenerSummary:
    spec = INSTRUMENTS[attempt.instrument]
    return ScreenerSummary(
        slug=spec.slug,
        name=spec.name,
        total=attempt.total,
        max_score=spec.max_score,
        band=scoring.band_for(spec, attempt.total).label,
        difficulty_label=difficulty_label(attempt.difficulty),
        taken_at=attempt.taken_at,
    )


# Two different questions about thoughts of self-harm, each answered in one place only.


# `Latest.self_harm_ever`: any checklist safety answer of Yes or PHQ-9 item 9 above "Not at
# all" in this visit, however long ago. The prep sheet suggests telling the provider.


def _self_harm_lately(latest: Checklist | None, screeners: Iterable[AnyScreener]) -> bool:
    """The latest checklist's safety answer or the latest PHQ-9's item 9: the results page
    then opens with the crisis panel, and suggests help today."""
    latest_screeners = _latest_per_instrument(screeners)
    return bool(latest and latest.self_harm_thoughts) or any(
        attempt.self_harm_thoughts for attempt in latest_screeners
    )


def _summarise(found: Latest, latest_answers: list[_Answered]) -> VisitSymptoms:
    latest = found.checklists[0] if found.checklists else None
    return VisitSymptoms(
        checklist_taken_at=latest.taken_at if latest else None,
        marked_signs=_marked(latest_answers),
        difficulty_label=difficulty_label(latest.difficulty) if latest else None,
        screeners=[_screener_summary(a) for a in _latest_per_instrument(found.screeners)],
        self_harm_thoughts_reported=found.self_harm_ever,
    )


def symptoms_for_visit(visit: Visit | None) -> VisitSymptoms:
    """What a visit has answered so far: latest checklist, latest of each screener.

    One query (the visit's latest answers), whatever the number of signs or attempts;
    none for no visit.
    """
    if visit is None:
        return VisitSymptoms()
    found = of_visit(visit)
    return _summarise(found, _answered(found.checklists[:1])[0] if found.checklists else [])


# --- The results pages -------------------------------------------------------------------


@dataclass(frozen=True)
class ScreenerLine:
    summary: ScreenerSummary
    change: str | None  # "PHQ-9: 12 out of 27 today, 15 on Nov 14", if taken before


@dataclass(frozen=True)
class ChecklistResults:
    symptoms: VisitSymptoms
    # Thoughts of self-harm in the latest answers (`_self_harm_lately`): the crisis panel
    # opens the page, before any score.
    show_crisis_panel: bool
    # "I'd rather not say" to the safety question: the page opens with a gentle word about
    # where help is, never the panel's "thank you for telling us", and no level changes.
    safety_declined: bool
    previous_taken_at: datetime | None
    previous_difficulty_label: str | None
    sign_changes: list[SignChange]
    screener_lines: list[ScreenerLine]
    untaken_screeners: list[Instrument]
    level: HelpLevel
    area_slugs: list[str]
    area_names: list[str]

    # Said on every results page, whatever the level.
    any_level: ClassVar[str] = ANY_LEVEL
    life_events: ClassVar[str] = LIFE_EVENTS

    @property
    def level_text(self) -> LevelText:
        return LEVELS[self.level]

    @property
    def other_levels(self) -> list[LevelText]:
        return [text for level, text in LEVELS.items() if level != self.level]


def _change(attempts: list[AnyScreener], today: date) -> str | None:
    """How one screener's latest attempt compares with the one before, if there is one.

    `attempts` are one instrument's, latest first.
    """
    if len(attempts) < 2:
        return None
    latest, before = attempts[0], attempts[1]
    spec = INSTRUMENTS[latest.instrument]
    return screener_change(
        name=spec.name,
        max_score=spec.max_score,
        now=(latest.total, timezone.localdate(latest.taken_at)),
        before=(before.total, timezone.localdate(before.taken_at)),
        today=today,
    )


def _screener_lines(attempts: Iterable[AnyScreener], today: date) -> list[ScreenerLine]:
    return [
        ScreenerLine(
            _screener_summary(latest),
            _change([a for a in attempts if a.instrument == latest.instrument], today),
        )
        for latest in _latest_per_instrument(attempts)
    ]


def checklist_results(found: Latest) -> ChecklistResults | None:
    """Everything the checklist results page shows of a visit's latest answers (`latest`),
    or None if nothing was answered yet.

    No query of its own, whatever the number of signs or attempts: the signs and area
    names are content, from the shared cache.
    """
    if not found.checklists and not found.screeners:
        return None
    checklists, screeners = found.checklists, found.screeners
    latest = checklists[0] if checklists else None
    previous = checklists[1] if len(checklists) > 1 else None  # for the comparison
    answered = _answered(checklists)
    latest_answers = answered[0] if latest else []
    previous_answers = answered[1] if previous else []
    symptoms = _summarise(found, latest_answers)
    bands = {s.slug: s.band for s in symptoms.screeners}
    self_harm = _self_harm_lately(latest, screeners)
    area_slugs = areas_that_stand_out(
        marked=[(a.sign.area.slug, _strength(a)) for a in latest_answers], screener_bands=bands
    )
    return ChecklistResults(
        symptoms=symptoms,
        show_crisis_panel=self_harm,
        safety_declined=bool(latest and latest.self_harm_thoughts is None and not self_harm),
        previous_taken_at=previous.taken_at if previous else None,
        previous_difficulty_label=difficulty_label(previous.difficulty) if previous else None,
        # Empty without a previous attempt: sign_changes skips signs missing from one side.
        # Only how-often answers compare as "more often" or "less often".
        sign_changes=sign_changes(
            now={a.sign.pk: a.frequency for a in latest_answers if not _is_life_event(a)},
            before={a.sign.pk: a.frequency for a in previous_answers if not _is_life_event(a)},
            texts={a.sign.pk: a.sign.text for a in latest_answers},
        ),
        screener_lines=_screener_lines(screeners, timezone.localdate()),
        untaken_screeners=[spec for slug, spec in INSTRUMENTS.items() if slug not in bands],
        level=suggest_level_of_help(
            frequencies=[_strength(a) for a in latest_answers],
            difficulty=latest.difficulty if latest else None,
            screener_bands=bands.values(),
            self_harm_thoughts=self_harm,
        ),
        area_slugs=area_slugs,
        area_names=_area_names(area_slugs),
    )


def _area_names(slugs: list[str]) -> list[str]:
    if not slugs:
        return []

    def names() -> list[str]:
        return list(Area.objects.filter(slug__in=slugs).values_list("name", flat=True))

    return shared_value(("area names", tuple(sorted(slugs))), names)


@dataclass(frozen=True)
class ItemAnswer:
    number: int
    text: str
    answer: str


@dataclass(frozen=True)
class EarlierResult:
    taken_at: datetime
    total: int
    band: str


@dataclass(frozen=True)
class ScaleBand:
    """One published band of a screener's scale, as the results figure draws it."""

    label: str
    low: int
    high: int
    is_yours: bool

    @property
    def width(self) -> int:
        return self.high - self.low + 1


@dataclass(frozen=True)
class ScreenerResult:
    instrument: Instrument
    taken_at: datetime
    score: Score
    meaning: str  # the band's words, aware of PHQ-9 item 9
    scale: list[ScaleBand]  # every published band, lowest first
    answers: list[ItemAnswer]
    difficulty_label: str | None
    show_crisis_panel: bool  # PHQ-9 item 9 above "Not at all", whatever the total
    change: str | None
    earlier: list[EarlierResult]


def screener_result(visit: Visit | None, instrument: Instrument) -> ScreenerResult | None:
    """The latest attempt at one screener, item by item, or None if not taken. Two queries."""
    if visit is None:
        return None
    attempts = list(ScreenerAttempt.objects.filter(visit=visit, instrument=instrument.slug))
    if not attempts:
        return None
    latest = attempts[0]
    answers = list(latest.answers.all())
    score = scoring.score(instrument, [a.value for a in answers])
    return ScreenerResult(
        instrument=instrument,
        taken_at=latest.taken_at,
        score=score,
        meaning=scoring.band_meaning(
            score.band.label, self_harm_thoughts=latest.self_harm_thoughts
        ),
        scale=[
            ScaleBand(band.label, band.low, band.high, band == score.band)
            for band in instrument.bands
        ],
        answers=[
            ItemAnswer(a.item, instrument.items[a.item - 1], frequency_label(a.value))
            for a in answers
        ],
        difficulty_label=difficulty_label(latest.difficulty),
        show_crisis_panel=_self_harm_lately(None, [latest]),
        change=_change(attempts, timezone.localdate()),
        earlier=[
            EarlierResult(a.taken_at, a.total, scoring.band_for(instrument, a.total).label)
            for a in attempts[1:]
        ],
    )
