import datetime
import logging
import re

import pytest
import time_machine
from django.test import Client
from django.utils import timezone

from intake import services as intake_services
from outreach import services
from outreach.models import MAX_ENTRIES, Entry, Status, StatusChange
from resources.models import OutreachTemplate, Resource
from symptoms.models import Sign
from symptoms.services import record_checklist
from visits.models import Visit
from visits.services import purge_expired_visits

pytestmark = pytest.mark.django_db

LIST = "/resources/my-list/"
ADD = "/resources/my-list/add/"
# A directory card, not a crisis line: the ones a visitor can add.
CARD = re.compile(r'<article class="resource-card"[^>]* aria-labelledby="resource-([\w-]+)"')
FRIDAY = datetime.datetime(2026, 12, 4, 15, 0, tzinfo=datetime.UTC)


def contactable() -> Resource:
    return Resource.objects.get(slug="open-path-collective")


def add_own(visit, name="Dr Rivera", **fields):
    assert services.add_own(visit=visit, name=name, **fields) == services.Added.ADDED
    return Entry.objects.get(visit=visit, name=name)


@pytest.fixture
def visit(client, attach, make_visit):
    visit = make_visit()
    attach(client, visit)
    return visit


# Adding from a directory card


def test_adding_from_a_card_without_javascript_goes_back_to_the_same_place(client, visit):
    resource = contactable()
    back = "/resources/?kind=low-cost&page=1"
    response = client.post(ADD, {"resource": resource.pk, "back": back, "place": 3})
    assert response.status_code == 302 and response["Location"] == back + "#card-3"
    assert Entry.objects.get(visit=visit).name == resource.name


def test_the_card_then_says_it_is_on_the_list(client, visit):
    resource = contactable()
    client.post(ADD, {"resource": resource.pk, "back": "/resources/"})
    html = client.get("/resources/?kind=low-cost").text
    card = html[html.index(f'id="resource-{resource.slug}"') :]
    card = card[: card.index("</article>")]
    assert "On your list" in card and "Add to my list" not in card
    assert "Added to your list." in html


def test_adding_from_a_card_with_javascript_answers_json(client, visit):
    response = client.post(ADD, {"resource": contactable().pk}, HTTP_ACCEPT="application/json")
    assert response.json() == {
        "on_list": True,
        "message": "Added to your list.",
        "list_url": LIST,
    }
    assert Entry.objects.filter(visit=visit).count() == 1


def test_a_first_add_starts_a_visit_for_a_new_browser(client):
    client.post(ADD, {"resource": contactable().pk})
    visit = Visit.objects.get()
    assert Entry.objects.filter(visit=visit).count() == 1
    assert "Open Path" in client.get(LIST).text


def test_a_double_submitted_add_makes_one_entry(client, visit):
    for _ in range(3):
        response = client.post(ADD, {"resource": contactable().pk}, follow=True)
    assert Entry.objects.filter(visit=visit).count() == 1
    assert "That one is already on your list." in response.text


@pytest.mark.parametrize("value", ["999999", "-4", "abc", "", "1" * 40])
def test_an_unknown_resource_gets_a_calm_message_and_no_entry(client, visit, value):
    response = client.post(ADD, {"resource": value, "back": "/resources/"}, follow=True)
    assert response.status_code == 200
    assert "in our directory any more" in response.text
    assert not Entry.objects.exists()


def test_an_unpublished_resource_cannot_be_added(client, visit):
    resource = contactable()
    Resource.objects.filter(pk=resource.pk).update(is_published=False)
    client.post(ADD, {"resource": resource.pk})
    assert not Entry.objects.exists()


def test_crisis_lines_have_no_add_button_and_cannot_be_added(client, visit):
    lifeline = Resource.objects.get(slug="988-lifeline")
    html = client.get("/resources/").text
    assert f'name="resource" value="{lifeline.pk}"' not in html
    client.post(ADD, {"resource": lifeline.pk})
    assert not Entry.objects.exists()


