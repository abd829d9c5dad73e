"""The assessment in the browser: one topic per page, back and next, saved as it goes.

Progress is the same record the terminal journey uses (AssessmentRepository), so a
person can start in one and finish in the other.
"""

from __future__ import annotations

from typing import Annotated, Any

from fastapi import APIRouter, Depends, Request
from fastapi.responses import HTMLResponse, RedirectResponse, Response

from crossroads.core.answers import InvalidAnswers, parse_answers, resolve_pointer
from crossroads.core.content import Topic
from crossroads.core.result import SelfHarmLevel
from crossroads.storage import StoredAssessment
from crossroads.web import questionnaire as q
from crossroads.web.context import Web, web
from crossroads.web.rendering import render
from crossroads.web.safety import Screened, go_on, screen_texts

router = APIRouter(include_in_schema=False)

SELF_HARM_ANSWER = "/wellbeing/self_harm_thoughts"
ANSWER_LEVEL: dict[str, SelfHarmLevel] = {"passing": "check_in", "frequent": "urgent",
                                          "plan": "urgent"}


def _see_other(url: str) -> RedirectResponse:
    return RedirectResponse(url, status_code=303)


def _topics(app: Web) -> tuple[Topic, ...]:
    return app.content.questionnaire.topics


def _topic_url(topic: Topic) -> str:
    return f"/assessment/{topic.key}"


def _resume_url(app: Web, stored: StoredAssessment) -> str:
    index = q.topic_at(app.content, stored.position)
    topics = _topics(app)
    return "/assessment/finish" if index >= len(topics) else _topic_url(topics[index])


@router.get("/assessment", response_class=HTMLResponse)
def overview(request: Request, app: Annotated[Web, Depends(web)]) -> Response:
    stored = app.assessments.in_progress()
    topics = _topics(app)
    current = q.topic_at(app.content, stored.position) if stored else None
    return render(
        request, "assessment_start.html", stored=stored, topics=topics, current=current,
        resume=_resume_url(app, stored) if stored else None,
        has_history=bool(app.assessments.history()),
    )


@router.post("/assessment/start")
async def start(request: Request, app: Annotated[Web, Depends(web)]) -> Response:
    """Start (or resume) an assessment; ``prefill=latest`` begins from the last answers."""
    form = await request.form()
    stored = app.assessments.in_progress()
    if stored is not None and form.get("restart") != "1":
        return _see_other(_resume_url(app, stored))
    if stored is not None:
        app.assessments.discard(stored.id)
    stored = app.assessments.start(app.content.language)
    if form.get("prefill") == "latest":
        history = app.assessments.history()
        if history:
            stored = app.assessments.save_progress(stored.id, dict(history[-1].answers), 0)
    return _see_other(_topic_url(_topics(app)[0]))


@router.get("/assessment/finish", response_class=HTMLResponse)
def finish_page(request: Request, app: Annotated[Web, Depends(web)]) -> Response:
    stored = app.assessments.in_progress()
    if stored is None:
        return _see_other("/assessment")
    topics = _topics(app)
    unanswered = [
        topic for topic in topics
        if all(resolve_pointer(stored.answers, question.field) is None
               for question in topic.questions)
    ]
    return render(request, "assessment_finish.html", stored=stored, topics=topics,
                  unanswered=unanswered, last=topics[-1])


@router.post("/assessment/finish")
def finish(request: Request, app: Annotated[Web, Depends(web)]) -> Response:
    from crossroads.core.engine import evaluate

    stored = app.assessments.in_progress()
    if stored is None:
        return _see_other("/assessment")
    try:
        answers = parse_answers(stored.answers)
    except InvalidAnswers as error:
        return render(request, "error.html", status_code=422, status=422,
                      detail="; ".join(str(problem) for problem in error.errors))
    result = evaluate(answers, app.content)
    app.assessments.complete(stored.id, answers.to_json(), result.to_json(), result.path)
    return _see_other(f"/results/{stored.id}")


@router.get("/assessment/{key}", response_class=HTMLResponse)
def topic_page(request: Request, key: str, app: Annotated[Web, Depends(web)]) -> Response:
    index = q.topic_index(app.content, key)
    if index is None:
        return render(request, "error.html", status_code=404, status=404,
                      detail=_not_a_topic())
    stored = app.assessments.in_progress()
    if stored is None:
        return _see_other("/assessment")
    topic = _topics(app)[index]
    return _topic_response(request, app, topic, index, stored.answers,
                           q.form_values(topic, stored.answers), {})


@router.post("/assessment/{key}")
async def save_topic(request: Request, key: str, app: Annotated[Web, Depends(web)]) -> Response:
    index = q.topic_index(app.content, key)
    if index is None:
        return render(request, "error.html", status_code=404, status=404,
                      detail=_not_a_topic())
    stored = app.assessments.in_progress()
    if stored is None:
        return _see_other("/assessment")
    topics = _topics(app)
    topic = topics[index]
    form = {name: value for name, value in (await request.form()).items()
            if isinstance(value, str)}
    action = form.get("action", "next")
    submitted = q.read_topic(app.content, topic, form, stored.answers)
    if submitted.errors and action != "back":
        return _topic_response(request, app, topic, index, stored.answers, submitted.raw,
                               submitted.errors, status_code=422)

    answers = submitted.answers if not submitted.errors else stored.answers
    if action == "back":
        target = index - 1 if index > 0 else 0
        next_url = _topic_url(topics[target]) if index > 0 else "/assessment"
    elif action in ("save", "more"):
        target = index
        next_url = "/assessment?saved=1" if action == "save" else _topic_url(topic)
    else:
        target = index + 1
        next_url = _topic_url(topics[target]) if target < len(topics) else "/assessment/finish"
    position = (q.position_of(app.content, topics[target]) if target < len(topics)
                else len(q.steps(app.content)))
    app.assessments.save_progress(stored.id, answers, position)

    raised = screen_texts(app, q.free_texts(topic, answers))
    chosen = resolve_pointer(answers, SELF_HARM_ANSWER)
    if any(question.field == SELF_HARM_ANSWER for question in topic.questions):
        raised = raised.and_(Screened(ANSWER_LEVEL.get(str(chosen), "none"), False))
    return go_on(next_url, raised)



def _topic_response(
    request: Request, app: Web, topic: Topic, index: int, answers: dict[str, Any],
    values: dict[str, str], errors: dict[str, str], status_code: int = 200,
) -> Response:
    topics = _topics(app)
    rows = {
        q.name_of(question.field): _rows(values, q.name_of(question.field))
        for question in topic.questions if question.kind == "list"
    }
    return render(
        request, "assessment_topic.html", status_code=status_code,
        topic=topic, index=index, total=len(topics), questions=q.shown(topic, answers),
        values=values, errors=errors, rows=rows, name_of=q.name_of, encode=q.encode,
        questionnaire=app.content.questionnaire, other=q.OTHER,
        choices=lambda question: q.choices(app.content, question),
        is_last=index == len(topics) - 1,
    )


def _rows(values: dict[str, str], name: str) -> int:
    try:
        rows = int(values.get(f"{name}.rows", "0"))
    except ValueError:
        rows = 0
    return max(rows, q.LIST_BLANK_ROWS)


def _not_a_topic() -> str:
    from crossroads.i18n import _

    return _("There is no such part of the assessment.")
