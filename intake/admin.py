"""Editable content only. A visitor's plan (PrepPlan, ChosenGoal, ChosenQuestion) is never
registered here: editors must not see anyone's answers."""

from django.contrib import admin
from django.contrib.admin.options import InlineModelAdmin

from .models import BankQuestion, GoalGroup, GoalSuggestion, QuestionTopic, Section


@admin.register(Section)
class SectionAdmin(admin.ModelAdmin):
    list_display = ["title", "plan_step", "order", "is_published"]
    list_editable = ["order", "is_published"]
    list_filter = ["is_published", "plan_step"]
    search_fields = ["title", "body"]
    prepopulated_fields = {"slug": ["title"]}


def register_choices(
    group_model, inline: type[InlineModelAdmin], *, group: str, search: list[str]
) -> None:
    """A group (goal group, question topic) with its choices edited inline on its page, and
    the choices (goal suggestions, bank questions) also listed across groups."""
    admin.site.register(
        group_model, list_display=["name", "order"], list_editable=["order"], inlines=[inline]
    )
    admin.site.register(
        inline.model,
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


register_choices(GoalGroup, GoalSuggestionInline, group="group", search=["text"])
register_choices(QuestionTopic, BankQuestionInline, group="topic", search=["text", "note"])
