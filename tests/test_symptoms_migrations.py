"""The seeded checklist: eight signs in plain words, one for each area."""

import pytest
from django.db.models import ProtectedError

from resources.models import Area
from symptoms.models import Sign

pytestmark = pytest.mark.django_db


def test_eight_signs_are_seeded_each_with_an_example():
    signs = list(Sign.objects.active())
    assert len(signs) == 8
    assert all(sign.example for sign in signs)


def test_each_seeded_sign_belongs_to_a_different_area():
    areas = list(Sign.objects.order_by("order").values_list("area__slug", flat=True))
    assert areas == [
        "focus",
        "anxiety",
        "mood",
        "sleep",
        "substance-risk",
        "grief-loss",
        "relationships",
        "life-changes",
    ]


def test_an_area_with_signs_cannot_be_deleted():
    with pytest.raises(ProtectedError):
        Area.objects.get(slug="sleep").delete()
