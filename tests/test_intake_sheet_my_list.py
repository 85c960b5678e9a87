"""The visitor's outreach list as an optional part of the prep sheet: off unless chosen,
offered only when the list has entries, and read in a fixed number of queries."""

import datetime
import logging
import re

import pytest
import time_machine
from django.db import connection
from django.test import Client
from django.test.utils import CaptureQueriesContext

from intake import services as intake_services
from intake.models import PrepPlan
from outreach import services
from outreach.models import MAX_ENTRIES, Entry, Status
from resources.models import Resource

pytestmark = pytest.mark.django_db

SHEET = "/prepare/sheet/"
TEXT = "/prepare/sheet.txt"
MONDAY = datetime.datetime(2026, 11, 30, 15, 0, tzinfo=datetime.UTC)
WEDNESDAY = MONDAY + datetime.timedelta(days=2)
LEFT_OFF = "Left off this copy, at my choice: my outreach list."


def add_own(visit, name="Dr Rivera", **fields) -> Entry:
    assert services.add_own(visit=visit, name=name, **fields) == services.Added.ADDED
    return Entry.objects.get(visit=visit, name=name)


def with_a_plan(visit) -> None:
    intake_services.save_goals(visit=visit, suggestion_ids=[], own_goals="Sleep", resume_at=3)


def article(client) -> str:
    return client.get(SHEET).text.split('<article class="prep-sheet"')[1]


def choose_my_list(client, *others: str):
    return client.post(SHEET, {"include": ["my-list", *others]})


@pytest.fixture
def visit(client, attach, make_visit):
    visit = make_visit()
    attach(client, visit)
    with_a_plan(visit)
    return visit


@pytest.fixture
def listed(visit):
    """Two names: one typed with a phone and a website, emailed on Wednesday; one from the
    directory, not contacted yet."""
    with time_machine.travel(MONDAY, tick=False):
        rivera = add_own(visit, phone="555 010 0199", website="rivera.example")
        services.add_resource(
            visit=visit, resource=Resource.objects.get(slug="open-path-collective")
        )
    services.record_status(visit=visit, entry_id=rivera.pk, status=Status.EMAILED, now=WEDNESDAY)
    return visit


def test_the_list_is_off_the_sheet_by_default(client, listed):
    assert "Dr Rivera" not in article(client) and "Dr Rivera" not in client.get(TEXT).text
    assert PrepPlan.objects.get(visit=listed).sheet_shows_my_list is False


def test_the_list_is_offered_unticked(client, listed):
    html = client.get(SHEET).text
    box = re.search(r'<input[^>]*value="my-list"[^>]*>', html).group()
    assert "The people on my outreach list" in html and "checked" not in box


def test_choosing_it_puts_each_entry_with_its_status_and_day_on_the_sheet(client, listed):
    assert choose_my_list(client).status_code == 302
    with time_machine.travel(WEDNESDAY, tick=False):
        html = article(client)
    assert "People I&#x27;m reaching out to" in html
    assert "<strong>Dr Rivera</strong>: Emailed on December 2, 2026" in html
    assert "555 010 0199, rivera.example" in html
    assert "Open Path Collective</strong>: Not contacted yet (on my list since November 30" in html


def test_choosing_it_puts_the_entries_in_the_text_download(client, listed):
    choose_my_list(client)
    text = client.get(TEXT).text
    assert "\nPEOPLE I'M REACHING OUT TO\n" in text
    assert "- Dr Rivera: Emailed on December 2, 2026. Contact: 555 010 0199, rivera.example" in text
    assert "- Open Path Collective: Not contacted yet (on my list since November 30, 2026)" in text


def test_the_sheet_shows_only_what_the_visitor_typed_not_the_directory_details(client, listed):
    choose_my_list(client)
    resource = Resource.objects.get(slug="open-path-collective")
    line = next(x for x in client.get(TEXT).text.splitlines() if x.startswith("- Open Path"))
    assert "Contact" not in line and resource.website not in line


def test_the_status_day_is_the_local_day(client, listed, settings):
    settings.TIME_ZONE = "America/Los_Angeles"
    entry = Entry.objects.get(name="Dr Rivera")
    late = datetime.datetime(2026, 12, 4, 3, 0, tzinfo=datetime.UTC)  # Thursday evening there
    services.record_status(visit=listed, entry_id=entry.pk, status=Status.HEARD_BACK, now=late)
    choose_my_list(client)
    assert "Dr Rivera: Heard back on December 3, 2026" in client.get(TEXT).text


def test_left_off_the_sheet_says_so_on_the_page_and_in_the_text(client, listed):
    assert LEFT_OFF in article(client) and LEFT_OFF in client.get(TEXT).text


def test_with_the_list_on_the_sheet_nothing_is_said_to_be_left_off(client, listed):
    choose_my_list(client)
    assert "Left off this copy" not in client.get(SHEET).text


def test_the_list_is_named_beside_the_check_in_parts_left_off(client, listed, take_screener):

    take_screener(listed, "phq-9", [1] * 8 + [0])
    client.post(SHEET, {"include": []})
    expected = "Left off this copy, at my choice: my questionnaire scores and my outreach list."
    assert expected in client.get(TEXT).text


def test_with_an_empty_list_nothing_is_said_to_be_left_off(client, visit):
    assert "Left off this copy" not in client.get(SHEET).text
    assert "Left off this copy" not in client.get(TEXT).text


