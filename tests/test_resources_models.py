"""Resource links, ordering and constraints."""

import doctest
import re

import pytest
from django.db import IntegrityError, transaction

from resources import directory, filters, freshness, matching, models, rendering
from resources.models import Resource, sms_uri, tel_uri

TEL = re.compile(r"^tel:(\+1\d{10}|\d{3})$")
SMS = re.compile(r"^sms:(\+1\d{10}|\d{5,6}|\d{3})(\?body=[A-Za-z0-9%]+)?$")


@pytest.mark.parametrize("module", [filters, freshness, matching, models, rendering, directory])
def test_the_worked_examples_in_docstrings_hold(module):
    assert doctest.testmod(module).failed == 0


@pytest.mark.parametrize(
    ("number", "uri"),
    [
        ("988", "tel:988"),
        ("911", "tel:911"),
        ("1-866-488-7386", "tel:+18664887386"),
        ("(800) 662-4357", "tel:+18006624357"),
        ("+44 116 123", "tel:+44116123"),
    ],
)
def test_phone_numbers_become_rfc_3966_tel_uris(number, uri):
    assert tel_uri(number) == uri


@pytest.mark.parametrize(
    ("number", "keyword", "uri"),
    [
        ("741741", "HOME", "sms:741741?body=HOME"),
        ("678-678", "START", "sms:678678?body=START"),
        ("62640", "helpline", "sms:62640?body=helpline"),
        ("838255", "", "sms:838255"),
        ("988", "two words&more", "sms:988?body=two%20words%26more"),
    ],
)
def test_text_numbers_become_rfc_5724_sms_uris_with_the_keyword_as_body(number, keyword, uri):
    assert sms_uri(number, keyword) == uri


@pytest.mark.django_db
def test_every_seeded_phone_link_is_well_formed():
    hrefs = [r.tel_href for r in Resource.objects.exclude(phone="")]
    assert hrefs and all(TEL.match(href) for href in hrefs), hrefs


@pytest.mark.django_db
def test_every_seeded_text_link_is_well_formed():
    hrefs = [r.sms_href for r in Resource.objects.exclude(text_number="")]
    assert hrefs and all(SMS.match(href) for href in hrefs), hrefs


@pytest.mark.django_db
def test_crisis_lines_follow_the_strip_order_then_the_editor_order():
    slugs = [r.slug for r in Resource.objects.crisis_lines()]
    assert slugs[:4] == ["988-lifeline", "crisis-text-line", "emergency-911", "find-a-helpline"]
    assert slugs[4:] == ["veterans-crisis-line", "trevor-project", "disaster-distress-helpline"]


@pytest.mark.django_db
def test_unpublished_crisis_lines_are_left_out():
    Resource.objects.filter(slug="trevor-project").update(is_published=False)
    assert "trevor-project" not in {r.slug for r in Resource.objects.crisis_lines()}


@pytest.mark.django_db
def test_a_resource_must_be_rechecked_at_least_daily(make_resource):
    with pytest.raises(IntegrityError), transaction.atomic():
        make_resource(recheck_days=0)


@pytest.mark.django_db
def test_only_guides_can_point_to_a_page_on_this_site(make_resource):
    with pytest.raises(IntegrityError), transaction.atomic():
        make_resource(kind="directory", site_page=Resource.SitePage.COST)


@pytest.mark.django_db
def test_a_guide_links_to_its_page_on_this_site():
    guide = Resource.objects.get(slug="guide-cost-and-insurance")
    assert guide.site_page_url == "/resources/cost-and-insurance/"


def test_the_website_host_is_shown_without_www():
    assert Resource(website="https://www.nami.org/help").website_host == "nami.org"


def test_resources_are_named_by_their_name_only():
    assert str(Resource(name="Crisis Text Line")) == "Crisis Text Line"
