"""The prep sheet: one visit's plan and check-in results, composed for the page and as text.

Pure: plain inputs, no database (`intake.plan.load_sheet` does the reading). The page and
the text read the same `PrepSheet`, wording included, so they always say the same thing.
"""

from dataclasses import dataclass, field
from datetime import date
from functools import cached_property
from typing import ClassVar

from django.utils import timezone

from outreach.summary import SheetEntry
from symptoms.summary import MarkedSign, VisitSymptoms

from .models import MY_LIST, PlanStep, PrepPlan, SheetPart
from .steps import STEPS, Step
from .text import lines_of, long_date

PLAN_HEADINGS = {
    "what_brings_me": "What brings me",
    "check_in": "How I've been",
    "goals": "My goals",
    "practicalities": "Practicalities",
    "questions": "Questions I want to ask",
    "my_list": "People I'm reaching out to",
}
MY_LIST_LABEL = "The people on my outreach list, and where I am with each"

NOT_A_DIAGNOSIS = (
    "These answers describe how I have been; they are not a diagnosis. "
    "Only a qualified professional can diagnose."
)
NONE_MARKED = "I didn't mark any of the signs."
SELF_HARM_LINE = (
    "Tell your provider about the thoughts of hurting yourself that you mentioned in your "
    "check-in. It helps them support you."
)
SELF_HARM_HELP = "If you need to talk to someone now, call or text 988, day or night."
# What the sheet says about parts the visitor kept off it. On paper the self-harm line is
# "one private note": naming it would tell anyone who sees the printout what it was.
LEFT_OFF_WORDS = {
    SheetPart.SIGNS: "the signs I marked",
    SheetPart.SCORES: "my questionnaire scores",
    SheetPart.SELF_HARM: "one private note",
    MY_LIST: "my outreach list",
}
GOOD_FAITH_ESTIMATE = (
    "As a self-pay client I can ask for a Good Faith Estimate: a written estimate of the "
    "expected charges, before I start."
)


