"""What a resource card shows, on the directory and wherever else it is included."""

import pytest
from django.template.loader import render_to_string

from resources.cards import card_facts, load_details
from resources.models import Resource

pytestmark = pytest.mark.django_db


def test_load_details_gives_each_resource_its_names_in_editor_order(make_resource):
    resource = make_resource(costs=["self-pay", "free"], formats=["video"])
    load_details([resource])
    assert resource.detail_names["costs"] == ["Free", "Self-pay"]
    assert resource.detail_names["formats"] == ["Video"]


def test_load_details_takes_one_query_per_relation_however_many_resources(
    django_assert_num_queries,
    make_many_resources,
):
    make_many_resources(60)
    resources = list(Resource.objects.all())
    with django_assert_num_queries(6):
        load_details(resources)


def test_a_card_included_on_its_own_still_shows_every_detail(make_resource):
    make_resource(slug="lone", costs=["sliding-scale"], areas=["grief-loss"])
    html = render_to_string(
        "resources/_resource_card.html", {"resource": Resource.objects.get(slug="lone")}
    )
    assert "<dd>Sliding scale or reduced fee</dd>" in html
    assert "<dd>Grief and loss</dd>" in html


def test_crisis_lines_do_not_narrow_themselves_to_areas(make_resource):
    line = make_resource(kind="crisis", areas=["mood"], costs=["free"])
    assert [label for label, _value in card_facts(line)] == ["Cost"]


def test_a_service_outside_the_us_says_where_it_is(make_resource):
    assert ("Where", "Many countries") in card_facts(make_resource(country=""))


def test_a_card_does_not_say_english_only_as_if_that_were_news(make_resource):
    line = make_resource(kind="crisis", languages=["english"], audiences=["everyone"])
    labels = [label for label, _value in card_facts(line)]
    assert "Languages" not in labels and "Set up for" not in labels


def test_a_card_still_lists_languages_when_there_is_more_than_english(make_resource):
    assert ("Languages", "English, Spanish") in card_facts(
        make_resource(languages=["english", "spanish"])
    )


def test_a_guide_on_this_site_shows_no_misleading_facts():
    guide = Resource.objects.get(slug="guide-calling-988")
    assert card_facts(guide) == []


def test_911_no_longer_claims_english_only(client):
    html = client.get("/resources/").text
    start = html.index('id="resource-emergency-911"')
    entry = html[start : html.index("</li>\n", html.index("last-checked", start))]
    assert "Languages" not in entry and "English" not in entry
