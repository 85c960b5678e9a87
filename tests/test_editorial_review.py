"""Review state is computed from the wording: a change ends it, a revert brings it back."""

import datetime

import pytest

from editorial.pages import page_review
from symptoms.models import Sign

pytestmark = pytest.mark.django_db

MARCH_3 = datetime.date(2027, 3, 3)


@pytest.fixture
def sign(make_reviewer):
    sign = Sign.objects.active().first()
    sign.record_review(by=make_reviewer(), on=MARCH_3)
    sign.save()
    return sign


def test_starter_content_ships_unreviewed_with_its_sources():
    from editorial.queue import reviewed_models

    for model in reviewed_models():
        items = list(model.objects.prefetch_related("sources"))
        assert items, model
        assert not any(item.review_holds for item in items), model
        assert all(item.sources.all() for item in items), model


def test_a_recorded_review_holds_and_is_due_a_year_later(sign):
    assert sign.review_holds
    assert sign.next_review_due == datetime.date(2028, 3, 3)


def test_a_change_to_the_text_ends_the_review(sign):
    sign.text = "Trouble sleeping, or sleeping much more than usual"
    sign.save()
    sign.refresh_from_db()
    assert not sign.review_holds


def test_a_reorder_or_a_retirement_keeps_the_review(sign):
    sign.order = 999
    sign.is_active = False
    sign.save()
    sign.refresh_from_db()
    assert sign.review_holds


def test_putting_the_reviewed_words_back_restores_the_review(sign):
    reviewed = sign.text
    sign.text = "Something else"
    sign.save()
    sign.text = reviewed
    sign.save()
    sign.refresh_from_db()
    assert sign.review_holds


def test_the_same_words_typed_again_in_a_browser_still_match(sign):
    sign.example = sign.example + "\r\n"
    assert sign.review_holds


def test_a_page_is_pending_when_any_of_its_content_is(sign):
    review = page_review(Sign.objects.active())
    assert review.pending
    assert review.changed_on == datetime.date.today()


def test_a_page_whose_content_is_all_reviewed_names_reviewers_and_dates(make_reviewer):
    lee, khan = make_reviewer(), make_reviewer(name="Sam Khan", credential="PhD")
    signs = list(Sign.objects.active())
    for number, sign in enumerate(signs):
        sign.record_review(by=lee if number else khan, on=MARCH_3 + datetime.timedelta(number))
        sign.save()
    review = page_review(signs, today=MARCH_3)
    assert (review.pending, review.reviewed_by) == (False, "Jordan Lee, LCSW and Sam Khan, PhD")
    assert review.first_reviewed_on == MARCH_3
    assert review.next_review_due == datetime.date(2028, 3, 3)
    assert [source.slug for source in review.sources] == ["nimh-psychotherapies"]


def test_a_page_with_no_content_shows_no_review_block():
    assert page_review(Sign.objects.none()) is None
