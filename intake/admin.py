"""Editable content only. A visitor's plan (PrepPlan, ChosenGoal, ChosenQuestion) is never
registered here: editors must not see anyone's answers."""

from django.contrib import admin
from django.contrib.admin.options import InlineModelAdmin

from editorial.admin import EditorAdmin, ReviewedAdmin

from .models import BankQuestion, GoalGroup, GoalSuggestion, QuestionTopic, Section


@admin.register(Section)
class SectionAdmin(ReviewedAdmin):
    page = "the first-session explainer (/first-session/)"
    list_display = ["title", "plan_step", "order", "is_published"]
    list_editable = ["order", "is_published"]
    list_filter = ["is_published", "plan_step"]
    search_fields = ["title", "body"]
    prepopulated_fields = {"slug": ["title"]}
    fields = ["title", "slug", "body", "plan_step", "order", "is_published"]


def register_choices(
    group_model, inline: type[InlineModelAdmin], *, group: str, search: list[str], page: str
) -> None:
    """A group (goal group, question topic) with its choices edited inline on its page, and
    the choices (goal suggestions, bank questions) also listed across groups."""
    admin.site.register(
        group_model,
        EditorAdmin,
        page=page,
        list_display=["name", "order"],
        list_editable=["order"],
        inlines=[inline],
    )
    admin.site.register(
        inline.model,
        ReviewedAdmin,
        page=page,
        fields=inline.fields,
        list_display=["text", group, "order", "is_published"],
        list_editable=["order", "is_published"],
        list_filter=[group, "is_published"],
        list_select_related=[group],
        search_fields=search,
    )


class GoalSuggestionInline(admin.TabularInline):
    model = GoalSuggestion
    extra = 1
    fields = ["text", "order", "is_published"]


class BankQuestionInline(admin.StackedInline):
    model = BankQuestion
    extra = 1
    fields = ["text", "note", "order", "is_published"]


register_choices(
    GoalGroup,
    GoalSuggestionInline,
    group="group",
    search=["text"],
    page="step 2 of the prep plan (/prepare/goals/)",
)
register_choices(
    QuestionTopic,
    BankQuestionInline,
    group="topic",
    search=["text", "note"],
    page="step 4 of the prep plan (/prepare/questions/)",
)
