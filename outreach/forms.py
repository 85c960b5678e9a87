import re
import unicodedata

from django import forms

from therapy_readiness.forms import ErrorSummaryMixin

from .models import NAME_MAX, PHONE_MAX, WEBSITE_MAX, Status


def plain_line(text: str) -> str:
    """One line of typed text with control and invisible format characters taken out.

    >>> plain_line(" Dr\\x07 Lee\\u200b\\n Clinic ")
    'Dr Lee Clinic'
    """
    kept = "".join(
        " " if unicodedata.category(ch) in ("Cc", "Zl", "Zp") else ch
        for ch in text
        if unicodedata.category(ch) != "Cf"
    )
    return re.sub(r"\s+", " ", kept).strip()


class PlainLineField(forms.CharField):
    def to_python(self, value):
        return plain_line(super().to_python(value))


def _too_long(what: str, limit: int) -> str:
    return f"Please keep the {what} to {limit} characters or fewer."


class OwnEntryForm(ErrorSummaryMixin, forms.Form):
    """Someone the visitor found elsewhere. Only the name is needed; nothing is looked up."""

    error_note = "Nothing was added yet, and what you typed is kept below."

    name = PlainLineField(
        label="Name of the therapist or clinic",
        max_length=NAME_MAX,
        error_messages={
            "required": "Enter a name, so you know who this is.",
            "max_length": _too_long("name", NAME_MAX),
        },
        widget=forms.TextInput(attrs={"autocomplete": "off", "spellcheck": "false"}),
    )
    phone = PlainLineField(
        label="Phone number (optional)",
        required=False,
        max_length=PHONE_MAX,
        error_messages={"max_length": _too_long("phone number", PHONE_MAX)},
        widget=forms.TextInput(attrs={"autocomplete": "off", "inputmode": "tel"}),
    )
    website = PlainLineField(
        label="Website or email (optional)",
        required=False,
        max_length=WEBSITE_MAX,
        error_messages={"max_length": _too_long("website", WEBSITE_MAX)},
        widget=forms.TextInput(attrs={"autocomplete": "off", "spellcheck": "false"}),
    )


class StatusForm(forms.Form):
    status = forms.ChoiceField(
        choices=Status.choices,
        error_messages={"invalid_choice": "That isn't one of the choices.", "required": ""},
    )


class AddResourceForm(forms.Form):
    resource = forms.IntegerField(min_value=1, max_value=2**31 - 1)
    back = forms.CharField(required=False, max_length=2000)
    place = forms.IntegerField(required=False, min_value=1, max_value=1000)
