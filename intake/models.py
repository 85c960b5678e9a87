"""The first-session explainer (editable content) and each visitor's prep plan (answers).

Content models (sections, goal suggestions, the question bank) are edited in admin. Plan
models hang off an anonymous `visits.Visit` and are deleted with it; editors never see them.
"""

from django.db import models
from django.db.models import Q
from django.urls import reverse

from editorial.models import Reviewed


class SheetPart(models.TextChoices):
    """Parts of the check-in a visitor may keep off the printed sheet."""

    SIGNS = "signs", "The signs I marked and how much they get in the way"
    SCORES = "scores", "My questionnaire scores"
    SELF_HARM = "self-harm", "The line about thoughts of hurting myself"


# The outreach list is a part of its own: off the sheet unless the visitor ticks it
# (`PrepPlan.sheet_shows_my_list`), the opposite of the check-in parts above.
MY_LIST = "my-list"


class PlanStep(models.IntegerChoices):
    """The four parts of a first session, which are also the four steps of the prep plan."""

    WHAT_BRINGS_ME = 1, "What brings me"
    GOALS = 2, "My goals"
    PRACTICALITIES = 3, "Expectations and practicalities"
    QUESTIONS = 4, "Questions to ask"


# Where /prepare/ takes a returning visitor: one of the steps, or the sheet after the last.
SHEET = len(PlanStep) + 1
RESUME_POINTS = [*PlanStep.choices, (SHEET, "Prep sheet")]

# Step 3's single answers, each a column of `PrepPlan`, in the order the sheet lists them.
PRACTICALITY_FIELDS = (
    "format",
    "session_length",
    "frequency",
    "availability",
    "availability_notes",
    "budget",
    "insurance",
    "language",
    "therapist_preferences",
    "therapy_before",
)


class PublishedQuerySet(models.QuerySet):
    def published(self):
        return self.filter(is_published=True)


class Section(Reviewed):
    """One part of the /first-session/ explainer, written in Markdown by an editor."""

    WORDING_FIELDS = ("title", "body")

    title = models.CharField(max_length=120)
    slug = models.SlugField(unique=True, help_text="Used in the page address, e.g. #intake-forms.")
    body = models.TextField(
        help_text="Markdown: blank lines between paragraphs, **bold**, - lists, [links](/path/). "
        "Raw HTML is removed."
    )
    plan_step = models.PositiveSmallIntegerField(
        choices=PlanStep.choices,
        null=True,
        blank=True,
        help_text="For the four parts of a first session: shown as a numbered step that links "
        "to this step of the prep plan. Leave empty for other sections.",
    )
    order = models.PositiveSmallIntegerField(default=0)
    is_published = models.BooleanField(default=True)

    objects = PublishedQuerySet.as_manager()

    class Meta:
        ordering = ["order", "pk"]
        constraints = [
            models.CheckConstraint(
                condition=Q(plan_step__isnull=True) | Q(plan_step__gte=1, plan_step__lte=4),
                name="intake_section_plan_step_1_to_4",
            ),
        ]

    def __str__(self):
        return self.title

    def get_absolute_url(self):
        anchor = f"part-{self.plan_step}" if self.plan_step else self.slug
        return reverse("intake:explainer") + f"#{anchor}"


class GoalGroup(models.Model):
    name = models.CharField(max_length=60, unique=True)
    order = models.PositiveSmallIntegerField(default=0)

    class Meta:
        ordering = ["order", "name"]

    def __str__(self):
        return self.name


class GoalSuggestion(Reviewed):
    WORDING_FIELDS = ("text",)

    group = models.ForeignKey(GoalGroup, on_delete=models.PROTECT, related_name="suggestions")
    text = models.CharField(max_length=160)
    order = models.PositiveSmallIntegerField(default=0)
    is_published = models.BooleanField(default=True)

    objects = PublishedQuerySet.as_manager()

    class Meta:
        ordering = ["group__order", "group__name", "order", "pk"]

    def __str__(self):
        return self.text

    def get_absolute_url(self):
        return reverse("intake:goals")