@pytest.mark.parametrize(
    "back", ["https://evil.example/", "//evil.example/x", "/\\evil.example", "javascript:x"]
)
def test_adding_never_sends_the_visitor_to_another_site(client, visit, back):
    response = client.post(ADD, {"resource": contactable().pk, "back": back, "place": 2})
    assert response["Location"] == "/resources/#card-2"


def test_a_card_on_the_results_page_comes_back_there(client, visit):
    response = client.post(ADD, {"resource": contactable().pk, "back": "/checklist/results/"})
    assert response["Location"] == "/checklist/results/"


def test_adding_refuses_get(client):
    assert client.get(ADD).status_code == 405


def test_a_removed_resource_stays_on_the_list_by_name(client, visit):
    resource = contactable()
    services.add_resource(visit=visit, resource=resource)
    resource.delete()
    assert "Open Path Collective" in client.get(LIST).text


# Custom entries


def test_a_custom_entry_needs_only_a_name(client, visit):
    response = client.post(LIST, {"name": "Dr Rivera", "phone": "", "website": ""})
    assert response["Location"] == LIST
    assert Entry.objects.get(visit=visit).name == "Dr Rivera"


def test_a_custom_entry_shows_its_phone_and_website_as_links(client, visit):
    client.post(LIST, {"name": "Hill Clinic", "phone": "(555) 010-0199", "website": "hill.example"})
    html = client.get(LIST).text
    assert 'href="tel:+15550100199"' in html and 'href="https://hill.example"' in html


def test_a_typed_website_that_is_not_a_web_address_is_shown_as_text_only(client, visit):
    client.post(LIST, {"name": "Odd", "website": "javascript:alert(1)"})
    assert 'href="javascript' not in client.get(LIST).text


def test_an_empty_name_is_asked_for_calmly(client, visit):
    response = client.post(LIST, {"name": "   "})
    assert response.status_code == 200
    assert "Enter a name, so you know who this is." in response.text
    assert not Entry.objects.exists()


def test_a_ten_thousand_character_name_is_refused_with_the_limit(client, visit):
    response = client.post(LIST, {"name": "x" * 10_000})
    assert "Please keep the name to 120 characters or fewer." in response.text
    assert not Entry.objects.exists()


def test_control_characters_are_taken_out(client, visit):
    client.post(LIST, {"name": "Dr\x07 Lee\u200b\r\nClinic", "phone": "555\x1b0100"})
    entry = Entry.objects.get()
    assert (entry.name, entry.phone) == ("Dr Lee Clinic", "555 0100")


def test_a_name_of_only_control_characters_counts_as_empty(client, visit):
    response = client.post(LIST, {"name": "\x01\x02\x7f"})
    assert "Enter a name" in response.text and not Entry.objects.exists()


def test_a_double_submitted_custom_entry_makes_one_entry(client, visit):
    client.post(LIST, {"name": "Dr Rivera"})
    response = client.post(LIST, {"name": "dr rivera"}, follow=True)
    assert Entry.objects.count() == 1
    assert "That one is already on your list." in response.text


def test_the_list_stops_at_its_stated_limit(client, visit):
    for n in range(MAX_ENTRIES):
        add_own(visit, f"Therapist {n}")
    response = client.post(LIST, {"name": "One more"}, follow=True)
    assert Entry.objects.filter(visit=visit).count() == MAX_ENTRIES
    assert f"it holds up to {MAX_ENTRIES} names" in response.text


def test_the_page_states_the_limit(client, visit):
    assert f"Your list holds up to {MAX_ENTRIES} names" in client.get(LIST).text


def test_the_list_page_refuses_other_methods(client):
    assert client.put(LIST).status_code == 405


# Statuses


