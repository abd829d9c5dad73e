"""The English content: it loads, it asks about every answer exactly once, in the
schema's own terms, and it only names method ids and placeholders that exist."""

from __future__ import annotations

import json
import re
import shutil
from collections import Counter
from collections.abc import Iterator
from importlib import resources
from pathlib import Path
from typing import Any

import pytest
from pydantic import TypeAdapter, ValidationError

import crossroads.content as content_package
from crossroads.content import (
    ContentError,
    available_languages,
    load_content,
    load_resources,
)
from crossroads.core.content import Content, Question, Sections, placeholders
from crossroads.core.result import PATHS
from tests.test_shared_checks import shared_file

CONTENT = load_content("en")
SCHEMA: dict[str, Any] = json.loads(
    resources.files("crossroads.core").joinpath("answers.schema.json").read_text(encoding="utf-8")
)

# Section key -> the method ids it must name at least (the engine picks sections by key).
REQUIRED_SECTIONS: dict[str, set[str]] = {
    "crisis_now": {"S1", "B9"},
    "check_in_support": {"S1", "B9"},
    "not_therapy": {"S4", "A2", "C10"},
    "abuse_support": {"S2", "A8"},
    "safety_steps": {"S2", "A7"},
    "not_someone_to_win_back": {"A7", "A8"},
    "finish_assessment": {"A3"},
    "mourn_and_calm": {"E1", "A1", "B2", "B10"},
    "support_people": {"A2"},
    "self_nurture": {"D1", "D5", "D6"},
    "soothe_yourself": {"D4", "D5"},
    "no_contact_from_need": {"D11", "D7", "D3"},
    "reassure_fear": {"E2", "A6"},
    "rumination": {"B3"},
    "orientation_questions": {"A3"},
    "reassess_heal": {"E1", "D1"},
    "weigh_return": {"A4"},
    "return_conditions": {"A4", "C10", "E10", "E11"},
    "grief_and_growth": {"E12", "B2", "C12"},
    "short_relationship": {"A5", "E4"},
    "not_a_clear_yes": {"E7"},
    "irreversible": {"E5"},
    "wanting_to_be_wanted": {"B1", "B4", "B5", "B8"},
    "deeper_ground": {"B6", "B7"},
    "they_moved_on": {"D10"},
    "they_said_no": {"E12"},
    "love_patterns": {"E8"},
    "reassess_let_go": {"E12", "D10"},
    "understand_why": {"E3", "E5", "C1"},
    "own_your_part": {"E6", "E9", "C6"},
    "prepare_heart_to_heart": {"C7", "E9"},
    "still_living_together": {"C1", "C7", "C11"},
    "give_space": {"D8", "D9", "D3"},
    "review_before_sending": {"C2", "C3", "C4", "C5", "C6", "S3"},
    "stop_pressure": {"D7", "C2", "C3", "C5", "C6", "S3"},
    "change_what_fails": {"D2", "D3"},
    "chemistry_focus_physical": {"C8"},
    "chemistry_focus_intellectual": {"C8"},
    "chemistry_focus_friendship": {"C8"},
    "chemistry_unknown": {"C8"},
    "little_things": {"C9"},
    "see_a_counselor": {"C10"},
    "tend_it_together": {"C11"},
    "change_log": {"E11"},
    "if_they_say_no": {"E12", "C12", "D10"},
}
# Sections whose one intro step is followed by the reflection questions the engine appends.
INTRO_ONLY = {"orientation_questions", "deeper_ground"}
LINES = {"crisis_line", "abuse_line", "emergency"}


def resolve(node: dict[str, Any]) -> dict[str, Any]:
    """A schema node with its local ``$ref`` followed (keeping its own description)."""
    if "$ref" in node:
        name = node["$ref"].removeprefix("#/$defs/")
        return {**SCHEMA["$defs"][name], **{k: v for k, v in node.items() if k != "$ref"}}
    return node


def schema_leaves(
    node: dict[str, Any] = SCHEMA, prefix: str = ""
) -> Iterator[tuple[str, dict[str, Any]]]:
    """Every answerable field as (pointer, schema); list items as ``/causes/text``."""
    for name, child in node.get("properties", {}).items():
        if prefix == "" and name == "version":
            continue
        child = resolve(child)
        pointer = f"{prefix}/{name}"
        if child.get("type") == "object":
            yield from schema_leaves(child, pointer)
        elif child.get("type") == "array":
            yield pointer, child
            yield from schema_leaves(child["items"], pointer)
        else:
            yield pointer, child