class QuestionTopic(models.Model):
    name = models.CharField(max_length=60, unique=True)
    order = models.PositiveSmallIntegerField(default=0)

    class Meta:
        ordering = ["order", "name"]

    def __str__(self):
        return self.name


class BankQuestion(Reviewed):
    """A question a visitor might ask a provider, offered as a checkbox in step 4."""

    WORDING_FIELDS = ("text", "note")

    topic = models.ForeignKey(QuestionTopic, on_delete=models.PROTECT, related_name="questions")
    text = models.CharField(max_length=200)
    note = models.CharField(
        max_length=300, blank=True, help_text="Optional: why it is worth asking, shown below."
    )
    order = models.PositiveSmallIntegerField(default=0)
    is_published = models.BooleanField(default=True)

    objects = PublishedQuerySet.as_manager()

    class Meta:
        ordering = ["topic__order", "topic__name", "order", "pk"]

    def __str__(self):
        return self.text

    def get_absolute_url(self):
        return reverse("intake:questions")


# --- A visitor's plan. Everything below is deleted with its visit. ---------------------


class PrepPlan(models.Model):
    """The single-value answers of a visit's plan, one row per visit.

    Each step saves only its own columns (an upsert on `visit`), so two tabs saving
    different steps at once never overwrite each other's answers.
    """

    class Duration(models.TextChoices):
        WEEKS = "weeks", "A few weeks"
        MONTHS = "months", "A few months"
        YEAR = "year", "About a year"
        YEARS = "years", "More than a year"
        ON_AND_OFF = "on-off", "On and off for a long time"
        UNSURE = "unsure", "I'm not sure"

    class Format(models.TextChoices):
        IN_PERSON = "in-person", "In person"
        VIDEO = "video", "By video"
        PHONE = "phone", "By phone"
        ANY = "any", "No preference"

    class SessionLength(models.TextChoices):
        MIN_30 = "30", "About 30 minutes"
        MIN_45 = "45", "About 45 minutes"
        MIN_60 = "60", "About an hour"
        UNSURE = "unsure", "I'm not sure yet"

    class Frequency(models.TextChoices):
        WEEKLY = "weekly", "Every week"
        FORTNIGHTLY = "fortnightly", "Every two weeks"
        MONTHLY = "monthly", "About once a month"
        UNSURE = "unsure", "I'm not sure yet"

    class Availability(models.TextChoices):
        WEEKDAY_MORNINGS = "mornings", "Weekday mornings"
        WEEKDAY_AFTERNOONS = "afternoons", "Weekday afternoons"
        WEEKDAY_EVENINGS = "evenings", "Weekday evenings"
        WEEKENDS = "weekends", "Weekends"

    class Budget(models.TextChoices):
        FREE = "free", "I need free or very low-cost care"
        UNDER_50 = "under-50", "Up to about $50 a session"
        UNDER_100 = "50-100", "About $50 to $100 a session"
        UNDER_150 = "100-150", "About $100 to $150 a session"
        OVER_150 = "over-150", "More than $150 a session is fine"
        UNSURE = "unsure", "I'm not sure yet"

    class Insurance(models.TextChoices):
        YES = "yes", "Yes, I have health insurance"
        NO = "no", "No, I would pay myself (self-pay)"
        UNSURE = "unsure", "I'm not sure what my plan covers"

    class TherapyBefore(models.TextChoices):
        NO = "no", "No, this would be my first time"
        YES = "yes", "Yes, I have been in therapy before"
        NOW = "now", "Yes, and I'm looking for someone new"

    visit = models.OneToOneField("visits.Visit", on_delete=models.CASCADE, related_name="prep_plan")
    # Step 1. `signs` is None until step 1 is first saved: the marked signs start ticked.
    signs = models.JSONField(null=True, blank=True)
    # The marked signs the visitor unticked: kept off the sheet, and not ticked again when
    # a later check-in marks them once more.
    signs_left_out = models.JSONField(default=list, blank=True)
    first_words = models.TextField(blank=True)
    duration = models.CharField(max_length=10, choices=Duration.choices, blank=True)
    # Step 2 (chosen suggestions are ChosenGoal rows).
    own_goals = models.TextField(blank=True)
    # Step 3.
    format = models.CharField(max_length=10, choices=Format.choices, blank=True)
    session_length = models.CharField(max_length=10, choices=SessionLength.choices, blank=True)
    frequency = models.CharField(max_length=12, choices=Frequency.choices, blank=True)
    availability = models.JSONField(default=list, blank=True)
    availability_notes = models.CharField(max_length=200, blank=True)
    budget = models.CharField(max_length=10, choices=Budget.choices, blank=True)
    insurance = models.CharField(max_length=10, choices=Insurance.choices, blank=True)
    language = models.CharField(max_length=60, blank=True)
    therapist_preferences = models.TextField(blank=True)
    therapy_before = models.CharField(max_length=10, choices=TherapyBefore.choices, blank=True)
    # The sheet: parts of the check-in the visitor keeps off it (a printout may be seen by
    # others). Empty means everything, as the sheet has always shown.
    sheet_leaves_out = models.JSONField(default=list, blank=True)
    # Whether the visitor's outreach list goes on the sheet too. Off unless chosen: names
    # of therapists contacted are nobody's business but the visitor's.
    sheet_shows_my_list = models.BooleanField(default=False)
    # Where "Continue" or "Back" last took the visitor: /prepare/ resumes there.
    resume_at = models.PositiveSmallIntegerField(
        choices=RESUME_POINTS, default=PlanStep.WHAT_BRINGS_ME
    )
    updated_at = models.DateTimeField(auto_now=True)

    class Meta:
        constraints = [
            models.CheckConstraint(
                condition=Q(resume_at__gte=1, resume_at__lte=5),
                name="intake_prepplan_resume_at_1_to_5",
            ),
        ]

    def __str__(self):
        return f"Prep plan of visit {self.visit_id}"


