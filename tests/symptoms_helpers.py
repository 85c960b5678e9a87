"""Helpers for the symptoms tests: make signs and visits, fill in and post the forms."""

from resources.models import Area
from symptoms import services
from symptoms.instruments import INSTRUMENTS
from symptoms.models import Sign
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


def make_sign(**overrides) -> Sign:
    fields = {
        "text": "Finding it hard to get started on things",
        "example": "leaving the same task for days.",
        "area": Area.objects.get(slug="focus"),
        "order": 100,
    }
    return Sign.objects.create(**(fields | overrides))


def add_signs(count: int) -> None:
    """More active signs after the seeded ones, to show a page's queries don't grow."""
    for number in range(count):
        make_sign(text=f"Extra sign {number}", order=200 + number)


def make_visit() -> Visit:
    return Visit.objects.create()


def answer_for(sign: Sign, frequency: int) -> int:
    """A how-often value, or for a life event the nearest "when" (2 "in the last few months")."""
    return min(frequency, 2) if sign.kind == Sign.Kind.LIFE_EVENT else frequency


def checklist_post(*, frequency=1, difficulty=1, safety="0", **overrides) -> dict:
    """A complete checklist POST for the active signs; override or drop fields by name."""
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


def take_checklist(
    visit: Visit, *, frequency=1, difficulty=1, self_harm_thoughts=False, weights=None, **by_sign
):
    """Record a checklist for every active sign at `frequency` (by_sign: {pk: value})."""
    frequencies = {sign.pk: answer_for(sign, frequency) for sign in Sign.objects.active()}
    frequencies |= {int(pk): value for pk, value in by_sign.items()}
    return services.record_checklist(
        visit=visit,
        frequencies=frequencies,
        difficulty=difficulty,
        self_harm_thoughts=self_harm_thoughts,
        weights=weights,
    )


def take_screener(visit: Visit, slug: str, answers: list[int], difficulty: int | None = 1):
    return services.record_screener(
        visit=visit, instrument=slug, answers=answers, difficulty=difficulty
    )


def attach(client, visit: Visit) -> None:
    """Tie the test client's browser session to `visit`, as answering would."""
    session = client.session
    session["visit_id"] = visit.pk
    session.save()


def session_cookie(live_server, visit: Visit) -> dict:
    """A browser cookie for `visit`, for Playwright's context.add_cookies."""
    from django.test import Client

    client = Client()
    attach(client, visit)
    return {"name": "sessionid", "value": client.cookies["sessionid"].value, "url": live_server.url}
