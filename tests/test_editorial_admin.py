"""The editorial workflow in admin: who may mark reviewed, the queue, history and revert."""

import datetime
import re

import pytest
from django.urls import reverse

from editorial.models import Reviewer
from resources.models import Resource
from symptoms.models import Sign

pytestmark = pytest.mark.django_db

TODAY = datetime.date(2027, 3, 3)


@pytest.fixture(autouse=True)
def _frozen_today(time_machine):
    time_machine.move_to(datetime.datetime(2027, 3, 3, 12, 0), tick=False)


@pytest.fixture
def sign():
    return Sign.objects.active().first()


@pytest.fixture
def editor(client, make_staff):
    client.force_login(make_staff("Content editors"))
    return client


@pytest.fixture
def reviewer(client, make_staff, make_reviewer):
    user = make_staff("Clinical reviewers")
    make_reviewer(user=user)
    client.force_login(user)
    return client


def change_url(obj):
    opts = obj._meta
    return reverse(f"admin:{opts.app_label}_{opts.model_name}_change", args=[obj.pk])


def changelist_url(model):
    return reverse(f"admin:{model._meta.app_label}_{model._meta.model_name}_changelist")


def sign_form(sign, **changes):
    """The change form as the browser posts it, review fields included as they are now."""
    sign.refresh_from_db()
    data = {
        "reviewed_by": sign.reviewed_by_id or "",
        "reviewed_on": sign.reviewed_on or "",
        "next_review_due": sign.next_review_due or "",
        "text": sign.text,
        "example": sign.example,
        "area": sign.area_id,
        "kind": sign.kind,
        "order": sign.order,
        "is_active": "on",
        "sources": [source.pk for source in sign.sources.all()],
    }
    return {**data, **changes}


def test_an_editor_cannot_mark_content_reviewed(editor, sign, make_reviewer):
    someone = make_reviewer()
    data = sign_form(sign, mark_reviewed="on", reviewed_by=someone.pk, reviewed_on="2027-03-03")
    editor.post(change_url(sign), data)
    sign.refresh_from_db()
    assert (sign.reviewed_by, sign.reviewed_on, sign.review_holds) == (None, None, False)


def test_an_editor_sees_the_review_fields_read_only(editor, sign):
    html = editor.get(change_url(sign)).text
    assert 'name="mark_reviewed"' not in html
    assert 'name="reviewed_by"' not in html
    assert "Clinical review pending: not reviewed yet." in html


def test_an_editor_is_not_offered_the_mark_reviewed_action(editor):
    assert "mark_reviewed_today" not in editor.get(changelist_url(Sign)).text


def test_an_editor_cannot_run_the_mark_reviewed_action_by_posting_it(editor, sign):
    data = {"action": "mark_reviewed_today", "_selected_action": [sign.pk]}
    editor.post(changelist_url(Sign), data)
    sign.refresh_from_db()
    assert not sign.review_holds


def test_a_reviewer_marks_reviewed_on_the_change_form(reviewer, sign):
    response = reviewer.post(change_url(sign), sign_form(sign, mark_reviewed="on"))
    assert response.status_code == 302
    sign.refresh_from_db()
    assert sign.review_holds
    assert (str(sign.reviewed_by), sign.reviewed_on) == ("Jordan Lee, LCSW", TODAY)
    assert sign.next_review_due == datetime.date(2028, 3, 3)


def test_a_reviewer_marks_several_reviewed_today_from_the_list(reviewer):
    pks = list(Sign.objects.active().values_list("pk", flat=True)[:3])
    response = reviewer.post(
        changelist_url(Sign), {"action": "mark_reviewed_today", "_selected_action": pks}
    )
    assert response.status_code == 302
    assert all(sign.review_holds for sign in Sign.objects.filter(pk__in=pks))
    assert "Marked 3 items reviewed today." in reviewer.get(changelist_url(Sign)).text


def test_a_reviewer_without_a_reviewer_record_is_told_why_nothing_was_marked(
    client, make_staff, sign
):
    client.force_login(make_staff("Clinical reviewers"))
    response = client.post(change_url(sign), sign_form(sign, mark_reviewed="on"))
    assert response.status_code == 200
    assert "your account is not linked to a reviewer record" in response.text
    sign.refresh_from_db()
    assert not sign.review_holds