@dataclass(frozen=True)
class PrepSheet:
    made_on: date
    symptoms: VisitSymptoms = field(default_factory=VisitSymptoms)
    first_words: str = ""
    duration: str = ""  # label, e.g. "A few months"
    # The latest check-in's marked signs, less any the visitor unticked in step 1.
    signs: list[MarkedSign] = field(default_factory=list)
    # Signs kept ticked in step 1 that the latest check-in no longer marks.
    signs_to_mention: list[str] = field(default_factory=list)
    goals: list[str] = field(default_factory=list)
    practicalities: list[tuple[str, str]] = field(default_factory=list)  # (label, answer)
    questions: list[str] = field(default_factory=list)
    self_pay: bool = False
    leaves_out: frozenset[str] = frozenset()  # SheetPart values kept off the sheet
    has_my_list: bool = False  # the visitor's outreach list has entries
    # The list's entries when the visitor chose to put them on the sheet, else empty.
    my_list: list[SheetEntry] = field(default_factory=list)

    headings: ClassVar[dict[str, str]] = PLAN_HEADINGS
    not_a_diagnosis: ClassVar[str] = NOT_A_DIAGNOSIS
    self_harm_line: ClassVar[str] = SELF_HARM_LINE
    self_harm_help: ClassVar[str] = SELF_HARM_HELP
    good_faith_estimate: ClassVar[str] = GOOD_FAITH_ESTIMATE

    @property
    def made_on_text(self) -> str:
        return long_date(self.made_on)

    @cached_property
    def check_in(self) -> dict:
        return check_in_lines(self)

    @property
    def has_what_brings_me(self) -> bool:
        return bool(self.first_words or self.duration or self.signs_to_mention)

    @property
    def shows_signs(self) -> bool:
        return (
            self.symptoms.checklist_taken_at is not None and SheetPart.SIGNS not in self.leaves_out
        )

    @property
    def shows_scores(self) -> bool:
        return bool(self.symptoms.screeners) and SheetPart.SCORES not in self.leaves_out

    @property
    def shows_self_harm(self) -> bool:
        return (
            self.symptoms.self_harm_thoughts_reported and SheetPart.SELF_HARM not in self.leaves_out
        )

    @property
    def shows_my_list(self) -> bool:
        return bool(self.my_list)

    @property
    def parts_to_choose(self) -> list[tuple[str, str]]:
        """(value, label) of the parts this visit has, to put on or leave off.

        The check-in parts this visit answered, then the outreach list if it has entries.
        """
        has = {
            SheetPart.SIGNS: self.symptoms.checklist_taken_at is not None,
            SheetPart.SCORES: bool(self.symptoms.screeners),
            SheetPart.SELF_HARM: self.symptoms.self_harm_thoughts_reported,
        }
        parts = [(part.value, part.label) for part in SheetPart if has[part]]
        return parts + ([(MY_LIST, MY_LIST_LABEL)] if self.has_my_list else [])

    @property
    def kept_off(self) -> frozenset[str]:
        """Values of the parts not on this sheet: check-in parts unticked, the list unless shown.

        >>> sorted(PrepSheet(date(2026, 11, 29), leaves_out=frozenset({"scores"})).kept_off)
        ['my-list', 'scores']
        """
        return self.leaves_out if self.shows_my_list else self.leaves_out | {MY_LIST}

    @property
    def left_off_labels(self) -> list[str]:
        """The labels of the offered parts kept off, to go mid-sentence on the screen (the
        paper says less). Only the first letter is lowered, so "I" stays a capital.

        >>> PrepSheet(date(2026, 11, 29), has_my_list=True).left_off_labels
        ['the people on my outreach list, and where I am with each']
        """
        return [
            label[0].lower() + label[1:]
            for value, label in self.parts_to_choose
            if value in self.kept_off
        ]

    @property
    def left_off(self) -> str:
        """The sheet's line about the parts the visitor kept off it, or "" if none.

        A part this visit never answered is not mentioned, even if its box was unticked, and
        an outreach list is mentioned only when it has entries:

        >>> told = VisitSymptoms(self_harm_thoughts_reported=True)
        >>> PrepSheet(date(2026, 11, 29), told, leaves_out=frozenset({"self-harm"})).left_off
        'Left off this copy, at my choice: one private note.'
        >>> PrepSheet(date(2026, 11, 29), leaves_out=frozenset({"self-harm"})).left_off
        ''
        >>> PrepSheet(date(2026, 11, 29), has_my_list=True).left_off
        'Left off this copy, at my choice: my outreach list.'
        """
        parts = [
            LEFT_OFF_WORDS[value]
            for value, _label in self.parts_to_choose
            if value in self.kept_off
        ]
        if not parts:
            return ""
        listed = ", ".join(parts[:-1]) + " and " + parts[-1] if len(parts) > 1 else parts[0]
        return f"Left off this copy, at my choice: {listed}."

    @property
    def has_check_in(self) -> bool:
        lines = self.check_in
        return (
            bool(
                lines["signs"] or lines["none_marked"] or lines["difficulty"] or lines["screeners"]
            )
            or self.shows_self_harm
        )

    @property
    def missing_steps(self) -> list[PlanStep]:
        """The plan steps with nothing on the sheet yet, in order."""
        filled = {
            PlanStep.WHAT_BRINGS_ME: self.has_what_brings_me,
            PlanStep.GOALS: bool(self.goals),
            PlanStep.PRACTICALITIES: bool(self.practicalities),
            PlanStep.QUESTIONS: bool(self.questions),
        }
        return [step for step, done in filled.items() if not done]

    @property
    def steps_to_fill(self) -> list[Step]:
        return [STEPS[step - 1] for step in self.missing_steps]

    @property
    def is_empty(self) -> bool:
        """Nothing answered at all (a check-in or a list kept off the sheet is still an answer)."""
        answered = (
            not self.symptoms.is_empty
            or self.symptoms.self_harm_thoughts_reported
            or self.has_my_list
        )
        return not answered and len(self.missing_steps) == len(PlanStep)


