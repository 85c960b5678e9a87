"""The four steps of the prep plan. Every answer is optional; free text has a length limit.

The limits are checked on the server with a plain message that names the field. In the
browser, site.js shows the characters left as you type and lifts the `maxlength`
attribute, which is only the fallback without JavaScript (there it stops typing at the
limit rather than cutting text silently after a submit).
"""

from collections.abc import Collection, Sequence

from django import forms
from django.core.exceptions import ValidationError

from therapy_readiness.forms import ErrorSummaryMixin

from .models import MY_LIST, PrepPlan
from .text import ChoiceGroups, lines_of, too_long

MAX_OWN_QUESTIONS = 20
MAX_QUESTION_LENGTH = 300


class LimitedTextField(forms.CharField):
    """Optional free text with a length limit, reported as a clear error, never truncated.

    >>> field = LimitedTextField(limit=5, label="Goals")
    >>> try:
    ...     field.clean("Sleep better")
    ... except ValidationError as error:
    ...     print(*error.messages)
    “Goals” is 12 characters long. Please shorten it to 5 characters or fewer.
    """

    def __init__(self, *, limit: int, **kwargs):
        kwargs.setdefault("help_text", f"Optional. Up to {limit:,} characters.")
        self.limit = limit  # before super().__init__, which asks widget_attrs
        super().__init__(required=False, **kwargs)

    def to_python(self, value):
        return super().to_python(value).replace("\r\n", "\n")

    def widget_attrs(self, widget):
        return {**super().widget_attrs(widget), "maxlength": self.limit, "data-limit": self.limit}

    def validate(self, value):
        super().validate(value)
        if len(value) > self.limit:
            raise ValidationError(too_long(len(value), self.limit, self.label), code="too_long")


def radios(label: str, choices, help_text: str = "") -> forms.ChoiceField:
    return forms.ChoiceField(
        label=label, choices=choices, required=False, widget=forms.RadioSelect, help_text=help_text
    )


def checkboxes(label: str, choices=(), help_text: str = "") -> forms.MultipleChoiceField:
    return forms.MultipleChoiceField(
        label=label,
        choices=choices,
        required=False,
        widget=forms.CheckboxSelectMultiple,
        help_text=help_text,
    )


def textarea(rows: int = 4) -> forms.Textarea:
    return forms.Textarea(attrs={"rows": rows})


class PlanForm(ErrorSummaryMixin, forms.Form):
    error_labels = False  # every message names its field
    error_note = (
        "Your other answers on this page are still here. Nothing on this page is saved until "
        "you fix this and press a button again."
    )

    def has_answers(self) -> bool:
        """Whether anything was given: an untouched form creates no visit."""
        return any(value not in ("", [], None) for value in self.cleaned_data.values())


class WhatBringsMeForm(PlanForm):
    signs = checkboxes(
        "Signs from your check-in you could mention",
        help_text="These are the signs you marked. They go on your prep sheet with how often "
        "you had them. Untick any you'd rather leave off.",
    )
    first_words = LimitedTextField(
        limit=1000,
        label="What I want to say first",
        widget=textarea(5),
        help_text="A few sentences in your own words are plenty. Optional. Up to 1,000 characters.",
    )
    duration = radios("How long has this been going on?", PrepPlan.Duration.choices)

    def __init__(
        self,
        *args,
        sign_choices: list[tuple[str, str]],
        left_out_before: Sequence[str] = (),
        **kwargs,
    ):
        super().__init__(*args, **kwargs)
        self.offered = [value for value, _ in sign_choices]
        self.left_out_before = list(left_out_before)
        if sign_choices:
            self.fields["signs"].choices = sign_choices
        else:
            del self.fields["signs"]

    def clean(self):
        """Add `signs_left_out`: the offered signs left unticked.

        Signs left out earlier but not offered now (a later check-in did not mark them)
        stay left out, so marking them again one day does not put them back on the sheet.
        """
        data = super().clean()
        data.setdefault("signs", [])
        data["signs_left_out"] = [v for v in self.offered if v not in data["signs"]] + [
            v for v in self.left_out_before if v not in self.offered
        ]
        return data