def test_the_change_form_warns_before_new_wording_resets_a_review(reviewer, sign):
    reviewer.post(change_url(sign), sign_form(sign, mark_reviewed="on"))
    html = reviewer.get(change_url(sign)).text
    assert 'data-warning="Saving changes the wording: the review will be reset."' in html
    assert "reordering or publishing does not" in html


def test_saving_new_wording_resets_the_review_and_says_so(reviewer, sign):
    reviewer.post(change_url(sign), sign_form(sign, mark_reviewed="on"))
    response = reviewer.post(change_url(sign), sign_form(sign, text="New words"), follow=True)
    sign.refresh_from_db()
    assert not sign.review_holds
    assert "its clinical review is pending again" in response.text


def test_reordering_in_the_list_keeps_the_review(reviewer, sign):
    reviewer.post(change_url(sign), sign_form(sign, mark_reviewed="on"))
    signs = list(Sign.objects.all())
    data = {
        "form-TOTAL_FORMS": len(signs),
        "form-INITIAL_FORMS": len(signs),
        "_save": "Save",
    }
    for number, row in enumerate(signs):
        data[f"form-{number}-id"] = row.pk
        data[f"form-{number}-order"] = 100 - row.order
        data[f"form-{number}-is_active"] = "on" if row.is_active else ""
    assert reviewer.post(changelist_url(Sign), data).status_code == 302
    sign.refresh_from_db()
    assert sign.order == 100 - signs[[s.pk for s in signs].index(sign.pk)].order
    assert sign.review_holds


def test_history_shows_who_changed_what_and_reverts_to_the_old_wording(editor, client, sign):
    old = sign.text
    editor.post(change_url(sign), sign_form(sign, text="Reworded by an editor"))
    history = client.get(change_url(sign).replace("/change/", "/history/")).text
    assert "Reworded by an editor" in history
    assert "content" in history  # the editor's username (first word of the group name)
    first = sign.history.earliest()
    revert_url = reverse("admin:symptoms_sign_simple_history", args=[sign.pk, first.pk])
    assert client.post(revert_url, sign_form(sign, text=first.text)).status_code == 302
    assert old in client.get("/checklist/").text
    assert "Reworded by an editor" not in client.get("/checklist/").text


def test_reverting_to_the_reviewed_wording_restores_the_review(reviewer, sign):
    reviewer.post(change_url(sign), sign_form(sign, mark_reviewed="on"))
    reviewer.post(change_url(sign), sign_form(sign, text="Unreviewed words"))
    reviewed = sign.history.filter(text=sign.text).latest()
    revert_url = reverse("admin:symptoms_sign_simple_history", args=[sign.pk, reviewed.pk])
    reviewer.post(revert_url, sign_form(sign, text=reviewed.text))
    sign.refresh_from_db()
    assert sign.review_holds


def queue(client) -> dict[str, tuple[str, str]]:
    html = client.get(reverse("admin:index")).text
    rows = re.findall(
        r'<th scope="row"><a href="[^"]+">([^<]+)</a></th>\s*<td>(.*?)</td>\s*<td>(.*?)</td>',
        html,
        re.S,
    )
    strip = lambda cell: re.sub(r"<span.*?</span>|<[^>]+>", "", cell).strip()  # noqa: E731
    return {name: (strip(pending), strip(due)) for name, pending, due in rows}


def test_the_queue_counts_pending_content(editor):
    signs = Sign.objects.count()
    assert queue(editor)["Signs"] == (str(signs), "0")


def test_the_queue_counts_reviews_past_due_with_frozen_time(reviewer, time_machine):
    user = Reviewer.objects.get().user
    reviewer.post(
        changelist_url(Sign),
        {"action": "mark_reviewed_today", "_selected_action": [Sign.objects.first().pk]},
    )
    pending = str(Sign.objects.count() - 1)
    assert queue(reviewer)["Signs"] == (pending, "0")
    time_machine.move_to(datetime.datetime(2028, 3, 4, 12, 0), tick=False)
    reviewer.force_login(user)  # a year on, the session has expired
    assert queue(reviewer)["Signs"] == (pending, "1")