@pytest.mark.parametrize("status", list(Status))
def test_each_status_change_is_kept_with_its_date(client, visit, status):
    entry = add_own(visit)
    with time_machine.travel(FRIDAY, tick=False):
        response = client.post(f"{LIST}{entry.pk}/status/", {"status": status.value})
        change = StatusChange.objects.get(entry=entry)
        html = client.get(LIST).text
    assert response["Location"] == f"{LIST}#entry-{entry.pk}"
    assert (change.status, change.changed_at) == (status.value, FRIDAY)
    assert f"<strong>{status.label}</strong>" in html and "today" in html


def test_the_history_reads_in_the_visitors_terms_days_later(client, visit):
    entry = add_own(visit)
    with time_machine.travel(FRIDAY, tick=False):
        client.post(f"{LIST}{entry.pk}/status/", {"status": "emailed"})
    with time_machine.travel(FRIDAY + datetime.timedelta(days=3), tick=False):
        client.post(f"{LIST}{entry.pk}/status/", {"status": "heard-back"})
        html = client.get(LIST).text
    assert "Emailed on Friday · Heard back today" in html


def test_a_double_submitted_status_is_kept_once(client, visit):
    entry = add_own(visit)
    for _ in range(2):
        client.post(f"{LIST}{entry.pk}/status/", {"status": "called"})
    assert StatusChange.objects.filter(entry=entry).count() == 1


@pytest.mark.parametrize("value", ["lost", "", "EMAILED", "x" * 5000])
def test_a_status_that_does_not_exist_changes_nothing(client, visit, value):
    entry = add_own(visit)
    response = client.post(f"{LIST}{entry.pk}/status/", {"status": value}, follow=True)
    assert "Nothing was changed" in response.text
    assert not StatusChange.objects.exists()


def test_nobody_can_change_someone_elses_entry(client, visit, make_visit):
    other = add_own(make_visit(), "Someone else's")
    client.post(f"{LIST}{other.pk}/status/", {"status": "booked"})
    client.post(f"{LIST}{other.pk}/remove/")
    assert Entry.objects.filter(pk=other.pk).exists() and not StatusChange.objects.exists()


def test_removing_an_entry_takes_its_history_too(client, visit):
    entry = add_own(visit)
    services.record_status(visit=visit, entry_id=entry.pk, status=Status.EMAILED)
    client.post(f"{LIST}{entry.pk}/remove/")
    assert not Entry.objects.exists() and not StatusChange.objects.exists()


def test_status_and_remove_refuse_get(client, visit):
    entry = add_own(visit)
    assert client.get(f"{LIST}{entry.pk}/status/").status_code == 405
    assert client.get(f"{LIST}{entry.pk}/remove/").status_code == 405


# Three working days


def email_on_friday(client, visit):
    entry = add_own(visit)
    with time_machine.travel(FRIDAY, tick=False):
        client.post(f"{LIST}{entry.pk}/status/", {"status": "emailed"})
    return entry


def list_on(client, day: datetime.date) -> str:
    moment = datetime.datetime.combine(day, datetime.time(10), tzinfo=datetime.UTC)
    with time_machine.travel(moment, tick=False):
        return client.get(LIST).text


def test_over_a_weekend_no_follow_up_is_suggested_before_the_third_working_day(client, visit):
    email_on_friday(client, visit)
    html = list_on(client, datetime.date(2026, 12, 8))  # Tuesday: two working days
    assert "No reply yet? That's common" not in html
    assert "follow up tomorrow" in html


def test_on_the_third_working_day_the_page_offers_the_next_steps(client, visit):
    email_on_friday(client, visit)
    add_own(visit, "Dr Next")
    html = list_on(client, datetime.date(2026, 12, 9))  # Wednesday
    follow_up = OutreachTemplate.objects.get(slug="follow-up")
    assert "No reply yet? That's common" in html
    assert "No reply for 3 working days." in html
    assert follow_up.text.splitlines()[0] in html and 'data-copy="#follow-up-text"' in html
    assert "You haven't contacted" in html and "Dr Next" in html
    assert "FindTreatment.gov" in html and 'href="tel:211"' in html
    assert "kind=low-cost" in html


