"""The checklist and screener forms: one radio question per field, each its own fieldset."""

from crispy_forms.helper import FormHelper
from crispy_forms.layout import HTML, Layout
from django import forms
from django.utils.text import Truncator

from therapy_readiness.forms import ErrorSummaryMixin

from .instruments import DIFFICULTY_OPTIONS, DIFFICULTY_QUESTION, FREQUENCY_OPTIONS, Instrument
from .life_events import WEIGHT_OPTIONS, WEIGHT_QUESTION, WHEN_NO, WHEN_OPTIONS
from .models import Sign

SAFETY_QUESTION = (
    "In the last two weeks, have you had thoughts of ending your life or of hurting yourself?"
)
SAFETY_HINT = (
    "Many people have thoughts like these at hard times. Whatever you answer, you will see "
    "your results, and we will show you where to talk to someone right away if you want to. "
    "You can also choose not to say."
)
# Each link in the error summary names its question in at most this many words.
SUMMARY_WORDS = 5

# The safety question's options: "I'd rather not say" is an answer, never a missing one.
SAFETY_YES, SAFETY_NO, SAFETY_DECLINED = 1, 0, 2
SAFETY_OPTIONS = ((SAFETY_YES, "Yes"), (SAFETY_NO, "No"), (SAFETY_DECLINED, "I'd rather not say"))
SAFETY_ANSWERS = {SAFETY_YES: True, SAFETY_NO: False, SAFETY_DECLINED: None}
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

    error_heading = ("1 question still needs an answer", "{n} questions still need an answer")
    error_note = "Your other answers are kept."

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self.helper = FormHelper()
        self.helper.form_tag = False
        self.helper.disable_csrf = True
        self.helper.field_template = "symptoms/_radio_question.html"
        self.question_names: dict[str, str] = {}  # field name: short name for the summary

    def error_summary(self) -> list[dict]:
        """One short line per question: its name, linked to its first option.

        The heading already says what is needed and each question says it again, calmly,
        so the summary stays a short list of links rather than a wall of messages.
        """
        return [
            {
                "label": "",
                "message": Truncator(self.question_names.get(name, self[name].label)).words(
                    SUMMARY_WORDS, truncate="\u2026"
                ),
                "anchor": f"{self[name].auto_id}_0",
            }
            for name in self.errors
            if name in self.fields
        ]


class ChecklistForm(_RadioQuestionsForm):
    def __init__(self, *args, signs: list[Sign], **kwargs):
        super().__init__(*args, **kwargs)
        self.signs = signs
        how_often = [sign for sign in signs if sign.kind == Sign.Kind.HOW_OFTEN]
        events = [sign for sign in signs if sign.kind == Sign.Kind.LIFE_EVENT]
        for sign in how_often:
            self.fields[f"sign_{sign.pk}"] = _radio(
                sign.text,
                FREQUENCY_OPTIONS,
                hint=f"For example: {sign.example}",
                message="Choose how often this has happened.",
            )
        for sign in events:
            self.fields[f"sign_{sign.pk}"] = _radio(
                sign.text,
                WHEN_OPTIONS,
                hint=f"Has this happened to you? For example: {sign.example}",
                message="Choose whether this has happened to you.",
            )
            self.fields[f"weight_{sign.pk}"] = _radio(
                WEIGHT_QUESTION,
                WEIGHT_OPTIONS,
                required=False,
                message="Choose one of these, or leave it empty.",
            )
        self.fields["difficulty"] = _radio(
            CHECKLIST_DIFFICULTY_QUESTION,
            DIFFICULTY_OPTIONS,
            message="Choose how much these things get in the way.",
        )
        self.fields["self_harm_thoughts"] = _radio(
            SAFETY_QUESTION,
            SAFETY_OPTIONS,
            hint=SAFETY_HINT,
            message="Choose an answer. “I'd rather not say” is fine too.",
        )
        self.question_names = {
            **{f"sign_{sign.pk}": sign.text for sign in signs},
            **{f"weight_{sign.pk}": f"How much it still weighs: {sign.text}" for sign in events},
            "difficulty": "How much these things get in the way",
            "self_harm_thoughts": "The question about thoughts of ending your life",
        }
        self.helper.layout = Layout(
            *(f"sign_{sign.pk}" for sign in how_often),
            *(
                [
                    HTML(
                        '<h2 class="question-section">Things that have happened</h2>'
                        "<p>Some things happen once rather than often, and can stay with "
                        "you for a long time.</p>"
                    ),
                    *(name for sign in events for name in (f"sign_{sign.pk}", f"weight_{sign.pk}")),
                ]
                if events
                else []
            ),
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
        weights = {}
        for sign in self.signs:
            if sign.kind == Sign.Kind.LIFE_EVENT and data[f"sign_{sign.pk}"] != WHEN_NO:
                weights[sign.pk] = data[f"weight_{sign.pk}"]  # a weight for "No" is dropped
        return {
            "frequencies": {sign.pk: data[f"sign_{sign.pk}"] for sign in self.signs},
            "weights": {pk: weight for pk, weight in weights.items() if weight is not None},
            "difficulty": data["difficulty"],
            "self_harm_thoughts": SAFETY_ANSWERS[data["self_harm_thoughts"]],
        }


class ScreenerForm(_RadioQuestionsForm):
    def __init__(self, *args, instrument: Instrument, **kwargs):
        super().__init__(*args, **kwargs)
        self.instrument = instrument
        for number, text in enumerate(instrument.items, start=1):
            self.fields[f"item_{number}"] = _radio(
                f"{number}. {text}",
                FREQUENCY_OPTIONS,
                message="Choose how often this has bothered you.",
            )
            self.question_names[f"item_{number}"] = f"Question {number}: {text}"
        # Asked as the instrument asks it ("If you checked off any problems"), so optional.
        self.fields["difficulty"] = _radio(
            DIFFICULTY_QUESTION,
            DIFFICULTY_OPTIONS,
            hint="Optional.",
            required=False,
            message="Choose one of these, or leave it empty.",
        )
        self.question_names["difficulty"] = "How difficult these problems have made things"

    def answers(self) -> dict:
        """Keyword arguments for services.record_screener."""
        data = self.cleaned_data
        return {
            "instrument": self.instrument.slug,
            "answers": [data[f"item_{n}"] for n in range(1, len(self.instrument.items) + 1)],
            "difficulty": data["difficulty"],
        }
