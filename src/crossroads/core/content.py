"""The shape of Crossroads' content: questions, plan sections, reasons, resources.

The words themselves live in YAML files under ``crossroads/content/<language>/``
so a counselor can edit or translate them without touching Python. These models
check those files when they load: a typo in a method id or a missing field is a
start-up error, not a blank screen at 2 a.m.
"""

from __future__ import annotations

import re
import string
from collections.abc import Callable
from typing import Annotated, Literal

from pydantic import (
    AfterValidator,
    BaseModel,
    ConfigDict,
    Field,
    field_validator,
    model_validator,
)

METHOD_ID = re.compile(r"^(?:[A-E]\d{1,2}|S[1-5])$")

# "country": pick one of the listed options or type another ISO 3166-1 alpha-2 code.
QuestionKind = Literal["scale10", "agree", "choice", "yesno", "number", "text", "list", "country"]

# The {placeholders} the engine fills in plan steps. Every section gets the lines;
# some sections get one more value, named by the start of their key.
SECTION_PLACEHOLDERS: frozenset[str] = frozenset({"crisis_line", "abuse_line", "emergency"})
SECTION_PLACEHOLDERS_BY_PREFIX: dict[str, frozenset[str]] = {
    "chemistry_": frozenset({"ranking"}),
    "reassess_": frozenset({"weeks"}),
}
# per_cause / per_own_part templates only know what the person wrote.
ITEM_PLACEHOLDERS: frozenset[str] = frozenset({"text"})


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


def allowed_placeholders(section_key: str) -> frozenset[str]:
    """The placeholders the engine fills in the steps of the section ``section_key``."""
    extra = [
        names
        for prefix, names in SECTION_PLACEHOLDERS_BY_PREFIX.items()
        if section_key.startswith(prefix)
    ]
    return SECTION_PLACEHOLDERS.union(*extra)


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
    # The schema's bounds: of the value (numbers, scales) or, for kind "list", of the item count.
    minimum: int | None = None
    maximum: int | None = None
    # For kind "text": the most characters the schema allows.
    max_length: int | None = None
    # For kind "country": what a typed code must look like, and the label of "another country".
    pattern: str | None = None
    other_label: str | None = None
    # For kind "list": the questions asked about each item (their fields are relative).
    item_questions: tuple[Question, ...] = ()
    # Ask only when another answer has one of these values, e.g. {"/situation/ex_status": [...]}.
    ask_if: dict[str, tuple[str | bool | int, ...]] = Field(default_factory=dict)
    # Skip when another answer has one of these values, e.g. no motive questions for
    # someone who wants to move on; an unanswered field never causes a skip.
    skip_if: dict[str, tuple[str | bool | int, ...]] = Field(default_factory=dict)

    def applies(self, answer_at: Callable[[str], object]) -> bool:
        """Whether to ask this question, given ``answer_at(pointer)`` for earlier answers."""
        return all(answer_at(field) in values for field, values in self.ask_if.items()) and not any(
            answer_at(field) in values for field, values in self.skip_if.items()
        )

    _ids = field_validator("ids")(_check_ids)

    @model_validator(mode="after")
    def _options_fit_kind(self) -> Question:
        if self.kind == "choice" and not self.options:
            raise ValueError(f"{self.field}: a choice question needs options")
        if self.kind == "list" and not self.item_questions:
            raise ValueError(f"{self.field}: a list question needs item_questions")
        if self.kind == "country" and not (self.options and self.pattern and self.other_label):
            raise ValueError(
                f"{self.field}: a country question needs options, a pattern and an other_label"
            )
        if self.pattern is not None:
            re.compile(self.pattern)
            for option in self.options:
                if not re.fullmatch(self.pattern, str(option.value)):
                    raise ValueError(
                        f"{self.field}: option {option.value!r} does not match {self.pattern}"
                    )
        return self