class ChoiceGroupsForm(PlanForm):
    """Checkboxes in named groups, one fieldset (legend = group name) per group.

    `chosen`: the ids ticked to begin with.
    """

    prefix_for_groups = "group"

    def __init__(self, *args, groups: ChoiceGroups, chosen: Collection[int] = (), **kwargs):
        super().__init__(*args, **kwargs)
        fields = {}
        for pk, name, items in groups:
            field = checkboxes(name, [(str(v), lbl) for v, lbl in items])
            field.initial = [str(v) for v, _ in items if v in chosen]
            fields[f"{self.prefix_for_groups}_{pk}"] = field
        # The groups come first, before the form's own fields.
        self.fields = {**fields, **self.fields}
        self.group_names = list(fields)

    def group_fields(self) -> list[forms.BoundField]:
        return [self[name] for name in self.group_names]

    def chosen_ids(self) -> list[int]:
        return [int(value) for name in self.group_names for value in self.cleaned_data[name]]


class GoalsForm(ChoiceGroupsForm):
    own_goals = LimitedTextField(
        limit=1000,
        label="My own goals",
        widget=textarea(4),
        help_text="One goal per line. Optional. Up to 1,000 characters.",
    )


class PracticalitiesForm(PlanForm):
    format = radios("How would you like to meet?", PrepPlan.Format.choices)
    session_length = radios(
        "How long do you expect a session to be?",
        PrepPlan.SessionLength.choices,
        help_text="Most sessions last 30 to 60 minutes.",
    )
    frequency = radios(
        "How often would you like to go?",
        PrepPlan.Frequency.choices,
        help_text="Weekly or every two weeks is common; your provider may suggest something "
        "different depending on your goals.",
    )
    availability = checkboxes("When can you usually go?", PrepPlan.Availability.choices)
    availability_notes = LimitedTextField(
        limit=200,
        label="Anything else about timing",
        help_text="For example: not on Tuesdays, or only after 6 pm. Optional. "
        "Up to 200 characters.",
    )
    budget = radios("What could you pay for each session?", PrepPlan.Budget.choices)
    insurance = radios("Do you have health insurance?", PrepPlan.Insurance.choices)
    language = LimitedTextField(
        limit=60,
        label="Language you'd like sessions in",
        help_text="Optional. Up to 60 characters.",
    )
    therapist_preferences = LimitedTextField(
        limit=500,
        label="Anything you'd like in a therapist",
        widget=textarea(3),
        help_text="For example: gender, age, background, faith, or experience with what "
        "you're going through. Optional. Up to 500 characters.",
    )
    therapy_before = radios("Have you been in therapy before?", PrepPlan.TherapyBefore.choices)


class QuestionsForm(ChoiceGroupsForm):
    prefix_for_groups = "topic"

    own_questions = LimitedTextField(
        limit=MAX_OWN_QUESTIONS * MAX_QUESTION_LENGTH,
        label="My own questions",
        widget=textarea(4),
        help_text=f"One question per line. Optional. Up to {MAX_OWN_QUESTIONS} questions of "
        f"{MAX_QUESTION_LENGTH} characters each.",
    )

    def clean_own_questions(self) -> list[str]:
        questions = lines_of(self.cleaned_data["own_questions"])
        if len(questions) > MAX_OWN_QUESTIONS:
            raise ValidationError(
                f"You have {len(questions)} questions in \u201cMy own questions\u201d. "
                f"Please keep it to "
                f"{MAX_OWN_QUESTIONS} or fewer: you can add more on paper later."
            )
        for number, question in enumerate(questions, start=1):
            if len(question) > MAX_QUESTION_LENGTH:
                raise ValidationError(
                    f"Question {number} in \u201cMy own questions\u201d is {len(question):,} "
                    "characters long. Please shorten "
                    f"each question to {MAX_QUESTION_LENGTH} characters or fewer."
                )
        return questions


class SheetContentsForm(ErrorSummaryMixin, forms.Form):
    """Which parts go on the printed sheet: the check-in's unless unticked, the outreach list
    only if ticked. `leaves_out`: the parts off the sheet now, which start unticked."""

    error_heading = ("Please check your choice", "Please check your choices")

    def __init__(self, *args, parts: list[tuple[str, str]], leaves_out: Collection[str], **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["include"] = checkboxes(
            "What goes on my sheet",
            parts,
            help_text="Tick what you'd like on paper and untick anything you'd rather not have "
            "there, for example if others may see it. The sheet will say that something was "
            "left off, not what.",
        )
        self.initial.setdefault("include", [v for v, _ in parts if v not in leaves_out])

    def leaves_out(self) -> list[str]:
        """The check-in parts (SheetPart values) offered and left unticked."""
        included = set(self.cleaned_data["include"])
        offered = [value for value, _label in self.fields["include"].choices]
        return [value for value in offered if value not in included and value != MY_LIST]

    def shows_my_list(self) -> bool:
        """Whether the outreach list was offered and ticked (not offered: back to off)."""
        return MY_LIST in self.cleaned_data["include"]