class ChosenGoal(models.Model):
    visit = models.ForeignKey("visits.Visit", on_delete=models.CASCADE, related_name="chosen_goals")
    # The wording is copied so a goal survives an editor deleting the suggestion.
    suggestion = models.ForeignKey(
        GoalSuggestion, on_delete=models.SET_NULL, null=True, related_name="chosen"
    )
    text = models.CharField(max_length=160)

    class Meta:
        constraints = [
            models.UniqueConstraint(
                fields=["visit", "suggestion"], name="intake_chosengoal_once_per_visit"
            ),
        ]

    def __str__(self):
        return f"Chosen goal {self.pk} of visit {self.visit_id}"

    @property
    def wording(self) -> str:
        return self.suggestion.text if self.suggestion else self.text


class ChosenQuestionQuerySet(models.QuerySet):
    def in_order(self):
        return self.select_related("question").order_by("position", "pk")


class ChosenQuestion(models.Model):
    """A question the visitor wants to ask: from the bank (`question`) or their own (`text`)."""

    visit = models.ForeignKey(
        "visits.Visit", on_delete=models.CASCADE, related_name="chosen_questions"
    )
    question = models.ForeignKey(
        BankQuestion, on_delete=models.SET_NULL, null=True, blank=True, related_name="chosen"
    )
    is_own = models.BooleanField(default=False)
    text = models.CharField(max_length=300)
    position = models.PositiveIntegerField(default=0)

    objects = ChosenQuestionQuerySet.as_manager()

    class Meta:
        constraints = [
            models.UniqueConstraint(
                fields=["visit", "question"], name="intake_chosenquestion_once_per_visit"
            ),
            models.UniqueConstraint(
                fields=["visit", "text"],
                condition=Q(is_own=True),
                name="intake_own_question_once_per_visit",
            ),
        ]

    def __str__(self):
        return f"Chosen question {self.pk} of visit {self.visit_id}"

    @property
    def wording(self) -> str:
        return self.question.text if self.question else self.text
