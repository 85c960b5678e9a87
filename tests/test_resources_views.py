"""The directory at /resources/ and the pages beside it."""

import re

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext

from resources.models import Guide, OutreachTemplate, Resource

pytestmark = pytest.mark.django_db

CRISIS_SLUGS = [
    "988-lifeline",
    "crisis-text-line",
    "emergency-911",
    "veterans-crisis-line",
    "trevor-project",
    "disaster-distress-helpline",
]


def listed(response) -> list[str]:
    """Slugs of the (non-crisis) resources on a directory page, in order."""
    return [resource.slug for resource in response.context["listing"].page.object_list]


def pinned(response) -> list[str]:
    """Slugs of the crisis lines pinned at the top of a directory page, in order."""
    return [resource.slug for resource in response.context["listing"].crisis_lines]


@pytest.fixture
def only_test_resources():
    """Hide the seeded directory (not the crisis lines) so a test controls the list."""
    Resource.objects.not_crisis().update(is_published=False)


# The directory: who may see it, and methods.


def test_anyone_can_see_the_directory(client):
    response = client.get("/resources/")
    assert response.status_code == 200
    assert "<h1>Find help</h1>" in response.text


def test_the_directory_refuses_post(client):
    assert client.post("/resources/").status_code == 405


def test_the_directory_answers_head_requests(client):
    assert client.head("/resources/").status_code == 200


# Crisis lines first, pinned.


def test_crisis_lines_are_pinned_in_strip_order(client):
    assert pinned(client.get("/resources/")) == CRISIS_SLUGS


def test_crisis_lines_come_before_everything_else_on_the_page(client):
    html = client.get("/resources/").text
    assert html.index('id="crisis-heading"') < html.index('id="directory-heading"')
    assert html.index("resource-988-lifeline") < html.index("resource-psychology-today")


def test_crisis_lines_stay_pinned_whatever_the_filters(client):
    response = client.get("/resources/?kind=guide&cost=insurance&language=spanish")
    assert pinned(response) == CRISIS_SLUGS


def test_crisis_lines_are_not_repeated_in_the_filtered_list(client):
    assert not set(listed(client.get("/resources/?cost=free"))) & set(CRISIS_SLUGS)


def test_crisis_lines_stay_pinned_on_later_pages(client, make_many_resources):
    make_many_resources(30)
    response = client.get("/resources/?page=2")
    assert (response.context["listing"].page.number, pinned(response)) == (2, CRISIS_SLUGS)


def test_visitors_outside_the_us_get_a_link_to_find_a_helpline(client):
    html = client.get("/resources/").text
    assert "Not in the US?" in html
    assert 'href="https://findahelpline.com/" rel="noopener noreferrer"' in html


def test_the_find_a_helpline_link_stays_if_editors_unpublish_its_entry(client):
    Resource.objects.filter(slug="find-a-helpline").update(is_published=False)
    assert 'href="https://findahelpline.com/"' in client.get("/resources/").text


def test_the_page_never_asks_for_the_visitors_location(client):
    assert "geolocation" not in client.get("/resources/").text


# Filters, alone and combined.


def test_the_kind_filter_alone(client, only_test_resources, make_resource):
    make_resource(slug="a-group", kind="group")
    make_resource(slug="a-directory", kind="directory")
    assert listed(client.get("/resources/?kind=group")) == ["a-group"]


def test_the_cost_filter_alone(client, only_test_resources, make_resource):
    make_resource(slug="free-one", costs=["free"])
    make_resource(slug="paid-one", costs=["self-pay"])
    assert listed(client.get("/resources/?cost=free")) == ["free-one"]


def test_the_format_filter_alone(client, only_test_resources, make_resource):
    make_resource(slug="by-video", formats=["video"])
    make_resource(slug="in-person", formats=["in-person"])
    assert listed(client.get("/resources/?format=video")) == ["by-video"]


