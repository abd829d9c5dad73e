"""The shape of Crossroads' content: questions, plan sections, reasons, resources.

The words themselves live in YAML files under ``crossroads/content/<language>/``
so a counselor can edit or translate them without touching Python. These models
check those files when they load: a typo in a method id or a missing field is a
start-up error, not a blank screen at 2 a.m.
"""

from __future__ import annotations

import re
import string
from typing import Literal

from pydantic import BaseModel, ConfigDict, Field, field_validator, model_validator

METHOD_ID = re.compile(r"^(?:[A-E]\d{1,2}|S[1-5])$")

QuestionKind = Literal["scale10", "agree", "choice", "yesno", "number", "text", "list"]


class _Content(BaseModel):
    model_config = ConfigDict(frozen=True, extra="forbid")


def _check_ids(ids: tuple[str, ...]) -> tuple[str, ...]:
    bad = [item for item in ids if not METHOD_ID.match(item)]
    if bad:
        raise ValueError(f"not a method id: {', '.join(bad)}")
    return ids


def placeholders(template: str) -> set[str]:
    """The ``{names}`` a text template expects."""
    return {name for _, name, _, _ in string.Formatter().parse(template) if name}


class Option(_Content):
    value: str | bool | int
    label: str
    help: str | None = None


class Question(_Content):
    """One question, bound to one field of the answers (schema v1) by its JSON pointer."""

    field: str = Field(pattern=r"^(/[a-z_]+)+$")
    kind: QuestionKind
    prompt: str
    help: str = ""
    ids: tuple[str, ...]
    options: tuple[Option, ...] = ()
    minimum: int | None = None
    maximum: int | None = None
    # For kind "list": the questions asked about each item (their fields are relative).
    item_questions: tuple[Question, ...] = ()
    # Ask only when another answer has one of these values, e.g. {"/situation/ex_status": [...]}.
    ask_if: dict[str, tuple[str | bool | int, ...]] = Field(default_factory=dict)

    _ids = field_validator("ids")(_check_ids)

    @model_validator(mode="after")
    def _options_fit_kind(self) -> Question:
        if self.kind == "choice" and not self.options:
            raise ValueError(f"{self.field}: a choice question needs options")
        if self.kind == "list" and not self.item_questions:
            raise ValueError(f"{self.field}: a list question needs item_questions")
        return self


class Topic(_Content):
    """One screen of the assessment: a handful of questions on one subject."""

    key: str
    title: str
    intro: str = ""
    ids: tuple[str, ...]
    questions: tuple[Question, ...]

    _ids = field_validator("ids")(_check_ids)


class Questionnaire(_Content):
    topics: tuple[Topic, ...]
    # Labels shared by every 0-4 agreement question and every 0-10 scale end.
    agree_labels: tuple[str, str, str, str, str]
    scale10_low: str
    scale10_high: str

    def questions(self) -> list[Question]:
        return [question for topic in self.topics for question in topic.questions]

    def question(self, field: str) -> Question:
        for question in self.questions():
            if question.field == field:
                return question
        raise KeyError(field)


class PathText(_Content):
    """How a path is named to the person."""

    name: str
    summary: str  # the path in one sentence
    ids: tuple[str, ...]

    _ids = field_validator("ids")(_check_ids)


class SectionText(_Content):
    """One plan section. ``per_cause`` / ``per_own_part`` templates add one step for each
    cause or own-part answer, with ``{text}`` standing for what the person wrote."""

    title: str
    ids: tuple[str, ...]
    steps: tuple[str, ...]
    per_cause: str | None = None
    per_own_part: str | None = None

    _ids = field_validator("ids")(_check_ids)


class ReasonText(_Content):
    """A reason template: ``because`` may name answers with ``{placeholders}`` the engine fills."""

    ids: tuple[str, ...]
    because: str

    _ids = field_validator("ids")(_check_ids)


class Line(_Content):
    name: str
    contact: str


class CountryLines(_Content):
    emergency: str
    crisis: Line
    abuse: Line


class Resources(_Content):
    """Crisis and abuse lines by country (shared/method/resources.yaml), with a fallback."""

    directory: Line
    emergency_advice: str  # shown where a country is missing or unknown
    countries: dict[str, CountryLines]

    @field_validator("countries")
    @classmethod
    def _iso_codes(cls, countries: dict[str, CountryLines]) -> dict[str, CountryLines]:
        bad = [code for code in countries if not re.fullmatch(r"[A-Z]{2}", code)]
        if bad:
            raise ValueError(f"not ISO 3166-1 alpha-2 codes: {', '.join(bad)}")
        return countries


class SafetyMessage(_Content):
    """What the product says when a screen raises a level, per safe-messaging practice."""

    title: str
    body: tuple[str, ...]
    question: str | None = None  # the direct, non-judging question of a check-in


class SafetyMessages(_Content):
    check_in: SafetyMessage
    urgent: SafetyMessage
    abuse: SafetyMessage
    not_therapy: str  # S4, shown on every result


class Reflection(_Content):
    """Questions to sit with, not to score: orientation (A3) and who-am-I (B7)."""

    orientation: tuple[str, ...]
    reflection: tuple[str, ...]


class Content(_Content):
    language: str
    questionnaire: Questionnaire
    paths: dict[str, PathText]
    sections: dict[str, SectionText]
    reasons: dict[str, ReasonText]
    resources: Resources
    safety: SafetyMessages
    reflection: Reflection

    @model_validator(mode="after")
    def _every_path_named(self) -> Content:
        from crossroads.core.result import PATHS

        missing = [path for path in PATHS if path not in self.paths]
        if missing:
            raise ValueError(f"paths without a text: {', '.join(missing)}")
        return self
