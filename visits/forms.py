from django import forms

from therapy_readiness.forms import ErrorSummaryMixin

from .codes import CODE_LENGTH, normalise_code

NOT_A_CODE = (
    f"That doesn't look like a resume code. A code has {CODE_LENGTH} letters and numbers, "
    "and never uses 0, O, 1, I, L or U. Check it and try again."
)


class ResumeForm(ErrorSummaryMixin, forms.Form):
    error_heading = ("Please check your answer", "Please check your answers")
    error_labels = False  # one field, right below

    code = forms.CharField(
        label="Your resume code",
        help_text=f"{CODE_LENGTH} letters and numbers, like 7KX4-M9PQ-HT3R-2FCW-A8NZ. "
        "Capitals, spaces and dashes don't matter.",
        max_length=80,
        error_messages={"required": "Enter your resume code.", "max_length": NOT_A_CODE},
        widget=forms.TextInput(
            attrs={
                "autocomplete": "off",
                "autocapitalize": "characters",
                "autocorrect": "off",
                "spellcheck": "false",
            }
        ),
    )

    def clean_code(self) -> str:
        code = normalise_code(self.cleaned_data["code"])
        if code is None:
            raise forms.ValidationError(NOT_A_CODE)
        return code