class Topic(_Content):
    """One screen of the assessment: a handful of questions on one subject."""

    key: str
    title: str
    intro: str = ""
    ids: tuple[str, ...]
    questions: tuple[Question, ...]

    _ids = field_validator("ids")(_check_ids)


def _answer_values(question: Question) -> set[str | bool | int] | None:
    """The values an answer to ``question`` can take, when they are few enough to list."""
    if question.kind == "yesno":
        return {True, False}
    if question.kind == "choice":
        return {option.value for option in question.options}
    return None


class Questionnaire(_Content):
    topics: tuple[Topic, ...]
    # Labels shared by every 0-4 agreement question and every 0-10 scale end.
    agree_labels: tuple[str, str, str, str, str]
    scale10_low: str
    scale10_high: str

    def questions(self) -> list[Question]:
        return [question for topic in self.topics for question in topic.questions]

    @model_validator(mode="after")
    def _fields_once_and_conditions_real(self) -> Questionnaire:
        fields = [question.field for question in self.questions()]
        twice = sorted({field for field in fields if fields.count(field) > 1})
        if twice:
            raise ValueError(f"asked more than once: {', '.join(twice)}")
        by_field = {question.field: question for question in self.questions()}
        for question in self.questions():
            for field, values in (question.ask_if | question.skip_if).items():
                other = by_field.get(field)
                if other is None:
                    raise ValueError(f"{question.field}: ask_if names no question: {field}")
                allowed = _answer_values(other)
                if allowed is not None and not set(values) <= allowed:
                    raise ValueError(
                        f"{question.field}: ask_if values not offered by {field}: "
                        f"{sorted(map(str, set(values) - allowed))}"
                    )
        return self

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
    emergency_label: str  # the name the emergency number is shown under, e.g. "Emergency services"
    # The emergency number in words, for {emergency} in a sentence when the country is unknown.
    local_emergency: str
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


def _every_path_named(paths: dict[str, PathText]) -> dict[str, PathText]:
    from crossroads.core.result import PATHS

    missing = [path for path in PATHS if path not in paths]
    if missing:
        raise ValueError(f"paths without a text: {', '.join(missing)}")
    return paths


def _placeholders_the_engine_fills(sections: dict[str, SectionText]) -> dict[str, SectionText]:
    # An unknown {name} would reach the person as raw braces, or break the plan.
    problems: list[str] = []
    for key, section in sections.items():
        allowed = allowed_placeholders(key)
        for step in section.steps:
            unknown = placeholders(step) - allowed
            if unknown:
                problems.append(f"{key}: {', '.join(sorted(unknown))}")
        for template in (section.per_cause, section.per_own_part):
            if template is not None and placeholders(template) - ITEM_PLACEHOLDERS:
                problems.append(f"{key}: a per-item template may only use {{text}}")
    if problems:
        raise ValueError(f"unknown placeholders: {'; '.join(problems)}")
    return sections


# Each content file's type, so a file can be checked on its own and named in an error.
Paths = Annotated[dict[str, PathText], AfterValidator(_every_path_named)]
Sections = Annotated[dict[str, SectionText], AfterValidator(_placeholders_the_engine_fills)]
Reasons = dict[str, ReasonText]


def _labels_name_answers(labels: dict[str, str]) -> dict[str, str]:
    bad = [key for key in labels if not (key.startswith("_") or re.fullmatch(r"(/[a-z_]+)+", key))]
    if bad:
        raise ValueError(f"label keys must be JSON pointers or start with '_': {', '.join(bad)}")
    return labels


# Plain names of answers (JSON pointer -> words) and joiners ("_and"), for reasons and plans.
Labels = Annotated[dict[str, str], AfterValidator(_labels_name_answers)]


class Content(_Content):
    language: str
    questionnaire: Questionnaire
    paths: Paths
    sections: Sections
    reasons: Reasons
    labels: Labels
    resources: Resources
    safety: SafetyMessages
    reflection: Reflection