SCHEMA_FIELDS = dict(schema_leaves())


def schema_values(field: dict[str, Any]) -> list[Any]:
    """The values a choice field allows: its enum, or yes/no for a boolean."""
    values: list[Any] = field.get("enum", [True, False])
    return values


def all_questions() -> Iterator[tuple[str, Question]]:
    """Every question with its full pointer, item questions included."""
    for question in CONTENT.questionnaire.questions():
        yield question.field, question
        for item in question.item_questions:
            yield question.field + item.field, item


def all_ids(value: Any) -> Iterator[str]:
    if isinstance(value, dict):
        for key, child in value.items():
            if key == "ids":
                yield from child
            else:
                yield from all_ids(child)
    elif isinstance(value, list | tuple):
        for child in value:
            yield from all_ids(child)


def test_english_content_loads_and_is_cached() -> None:
    assert "en" in available_languages()
    assert load_content("en") is load_content()
    assert CONTENT.language == "en"


def test_the_helplines_load_on_their_own_for_a_quick_screen() -> None:
    assert load_resources("en") == CONTENT.resources
    assert load_resources("en") is load_resources()


def test_an_unknown_language_is_a_clear_error() -> None:
    with pytest.raises(ContentError, match="no content for language 'xx'"):
        load_content("xx")


def test_an_invalid_file_is_named_with_what_is_wrong(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    english = Path(str(resources.files(content_package).joinpath("en")))
    shutil.copytree(english, tmp_path / "zz")
    paths = (tmp_path / "zz" / "paths.yaml").read_text(encoding="utf-8")
    (tmp_path / "zz" / "paths.yaml").write_text(paths.replace("  name: Heal first\n", ""))
    monkeypatch.setattr(content_package, "_root", lambda: tmp_path)

    with pytest.raises(ContentError, match=r"zz/paths\.yaml: heal_first\.name: Field required"):
        load_content("zz")


def test_every_answer_field_has_exactly_one_question() -> None:
    asked = Counter(pointer for pointer, _ in all_questions())

    assert set(asked) == set(SCHEMA_FIELDS)
    assert [pointer for pointer, count in asked.items() if count > 1] == []


def test_question_kinds_fit_the_schema_types() -> None:
    expected_type = {
        "scale10": "integer", "agree": "integer", "number": "integer", "yesno": "boolean",
        "text": "string", "country": "string", "list": "array",
    }
    for pointer, question in all_questions():
        field = SCHEMA_FIELDS[pointer]
        if question.kind == "choice":
            assert "enum" in field or field.get("type") == "boolean", pointer
        else:
            assert field.get("type") == expected_type[question.kind], pointer
        if question.kind == "scale10":
            assert field["maximum"] == 10, pointer
        if question.kind == "agree":
            assert field["maximum"] == 4, pointer


def test_choice_options_are_exactly_the_schema_values() -> None:
    for pointer, question in all_questions():
        if question.kind != "choice":
            continue
        allowed = schema_values(SCHEMA_FIELDS[pointer])
        values = [option.value for option in question.options]
        assert sorted(map(repr, values)) == sorted(map(repr, allowed)), pointer


def test_bounds_match_the_schema() -> None:
    for pointer, question in all_questions():
        field = SCHEMA_FIELDS[pointer]
        assert question.minimum == field.get("minimum"), pointer
        assert question.maximum == field.get("maximum", field.get("maxItems")), pointer
        assert question.max_length == field.get("maxLength"), pointer
        assert question.pattern == field.get("pattern"), pointer


def test_country_question_offers_every_country_with_lines_and_any_other_code() -> None:
    country = CONTENT.questionnaire.question("/situation/country")

    assert country.kind == "country"
    assert {option.value for option in country.options} == set(CONTENT.resources.countries)
    assert country.pattern is not None and re.fullmatch(country.pattern, "ES")
    assert country.other_label


def test_ask_if_names_real_questions_and_values_they_offer() -> None:
    fields = {pointer: question for pointer, question in all_questions()}
    conditions = 0
    for _, question in all_questions():
        for other, values in question.ask_if.items():
            conditions += 1
            assert other in fields
            assert set(values) <= set(schema_values(SCHEMA_FIELDS[other]))
    assert conditions > 0


def test_ex_offers_help_is_asked_only_when_they_want_to_return() -> None:
    question = CONTENT.questionnaire.question("/situation/ex_offers_help")

    assert question.ask_if == {
        "/situation/ex_status": ("wants_to_return", "came_back_apologizing")
    }


def test_the_self_harm_question_is_asked_directly() -> None:
    question = CONTENT.questionnaire.question("/wellbeing/self_harm_thoughts")

    assert "ending your life" in question.prompt
    assert "S1" in question.ids
    assert question.ask_if == {}


def test_every_question_explains_itself_or_its_topic_does() -> None:
    for topic in CONTENT.questionnaire.topics:
        for question in topic.questions:
            assert question.help or topic.intro, question.field


def test_every_method_id_in_content_exists_in_the_method() -> None:
    method = shared_file("method", "METHOD.md").read_text(encoding="utf-8")
    known = set(re.findall(r"\*\*([A-ES]\d{1,2})\*\*", method))

    used = set(all_ids(CONTENT.model_dump()))

    assert used - known == set()


def test_every_section_the_engine_picks_exists_with_its_ids() -> None:
    for key, ids in REQUIRED_SECTIONS.items():
        assert key in CONTENT.sections, key
        assert ids <= set(CONTENT.sections[key].ids), key


def test_sections_hold_a_few_concrete_steps() -> None:
    for key, section in CONTENT.sections.items():
        if key in INTRO_ONLY:
            assert len(section.steps) == 1, key
        else:
            assert 3 <= len(section.steps) <= 6, key
        for step in section.steps:
            assert step.strip() and len(step) <= 320, (key, step)


def test_sections_use_only_the_placeholders_the_engine_fills() -> None:
    for key, section in CONTENT.sections.items():
        allowed = set(LINES)
        if key.startswith("chemistry_"):
            allowed.add("ranking")
        if key.startswith("reassess_"):
            allowed.add("weeks")
        for text in (section.title, *section.steps):
            assert placeholders(text) <= allowed, (key, text)
        for template in (section.per_cause, section.per_own_part):
            if template is not None:
                assert placeholders(template) == {"text"}, key


def test_reassess_sections_say_when_and_chemistry_focus_says_the_ranking() -> None:
    for key, section in CONTENT.sections.items():
        used = set().union(*(placeholders(step) for step in section.steps))
        if key.startswith("reassess_"):
            assert "weeks" in used, key
        if key.startswith("chemistry_focus_"):
            assert "ranking" in used, key


def test_per_item_templates_read_well_with_any_text() -> None:
    awkward = 'he said "I need space" {and} left'
    for key, section in CONTENT.sections.items():
        for template in (section.per_cause, section.per_own_part):
            if template is not None:
                assert awkward in template.format_map({"text": awkward}), key


def test_a_section_with_an_unknown_placeholder_is_refused() -> None:
    bad = {"crisis_now": {"title": "t", "ids": ["S1"], "steps": ["Call {hotline}."]}}

    with pytest.raises(ValidationError, match="crisis_now: hotline"):
        TypeAdapter(Sections).validate_python(bad)


def test_every_path_has_a_name_and_one_sentence() -> None:
    assert set(CONTENT.paths) == set(PATHS)
    for key, path in CONTENT.paths.items():
        assert path.name and path.ids, key
        assert path.summary.count(". ") == 0 and path.summary.endswith("."), key


def test_safety_messages_follow_safe_messaging() -> None:
    safety = CONTENT.safety

    assert safety.check_in.question and "life" in safety.check_in.question
    assert "emergency" in " ".join(safety.urgent.body)
    assert "not your fault" in " ".join(safety.abuse.body)
    assert "not therapy" in safety.not_therapy
    for message in (safety.check_in, safety.urgent, safety.abuse):
        for text in (message.title, *message.body):
            # These are shown as they are: nothing here is filled in by the engine.
            assert placeholders(text) == set(), text


def test_resources_have_advice_for_an_unknown_country() -> None:
    advice = CONTENT.resources.emergency_advice

    assert "emergency number" in advice
    assert CONTENT.resources.local_emergency
    assert CONTENT.resources.emergency_label


def test_reflection_holds_the_seven_orientation_questions_and_the_b7_ones() -> None:
    reflection = CONTENT.reflection

    assert len(reflection.orientation) == 7
    assert len(reflection.reflection) >= 5
    assert all(question.endswith("?") for question in reflection.orientation)


def test_content_model_refuses_a_missing_path() -> None:
    data = CONTENT.model_dump()
    del data["paths"]["let_go"]

    with pytest.raises(ValidationError, match="paths without a text: let_go"):
        Content.model_validate(data)