def test_the_area_filter_alone(client, only_test_resources, make_resource):
    make_resource(slug="for-sleep", areas=["sleep"])
    make_resource(slug="for-grief", areas=["grief-loss"])
    assert listed(client.get("/resources/?area=sleep")) == ["for-sleep"]


def test_the_language_filter_alone(client, only_test_resources, make_resource):
    make_resource(slug="en-espanol", languages=["spanish"])
    make_resource(slug="in-english", languages=["english"])
    assert listed(client.get("/resources/?language=spanish")) == ["en-espanol"]


def test_the_audience_filter_alone(client, only_test_resources, make_resource):
    make_resource(slug="for-veterans", audiences=["veterans"])
    make_resource(slug="for-everyone", audiences=["everyone"])
    assert listed(client.get("/resources/?audience=veterans")) == ["for-veterans"]


def test_repeated_values_of_one_filter_widen_the_list(client, only_test_resources, make_resource):
    make_resource(slug="for-mood", areas=["mood"])
    make_resource(slug="for-sleep", areas=["sleep"])
    make_resource(slug="for-grief", areas=["grief-loss"])
    assert set(listed(client.get("/resources/?area=mood&area=sleep"))) == {"for-mood", "for-sleep"}


def test_different_filters_narrow_the_list(client, only_test_resources, make_resource):
    make_resource(slug="free-sleep", areas=["sleep"], costs=["free"])
    make_resource(slug="paid-sleep", areas=["sleep"], costs=["self-pay"])
    make_resource(slug="free-mood", areas=["mood"], costs=["free"])
    assert listed(client.get("/resources/?area=sleep&cost=free")) == ["free-sleep"]


def test_all_six_filters_combine(client, only_test_resources, make_resource):
    everything = dict(
        kind="low-cost",
        costs=["sliding-scale"],
        formats=["video"],
        areas=["focus"],
        languages=["spanish"],
        audiences=["young-people"],
    )
    make_resource(slug="fits", **everything)
    make_resource(slug="wrong-language", **{**everything, "languages": ["english"]})
    query = (
        "kind=low-cost&cost=sliding-scale&format=video&area=focus"
        "&language=spanish&audience=young-people"
    )
    assert listed(client.get(f"/resources/?{query}")) == ["fits"]


def test_a_resource_matching_several_values_is_listed_once(
    client, only_test_resources, make_resource
):
    make_resource(slug="both", areas=["mood", "sleep"], costs=["free", "sliding-scale"])
    assert listed(client.get("/resources/?area=mood&area=sleep&cost=free&cost=sliding-scale")) == [
        "both"
    ]


def test_area_filters_put_the_best_matches_first(client, only_test_resources, make_resource):
    make_resource(slug="one-match", areas=["mood"], order=1)
    make_resource(slug="two-matches", areas=["mood", "sleep"], order=99)
    assert listed(client.get("/resources/?area=mood&area=sleep")) == ["two-matches", "one-match"]


def test_the_form_shows_the_filters_in_use_as_ticked(client):
    html = client.get("/resources/?area=sleep").text
    assert re.search(r'name="area" value="sleep"\s+id="[^"]+" checked', html)


def test_the_filter_summary_says_how_many_filters_are_in_use(client):
    assert "Filter the list (2 in use)" in client.get("/resources/?area=sleep&cost=free").text


def test_each_filter_in_use_has_a_link_that_removes_it(client):
    html = client.get("/resources/?area=sleep&cost=free").text
    assert 'href="/resources/?area=sleep#directory-heading">Cost: Free' in html


def test_unpublished_resources_are_never_listed(client):
    Resource.objects.filter(slug="open-path-collective").update(is_published=False)
    assert "open-path-collective" not in listed(client.get("/resources/?kind=low-cost"))


# Bad filter values: ignored with a note, never an error.


