"""Admin for non-technical editors, and clinical review of the content they write.

`EditorAdmin` is what every content page in admin shares: sentence fields as readable
textareas, order fields that explain themselves, the public page each model feeds, and a
safe-messaging checklist under every wording field. `ReviewedAdmin` adds the review (only
a user with `editorial.mark_reviewed` may set it), sources, and history with diff and
revert (django-simple-history).
"""

from django import forms
from django.contrib import admin, messages
from django.db import models
from django.forms import CheckboxSelectMultiple
from django.utils import timezone
from django.utils.html import format_html
from simple_history.admin import SimpleHistoryAdmin

from .models import Reviewer, Source
from .queue import review_states
from .services import mark_reviewed, reviewer_of

SAFE_MESSAGING = (
    "Safe-messaging check: no details of methods or means of self-harm; hopeful, "
    "help-seeking words (people do feel better with support); crisis help stays in view "
    "(call or text 988, or 911 in danger); never call anyone 'low risk'."
)
ORDER_HELP = (
    "Position on {page}: lower numbers come first. Leave gaps (10, 20, 30) so a new one "
    "can go in between."
)
REVIEW_PERMISSION = "editorial.mark_reviewed"
# Sentences are easier to read and edit in a box than on one long line.
SENTENCE_LENGTH = 150


class EditorAdmin(admin.ModelAdmin):
    """A content model as a new editor meets it."""

    # The public page this model feeds, e.g. "the checklist (/checklist/)".
    page = ""
    # The fields that visitors read as sentences; each gets the safe-messaging checklist.
    wording_fields: tuple[str, ...] = ()
    formfield_overrides = {models.ManyToManyField: {"widget": CheckboxSelectMultiple}}

    class Media:
        css = {"all": ["css/admin.css"]}
        js = ["js/admin.js"]

    @property
    def page_note(self) -> str:
        return f"Shown to visitors on {self.page}." if self.page else ""

    def get_wording_fields(self) -> tuple[str, ...]:
        return self.wording_fields

    def get_changelist_form(self, request, **kwargs):
        return _labelled_row_form(super().get_changelist_form(request, **kwargs))

    def formfield_for_dbfield(self, db_field, request, **kwargs):
        is_sentence = (
            isinstance(db_field, models.CharField)
            and not db_field.choices
            and (db_field.max_length or 0) >= SENTENCE_LENGTH
        )
        if is_sentence:
            kwargs["widget"] = forms.Textarea(attrs={"rows": 2, "class": "editor-sentence"})
        formfield = super().formfield_for_dbfield(db_field, request, **kwargs)
        if formfield is None:
            return None
        if db_field.name == "order":
            formfield.help_text = ORDER_HELP.format(page=self.page or "its page")
        if db_field.name in self.get_wording_fields():
            formfield.help_text = " ".join(filter(None, [str(formfield.help_text), SAFE_MESSAGING]))
            formfield.widget.attrs["data-wording"] = ""
        return formfield


def _labelled_row_form(form_class):
    """Editable list columns name their row for screen readers ("Order of Trouble sleeping")."""

    class LabelledRowForm(form_class):
        def __init__(self, *args, **kwargs):
            super().__init__(*args, **kwargs)
            for field in self.fields.values():
                field.widget.attrs["aria-label"] = f"{field.label} of {self.instance}"

    return LabelledRowForm


class ReviewFilter(admin.SimpleListFilter):
    title = "clinical review"
    parameter_name = "review"

    def lookups(self, request, model_admin):
        return [
            ("pending", "Review pending (new or changed)"),
            ("due", "Review past due"),
            ("current", "Reviewed and current"),
        ]

    def queryset(self, request, queryset):
        if self.value() in ("pending", "due", "current"):
            pks = review_states(queryset, timezone.localdate())[self.value()]
            return queryset.filter(pk__in=pks)
        return queryset


class ReviewedForm(forms.ModelForm):
    mark_reviewed = forms.BooleanField(
        required=False,
        label="Mark the wording reviewed",
        help_text="Tick once you have read the wording as it will be saved. Leave 'reviewed "
        "by' as it is to sign as yourself, and the dates to mean today and a year from now.",
    )
    # Set by the admin: the reviewer record of the account filling in the form.
    signer: Reviewer | None = None

    def clean(self):
        data = super().clean()
        signer = data.get("reviewed_by") if "reviewed_by" in self.changed_data else None
        if data.get("mark_reviewed") and not (signer or self.signer):
            self.add_error(
                "reviewed_by" if "reviewed_by" in self.fields else "mark_reviewed",
                "Choose who reviewed it: your account is not linked to a reviewer record.",
            )
        return data


