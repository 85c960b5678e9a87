"""Editable content only. A visitor's plan (PrepPlan, ChosenGoal, ChosenQuestion) is never
registered here: editors must not see anyone's answers."""

from django.contrib import admin

from .models import BankQuestion, GoalGroup, GoalSuggestion, QuestionTopic, Section


@admin.register(Section)
class SectionAdmin(admin.ModelAdmin):
    list_display = ["title", "plan_step", "order", "is_published"]
    list_editable = ["order", "is_published"]
    list_filter = ["is_published", "plan_step"]
    search_fields = ["title", "body"]
    prepopulated_fields = {"slug": ["title"]}


class GoalSuggestionInline(admin.TabularInline):
    model = GoalSuggestion
    extra = 1
    fields = ["text", "order", "is_published"]


@admin.register(GoalGroup)
class GoalGroupAdmin(admin.ModelAdmin):
    list_display = ["name", "order"]
    list_editable = ["order"]
    inlines = [GoalSuggestionInline]


@admin.register(GoalSuggestion)
class GoalSuggestionAdmin(admin.ModelAdmin):
    list_display = ["text", "group", "order", "is_published"]
    list_editable = ["order", "is_published"]
    list_filter = ["group", "is_published"]
    list_select_related = ["group"]
    search_fields = ["text"]


class BankQuestionInline(admin.StackedInline):
    model = BankQuestion
    extra = 1
    fields = ["text", "note", "order", "is_published"]


@admin.register(QuestionTopic)
class QuestionTopicAdmin(admin.ModelAdmin):
    list_display = ["name", "order"]
    list_editable = ["order"]
    inlines = [BankQuestionInline]


@admin.register(BankQuestion)
class BankQuestionAdmin(admin.ModelAdmin):
    list_display = ["text", "topic", "order", "is_published"]
    list_editable = ["order", "is_published"]
    list_filter = ["topic", "is_published"]
    list_select_related = ["topic"]
    search_fields = ["text", "note"]