@pytest.mark.parametrize(
    "query",
    [
        "area=moood",
        "kind=crisis",
        "cost=%00%FF",
        "format=" + "x" * 5000,
        "area=mood&area=<script>",
        "language[]=spanish&audience=",
        "page=-1",
        "page=99999",
        "page=abc",
        "area=%E2%9C%93&area=mood",
    ],
)
def test_malformed_filters_never_cause_an_error(client, query):
    assert client.get(f"/resources/?{query}").status_code == 200


def test_an_unknown_value_is_ignored_with_a_note(client):
    response = client.get("/resources/?area=moood&area=sleep")
    assert "we left them out: area &quot;moood&quot;" in response.text
    assert response.context["listing"].filters.values("area") == ("sleep",)


def test_an_unknown_value_is_shown_escaped(client):
    html = client.get("/resources/?area=<script>alert(1)</script>").text
    assert "<script>alert(1)" not in html


def test_a_page_past_the_end_shows_the_last_page(client, make_many_resources):
    make_many_resources(30)
    assert client.get("/resources/?page=99").context["listing"].page.number == 2


# Count, empty state, pagination.


def test_the_page_says_how_many_resources_match(client, only_test_resources, make_resource):
    make_resource(areas=["sleep"])
    make_resource(areas=["sleep"])
    assert "2 resources match." in client.get("/resources/?area=sleep").text


def test_an_empty_result_offers_a_way_back(client, only_test_resources):
    html = client.get("/resources/?kind=group").text
    assert "Nothing here matches all of these filters." in html
    assert '<a href="/resources/">see every resource</a>' in html


def test_the_list_is_paginated_past_25(client, only_test_resources, make_many_resources):
    make_many_resources(30)
    response = client.get("/resources/")
    assert len(listed(response)) == 25
    assert "Showing 1 to 25 of 30 resources." in response.text


def test_the_next_page_link_keeps_the_filters(client, only_test_resources, make_many_resources):
    make_many_resources(30, areas=["sleep"])
    html = client.get("/resources/?area=sleep").text
    assert 'href="/resources/?area=sleep&amp;page=2#directory-heading" rel="next"' in html


def test_the_second_page_holds_the_rest(client, only_test_resources, make_many_resources):
    make_many_resources(30)
    assert len(listed(client.get("/resources/?page=2"))) == 5


# What each resource shows.


def test_every_resource_shows_when_it_was_last_checked(client):
    html = client.get("/resources/").text
    cards = html.count('<article class="resource-card') + html.count('<li class="crisis-line"')
    assert html.count("Last checked: <time") == cards > 10


def test_phone_and_text_routes_are_tel_and_sms_links(client):
    html = client.get("/resources/").text
    assert '<a class="route" href="tel:988">Call 988</a>' in html
    assert '<a class="route" href="sms:741741?body=HOME">Text HOME to 741741</a>' in html
    assert '<a class="route" href="sms:678678?body=START">Text START to 678-678</a>' in html


def test_outbound_links_stay_in_the_tab_and_say_they_lead_elsewhere(client):
    html = client.get("/resources/").text
    outbound = re.findall(r"<a [^>]*href=\"https?://[^\"]+\"[^>]*>.*?</a>", html, flags=re.S)
    # "Leave this site" is the site's quick exit, deliberately a plain link.
    outbound = [link for link in outbound if "data-quick-exit" not in link]
    assert len(outbound) > 10
    for link in outbound:
        assert 'rel="noopener noreferrer"' in link and "target=" not in link
        assert "(another website)" in link and "↗" in link


def test_crisis_lines_show_their_hours(client):
    assert "Open 24 hours, every day" in client.get("/resources/").text


# Queries stay constant as the directory grows.


def _queries_for_directory(client) -> int:
    with CaptureQueriesContext(connection) as queries:
        assert client.get("/resources/?area=mood&cost=free").status_code == 200
    return len(queries)


