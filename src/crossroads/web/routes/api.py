"""The JSON API of CONTRACTS.md: evaluate, review, screen (and /healthz)."""

from __future__ import annotations

import copy
import json
from typing import Annotated, Any, Literal

from fastapi import APIRouter, Depends, Request
from fastapi.responses import JSONResponse
from pydantic import BaseModel, ConfigDict, Field

from crossroads.core.answers import InvalidAnswers, answers_schema, parse_answers
from crossroads.web.context import Web, web

router = APIRouter()

# Texts longer than this are refused with a 422 rather than read for seconds.
MAX_TEXT = 100_000


class TextIn(BaseModel):
    model_config = ConfigDict(extra="forbid")

    text: str = Field(max_length=MAX_TEXT, description="Any text the person wrote.")
    country: str | None = Field(
        default=None, pattern=r"^[A-Z]{2}$",
        description="ISO 3166-1 alpha-2 code for the lines; defaults to the server's setting.",
    )


class ResourceOut(BaseModel):
    name: str
    contact: str
    country: str


class ScreenOut(BaseModel):
    self_harm: Literal["none", "check_in", "urgent"]
    abuse: bool
    resources: list[ResourceOut]


class FlagOut(BaseModel):
    category: str
    start: int
    end: int
    ids: list[str]
    why: str
    instead: str


class StrengthOut(BaseModel):
    category: str
    start: int
    end: int


class ReviewOut(BaseModel):
    verdict: Literal["hold", "revise", "ready"]
    flags: list[FlagOut]
    strengths: list[StrengthOut]
    self_harm: Literal["none", "check_in", "urgent"]
    abuse: bool
    resources: list[ResourceOut]


class ReasonOut(BaseModel):
    ids: list[str]
    because: str


class PlanSectionOut(BaseModel):
    title: str
    ids: list[str]
    steps: list[str]


class SafetyOut(BaseModel):
    self_harm: Literal["none", "check_in", "urgent"]
    abuse: bool
    resources: list[ResourceOut]


class AssessOut(BaseModel):
    path: Literal[
        "safety_first", "protect_yourself", "heal_first", "weigh_their_return", "let_go",
        "try_sincerely",
    ]
    reasons: list[ReasonOut]
    plan: list[PlanSectionOut]
    safety: SafetyOut
    unanswered: list[str]


class ErrorItem(BaseModel):
    pointer: str = Field(description="JSON pointer of the field at fault ('' for the body).")
    message: str


class ErrorOut(BaseModel):
    detail: str
    errors: list[ErrorItem]


INVALID: dict[int | str, dict[str, Any]] = {422: {"model": ErrorOut, "description": "Bad input; each error names its field."}}


def _inline_refs(node: Any, definitions: dict[str, Any]) -> Any:
    """The answers schema with its local $refs written out, so it stands inside OpenAPI."""
    if isinstance(node, dict):
        reference = node.get("$ref")
        if isinstance(reference, str) and reference.startswith("#/$defs/"):
            target = copy.deepcopy(definitions[reference.removeprefix("#/$defs/")])
            rest = {key: value for key, value in node.items() if key != "$ref"}
            return _inline_refs({**target, **rest}, definitions)
        return {
            key: _inline_refs(value, definitions)
            for key, value in node.items()
            if key not in ("$schema", "$id", "$defs")
        }
    if isinstance(node, list):
        return [_inline_refs(item, definitions) for item in node]
    return node


def _answers_body_schema() -> dict[str, Any]:
    schema = answers_schema()
    inlined: dict[str, Any] = _inline_refs(schema, schema.get("$defs", {}))
    return inlined


def _invalid(errors: list[tuple[str, str]]) -> JSONResponse:
    return JSONResponse(
        {
            "detail": "; ".join(f"{pointer or '/'}: {message}" for pointer, message in errors),
            "errors": [{"pointer": pointer, "message": message} for pointer, message in errors],
        },
        status_code=422,
    )


@router.get("/healthz", tags=["health"], summary="Liveness check")
def healthz() -> dict[str, str]:
    return {"status": "ok"}


@router.post(
    "/api/v1/assessments/evaluate",
    tags=["assessment"],
    summary="Decide the path, reasons, plan and safety for answers (schema v1)",
    response_model=AssessOut,
    responses=INVALID,
    openapi_extra={
        "requestBody": {
            "required": True,
            "content": {"application/json": {"schema": _answers_body_schema()}},
        }
    },
)
async def evaluate(request: Request, app: Annotated[Web, Depends(web)]) -> JSONResponse:
    """Nothing is stored: the API answers and forgets."""
    from crossroads.core.engine import evaluate as decide

    body = await request.body()
    try:
        document = json.loads(body or b"null")
    except (json.JSONDecodeError, UnicodeDecodeError) as error:
        return _invalid([("", f"not valid JSON ({error})")])
    try:
        answers = parse_answers(document)
    except InvalidAnswers as refused:
        return _invalid([(error.pointer, error.message) for error in refused.errors])
    result = decide(answers, app.content)
    return JSONResponse(result.to_json())


@router.post(
    "/api/v1/review",
    tags=["text"],
    summary="Review a draft message to the ex (nothing is ever sent)",
    response_model=ReviewOut,
    responses=INVALID,
)
def review(body: TextIn, app: Annotated[Web, Depends(web)]) -> JSONResponse:
    from crossroads.services import review_json

    return JSONResponse(review_json(body.text, body.country or app.settings.country))


@router.post(
    "/api/v1/screen",
    tags=["text"],
    summary="Screen a text for signs of self-harm or abuse (S1, S2)",
    response_model=ScreenOut,
    responses=INVALID,
)
def screen(body: TextIn, app: Annotated[Web, Depends(web)]) -> JSONResponse:
    from crossroads.services import screen_json

    return JSONResponse(
        screen_json(body.text, body.country or app.settings.country, app.settings.language)
    )