class ReviewedAdmin(EditorAdmin, SimpleHistoryAdmin):
    """Content with a clinical review, sources and history. Subclasses set `fields`."""

    form = ReviewedForm
    actions = ["mark_reviewed_today"]

    def get_wording_fields(self):
        return self.model.WORDING_FIELDS

    def can_review(self, request) -> bool:
        return request.user.has_perm(REVIEW_PERMISSION)

    def has_mark_reviewed_permission(self, request) -> bool:
        return self.can_review(request)

    def get_list_filter(self, request):
        return [ReviewFilter, *super().get_list_filter(request)]

    def get_list_display(self, request):
        return [*super().get_list_display(request), "review"]

    def get_fieldsets(self, request, obj=None):
        review = ["review_status", "reviewed_by", "reviewed_on", "next_review_due"]
        if self.can_review(request):
            review.insert(1, "mark_reviewed")
        return [
            (None, {"fields": self.fields}),
            ("Sources", {"fields": ["sources"], "description": SOURCES_HELP}),
            ("Clinical review", {"fields": review}),
        ]

    def get_readonly_fields(self, request, obj=None):
        readonly = [*super().get_readonly_fields(request, obj), "review_status"]
        if not self.can_review(request):
            readonly += ["reviewed_by", "reviewed_on", "next_review_due"]
        return readonly

    def get_form(self, request, obj=None, change=False, **kwargs):
        form = super().get_form(request, obj, change, **kwargs)
        if self.can_review(request):
            form.signer = reviewer_of(request.user)
        else:
            # A declared field is on every form unless removed: others cannot even post it.
            form.base_fields.pop("mark_reviewed", None)
        return form

    def save_model(self, request, obj, form, change):
        data = form.cleaned_data
        if data.get("mark_reviewed") and self.can_review(request):
            changed = form.changed_data
            obj.record_review(
                by=data["reviewed_by"] if "reviewed_by" in changed else form.signer,
                on=data["reviewed_on"] if "reviewed_on" in changed else timezone.localdate(),
                next_due=data["next_review_due"] if "next_review_due" in changed else None,
            )
        super().save_model(request, obj, form, change)
        reworded = set(form.changed_data) & set(obj.WORDING_FIELDS)
        if change and reworded and obj.reviewed_on and not obj.review_holds:
            self.message_user(
                request,
                f"The wording changed, so its clinical review is pending again: {self.page} "
                "now says 'Clinical review pending'.",
                messages.WARNING,
            )

    @admin.display(description="review")
    def review(self, obj):
        if not obj.review_holds:
            return "Pending"
        return "Past due" if obj.review_is_due() else "Current"

    @admin.display(description="review status")
    def review_status(self, obj):
        if obj is None or obj.pk is None:
            return "New content starts with its clinical review pending."
        if obj.review_holds:
            return format_html(
                "Reviewed by {} on {}; next review due {}. Changing the wording resets the "
                "review; reordering or publishing does not. "
                '<strong class="review-reset-warning" aria-live="polite" data-warning="{}">'
                "</strong>",
                obj.reviewed_by,
                obj.reviewed_on.strftime("%-d %B %Y"),
                obj.next_review_due.strftime("%B %Y"),
                "Saving changes the wording: the review will be reset.",
            )
        if obj.reviewed_on:
            return (
                f"Clinical review pending: the wording changed after its review on "
                f"{obj.reviewed_on:%-d %B %Y}. Put the reviewed words back from History, or "
                "ask a clinical reviewer to review it again."
            )
        return "Clinical review pending: not reviewed yet."

    @admin.action(description="Mark reviewed today", permissions=["mark_reviewed"])
    def mark_reviewed_today(self, request, queryset):
        reviewer = reviewer_of(request.user)
        if reviewer is None:
            self.message_user(
                request,
                "Your account is not linked to a reviewer record, so nothing was marked. "
                "Ask an administrator to link it under Editorial, Reviewers.",
                messages.ERROR,
            )
            return
        count = mark_reviewed(queryset, reviewer=reviewer, on=timezone.localdate())
        self.message_user(
            request,
            f"Marked {count} item{'s' if count != 1 else ''} reviewed today.",
            messages.SUCCESS,
        )


SOURCES_HELP = (
    "The publications this wording rests on, listed as numbered sources at the end of the "
    "page. Add a missing one under Editorial, Sources."
)


@admin.register(Reviewer)
class ReviewerAdmin(EditorAdmin):
    page = "every page they reviewed, and on the About page (/about/)"
    list_display = ["name", "credential", "is_listed", "user"]
    list_filter = ["is_listed"]
    search_fields = ["name", "credential"]
    fields = ["name", "credential", "role", "is_listed", "user"]


@admin.register(Source)
class SourceAdmin(EditorAdmin):
    page = "the pages whose content lists it, in the numbered Sources"
    list_display = ["title", "publisher", "retrieved_on"]
    search_fields = ["title", "publisher", "citation", "url"]
    prepopulated_fields = {"slug": ["title"]}
    fields = ["title", "slug", "publisher", "url", "citation", "retrieved_on"]
    formfield_overrides = {
        **EditorAdmin.formfield_overrides,
        models.URLField: {"assume_scheme": "https"},
    }