def test_the_entry_due_a_follow_up_comes_first(client, visit):
    add_own(visit, "Dr Later")
    email_on_friday(client, visit)  # Dr Rivera
    html = list_on(client, datetime.date(2026, 12, 9))
    assert html.index("Dr Rivera") < html.index("Dr Later")


def test_a_follow_up_restarts_the_count(client, visit):
    entry = email_on_friday(client, visit)
    with time_machine.travel(datetime.datetime(2026, 12, 9, 9, tzinfo=datetime.UTC), tick=False):
        client.post(f"{LIST}{entry.pk}/status/", {"status": "emailed"})
    assert "No reply yet? That's common" not in list_on(client, datetime.date(2026, 12, 10))


# The calendar reminder


def test_the_reminder_is_a_calendar_file_for_the_follow_up_day(client, visit):
    entry = email_on_friday(client, visit)
    with time_machine.travel(FRIDAY, tick=False):
        response = client.get(f"{LIST}{entry.pk}/follow-up.ics")
    body = response.content.decode()
    assert response["Content-Type"] == "text/calendar; charset=utf-8"
    assert "attachment" in response["Content-Disposition"]
    assert "DTSTART;VALUE=DATE:20261209\r\n" in body
    assert "SUMMARY:Follow up on a message\r\n" in body
    assert "Rivera" not in body


def test_the_list_links_the_reminder_while_waiting(client, visit):
    entry = email_on_friday(client, visit)
    assert f"{LIST}{entry.pk}/follow-up.ics" in list_on(client, datetime.date(2026, 12, 7))


def test_there_is_no_reminder_for_an_entry_not_waiting_or_not_ours(client, visit, make_visit):
    entry = add_own(visit)
    other = add_own(make_visit(), "Theirs")
    services.record_status(visit=other.visit, entry_id=other.pk, status=Status.EMAILED)
    assert client.get(f"{LIST}{entry.pk}/follow-up.ics").status_code == 404
    assert client.get(f"{LIST}{other.pk}/follow-up.ics").status_code == 404


# Belongs to the visit


def test_resuming_on_a_second_device_shows_the_list(client, saved_visit):
    visit, code = saved_visit(client)
    add_own(visit, "Dr Rivera")
    services.record_status(visit=visit, entry_id=Entry.objects.get().pk, status=Status.CALLED)
    phone = Client()
    assert "Dr Rivera" not in phone.get(LIST).text
    phone.post("/resume/", {"code": code})
    html = phone.get(LIST).text
    assert "Dr Rivera" in html and "Called today" in html


def test_delete_my_answers_erases_the_list(client, visit):
    entry = add_own(visit)
    services.record_status(visit=visit, entry_id=entry.pk, status=Status.EMAILED)
    assert (Entry.objects.count(), StatusChange.objects.count()) == (1, 1)
    client.post("/forget/")
    assert (Entry.objects.count(), StatusChange.objects.count()) == (0, 0)


def test_the_list_expires_with_the_visit(settings, make_visit):
    visit = make_visit(last_active_at=timezone.now() - datetime.timedelta(days=31))
    entry = add_own(visit)
    Visit.objects.filter(pk=visit.pk).update(
        last_active_at=timezone.now() - datetime.timedelta(days=31)
    )
    services.record_status(visit=visit, entry_id=entry.pk, status=Status.EMAILED)
    kept = add_own(make_visit(), "Someone active")
    assert purge_expired_visits() == 1
    assert list(Entry.objects.values_list("pk", flat=True)) == [kept.pk]
    assert StatusChange.objects.count() == 0