def practicalities_of(plan: PrepPlan) -> list[tuple[str, str]]:
    """(label, answer) for each practicality answered, in the order of step 3's form.

    >>> plan = PrepPlan(format="video", availability=["evenings"], availability_notes="Not Tue")
    >>> practicalities_of(plan)
    [("How I'd like to meet", 'By video'), ('When I can go', 'Weekday evenings; Not Tue')]
    """
    times = [PrepPlan.Availability(value).label for value in plan.availability or []]
    when = "; ".join(part for part in (", ".join(times), plan.availability_notes) if part)
    answers = [
        ("How I'd like to meet", plan.get_format_display() if plan.format else ""),
        ("Session length I expect", plan.get_session_length_display()),
        ("How often", plan.get_frequency_display()),
        ("When I can go", when),
        ("Budget", plan.get_budget_display()),
        ("Insurance", plan.get_insurance_display()),
        ("Language for sessions", plan.language),
        ("What I'd like in a therapist", plan.therapist_preferences),
        ("Therapy before", plan.get_therapy_before_display()),
    ]
    return [(label, str(answer)) for label, answer in answers if answer]


def compose_sheet(
    *,
    today: date,
    plan: PrepPlan | None,
    goals: list[str],
    questions: list[str],
    symptoms: VisitSymptoms,
    has_my_list: bool = False,
    my_list: list[SheetEntry] | None = None,
) -> PrepSheet:
    """Put a plan (possibly unsaved or missing), check-in results and, when the visitor chose
    it, their outreach list into sheet order."""
    marked = symptoms.marked_signs
    if plan is None:
        return PrepSheet(
            made_on=today,
            symptoms=symptoms,
            signs=marked,
            goals=goals,
            questions=questions,
            has_my_list=has_my_list,
        )
    marked_texts = {sign.text for sign in marked}
    return PrepSheet(
        made_on=today,
        symptoms=symptoms,
        first_words=plan.first_words.strip(),
        duration=plan.get_duration_display() if plan.duration else "",
        signs=[sign for sign in marked if sign.text not in plan.signs_left_out],
        signs_to_mention=[text for text in plan.signs or [] if text not in marked_texts],
        goals=goals + [g for g in lines_of(plan.own_goals) if g not in goals],
        practicalities=practicalities_of(plan),
        questions=questions,
        self_pay=plan.insurance == PrepPlan.Insurance.NO,
        leaves_out=frozenset(plan.sheet_leaves_out or ()),
        has_my_list=has_my_list,
        my_list=(my_list or []) if plan.sheet_shows_my_list else [],
    )


def sign_line(sign: MarkedSign) -> str:
    """One marked sign as the sheet lists it.

    >>> worry = MarkedSign("Worrying", "anxiety", "Worry", 2, "More than half the days")
    >>> sign_line(worry)
    'Worrying: more than half the days'
    """
    return f"{sign.text}: {sign.frequency_label.lower()}"


def screener_line(screener) -> str:
    line = (
        f"{screener.name}: {screener.total} out of {screener.max_score} ({screener.band.lower()})"
    )
    if screener.difficulty_label:
        line += f". How hard it makes daily life: {screener.difficulty_label.lower()}"
    return line + f". Taken {long_date(timezone.localdate(screener.taken_at))}."


