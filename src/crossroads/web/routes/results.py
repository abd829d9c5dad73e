"""The result: the path in a sentence, the reasons with their answers and method ids,
the plan as a checklist kept over the weeks; and the history to compare with later."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Annotated, Any

from fastapi import APIRouter, Depends, Request
from fastapi.responses import HTMLResponse, RedirectResponse, Response

from crossroads.core.answers import resolve_pointer
from crossroads.core.content import Content
from crossroads.core.result import SelfHarmLevel
from crossroads.storage import StoredAssessment, path_changes
from crossroads.storage.plan_ticks import PlanTick
from crossroads.web import questionnaire as q
from crossroads.web.context import Place, QueryId, RowId, Web, web
from crossroads.web.rendering import render
from crossroads.web.safety import Screened, banner

router = APIRouter(include_in_schema=False)


@dataclass(frozen=True)
class Evidence:
    """One answer that bears on a reason: the question and what the person said."""

    prompt: str
    answer: str


@dataclass(frozen=True)
class ReasonView:
    because: str
    ids: tuple[str, ...]
    evidence: tuple[Evidence, ...]


def _not_found(request: Request) -> Response:
    from crossroads.i18n import _

    return render(request, "error.html", status_code=404, status=404,
                  detail=_("There is no finished assessment with that number."))


def _completed(app: Web, id: int) -> StoredAssessment | None:
    stored = app.assessments.get(id)
    return stored if stored is not None and stored.is_complete and stored.result else None


def evidence_for(content: Content, answers: dict[str, Any], ids: tuple[str, ...]) -> tuple[Evidence, ...]:
    """The person's answers to the questions that carry any of ``ids``."""
    found: list[Evidence] = []
    for _topic, question in q.steps(content):
        if not set(question.ids) & set(ids):
            continue
        value = resolve_pointer(answers, question.field)
        if value is None:
            continue
        found.append(Evidence(question.prompt, q.answer_label(content, question, value)))
    return tuple(found)


def unanswered_topics(content: Content, result: dict[str, Any]) -> list[str]:
    """The titles of the topics holding what was left unanswered, in questionnaire order."""
    names = {str(item) for item in result.get("unanswered", [])}
    titles: list[str] = []
    for topic in content.questionnaire.topics:
        fields = {question.field.strip("/").replace("/", ".") for question in topic.questions}
        prefixes = {field.split(".", 1)[0] for field in fields}
        if topic.key in names or names & fields or names & prefixes:
            titles.append(topic.title)
    return titles


def _country(app: Web, stored: StoredAssessment) -> str | None:
    country = (stored.answers.get("situation") or {}).get("country")
    return country if isinstance(country, str) else app.settings.country


@router.get("/results", response_class=HTMLResponse)
def latest(request: Request, app: Annotated[Web, Depends(web)]) -> Response:
    history = app.assessments.history()
    if history:
        return RedirectResponse(f"/results/{history[-1].id}", status_code=303)
    return render(request, "results_none.html",
                  in_progress=app.assessments.in_progress() is not None)


@router.get("/results/{id}", response_class=HTMLResponse)
def result_page(request: Request, id: RowId, app: Annotated[Web, Depends(web)]) -> Response:
    stored = _completed(app, id)
    if stored is None or stored.result is None:
        return _not_found(request)
    result = stored.result
    safety = result.get("safety", {})
    level: SelfHarmLevel = safety.get("self_harm", "none")
    care = banner(app.content, _country(app, stored), Screened(level, bool(safety.get("abuse"))))
    reasons = [
        ReasonView(reason["because"], tuple(reason["ids"]),
                   evidence_for(app.content, stored.answers, tuple(reason["ids"])))
        for reason in result.get("reasons", [])
    ]
    ticks = app.ticks.ticks(id)
    return render(
        request, "result.html", unanswered=unanswered_topics(app.content, result), care=care,
        stored=stored, result=result, path_text=app.content.paths.get(stored.path or ""),
        reasons=reasons, plan=result.get("plan", []), ticks=ticks,
        counts=_counts(result, ticks),
    )


