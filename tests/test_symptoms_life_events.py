"""How life events are read: when they happened, and how much they still weigh."""

import pytest

from symptoms import services
from symptoms.latest import of_visit
from symptoms.life_events import (
    WHEN_EARLIER,
    WHEN_NO,
    WHEN_RECENT,
    answer_label,
    strength,
)
from symptoms.models import Sign


def test_an_event_that_did_not_happen_counts_nothing():
    assert strength(when=WHEN_NO, weight=None) == 0


def test_a_recent_event_stands_out_even_without_a_weight():
    assert strength(when=WHEN_RECENT, weight=None) == 2


def test_an_older_event_counts_as_marked():
    assert strength(when=WHEN_EARLIER, weight=None) == 1


def test_the_weight_decides_when_it_is_given():
    assert strength(when=WHEN_EARLIER, weight=3) == 3


def test_labels_say_when_and_how_much():
    assert (
        answer_label(when=WHEN_RECENT, weight=1) == "In the last few months, still weighs a little"
    )


@pytest.mark.django_db
def test_a_weight_outside_one_to_three_is_refused(make_visit):
    sign = Sign.objects.filter(kind=Sign.Kind.LIFE_EVENT).first()
    with pytest.raises(ValueError):
        services.record_checklist(
            visit=make_visit(),
            frequencies={sign.pk: 2},
            difficulty=0,
            self_harm_thoughts=False,
            weights={sign.pk: 4},
        )


@pytest.mark.django_db
def test_the_two_seeded_life_events_are_grief_and_a_big_upheaval():
    areas = set(Sign.objects.filter(kind=Sign.Kind.LIFE_EVENT).values_list("area__slug", flat=True))
    assert areas == {"grief-loss", "life-changes"}


@pytest.mark.django_db
def test_a_recent_loss_is_an_area_that_stands_out_in_the_results(
    client, make_visit, take_checklist
):
    from symptoms.summary import checklist_results

    visit = make_visit()
    grief = Sign.objects.get(area__slug="grief-loss")
    take_checklist(visit, frequency=0, **{str(grief.pk): WHEN_RECENT})
    assert checklist_results(of_visit(visit)).area_slugs == ["grief-loss"]