@pytest.mark.parametrize("count", [10, 300])
def test_the_directory_takes_a_fixed_number_of_queries(
    client, django_assert_max_num_queries, count, make_many_resources
):
    make_many_resources(count)
    # a fresh render, plus the content version and the states (options and card names)
    with django_assert_max_num_queries(17):
        client.get("/resources/?area=mood&cost=free")


def test_the_directory_costs_the_same_with_10_and_with_300_resources(client, make_many_resources):
    make_many_resources(10)
    with_ten = _queries_for_directory(client)
    make_many_resources(290)
    assert _queries_for_directory(client) == with_ten


# The pages beside the directory.


@pytest.mark.parametrize(
    "address",
    ["/resources/calling-988/", "/resources/cost-and-insurance/", "/resources/reaching-out/"],
)
def test_anyone_can_read_the_guides(client, address):
    assert client.get(address).status_code == 200


@pytest.mark.parametrize(
    "address",
    ["/resources/calling-988/", "/resources/cost-and-insurance/", "/resources/reaching-out/"],
)
def test_the_guides_refuse_post(client, address):
    assert client.post(address).status_code == 405


def test_a_guide_removed_from_the_database_is_a_404_not_an_error(client):
    Guide.objects.filter(slug="cost-and-insurance").delete()
    assert client.get("/resources/cost-and-insurance/").status_code == 404


def test_the_988_page_explains_what_happens_calmly(client):
    html = client.get("/resources/calling-988/").text
    assert "least invasive" in html
    assert "about 2%" in html
    assert "does not automatically receive your exact location" in html


def test_the_988_page_keeps_the_line_itself_in_view(client):
    html = client.get("/resources/calling-988/").text
    assert html.index('id="lifeline-heading"') < html.index("Who answers")
    assert '<a class="route" href="sms:988">Text 988</a>' in html


def test_the_988_page_still_shows_988_if_its_entry_is_unpublished(client):
    Resource.objects.filter(slug="988-lifeline").update(is_published=False)
    assert (
        '<a class="route" href="tel:988">Call 988</a>' in client.get("/resources/calling-988/").text
    )


def test_the_988_page_offers_veterans_and_spanish_options(client):
    html = client.get("/resources/calling-988/").text
    assert "press 1" in html and 'href="sms:988?body=AYUDA"' in html


def test_the_cost_guide_covers_the_ways_to_pay(client):
    html = client.get("/resources/cost-and-insurance/").text
    for topic in (
        "In network",
        "deductible",
        "Sliding scale",
        "Employee assistance",
        "Good Faith Estimate",
    ):
        assert topic in html


def test_guides_show_editor_changes_sanitised(client):
    Guide.objects.filter(slug="cost-and-insurance").update(body="## New\n\n<script>x()</script>Hi")
    html = client.get("/resources/cost-and-insurance/").text
    assert "<h2>New</h2>" in html and "x()" not in html


def test_the_outreach_kit_shows_each_template_as_plain_selectable_text(client):
    html = client.get("/resources/reaching-out/").text
    assert '<pre class="outreach-text" id="email-text">Subject: New client enquiry' in html
    # Email, voicemail, insurance call, and the follow-up the outreach list offers.
    assert html.count('<pre class="outreach-text"') == 4


def test_each_template_has_a_copy_button_that_stays_hidden_without_javascript(client):
    html = client.get("/resources/reaching-out/").text
    assert (
        '<button type="button" class="btn btn-outline-primary" data-copy="#voicemail-text"' in html
    )
    assert html.count("data-copy=") == html.count(" hidden>Copy</button>") == 4


def test_the_outreach_kit_says_what_to_try_after_three_working_days(client):
    html = client.get("/resources/reaching-out/").text
    assert "three working days" in html
    assert "FindTreatment.gov" in html and "211" in html


def test_outreach_templates_are_editor_managed(client):
    OutreachTemplate.objects.filter(slug="email").update(text="Dear [name], hello & welcome")
    assert "Dear [name], hello &amp; welcome" in client.get("/resources/reaching-out/").text


