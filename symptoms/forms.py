"""The checklist and screener forms: one radio question per field, each its own fieldset."""

from crispy_forms.helper import FormHelper
from crispy_forms.layout import HTML, Layout
from django import forms

from therapy_readiness.forms import ErrorSummaryMixin

from .instruments import DIFFICULTY_OPTIONS, DIFFICULTY_QUESTION, FREQUENCY_OPTIONS, Instrument
from .models import Sign

SAFETY_QUESTION = (
    "In the last two weeks, have you had thoughts of ending your life or of hurting yourself?"
)
SAFETY_HINT = (
    "Many people have thoughts like these at hard times. Whatever you answer, you will see "
    "your results, and we will show you where to talk to someone right away if you want to."
)
CHECKLIST_DIFFICULTY_QUESTION = (
    "Taken together, how much do these things get in the way of your work, looking after "
    "things at home, or getting along with other people?"
)


def _radio(label: str, choices, *, message: str, hint: str = "", required: bool = True):
    # A missing answer and an unexpected value get the same plain message.
    return forms.TypedChoiceField(
        label=label,
        help_text=hint,
        choices=choices,
        coerce=int,
        required=required,
        empty_value=None,
        widget=forms.RadioSelect,
        error_messages={"required": message, "invalid_choice": message},
    )


class _RadioQuestionsForm(ErrorSummaryMixin, forms.Form):
    """Renders every field with our radio-question template (hint and error above options)."""

    error_heading = ("Please answer one more question", "Please answer {n} more questions")
    error_note = "Your other answers are kept."
    error_labels = False  # each message names its question

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self.helper = FormHelper()
        self.helper.form_tag = False
        self.helper.disable_csrf = True
        self.helper.field_template = "symptoms/_radio_question.html"


class ChecklistForm(_RadioQuestionsForm):
    def __init__(self, *args, signs: list[Sign], **kwargs):
        super().__init__(*args, **kwargs)
        self.signs = signs
        for sign in signs:
            self.fields[f"sign_{sign.pk}"] = _radio(
                sign.text,
                FREQUENCY_OPTIONS,
                hint=f"For example: {sign.example}",
                message=f"Choose how often this has happened: \u201c{sign.text}\u201d",
            )
        self.fields["difficulty"] = _radio(
            CHECKLIST_DIFFICULTY_QUESTION,
            DIFFICULTY_OPTIONS,
            message="Choose how much these things get in the way",
        )
        self.fields["self_harm_thoughts"] = _radio(
            SAFETY_QUESTION,
            [(1, "Yes"), (0, "No")],
            hint=SAFETY_HINT,
            message="Choose yes or no for the question about thoughts of ending your life "
            "or hurting yourself",
        )
        self.helper.layout = Layout(
            *(f"sign_{sign.pk}" for sign in signs),
            HTML('<h2 class="question-section">How much it gets in the way</h2>'),
            "difficulty",
            HTML(
                '<h2 class="question-section">One more question</h2>'
                "<p>We ask everyone this, because it matters and it can be hard to bring up.</p>"
            ),
            "self_harm_thoughts",
        )

    def answers(self) -> dict:
        """Keyword arguments for services.record_checklist."""
        data = self.cleaned_data
        return {
            "frequencies": {sign.pk: data[f"sign_{sign.pk}"] for sign in self.signs},
            "difficulty": data["difficulty"],
            "self_harm_thoughts": data["self_harm_thoughts"] == 1,
        }


class ScreenerForm(_RadioQuestionsForm):
    def __init__(self, *args, instrument: Instrument, **kwargs):
        super().__init__(*args, **kwargs)
        self.instrument = instrument
        for number, text in enumerate(instrument.items, start=1):
            self.fields[f"item_{number}"] = _radio(
                f"{number}. {text}",
                FREQUENCY_OPTIONS,
                message=f"Choose an answer for question {number}: \u201c{text}\u201d",
            )
        # Asked as the instrument asks it ("If you checked off any problems"), so optional.
        self.fields["difficulty"] = _radio(
            DIFFICULTY_QUESTION,
            DIFFICULTY_OPTIONS,
            hint="Optional.",
            required=False,
            message="Choose one of the answers to the last question, or leave it empty",
        )

    def answers(self) -> dict:
        """Keyword arguments for services.record_screener."""
        data = self.cleaned_data
        return {
            "instrument": self.instrument.slug,
            "answers": [data[f"item_{n}"] for n in range(1, len(self.instrument.items) + 1)],
            "difficulty": data["difficulty"],
        }