def _counts(result: dict[str, Any], ticks: dict[tuple[int, int], PlanTick]) -> tuple[int, int]:
    total = sum(len(section.get("steps", [])) for section in result.get("plan", []))
    return len(ticks), total


def _places(result: dict[str, Any]) -> set[tuple[int, int]]:
    return {
        (section_index, step_index)
        for section_index, section in enumerate(result.get("plan", []))
        for step_index in range(len(section.get("steps", [])))
    }


def _parse_place(value: str) -> tuple[int, int] | None:
    section, _, step = value.partition(".")
    if not (section.isdigit() and step.isdigit()):
        return None
    return int(section), int(step)


@router.post("/results/{id}/plan")
async def save_ticks(request: Request, id: RowId, app: Annotated[Web, Depends(web)]) -> Response:
    """Without JavaScript: the whole checklist is posted; exactly its ticked steps are kept."""
    stored = _completed(app, id)
    if stored is None or stored.result is None:
        return _not_found(request)
    form = await request.form()
    places = _places(stored.result)
    done = {place for value in form.getlist("step") if isinstance(value, str)
            if (place := _parse_place(value)) in places}
    app.ticks.replace(id, done)
    return RedirectResponse(f"/results/{id}?saved=1#plan", status_code=303)


@router.post("/results/{id}/plan/{section}/{step}")
async def toggle_step(
    request: Request, id: RowId, section: Place, step: Place, app: Annotated[Web, Depends(web)]
) -> Response:
    """With htmx: one step ticked or unticked; answers the step and the counter."""
    stored = _completed(app, id)
    if stored is None or stored.result is None or (section, step) not in _places(stored.result):
        return _not_found(request)
    form = await request.form()
    done = f"{section}.{step}" in form.getlist("step")
    app.ticks.mark(id, section, step, done)
    if request.headers.get("hx-request") != "true":
        return RedirectResponse(f"/results/{id}#step-{section}-{step}", status_code=303)
    ticks = app.ticks.ticks(id)
    text = stored.result["plan"][section]["steps"][step]
    return render(
        request, "_step_toggled.html", stored=stored, s=section, i=step, text=text,
        tick=ticks.get((section, step)), counts=_counts(stored.result, ticks),
    )


@router.get("/history", response_class=HTMLResponse)
def history_page(request: Request, app: Annotated[Web, Depends(web)]) -> Response:
    history = app.assessments.history()
    return render(
        request, "history.html", history=list(reversed(history)),
        changes=list(reversed(path_changes(history))), paths=app.content.paths,
        in_progress=app.assessments.in_progress() is not None,
    )


@dataclass(frozen=True)
class Difference:
    prompt: str
    before: str
    after: str


@router.get("/history/compare", response_class=HTMLResponse)
def compare(
    request: Request, app: Annotated[Web, Depends(web)], a: QueryId = None,
    b: QueryId = None,
) -> Response:
    history = app.assessments.history()
    if a is None or b is None:
        if len(history) < 2:
            return RedirectResponse("/history", status_code=303)
        a, b = history[-2].id, history[-1].id
    first, second = _completed(app, a), _completed(app, b)
    if first is None or second is None:
        return _not_found(request)
    if (second.completed_at or second.updated_at) < (first.completed_at or first.updated_at):
        first, second = second, first
    differences = []
    for _topic, question in q.steps(app.content):
        before = resolve_pointer(first.answers, question.field)
        after = resolve_pointer(second.answers, question.field)
        if before != after:
            differences.append(Difference(
                question.prompt, q.answer_label(app.content, question, before),
                q.answer_label(app.content, question, after),
            ))
    return render(request, "compare.html", first=first, second=second,
                  differences=differences, paths=app.content.paths)