def test_the_crisis_strip_reads_from_the_directory(client, make_resource):
    make_resource(kind="crisis", phone="1-800-000-0000", strip_position=9, strip_label="Test line:")
    html = client.get("/resources/cost-and-insurance/").text
    assert "Test line:" in html and 'href="tel:+18000000000"' in html


def test_the_crisis_strip_drops_a_line_taken_out_of_it(client):
    Resource.objects.filter(slug="crisis-text-line").update(strip_position=None)
    html = client.get("/about/").text
    assert 'href="sms:741741?body=HOME"' not in html


def test_the_988_page_sends_lgbtq_young_people_to_the_trevor_project_entry(client):
    html = client.get("/resources/calling-988/").text
    assert 'href="/resources/#resource-trevor-project"' in html
    assert 'id="resource-trevor-project"' in client.get("/resources/").text


def test_crisis_lines_are_a_compact_list_not_cards(client):
    html = client.get("/resources/").text
    crisis = html[html.index('id="crisis-heading"') : html.index('id="guides-heading"')]
    assert crisis.count('<li class="crisis-line"') == len(CRISIS_SLUGS) + 1  # + Find A Helpline
    assert "resource-card" not in crisis


def test_guides_and_filters_come_before_the_directory_list(client):
    html = client.get("/resources/").text
    guides = html.index('id="guides-heading"')
    assert guides < html.index('class="directory-filters"') < html.index('id="result-count"')
    nav = html[guides : html.index("</nav>", guides)]
    for name in ("looking-after-yourself", "calling-988", "cost-and-insurance", "reaching-out"):
        assert f'href="/resources/{name}/"' in nav


def test_the_self_help_page_gives_everyday_basics_and_when_to_get_more_help(client):
    response = client.get("/resources/looking-after-yourself/")
    assert response.status_code == 200
    assert "<h2>Keep a rhythm for sleep</h2>" in response.text
    assert "When to look for more help" in response.text


def test_the_self_help_page_refuses_post(client):
    assert client.post("/resources/looking-after-yourself/").status_code == 405


# Where the visitor is: a state they pick, never a guess.


def test_a_state_shows_nationwide_services_and_those_bound_to_that_state(
    client, only_test_resources, make_resource
):
    make_resource(slug="nationwide")
    make_resource(slug="in-ohio", states=["oh"])
    make_resource(slug="in-texas", states=["tx"])
    assert sorted(listed(client.get("/resources/?state=oh"))) == ["in-ohio", "nationwide"]


def test_without_a_state_every_service_is_listed(client, only_test_resources, make_resource):
    make_resource(slug="nationwide")
    make_resource(slug="in-ohio", states=["oh"])
    assert sorted(listed(client.get("/resources/"))) == ["in-ohio", "nationwide"]


def test_online_anywhere_in_my_state_leaves_out_in_person_only_help(
    client, only_test_resources, make_resource
):
    make_resource(slug="ohio-video", states=["oh"], formats=["video"])
    make_resource(slug="ohio-clinic", states=["oh"], formats=["in-person"])
    make_resource(slug="national-phone", formats=["phone"])
    response = client.get("/resources/?state=oh&reach=online")
    assert sorted(listed(response)) == ["national-phone", "ohio-video"]


def test_a_state_bound_card_says_where_it_serves(client, only_test_resources, make_resource):
    make_resource(slug="in-ohio", states=["oh"])
    assert "<dd>Ohio only</dd>" in client.get("/resources/").text


def test_the_state_is_a_single_choice_list_with_anywhere_first(client):
    html = client.get("/resources/?state=ca").text
    assert '<select name="state"' in html
    assert '<option value="">Anywhere in the US</option>' in html
    assert '<option value="ca" selected>California</option>' in html


def test_an_unknown_state_is_ignored_and_reported(client):
    response = client.get("/resources/?state=zz")
    assert "state &quot;zz&quot;" in response.text and not response.context["listing"].filters