def test_with_an_empty_list_the_choice_is_not_offered(client, visit):
    assert 'value="my-list"' not in client.get(SHEET).text


def test_a_list_emptied_after_choosing_it_leaves_no_empty_section(client, listed):
    choose_my_list(client)
    Entry.objects.filter(visit=listed).delete()
    html = client.get(SHEET).text
    assert 'id="sheet-my-list"' not in html and "Left off this copy" not in html


def test_a_list_alone_makes_a_sheet_that_offers_it(client, attach, make_visit):
    visit = make_visit()
    attach(client, visit)
    add_own(visit)
    html = client.get(SHEET).text
    assert "There is nothing on your sheet yet" not in html and 'value="my-list"' in html


def test_unticking_it_again_takes_it_off(client, listed):
    choose_my_list(client)
    client.post(SHEET, {"include": []})
    assert "Dr Rivera" not in article(client)
    assert PrepPlan.objects.get(visit=listed).sheet_shows_my_list is False


def test_choosing_it_keeps_the_check_in_choices_apart(client, listed):
    choose_my_list(client)
    plan = PrepPlan.objects.get(visit=listed)
    assert plan.sheet_leaves_out == [] and plan.sheet_shows_my_list is True


# Bad input


def test_an_unknown_choice_re_renders_calmly_and_changes_nothing(client, listed):
    response = client.post(SHEET, {"include": ["my-list", "everything"]})
    assert response.status_code == 200 and 'class="error-summary"' in response.text
    assert PrepPlan.objects.get(visit=listed).sheet_shows_my_list is False


def test_choosing_the_list_when_it_is_empty_re_renders_calmly(client, visit, take_screener):

    take_screener(visit, "phq-9", [1] * 8 + [0])  # so the sheet has a choice to make at all
    response = client.post(SHEET, {"include": ["my-list"]})
    assert response.status_code == 200 and 'role="alert"' in response.text
    assert PrepPlan.objects.get(visit=visit).sheet_shows_my_list is False


def test_the_wrong_method_is_refused(client, listed):
    assert client.put(SHEET, {"include": ["my-list"]}).status_code == 405


# Who may see it


def test_entries_of_another_visitor_never_appear(client, listed, make_visit):
    other = make_visit()
    with_a_plan(other)
    add_own(other, "Dr Someone Else", phone="555 999 0000")
    intake_services.save_sheet_contents(visit=other, leaves_out=[], shows_my_list=True)
    choose_my_list(client)
    for shown in (client.get(SHEET).text, client.get(TEXT).text):
        assert "Dr Rivera" in shown
        assert "Someone Else" not in shown and "555 999 0000" not in shown


def test_a_browser_without_a_visit_sees_no_list(client, listed):
    choose_my_list(client)
    stranger = Client()
    assert "Dr Rivera" not in stranger.get(SHEET).text
    assert stranger.post(SHEET, {"include": ["my-list"]}).status_code == 200  # not offered


def test_entry_text_is_never_in_an_address_or_a_log(client, listed, caplog):
    caplog.set_level(logging.DEBUG)
    response = choose_my_list(client)
    addresses = [response["Location"], client.get(TEXT)["Content-Disposition"]]
    client.get(SHEET)
    assert all("Rivera" not in address for address in addresses)
    assert "Rivera" not in caplog.text


# Queries


def sheet_queries(client) -> int:
    client.get(SHEET)  # warm: the crisis strip and shared parts are cached on first render
    with CaptureQueriesContext(connection) as queries:
        assert client.get(SHEET).status_code == 200
    return len(queries)


@pytest.fixture
def a_visitor_with(make_visit, attach):
    """a_visitor_with(names, on_sheet=...) -> a client whose list holds `names` entries."""

    def make(names: int, *, on_sheet: bool) -> Client:
        client, visit = Client(), make_visit()
        attach(client, visit)
        with_a_plan(visit)
        for n in range(names):
            entry = add_own(visit, f"Therapist {n}", phone=f"555 {n:04}")
            services.record_status(visit=visit, entry_id=entry.pk, status=Status.CALLED)
        intake_services.save_sheet_contents(visit=visit, leaves_out=[], shows_my_list=on_sheet)
        return client

    return make


def test_a_full_list_on_the_sheet_costs_the_same_queries_as_one_entry(
    django_assert_max_num_queries, a_visitor_with
):
    one = sheet_queries(a_visitor_with(1, on_sheet=True))
    full = a_visitor_with(MAX_ENTRIES, on_sheet=True)
    full.get(SHEET)
    with django_assert_max_num_queries(one):
        html = full.get(SHEET).text.split('<article class="prep-sheet"')[1]
    assert html.count("Called or left a voicemail on") == MAX_ENTRIES


def test_a_list_left_off_the_sheet_costs_no_extra_query(
    django_assert_max_num_queries, a_visitor_with
):
    no_list = sheet_queries(a_visitor_with(0, on_sheet=False))
    full = a_visitor_with(MAX_ENTRIES, on_sheet=False)
    full.get(SHEET)
    with CaptureQueriesContext(connection) as queries, django_assert_max_num_queries(no_list):
        html = full.get(SHEET).text
    assert LEFT_OFF in html
    # The list is only asked about inside the plan's own query ("has entries"), never read.
    assert not any(q["sql"].startswith('SELECT "outreach_') for q in queries.captured_queries)


def test_the_screen_names_what_is_left_off_in_plain_words(client, listed):
    html = client.get(SHEET).text
    assert "Now left off your sheet: the people on my outreach list, and where I am" in html
