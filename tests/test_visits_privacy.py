import pytest

from tests.test_visits_forget import tables_under_visit

pytestmark = pytest.mark.django_db

# Each table that hangs off a visit, and the words on /privacy/ that describe it. A new
# answer table fails the first test until the privacy page (and this list) describe it.
DESCRIBED = {
    "symptoms.ChecklistAttempt": "how much these things get in the way",
    "symptoms.ChecklistAnswer": "how often it bothered you in the last two weeks",
    "symptoms.ScreenerAttempt": "the total score",
    "symptoms.ScreenerAnswer": "your answer to each question",
    "intake.PrepPlan": "like to say first",
    "intake.ChosenGoal": "the goals you picked",
    "intake.ChosenQuestion": "the questions you want to ask",
}


def test_every_table_that_holds_answers_is_described():
    assert {model._meta.label for model, _ in tables_under_visit()} == set(DESCRIBED)


@pytest.mark.parametrize(("label", "words"), DESCRIBED.items())
def test_the_privacy_page_describes_each_answer_table(client, label, words):
    assert words in client.get("/privacy/").text


def test_the_privacy_page_describes_the_visit_itself(client):
    html = client.get("/privacy/").text
    assert "when it started and when it was last used" in html
    assert "scrambled form of the code" in html


def test_the_privacy_page_says_what_is_never_kept(client):
    html = client.get("/privacy/").text
    assert "your name, email address or phone number" in html
    assert "your IP address" in html


def test_the_privacy_page_states_the_retention_period(client, settings):
    settings.VISIT_RETENTION_DAYS = 14
    assert "deleted 14 days after it was last used" in client.get("/privacy/").text


def test_the_privacy_page_explains_how_to_delete(client):
    assert 'href="/forget/"' in client.get("/privacy/").text


def test_the_privacy_page_says_editors_cannot_see_answers(client):
    html = client.get("/privacy/").text
    assert "no way to see visits or answers" in html
    assert "only totals" in html