def test_the_queue_links_to_the_filtered_list(reviewer):
    reviewer.post(
        changelist_url(Sign),
        {"action": "mark_reviewed_today", "_selected_action": [Sign.objects.first().pk]},
    )
    html = reviewer.get(changelist_url(Sign) + "?review=current").text
    assert Sign.objects.first().text in html
    assert Sign.objects.last().text not in html


def test_the_queue_counts_resources_overdue_for_checking(editor):
    Resource.objects.update(last_checked_on=TODAY)
    Resource.objects.filter(slug="988-lifeline").update(last_checked_on=datetime.date(2026, 1, 1))
    html = editor.get(reverse("admin:index")).text
    overdue = re.search(r"Resources overdue for checking</a></th>\s*<td[^>]*>(\d+)</td>", html)
    assert overdue.group(1) == "1"


def test_the_change_form_names_the_page_it_feeds_and_links_to_it(editor, sign):
    html = editor.get(change_url(sign)).text
    assert "Shown to visitors on the checklist (/checklist/)" in html
    assert "View on site" in html


def test_wording_fields_carry_the_safe_messaging_checklist(editor, sign):
    html = editor.get(change_url(sign)).text
    assert html.count("Safe-messaging check: no details of methods or means") == 2


def test_sentence_fields_are_wide_textareas_and_order_explains_itself(editor, sign):
    html = editor.get(change_url(sign)).text
    assert re.search(r'<textarea name="text"[^>]*class="editor-sentence"', html)
    assert "lower numbers come first" in html


def test_view_on_site_goes_to_the_public_page(editor, sign):
    assert sign.get_absolute_url() == f"/checklist/#div_id_sign_{sign.pk}"
    assert f'id="div_id_sign_{sign.pk}"' in editor.get("/checklist/").text


def resource_form(resource, **changes):
    data = {
        field: getattr(resource, field)
        for field in (
            "name", "slug", "kind", "summary", "description", "order", "phone", "text_number",
            "text_keyword", "chat_url", "website", "site_page", "contact_note", "hours",
            "country", "strip_label", "last_checked_on", "recheck_days",
        )
    }  # fmt: skip
    data |= {
        "strip_position": resource.strip_position or "",
        "is_published": "on",
        "open_24_7": "on" if resource.open_24_7 else "",
        **{rel: [o.pk for o in getattr(resource, rel).all()] for rel in ("costs", "areas")},
    }
    return {**data, **changes}


@pytest.mark.parametrize(
    ("field", "value", "message"),
    [
        ("phone", "98B", "Use digits only"),
        ("text_number", "text HOME to 741741", "A word to text goes in the keyword box"),
        ("phone", "555-1234", "This has 7 digits"),
        ("phone", "+1", "needs its country code"),
        ("text_keyword", "HOME please", "One word of letters or digits"),
    ],
)
def test_a_typo_in_a_number_gets_a_clear_message_and_changes_nothing(editor, field, value, message):
    lifeline = Resource.objects.get(slug="988-lifeline")
    response = editor.post(change_url(lifeline), resource_form(lifeline, **{field: value}))
    assert response.status_code == 200
    assert message in response.text
    lifeline.refresh_from_db()
    assert (lifeline.phone, lifeline.text_number) == ("988", "988")


def test_a_keyword_needs_a_number_to_text(editor):
    resource = Resource.objects.get(slug="samhsa-national-helpline")
    response = editor.post(change_url(resource), resource_form(resource, text_keyword="HELLO"))
    assert "Add the number to text too" in response.text


def test_numbers_as_people_write_them_are_accepted(editor):
    lifeline = Resource.objects.get(slug="988-lifeline")
    data = resource_form(lifeline, phone="+1 (800) 273-8255", text_number="741741")
    assert editor.post(change_url(lifeline), data).status_code == 302


def test_every_seeded_resource_passes_the_number_checks():
    for resource in Resource.objects.all():
        resource.full_clean()