def check_in_lines(sheet: PrepSheet) -> dict:
    """The check-in part of the sheet as ready-made lines (shared by the page and the text)."""
    symptoms = sheet.symptoms
    if not sheet.shows_signs:
        signs = {"checklist_date": "", "signs": [], "none_marked": "", "difficulty": ""}
    else:
        taken = symptoms.checklist_taken_at
        signs = {
            "checklist_date": long_date(timezone.localdate(taken)),
            "signs": [sign_line(sign) for sign in sheet.signs],
            # Said only when nothing was marked: signs the visitor unticked in step 1 are
            # simply not there, and their heading goes with them.
            "none_marked": "" if symptoms.marked_signs else NONE_MARKED,
            "difficulty": (symptoms.difficulty_label or "").lower(),
        }
    scores = symptoms.screeners if sheet.shows_scores else []
    return {**signs, "screeners": [screener_line(screener) for screener in scores]}


def sheet_as_text(sheet: PrepSheet, *, start_url: str = "/prepare/") -> str:
    """The sheet as plain text, to paste into an intake form or an email.

    >>> print(sheet_as_text(PrepSheet(date(2026, 11, 29), goals=["Sleep better"])))
    MY PREP SHEET FOR A FIRST THERAPY SESSION
    Made on November 29, 2026
    <BLANKLINE>
    MY GOALS
    - Sleep better
    <BLANKLINE>
    """
    out = ["MY PREP SHEET FOR A FIRST THERAPY SESSION", f"Made on {long_date(sheet.made_on)}"]
    if sheet.is_empty:
        out += ["", "Nothing here yet. Start your plan at " + start_url]
        return "\n".join(out) + "\n"
    if sheet.left_off:
        out.append(sheet.left_off)

    def heading(key: str) -> None:
        out.extend(["", PLAN_HEADINGS[key].upper()])

    if sheet.has_what_brings_me:
        heading("what_brings_me")
        if sheet.first_words:
            out += [
                "What I want to say first:",
                *[f"  {x}" for x in sheet.first_words.splitlines()],
            ]
        if sheet.duration:
            out.append(f"How long it has been going on: {sheet.duration}")
        if sheet.signs_to_mention:
            out += ["I'd like to mention:", *[f"- {sign}" for sign in sheet.signs_to_mention]]
    if sheet.has_check_in:
        heading("check_in")
        lines = sheet.check_in
        if lines["signs"] or lines["none_marked"]:
            out.append(
                f"Signs I marked for the last two weeks (checklist, {lines['checklist_date']}):"
            )
            out += [f"- {line}" for line in lines["signs"]]
            if lines["none_marked"]:
                out.append(f"- {lines['none_marked']}")
        if lines["difficulty"]:
            out.append(f"How much these things get in the way: {lines['difficulty']}")
        if lines["screeners"]:
            out += ["Questionnaires:", *[f"- {line}" for line in lines["screeners"]]]
        if sheet.shows_self_harm:
            out += [SELF_HARM_LINE, SELF_HARM_HELP]
        out.append(NOT_A_DIAGNOSIS)
    if sheet.goals:
        heading("goals")
        out += [f"- {goal}" for goal in sheet.goals]
    if sheet.practicalities:
        heading("practicalities")
        out += [f"{label}: {answer}" for label, answer in sheet.practicalities]
        if sheet.self_pay:
            out.append(GOOD_FAITH_ESTIMATE)
    if sheet.questions:
        heading("questions")
        out += [f"{n}. {question}" for n, question in enumerate(sheet.questions, start=1)]
    if sheet.shows_my_list:
        heading("my_list")
        out += [my_list_line(entry) for entry in sheet.my_list]
    return "\n".join(out) + "\n"


def my_list_line(entry: SheetEntry) -> str:
    """One outreach entry in the text version, with what the visitor typed to reach them.

    >>> my_list_line(SheetEntry("Dr Rivera", "Emailed on December 2, 2026", phone="555 0199"))
    '- Dr Rivera: Emailed on December 2, 2026. Contact: 555 0199'
    """
    line = f"- {entry.name}: {entry.status}"
    if entry.contact:
        line += f". Contact: {entry.contact}"
    return line
