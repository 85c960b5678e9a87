"""Matching resources to the areas the checklist flagged."""

import pytest

from resources.matching import clean_area_slugs, matched_resources
from resources.models import Resource


def test_area_slugs_are_cleaned_and_deduplicated():
    assert clean_area_slugs([" Sleep", "", "sleep", "mood"]) == ["sleep", "mood"]


@pytest.fixture
def only_test_resources(db):
    """Hide the seeded directory so the test decides exactly what can match."""
    Resource.objects.not_crisis().update(is_published=False)


def test_the_best_matches_come_first(only_test_resources, make_resource):
    one = make_resource(slug="one-area", areas=["mood"], order=1)
    two = make_resource(slug="two-areas", areas=["mood", "sleep"], order=50)
    assert matched_resources(["mood", "sleep"]) == [two, one]


def test_equal_matches_follow_the_editor_order_then_the_name(only_test_resources, make_resource):
    later = make_resource(name="Abe", areas=["mood"], order=6)
    second = make_resource(name="Zed", areas=["mood"], order=5)
    first = make_resource(name="Bea", areas=["mood"], order=5)
    assert matched_resources(["mood"]) == [first, second, later]


def test_matched_resources_come_with_their_card_details(only_test_resources, make_resource):
    make_resource(areas=["mood"], costs=["free", "sliding-scale"])
    [match] = matched_resources(["mood"])
    assert match.detail_names["costs"] == ["Free", "Sliding scale or reduced fee"]


def test_it_returns_at_most_the_limit(only_test_resources, make_resource):
    for _ in range(5):
        make_resource(areas=["grief-loss"])
    assert len(matched_resources(["grief-loss"])) == 3


def test_crisis_lines_unpublished_and_unrelated_resources_are_left_out(
    only_test_resources, make_resource
):
    make_resource(kind="crisis", areas=["sleep"])
    make_resource(is_published=False, areas=["sleep"])
    make_resource(areas=["mood"])
    assert matched_resources(["sleep"]) == []


def test_no_areas_or_unknown_areas_match_nothing(db):
    assert matched_resources([]) == []
    assert matched_resources(["not-an-area"]) == []


def test_a_resource_matching_two_areas_is_listed_once(only_test_resources, make_resource):
    resource = make_resource(areas=["mood", "sleep"])
    assert matched_resources(["mood", "sleep"], limit=10) == [resource]


def test_the_seeded_directory_offers_three_matches_for_every_area(db):
    from resources.models import Area

    for slug in Area.objects.values_list("slug", flat=True):
        assert len(matched_resources([slug])) == 3, slug


def test_matching_costs_the_same_queries_with_many_resources(
    db, django_assert_num_queries, make_many_resources
):
    make_many_resources(300, areas=["mood"])
    # The content version, the ranked matches, one query per card detail.
    with django_assert_num_queries(8):
        matches = matched_resources(["mood"])
    assert len(matches) == 3
    # Until an editor changes something, the same areas cost only the version.
    with django_assert_num_queries(1):
        assert matched_resources(["mood"]) == matches
