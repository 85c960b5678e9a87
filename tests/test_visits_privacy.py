import pytest
from django.contrib.sessions.models import Session

from tests.answers import tables_under_visit
from visits.models import ResumeThrottle, Visit

pytestmark = pytest.mark.django_db

# Every column stored about a visitor (automatic row numbers aside), and the words on
# /privacy/ that describe it. A new table or column fails the first two tests until the
# privacy page, and this map, describe it.
DESCRIBED = {
    "visits.Visit": {
        "created_at": "when it started",
        "last_active_at": "when it was last used",
        "resume_code_hash": "a scrambled form of the code (a keyed hash)",
        "resume_code_issued_at": "when you got it",
    },
    "visits.ResumeThrottle": {
        "key": "a scrambled form of the network address",
        "window_start": "the time the count started",
        "attempts": "the number of wrong codes",
    },
    "sessions.Session": {
        "session_key": "a random session number",
        "session_data": "your visit's number",
        "expire_date": "when the session ends",
    },
    "symptoms.ChecklistAttempt": {
        "visit": "stored with the visit",
        "taken_at": "the date and time",
        "difficulty": "how much these things get in the way of daily life",
        "self_harm_thoughts": "the question about thoughts of ending your life or hurting yourself",
    },
    "symptoms.ChecklistAnswer": {
        "attempt": "For each time you complete it",
        "sign": "for each sign",
        "frequency": "how often it bothered you in the last two weeks",
        "weight": "how much it still weighs on you",
    },
    "symptoms.ScreenerAttempt": {
        "visit": "stored with the visit",
        "instrument": "which questionnaire",
        "taken_at": "the date and time",
        "total": "the total score",
        "difficulty": "your answer about how difficult things have been",
        "self_harm_thoughts": 'was above "Not at all"',
    },
    "symptoms.ScreenerAnswer": {
        "attempt": "For each time you complete one",
        "item": "your answer to each question",
        "value": "your answer to each question",
    },
    "symptoms.LatestAnswers": {
        "visit": "stored with the visit",
        "data": "a short copy of your latest answers",
    },
    "intake.PrepPlan": {
        "visit": "stored with the visit",
        "signs": "the signs you chose to mention",
        "signs_left_out": "the ones you chose to leave out",
        "first_words": "what you'd like to say first",
        "duration": "how long things have been going on",
        "own_goals": "any you wrote yourself",
        "format": "in person or online",
        "session_length": "online, session length",
        "frequency": "session length, how often",
        "availability": "when you're free",
        "availability_notes": "any note about it",
        "budget": "any note about it, budget",
        "insurance": "budget, insurance",
        "language": "preferred language",
        "therapist_preferences": "what you'd like in a therapist",
        "therapy_before": "whether you've had therapy before",
        "sheet_leaves_out": "which parts of your check-in you chose to keep off your prep sheet",
        "sheet_shows_my_list": "whether you chose to put your outreach list on it",
        "resume_at": "which step you were on",
        "updated_at": "when you last changed the plan",
    },
    "intake.ChosenGoal": {
        "visit": "stored with the visit",
        "suggestion": "the goals you picked",
        "text": "the goals you picked",
    },
    "outreach.Entry": {
        "visit": "stored with the visit",
        "resource": "which directory entry it came from",
        "name": "the name (copied from our directory, or as you typed it)",
        "phone": "a phone number",
        "website": "a website or email",
        "added_at": "when you added it",
    },
    "outreach.StatusChange": {
        "entry": "For each name you put on your list",
        "status": "each thing you recorded",
        "changed_at": "with its date and time",
    },
    "intake.ChosenQuestion": {
        "visit": "stored with the visit",
        "question": "from our list",
        "is_own": "in your own words",
        "text": "the questions you want to ask",
        "position": "in your order",
    },
}

STORED_ABOUT_VISITORS = [Visit, ResumeThrottle, Session] + [
    model for model, _ in tables_under_visit()
]


def test_every_table_stored_about_visitors_is_described():
    assert {model._meta.label for model in STORED_ABOUT_VISITORS} == set(DESCRIBED)


@pytest.mark.parametrize("model", STORED_ABOUT_VISITORS, ids=lambda model: model._meta.label)
def test_every_column_of_each_table_is_described(model):
    columns = {field.name for field in model._meta.concrete_fields if not field.auto_created}
    assert columns == set(DESCRIBED[model._meta.label])


@pytest.mark.parametrize(
    "words",
    [
        pytest.param(words, id=f"{label}.{column}")
        for label, columns in DESCRIBED.items()
        for column, words in columns.items()
    ],
)
def test_the_privacy_page_describes_each_column(client, words):
    assert words in client.get("/privacy/").text


def test_the_privacy_page_describes_the_visit_number(client):
    assert "a number that means nothing outside this site" in client.get("/privacy/").text


def test_the_privacy_page_says_what_is_never_kept(client):
    html = client.get("/privacy/").text
    assert "your name, email address or phone number" in html
    assert "your IP address" in html and "the make of your device or browser" in html


def test_the_privacy_page_says_the_server_log_leaves_out_addresses_and_answers(client):
    html = client.get("/privacy/").text
    assert "It leaves out your network address, your browser, anything you typed" in html


def test_the_privacy_page_states_the_retention_period(client, settings):
    settings.VISIT_RETENTION_DAYS = 14
    assert "deleted 14 days after it was last used" in client.get("/privacy/").text


def test_the_privacy_page_explains_how_to_delete(client):
    assert 'href="/forget/"' in client.get("/privacy/").text


def test_the_privacy_page_says_editors_cannot_see_answers(client):
    html = client.get("/privacy/").text
    assert "no way to see visits or answers" in html
    assert "only totals" in html


def test_the_privacy_page_refuses_post(client):
    assert client.post("/privacy/").status_code == 405
