from collections.abc import Callable

from django.http import HttpResponse
from django.shortcuts import redirect, render
from django.urls import reverse
from django.utils import timezone
from django.views.decorators.cache import never_cache
from django.views.decorators.debug import sensitive_post_parameters
from django.views.decorators.http import require_http_methods, require_safe

from visits.models import Visit
from visits.visits import current_visit, visit_for_answers

from . import services
from .forms import GoalsForm, PlanForm, PracticalitiesForm, QuestionsForm, WhatBringsMeForm
from .models import Section
from .plan import (
    STEPS,
    chosen_goal_ids,
    chosen_questions,
    explainer_blocks,
    goal_groups,
    plan_of,
    practicalities_initial,
    question_groups,
    sign_choices,
    step_indicator,
    step_url,
    what_brings_me_initial,
)
from .sheet import (
    GOOD_FAITH_ESTIMATE,
    NOT_A_DIAGNOSIS,
    PLAN_HEADINGS,
    SELF_HARM_HELP,
    SELF_HARM_LINE,
    check_in_lines,
    load_sheet,
    long_date,
    sheet_as_text,
    visit_symptoms,
)

STEP_METHODS = ["GET", "HEAD", "POST"]


@require_safe
def explainer(request):
    sections = list(Section.objects.published())
    return render(request, "intake/explainer.html", {"blocks": explainer_blocks(sections)})


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
    choices = sign_choices(visit_symptoms(visit).marked_signs, plan)
    form = WhatBringsMeForm(
        request.POST or None,
        sign_choices=choices,
        left_out_before=plan.signs_left_out if plan else [],
        initial=what_brings_me_initial(plan, choices),
    )
    if form.is_valid():
        return _saved(request, visit, form, 1, services.save_what_brings_me, **form.cleaned_data)
    return _step_page(request, 1, form, {"has_signs": bool(choices)})


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
        ids, own = form.chosen_ids(), form.cleaned_data["own_goals"]
        return _saved(
            request, visit, form, 2, services.save_goals, suggestion_ids=ids, own_goals=own
        )
    return _step_page(request, 2, form, {"group_fields": form.group_fields()})


@never_cache
@sensitive_post_parameters()
@require_http_methods(STEP_METHODS)
def practicalities(request):
    visit = current_visit(request)
    form = PracticalitiesForm(request.POST or None, initial=practicalities_initial(plan_of(visit)))
    if form.is_valid():
        return _saved(
            request, visit, form, 3, services.save_practicalities, answers=form.cleaned_data
        )
    return _step_page(request, 3, form)


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
        ids, own = form.chosen_ids(), form.cleaned_data["own_questions"]
        action, chosen_id = _question_action(request.POST)
        return _saved(
            request,
            visit,
            form,
            4,
            _save_questions,
            question_ids=ids,
            own_questions=own,
            action=action,
            chosen_id=chosen_id,
        )
    return _step_page(
        request, 4, form, {"group_fields": form.group_fields(), "chosen": _order_rows(chosen)}
    )


def _save_questions(*, visit: Visit, action: str | None, chosen_id: int, **answers) -> None:
    """Save step 4, then apply the Move up / Move down / Remove button that was pressed."""
    services.save_questions(visit=visit, **answers)
    if action in ("up", "down"):
        services.move_question(visit=visit, chosen_id=chosen_id, offset=-1 if action == "up" else 1)
    elif action == "remove":
        services.remove_question(visit=visit, chosen_id=chosen_id)


def _question_action(post) -> tuple[str | None, int]:
    """("up" | "down" | "remove", chosen id) from a "Move up" button's value "up-12", else None."""
    action, _, number = post.get("action", "").partition("-")
    if action in ("up", "down", "remove") and number.isdigit() and len(number) < 19:
        return action, int(number)
    return None, 0


def _order_rows(chosen) -> list[dict]:
    last = len(chosen) - 1
    return [
        {"row": row, "number": i + 1, "can_go_up": i > 0, "can_go_down": i < last}
        for i, row in enumerate(chosen)
    ]


def _saved(
    request, visit: Visit | None, form: PlanForm, number: int, save: Callable[..., None], **answers
):
    """Save a step, then go where the pressed button says: back, forward, or stay.

    An untouched form from a browser with no visit yet (`visit` None) saves nothing: no visit
    is created.
    """
    go = "stay" if "action" in request.POST else request.POST.get("go", "next")
    target = {"back": number - 1, "stay": number}.get(go, number + 1)
    if visit is not None or form.has_answers():
        save(visit=visit_for_answers(request), resume_at=max(target, 1), **answers)
    if target < 1:
        return redirect(reverse("intake:explainer") + "#part-1")
    if go == "stay":
        return redirect(step_url(target) + "#chosen-questions")
    return redirect(step_url(target))


def _step_page(request, number: int, form, extra: dict | None = None):
    step = STEPS[number - 1]
    context = {
        "step": step,
        "steps": step_indicator(number),
        "total_steps": len(STEPS),
        "is_first": number == 1,
        "is_last": number == len(STEPS),
        "form": form,
        "error_summary": error_summary(form),
        **(extra or {}),
    }
    return render(request, f"intake/step_{step.url_name}.html", context)


def error_summary(form) -> list[dict]:
    """Each error with the field's label and the id of its first control, for the summary box."""
    summary = []
    for name, errors in form.errors.items():
        if name in form.fields:
            field = form[name]
            choices = getattr(field.field.widget, "input_type", "") in ("radio", "checkbox")
            label, anchor = field.label, field.auto_id + ("_0" if choices else "")
        else:
            label, anchor = "This page", "main"
        summary += [{"label": label, "message": message, "anchor": anchor} for message in errors]
    return summary


@never_cache
@require_safe
def sheet(request):
    prep = load_sheet(current_visit(request), today=timezone.localdate())
    context = {
        "sheet": prep,
        "made_on": long_date(prep.made_on),
        "check_in": check_in_lines(prep),
        "missing": [STEPS[step - 1] for step in prep.missing_steps],
        "text": sheet_as_text(prep, start_url=_start_url(request)),
        "headings": PLAN_HEADINGS,
        "self_harm_line": SELF_HARM_LINE,
        "self_harm_help": SELF_HARM_HELP,
        "not_a_diagnosis": NOT_A_DIAGNOSIS,
        "good_faith_estimate": GOOD_FAITH_ESTIMATE,
    }
    return render(request, "intake/sheet.html", context)


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