def test_using_the_list_keeps_the_visit_alive(client, visit):
    Visit.objects.filter(pk=visit.pk).update(
        last_active_at=timezone.now() - datetime.timedelta(days=20)
    )
    client.post(LIST, {"name": "Dr Rivera"})
    visit.refresh_from_db()
    assert timezone.now() - visit.last_active_at < datetime.timedelta(minutes=1)


def test_the_list_page_is_never_stored_by_browsers_or_proxies(client, visit):
    assert "no-store" in client.get(LIST)["Cache-Control"]


def test_no_entry_text_reaches_any_url_or_log(client, visit, caplog):
    secret = "Zanzibarquist"
    caplog.set_level(logging.DEBUG)
    urls = []
    with time_machine.travel(FRIDAY, tick=False):
        response = client.post(
            LIST, {"name": f"Dr {secret}", "phone": "555", "website": "hill.example"}
        )
        urls.append(response["Location"])
        entry = Entry.objects.get()
        urls.append(client.post(f"{LIST}{entry.pk}/status/", {"status": "emailed"})["Location"])
        urls.append(client.post(LIST, {"name": "x" * 500})["Content-Type"])
    for day in (FRIDAY, FRIDAY + datetime.timedelta(days=5)):
        with time_machine.travel(day, tick=False):
            for page in (LIST, "/resources/", "/prepare/sheet/"):
                html = client.get(page).text
                urls += re.findall(r'(?:href|action|src)="([^"]*)"', html)
    urls.append(client.post(f"{LIST}{entry.pk}/remove/")["Location"])
    leaked = [url for url in urls if secret.lower() in url.lower()]
    assert leaked == []
    assert secret not in caplog.text
    assert all(secret not in str(record.args) for record in caplog.records)


def test_entries_never_name_themselves_in_str(visit):
    entry = add_own(visit)
    assert "Rivera" not in str(entry)


def test_the_list_page_costs_the_same_queries_with_50_entries(
    client, visit, django_assert_max_num_queries
):
    for n in range(MAX_ENTRIES):
        entry = add_own(visit, f"Therapist {n}")
        services.record_status(visit=visit, entry_id=entry.pk, status=Status.EMAILED)
    later = time_machine.travel(timezone.now() + datetime.timedelta(days=7))
    with later, django_assert_max_num_queries(8):
        html = client.get(LIST).text
    assert html.count('class="list-entry') == MAX_ENTRIES


def test_the_directory_costs_the_same_queries_with_a_full_list(
    client, visit, django_assert_max_num_queries
):
    for resource in Resource.objects.published().not_crisis()[:MAX_ENTRIES]:
        services.add_resource(visit=visit, resource=resource)
    with django_assert_max_num_queries(20):
        client.get("/resources/")


def test_the_outreach_kit_links_to_the_list(client):
    assert f'href="{LIST}"' in client.get("/resources/reaching-out/").text


def test_the_directory_links_to_the_list(client):
    assert f'href="{LIST}"' in client.get("/resources/").text


def test_an_empty_list_says_how_to_fill_it(client):
    html = client.get(LIST).text
    assert "Your list is empty" in html and "Add to my list" in html
    assert not Visit.objects.exists()


def test_the_checklist_results_end_with_next_reach_out(client, visit):
    record_checklist(
        visit=visit,
        frequencies={Sign.objects.first().pk: 2},
        difficulty=1,
        self_harm_thoughts=False,
    )
    html = client.get("/checklist/results/").text
    assert "Next: reach out" in html and f'href="{LIST}"' in html
    assert html.index("Next: reach out") > html.index("Where to go next")


def test_the_prep_sheet_ends_with_next_reach_out(client, visit):
    add_own(visit)
    intake_services.save_goals(visit=visit, suggestion_ids=[], own_goals="Sleep", resume_at=3)
    html = client.get("/prepare/sheet/").text
    assert "Next: reach out" in html and f'href="{LIST}"' in html


