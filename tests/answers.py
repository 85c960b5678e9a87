"""Plain data the tests share: what visitors answer and where their answers are stored.

Constants and pure builders only, importable at collection time (parametrize ids,
module constants). Anything that makes rows or drives a client is a fixture in
conftest.py.
"""

from datetime import UTC, datetime

from django.db.models import Model

from intake.models import BankQuestion, GoalSuggestion
from symptoms.instruments import INSTRUMENTS
from symptoms.models import Sign
from symptoms.summary import MarkedSign, ScreenerSummary, VisitSymptoms
from visits.models import Visit

# The published PHQ-9 and GAD-7, typed out here from the shared instrument sheet, so that
# an edit to symptoms/instruments.json (a changed item is no longer the validated
# instrument) fails the tests instead of passing against itself.
PUBLISHED_STEM = "Over the last 2 weeks, how often have you been bothered by {} following problems?"
PUBLISHED_OPTIONS = ["Not at all", "Several days", "More than half the days", "Nearly every day"]
PUBLISHED_DIFFICULTY = (
    "If you checked off any problems, how difficult have these problems made it for you to do "
    "your work, take care of things at home, or get along with other people?"
)
PUBLISHED_DIFFICULTY_OPTIONS = [
    "Not difficult at all",
    "Somewhat difficult",
    "Very difficult",
    "Extremely difficult",
]
PUBLISHED = {
    "phq-9": {
        "stem": PUBLISHED_STEM.format("any of the"),
        "items": [
            "Little interest or pleasure in doing things",
            "Feeling down, depressed, or hopeless",
            "Trouble falling or staying asleep, or sleeping too much",
            "Feeling tired or having little energy",
            "Poor appetite or overeating",
            "Feeling bad about yourself \u2014 or that you are a failure or have let yourself "
            "or your family down",
            "Trouble concentrating on things, such as reading the newspaper or watching television",
            "Moving or speaking so slowly that other people could have noticed? Or the "
            "opposite \u2014 being so fidgety or restless that you have been moving around a "
            "lot more than usual",
            "Thoughts that you would be better off dead or of hurting yourself in some way",
        ],
    },
    "gad-7": {
        "stem": PUBLISHED_STEM.format("the"),
        "items": [
            "Feeling nervous, anxious, or on edge",
            "Not being able to stop or control worrying",
            "Worrying too much about different things",
            "Trouble relaxing",
            "Being so restless that it is hard to sit still",
            "Becoming easily annoyed or irritable",
            "Feeling afraid, as if something awful might happen",
        ],
    },
}


# What the forms post.


def answer_for(sign: Sign, frequency: int) -> int:
    """A how-often value, or for a life event the nearest "when" (2 "in the last few months")."""
    return min(frequency, 2) if sign.kind == Sign.Kind.LIFE_EVENT else frequency


def checklist_post(*, frequency=1, difficulty=1, safety="0", **overrides) -> dict:
    """A complete checklist POST for the active signs; override or drop fields by name.

    The one query-reading builder here: the fields are the signs in the database. Also
    used by bench/inprocess.py to answer as a returning visitor.
    """
    data = {f"sign_{sign.pk}": str(answer_for(sign, frequency)) for sign in Sign.objects.active()}
    data |= {"difficulty": str(difficulty), "self_harm_thoughts": safety}
    data |= overrides
    return {key: value for key, value in data.items() if value is not None}


def screener_post(slug: str, answers: list[int] | None = None, difficulty="1", **overrides) -> dict:
    """A complete screener POST (all answers 1 unless given); drop a field with None."""
    answers = answers or [1] * len(INSTRUMENTS[slug].items)
    data = {f"item_{n}": str(value) for n, value in enumerate(answers, start=1)}
    data |= {"difficulty": difficulty} | overrides
    return {key: value for key, value in data.items() if value is not None}


def goals_post(*suggestions: GoalSuggestion, own_goals: str = "", go: str = "next") -> dict:
    data: dict = {"own_goals": own_goals, "go": go}
    for suggestion in suggestions:
        data.setdefault(f"group_{suggestion.group_id}", []).append(str(suggestion.pk))
    return data


def questions_post(*questions: BankQuestion, own: str = "", go: str = "next", **extra) -> dict:
    data: dict = {"own_questions": own, "go": go, **extra}
    for question in questions:
        data.setdefault(f"topic_{question.topic_id}", []).append(str(question.pk))
    return data


def practicalities_post(**overrides) -> dict:
    fields = {
        "format": "video",
        "session_length": "60",
        "frequency": "fortnightly",
        "availability": ["evenings", "weekends"],
        "availability_notes": "Not on Tuesdays",
        "budget": "50-100",
        "insurance": "no",
        "language": "Spanish",
        "therapist_preferences": "Someone who knows about grief",
        "therapy_before": "no",
        "go": "next",
    }
    return {key: value for key, value in (fields | overrides).items() if value is not None}


GOOD_FAITH_QUESTION = "If I pay for myself, can I have a Good Faith Estimate of the costs?"


# A check-in summary as intake reads it, for faking the symptoms app (see use_symptoms).

TAKEN = datetime(2026, 11, 28, 15, 0, tzinfo=UTC)

SLEEP = MarkedSign(
    text="Sleeping much more or much less than usual",
    area_slug="sleep",
    area_name="Sleep",
    frequency=3,
    frequency_label="Nearly every day",
)
WORRY = MarkedSign(
    text="Worrying most of the time",
    area_slug="anxiety",
    area_name="Worry and anxiety",
    frequency=2,
    frequency_label="More than half the days",
)
PHQ9 = ScreenerSummary(
    slug="phq-9",
    name="PHQ-9",
    total=12,
    max_score=27,
    band="Moderate",
    difficulty_label="Somewhat difficult",
    taken_at=TAKEN,
)


def checked_in(**overrides) -> VisitSymptoms:
    """A visit's check-in: two marked signs, a PHQ-9, no thoughts of self-harm."""
    fields = {
        "checklist_taken_at": TAKEN,
        "marked_signs": [SLEEP, WORRY],
        "difficulty_label": "Very difficult",
        "screeners": [PHQ9],
    }
    return VisitSymptoms(**(fields | overrides))


# Where answers are stored.


def tables_under_visit(model=Visit, path="", seen=None) -> list[tuple[type[Model], str]]:
    """Every model that hangs off a visit, directly or through another, with its lookup.

    Found from the model graph, so an answer table added later is covered automatically.
    """
    seen = seen if seen is not None else {model}
    found = []
    for relation in model._meta.related_objects:
        related = relation.related_model
        if related in seen:
            continue
        seen.add(related)
        lookup = f"{relation.field.name}__{path}" if path else relation.field.name
        found += [(related, lookup), *tables_under_visit(related, lookup, seen)]
    return found
