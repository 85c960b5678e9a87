"""`_form_field.html` writes radios and checkboxes out itself, for speed: it must give the
very markup crispy's Bootstrap 5 pack gives (labels, hints, errors, aria), in every state."""

import re

import pytest
from django.template import engines

from intake.forms import (
    GoalsForm,
    PracticalitiesForm,
    QuestionsForm,
    SheetContentsForm,
    WhatBringsMeForm,
)
from intake.plan import goal_groups, question_groups

pytestmark = pytest.mark.django_db

OURS = engines["django"].from_string('{% include "_form_field.html" %}')
CRISPY = engines["django"].from_string("{% load crispy_forms_filters %}{{ field|as_crispy_field }}")


def normalised(html: str) -> str:
    return re.sub(r"\s*([<>])\s*", r"\1", re.sub(r"\s+", " ", html)).strip()


SIGNS = [("Sleeping badly", "Sleeping badly (often)"), ("Worrying", "Worrying (sometimes)")]
PARTS = [("signs", "The signs I marked"), ("screeners", "My questionnaire scores")]
FORMS = {
    "practicalities, saved": lambda: PracticalitiesForm(
        initial={"format": "video", "availability": ["evenings"]}
    ),
    "practicalities, sent back": lambda: PracticalitiesForm(
        {"format": "nope", "availability": ["mornings", "x"], "language": "x" * 61}
    ),
    "signs, saved": lambda: WhatBringsMeForm(sign_choices=SIGNS, initial={"signs": ["Worrying"]}),
    "signs, sent back": lambda: WhatBringsMeForm(
        {"signs": ["Not offered"], "first_words": "y" * 5000}, sign_choices=SIGNS
    ),
    "goals, saved": lambda: GoalsForm(groups=goal_groups(None), chosen={_first_goal()}),
    "goals, sent back": lambda: GoalsForm(
        {_first_group("group"): ["999999"]}, groups=goal_groups(None)
    ),
    "sheet contents, saved": lambda: SheetContentsForm(parts=PARTS, leaves_out=["screeners"]),
    "sheet contents, sent back": lambda: SheetContentsForm(
        {"include": ["nope"]}, parts=PARTS, leaves_out=[]
    ),
    "questions, sent back": lambda: QuestionsForm(
        {_first_group("topic"): ["abc"]}, groups=question_groups(None)
    ),
}


def _first_goal() -> int:
    return goal_groups(None)[0][2][0][0]


def _first_group(prefix: str) -> str:
    groups = goal_groups(None) if prefix == "group" else question_groups(None)
    return f"{prefix}_{groups[0][0]}"


@pytest.mark.parametrize("make_form", FORMS.values(), ids=FORMS.keys())
def test_every_field_renders_as_crispy_renders_it(make_form):
    form = make_form()
    form.is_valid()  # a bound form gets its errors, as on a page sent back
    for field in form:
        assert normalised(OURS.render({"field": field})) == normalised(
            CRISPY.render({"field": field})
        ), field.name
