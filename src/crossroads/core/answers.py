"""The assessment answers, version 1 (shared/method/answers.schema.json).

Validation runs against the JSON schema itself, so that an error names the exact
JSON pointer of the field at fault; the validated document is then read into
frozen pydantic models that the rest of the core can trust.
"""

from __future__ import annotations

import json
from collections.abc import Iterator
from dataclasses import dataclass
from functools import cache
from importlib import resources
from typing import Any, Literal

from jsonschema import Draft202012Validator
from jsonschema.exceptions import ValidationError
from pydantic import BaseModel, ConfigDict, Field

WhoEnded = Literal["partner", "me", "mutual", "partner_wants_out"]
ExStatus = Literal[
    "no_contact",
    "in_contact",
    "with_someone_else",
    "said_no",
    "wants_to_return",
    "came_back_apologizing",
    "ambivalent",
]
SelfHarmThoughts = Literal["none", "passing", "frequent", "plan"]
Want = Literal["them_back", "them_to_want_me", "unsure", "move_on"]
Reversible = Literal["yes", "no", "unsure"]
WhoMustChange = Literal["me", "them", "both"]
ChangeWish = Literal["all", "part", "none"]


class _Part(BaseModel):
    model_config = ConfigDict(frozen=True, extra="forbid")


class Situation(_Part):
    who_ended: WhoEnded | None = None
    ex_status: ExStatus | None = None
    ex_offers_help: bool | None = None
    relationship_months: int | None = None
    weeks_since_breakup: int | None = None
    married: bool | None = None
    children: bool | None = None
    lived_together: bool | None = None
    country: str | None = None


class Wellbeing(_Part):
    distress: int | None = None
    desperation: int | None = None
    self_harm_thoughts: SelfHarmThoughts | None = None
    sleep_appetite_affected: bool | None = None
    support_people: int | None = None


class Safety(_Part):
    ex_physical_violence: bool | None = None
    ex_threats: bool | None = None
    ex_control: bool | None = None
    doubt_own_sanity: bool | None = None
    treated_poorly: int | None = None


class Motives(_Part):
    love_who_they_are: int | None = None
    shared_values_future: int | None = None
    fear_of_being_alone: int | None = None
    alone_forever: int | None = None
    deserve_poor_treatment: int | None = None
    their_behavior_my_fault: int | None = None
    can_change_them: int | None = None
    being_wanted_over_quality: int | None = None
    used_as_loved: int | None = None
    worth_needs_relationship: int | None = None
    want_them_to_want_me: int | None = None
    habit: int | None = None


class Cause(_Part):
    text: str
    official: bool | None = None
    reversible: Reversible | None = None
    who_must_change: WhoMustChange | None = None


class OwnPart(_Part):
    text: str
    change: ChangeWish | None = None
    reaction_to_them: bool | None = None


class Evaluation(_Part):
    matched_ideal: int | None = None
    needs_respected: int | None = None
    limits_respected: int | None = None
    real_future: int | None = None


class Patterns(_Part):
    cling_when_rejected: int | None = None
    stay_when_needs_unmet: int | None = None
    fear_abandonment: int | None = None
    love_addiction: int | None = None
    must_be_perfect: int | None = None


class Chemistry(_Part):
    physical: int | None = None
    intellectual: int | None = None
    friendship: int | None = None


class Behaviors(_Part):
    complaining: int | None = None
    acting_needy: int | None = None
    pleading_tone: int | None = None
    threats_ultimatums: int | None = None
    pursuing: int | None = None
    jealousy_games: int | None = None
    begging: int | None = None


class Feelings(_Part):
    rely_on_them_to_soothe: int | None = None
    self_care_now: int | None = None


