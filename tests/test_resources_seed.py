"""The data migration seeds the crisis lines, helplines and directories with real, checked
contact routes, each dated by its last check."""

import datetime

import pytest

from resources.models import Guide, OutreachTemplate, Resource

pytestmark = pytest.mark.django_db

CHECKED = datetime.date(2026, 11, 29)

# slug: (kind, tel, sms, website starts with)
EXPECTED = {
    "988-lifeline": ("crisis", "tel:988", "sms:988", "https://988lifeline.org/"),
    "emergency-911": ("crisis", "tel:911", None, None),
    "crisis-text-line": ("crisis", None, "sms:741741?body=HOME", "https://www.crisistextline.org/"),
    "veterans-crisis-line": (
        "crisis",
        "tel:988",
        "sms:838255",
        "https://www.veteranscrisisline.net/",
    ),
    "trevor-project": (
        "crisis",
        "tel:+18664887386",
        "sms:678678?body=START",
        "https://www.thetrevorproject.org/",
    ),
    "samhsa-national-helpline": ("support", "tel:+18006624357", None, "https://www.samhsa.gov/"),
    "findtreatment-gov": ("directory", None, None, "https://findtreatment.gov/"),
    "nami-helpline": (
        "support",
        "tel:+18009506264",
        "sms:62640?body=helpline",
        "https://www.nami.org/",
    ),
    "disaster-distress-helpline": (
        "crisis",
        "tel:+18009855990",
        "sms:+18009855990",
        "https://www.samhsa.gov/",
    ),
    "211": ("low-cost", "tel:211", None, "https://www.211.org/"),
    "psychology-today": (
        "directory",
        None,
        None,
        "https://www.psychologytoday.com/us/therapists",
    ),
    "apa-psychologist-locator": ("directory", None, None, "https://locator.apa.org/"),
    "open-path-collective": ("low-cost", None, None, "https://openpathcollective.org/"),
    "find-a-helpline": ("crisis", None, None, "https://findahelpline.com/"),
}


@pytest.mark.parametrize("slug", EXPECTED)
def test_each_product_resource_is_seeded_with_its_real_routes(slug):
    resource = Resource.objects.get(slug=slug)
    kind, tel, sms, website = EXPECTED[slug]
    assert resource.kind == kind
    assert (
        resource.tel_href if resource.phone else None,
        resource.sms_href if resource.text_number else None,
    ) == (tel, sms)
    assert (resource.website or None) == website or resource.website.startswith(website)


def test_every_seeded_resource_records_the_day_it_was_checked():
    # The self-help guide was written three days after the rest of the directory.
    dates = dict(Resource.objects.values_list("slug", "last_checked_on"))
    assert dates.pop("guide-looking-after-yourself") == datetime.date(2026, 12, 2)
    assert set(dates.values()) == {CHECKED}


def test_988_offers_veterans_and_spanish_options_and_chat():
    lifeline = Resource.objects.get(slug="988-lifeline")
    assert "press 1" in lifeline.contact_note and "AYUDA" in lifeline.contact_note
    assert lifeline.chat_url == "https://988lifeline.org/chat/"


def test_the_withdrawn_press_3_option_is_never_offered_as_a_way_in():
    offered = " ".join(Resource.objects.values_list("contact_note", flat=True))
    assert "press 3" not in offered
    assert "ended in July 2025" in Resource.objects.get(slug="988-lifeline").description


def test_the_veterans_crisis_line_is_reached_through_988_then_1():
    line = Resource.objects.get(slug="veterans-crisis-line")
    assert (line.phone, line.contact_note) == ("988", "Dial 988, then press 1.")


def test_find_a_helpline_covers_many_countries_rather_than_the_us():
    assert Resource.objects.get(slug="find-a-helpline").country == ""


def test_the_nami_helpline_states_its_weekday_hours():
    nami = Resource.objects.get(slug="nami-helpline")
    assert not nami.open_24_7 and "Monday to Friday" in nami.hours


def test_the_three_guides_beside_the_directory_are_seeded():
    assert set(Guide.objects.values_list("slug", flat=True)) >= {
        "calling-988",
        "cost-and-insurance",
        "reaching-out",
    }


def test_the_outreach_kit_has_an_email_a_voicemail_an_insurance_script_and_a_follow_up():
    assert list(OutreachTemplate.objects.values_list("slug", flat=True)) == [
        "email",
        "voicemail",
        "insurance-call",
        "follow-up",
    ]


def test_the_insurance_script_asks_the_five_questions_that_matter():
    text = OutreachTemplate.objects.get(slug="insurance-call").text
    for question in ("in network", "deductible", "sessions", "telehealth", "out-of-network"):
        assert question in text


def test_seeded_resources_are_all_published():
    assert not Resource.objects.filter(is_published=False).exists()


def test_the_988_strip_label_is_short_enough_for_a_phone():
    assert Resource.objects.get(slug="988-lifeline").strip_label == "Day or night:"
