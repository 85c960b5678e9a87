from django.http import HttpResponse
from django.shortcuts import redirect, render
from django.urls import reverse
from django.utils import timezone
from django.views.decorators.cache import never_cache
from django.views.decorators.debug import sensitive_post_parameters
from django.views.decorators.http import require_http_methods, require_safe

from editorial.pages import page_review
from sitecache.pages import shared_page, shared_value
from symptoms import summary
from visits.session import current_visit, visit_for_answers

from . import services
from .forms import (
    GoalsForm,
    PracticalitiesForm,
    QuestionsForm,
    SheetContentsForm,
    WhatBringsMeForm,
)
from .models import BankQuestion, GoalSuggestion, Section
from .plan import (
    chosen_goal_ids,
    chosen_questions,
    goal_groups,
    load_sheet,
    plan_of,
    practicalities_initial,
    question_groups,
    sign_choices,
    what_brings_me_initial,
)
from .sheet import sheet_as_text
from .steps import STEPS, explainer_blocks, next_step, step_indicator, step_url

STEP_METHODS = ["GET", "HEAD", "POST"]


@require_safe
@shared_page
def explainer(request):
    sections = list(Section.objects.published())
    context = {"blocks": explainer_blocks(sections), "review": page_review(sections)}
    return render(request, "intake/explainer.html", context)


@never_cache
@require_safe
def start(request):
    """/prepare/: step 1 for a newcomer, otherwise wherever this browser left off."""
    plan = plan_of(current_visit(request))
    return redirect(step_url(plan.resume_at if plan else 1))


@never_cache
@sensitive_post_parameters()
@require_http_methods(STEP_METHODS)
def what_brings_me(request):
    visit = current_visit(request)
    plan = plan_of(visit)
    choices = sign_choices(summary.symptoms_for_visit(visit).marked_signs, plan)
    form = WhatBringsMeForm(
        request.POST or None,
        sign_choices=choices,
        left_out_before=plan.signs_left_out if plan else [],
        initial=what_brings_me_initial(plan, choices),
    )
    if form.is_valid():
        resume_at, url = next_step(1, request.POST)
        if visit is not None or form.has_answers():
            services.save_what_brings_me(
                visit=visit_for_answers(request), resume_at=resume_at, **form.cleaned_data
            )
        return redirect(url)
    return _step_page(request, 1, form, plan, {"has_signs": bool(choices)})


@never_cache
@sensitive_post_parameters()
@require_http_methods(STEP_METHODS)
def goals(request):
    visit = current_visit(request)
    plan = plan_of(visit)
    form = GoalsForm(
        request.POST or None,
        groups=goal_groups(visit),
        chosen=chosen_goal_ids(visit),
        initial={"own_goals": plan.own_goals if plan else ""},
    )
    if form.is_valid():
        resume_at, url = next_step(2, request.POST)
        if visit is not None or form.has_answers():
            services.save_goals(
                visit=visit_for_answers(request),
                resume_at=resume_at,
                suggestion_ids=form.chosen_ids(),
                own_goals=form.cleaned_data["own_goals"],
            )
        return redirect(url)
    return _step_page(
        request,
        2,
        form,
        plan,
        {
            "group_fields": form.group_fields(),
            "review": _review("goal suggestions", GoalSuggestion),
        },
    )


@never_cache
@sensitive_post_parameters()
@require_http_methods(STEP_METHODS)
def practicalities(request):
    visit = current_visit(request)
    plan = plan_of(visit)
    form = PracticalitiesForm(request.POST or None, initial=practicalities_initial(plan))
    if form.is_valid():
        resume_at, url = next_step(3, request.POST)
        if visit is not None or form.has_answers():
            services.save_practicalities(
                visit=visit_for_answers(request), resume_at=resume_at, answers=form.cleaned_data
            )
        return redirect(url)
    return _step_page(request, 3, form, plan)


@never_cache
@sensitive_post_parameters()
@require_http_methods(STEP_METHODS)
def questions(request):
    visit = current_visit(request)
    chosen = chosen_questions(visit)
    form = QuestionsForm(
        request.POST or None,
        groups=question_groups(visit),
        chosen={row.question_id for row in chosen},
        initial={"own_questions": "\n".join(row.text for row in chosen if row.is_own)},
    )
    if form.is_valid():
        resume_at, url = next_step(4, request.POST)
        if visit is not None or form.has_answers():
            services.save_questions(
                visit=visit_for_answers(request),
                resume_at=resume_at,
                question_ids=form.chosen_ids(),
                own_questions=form.cleaned_data["own_questions"],
                action=_question_action(request.POST),
            )
        return redirect(url)
    return _step_page(
        request,
        4,
        form,
        plan_of(visit),
        {
            "group_fields": form.group_fields(),
            "chosen": _order_rows(chosen),
            "review": _review("question bank", BankQuestion),
        },
    )


def _question_action(post) -> tuple[str, int] | None:
    """("up" | "down" | "remove", chosen id) from a "Move up" button's value "up-12", else None."""
    action, _, number = post.get("action", "").partition("-")
    if action in ("up", "down", "remove") and number.isdigit() and len(number) < 19:
        return action, int(number)
    return None


def _order_rows(chosen) -> list[dict]:
    last = len(chosen) - 1
    return [
        {"row": row, "number": i + 1, "can_go_up": i > 0, "can_go_down": i < last}
        for i, row in enumerate(chosen)
    ]


def _review(name: str, model):
    """A step's review block: content alone, so worked out once for everyone."""
    return shared_value((f"{name} review",), lambda: page_review(model.objects.published()))


def _step_page(request, number: int, form, plan, extra: dict | None = None):
    step = STEPS[number - 1]
    context = {
        "step": step,
        "steps": step_indicator(number, reached=plan.resume_at if plan else 1),
        "total_steps": len(STEPS),
        "is_first": number == 1,
        "is_last": number == len(STEPS),
        "form": form,
        **(extra or {}),
    }
    return render(request, f"intake/step_{step.url_name}.html", context)


@never_cache
@sensitive_post_parameters()
@require_http_methods(STEP_METHODS)
def sheet(request):
    """The sheet; a POST chooses which parts (of the check-in, and the outreach list) go on it."""
    visit = current_visit(request)
    prep = load_sheet(visit, today=timezone.localdate())
    form = SheetContentsForm(
        # Unticking every box posts nothing but the token: still a choice, not a GET.
        request.POST if request.method == "POST" else None,
        parts=prep.parts_to_choose,
        leaves_out=prep.kept_off,
    )
    if form.is_valid():
        if visit is not None:
            services.save_sheet_contents(
                visit=visit, leaves_out=form.leaves_out(), shows_my_list=form.shows_my_list()
            )
        return redirect(reverse("intake:sheet") + "#sheet-contents")
    text = sheet_as_text(prep, start_url=_start_url(request))
    return render(request, "intake/sheet.html", {"sheet": prep, "text": text, "form": form})


def _start_url(request) -> str:
    return request.build_absolute_uri(reverse("intake:start"))


@never_cache
@require_safe
def sheet_text(request):
    prep = load_sheet(current_visit(request), today=timezone.localdate())
    text = sheet_as_text(prep, start_url=_start_url(request))
    response = HttpResponse(text, content_type="text/plain; charset=utf-8")
    filename = f"therapy-prep-sheet-{prep.made_on.isoformat()}.txt"
    response["Content-Disposition"] = f'attachment; filename="{filename}"'
    return response