class Answers(_Part):
    """One person's answers. Every field but ``version`` may be missing (not answered)."""

    version: Literal[1] = 1
    situation: Situation | None = None
    wellbeing: Wellbeing | None = None
    safety: Safety | None = None
    want: Want | None = None
    motives: Motives | None = None
    causes: tuple[Cause, ...] | None = None
    their_faults_found: int | None = None
    own_part: tuple[OwnPart, ...] | None = None
    takes_all_blame: bool | None = None
    evaluation: Evaluation | None = None
    patterns: Patterns | None = None
    chemistry: Chemistry | None = None
    behaviors: Behaviors | None = None
    feelings: Feelings | None = None
    notes: str | None = Field(default=None)

    def free_texts(self) -> Iterator[tuple[str, str]]:
        """Every free text the person wrote, with its JSON pointer (all are screened, S1/S2)."""
        for index, cause in enumerate(self.causes or ()):
            yield f"/causes/{index}/text", cause.text
        for index, part in enumerate(self.own_part or ()):
            yield f"/own_part/{index}/text", part.text
        if self.notes:
            yield "/notes", self.notes

    def to_json(self) -> dict[str, Any]:
        """The answers as a schema-v1 document, without the unanswered fields."""
        return self.model_dump(mode="json", exclude_none=True)


@dataclass(frozen=True)
class AnswerError:
    """One problem in submitted answers: where (a JSON pointer) and what."""

    pointer: str
    message: str

    def __str__(self) -> str:
        return f"{self.pointer or '/'}: {self.message}"


class InvalidAnswers(ValueError):
    """The answers do not follow schema version 1; ``errors`` says where and why."""

    def __init__(self, errors: list[AnswerError]) -> None:
        self.errors = errors
        super().__init__("; ".join(str(error) for error in errors))


@cache
def answers_schema() -> dict[str, Any]:
    """The answers JSON schema, version 1, as shipped with the package."""
    text = resources.files("crossroads.core").joinpath("answers.schema.json").read_text("utf-8")
    schema: dict[str, Any] = json.loads(text)
    return schema


@cache
def _validator() -> Draft202012Validator:
    return Draft202012Validator(answers_schema())


def _pointer(error: ValidationError) -> str:
    parts = [str(part).replace("~", "~0").replace("/", "~1") for part in error.absolute_path]
    # A missing or unexpected property is best named by its own pointer.
    if error.validator == "required" and isinstance(error.instance, dict):
        required: list[str] = list(error.validator_value or [])  # type: ignore[arg-type]
        missing = [name for name in required if name not in error.instance]
        if missing:
            parts.append(str(missing[0]))
    elif error.validator == "additionalProperties" and isinstance(error.instance, dict):
        schema = error.schema if isinstance(error.schema, dict) else {}
        allowed = set(schema.get("properties", {}))
        extra = sorted(name for name in error.instance if name not in allowed)
        if extra:
            parts.append(str(extra[0]))
    return "".join(f"/{part}" for part in parts)


def answer_errors(document: object) -> list[AnswerError]:
    """Every schema violation in ``document``, in document order; empty when valid."""
    errors = sorted(_validator().iter_errors(document), key=lambda e: list(map(str, e.path)))
    return [AnswerError(_pointer(error), error.message) for error in errors]


def resolve_pointer(document: object, pointer: str) -> Any:
    """The value at a JSON pointer in a decoded document, or None where nothing is."""
    value = document
    for raw in pointer.strip("/").split("/") if pointer.strip("/") else []:
        part = raw.replace("~1", "/").replace("~0", "~")
        if isinstance(value, dict):
            value = value.get(part)
        elif isinstance(value, list) and part.isdigit() and int(part) < len(value):
            value = value[int(part)]
        else:
            return None
    return value


def parse_answers(document: object) -> Answers:
    """Validate a decoded JSON document and read it as :class:`Answers`.

    Raises :class:`InvalidAnswers` naming each field at fault.
    """
    errors = answer_errors(document)
    if errors:
        raise InvalidAnswers(errors)
    return Answers.model_validate(document)


def parse_answers_json(text: str) -> Answers:
    """Like :func:`parse_answers`, from JSON text (a syntax error is an :class:`InvalidAnswers`)."""
    try:
        document = json.loads(text)
    except json.JSONDecodeError as error:
        where = f"line {error.lineno}, column {error.colno}"
        raise InvalidAnswers(
            [AnswerError("", f"not valid JSON ({error.msg} at {where})")]
        ) from None
    return parse_answers(document)
