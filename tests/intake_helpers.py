"""Helpers for the intake tests: check-in results without the symptoms app, plans, posts."""

from datetime import UTC, datetime

from intake.models import BankQuestion, GoalSuggestion
from symptoms import summary
from symptoms.summary import MarkedSign, ScreenerSummary, VisitSymptoms
from visits.models import Visit
from visits.session import SESSION_KEY

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


def use_symptoms(monkeypatch, symptoms: VisitSymptoms | None = None) -> list:
    """Make every page see `symptoms` (empty by default); returns the visits it was asked for."""
    asked = []

    def fake(visit):
        asked.append(visit)
        return symptoms or VisitSymptoms()

    monkeypatch.setattr(summary, "symptoms_for_visit", fake)
    return asked


def attach(client, visit: Visit) -> None:
    """Tie the test client's browser session to `visit`, as answering would."""
    session = client.session
    session[SESSION_KEY] = visit.pk
    session.save()


def visit_of(client) -> Visit | None:
    visit_id = client.session.get(SESSION_KEY)
    return Visit.objects.filter(pk=visit_id).first()


def goal(text: str) -> GoalSuggestion:
    return GoalSuggestion.objects.get(text=text)


def bank(text: str) -> BankQuestion:
    return BankQuestion.objects.get(text=text)


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