def test_bad_input_gets_the_shared_error_summary_and_keeps_what_was_typed(client, visit):
    response = client.post(LIST, {"name": "", "phone": "555 0100"})
    html = response.text
    assert 'class="error-summary"' in html and 'href="#id_name"' in html
    assert 'value="555 0100"' in html


def test_the_note_after_adding_carries_nothing_the_visitor_typed(client, visit):
    response = client.post(LIST, {"name": "Dr Zanzibarquist"}, follow=True)
    assert [str(note) for note in response.context["messages"]] == ["Added to your list."]


def test_one_visitors_list_never_shows_on_another_visitors_cached_directory(
    client, visit, settings
):
    settings.PAGE_CACHE = True
    newcomer = Client()
    newcomer.get("/resources/?kind=low-cost")  # warms the shared copy
    client.post(ADD, {"resource": contactable().pk, "back": "/resources/?kind=low-cost"})
    mine = client.get("/resources/?kind=low-cost").text
    theirs = newcomer.get("/resources/?kind=low-cost").text
    assert "Added to your list." in mine and "On your list" in mine
    assert "On your list" not in theirs and "Added to your list." not in theirs
    assert "On your list" not in Client().get("/resources/?kind=low-cost").text


def _without_csrf_tokens(html: str) -> str:
    return re.sub(r'name="csrfmiddlewaretoken" value="[^"]*"', "", html)


def test_a_returning_visitor_with_an_empty_list_gets_the_newcomers_copy_of_the_directory(
    client, visit, settings, django_assert_max_num_queries
):
    settings.PAGE_CACHE = True
    newcomers = Client().get("/resources/?kind=low-cost").text
    # The session (with the content version) and the list: the page is not rebuilt.
    with django_assert_max_num_queries(2):
        returning = client.get("/resources/?kind=low-cost").text
    assert _without_csrf_tokens(returning) == _without_csrf_tokens(newcomers)


def test_visitors_with_the_same_cards_on_their_lists_share_one_copy_and_no_one_else_does(
    client, visit, settings, django_assert_max_num_queries, make_visit, attach
):
    settings.PAGE_CACHE = True
    first, second = _cards_on_the_first_page()[:2]
    services.add_resource(visit=visit, resource=first)
    assert "On your list" in client.get("/resources/").text
    other, other_visit = Client(), make_visit()
    attach(other, other_visit)
    services.add_resource(visit=other_visit, resource=first)
    with django_assert_max_num_queries(2):  # the first visitor's copy
        assert other.get("/resources/").text.count("On your list") == 1
    services.add_resource(visit=other_visit, resource=second)
    assert other.get("/resources/").text.count("On your list") == 2
    assert client.get("/resources/").text.count("On your list") == 1
    assert "On your list" not in Client().get("/resources/").text


def test_an_expired_visits_list_marks_no_card(client, visit, settings):
    settings.PAGE_CACHE = True
    first = _cards_on_the_first_page()[0]
    services.add_resource(visit=visit, resource=first)
    assert "On your list" in client.get("/resources/").text
    gone = timezone.now() - datetime.timedelta(days=settings.VISIT_RETENTION_DAYS, seconds=1)
    Visit.objects.filter(pk=visit.pk).update(last_active_at=gone)
    assert "On your list" not in client.get("/resources/").text


def _cards_on_the_first_page() -> list[Resource]:
    html = Client().get("/resources/").text
    slugs = re.findall(
        r'<article class="resource-card"[^>]* aria-labelledby="resource-([\w-]+)"', html
    )
    return [Resource.objects.get(slug=slug) for slug in slugs]


def test_a_newcomers_note_is_never_stored_in_the_shared_page(settings):
    settings.PAGE_CACHE = True
    first = Client()
    first.post(ADD, {"resource": "999999", "back": "/resources/"})
    assert "in our directory any more" in first.get("/resources/").text
    assert "in our directory any more" not in Client().get("/resources/").text
