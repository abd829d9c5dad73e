"""Properties over the whole answers schema: any valid answers give a well-formed
result with reasons; any invalid answers are refused with the field named."""

from __future__ import annotations

from typing import Any

import pytest
from hypothesis import HealthCheck, given, settings

from crossroads.content import load_content
from crossroads.core.answers import InvalidAnswers, parse_answers
from crossroads.core.engine import evaluate
from crossroads.core.result import PATHS
from tests.strategies import invalid_answers, valid_answers

CONTENT = load_content("en")
LEVELS = {"none", "check_in", "urgent"}


@settings(max_examples=300, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(valid_answers())
def test_any_valid_answers_give_a_well_formed_result(document: dict[str, Any]) -> None:
    result = evaluate(parse_answers(document), CONTENT).to_json()
    assert result["path"] in PATHS
    assert result["reasons"], "reasons are never empty"
    assert all(reason["ids"] and reason["because"] for reason in result["reasons"])
    assert result["plan"] and all(section["steps"] for section in result["plan"])
    assert result["safety"]["self_harm"] in LEVELS
    thoughts = document.get("wellbeing", {}).get("self_harm_thoughts")
    if thoughts == "passing":
        assert result["safety"]["self_harm"] in {"check_in", "urgent"}
    if thoughts in ("frequent", "plan"):
        assert result["safety"]["self_harm"] == "urgent"
        assert result["path"] == "safety_first"
    if result["safety"]["self_harm"] != "none" or result["safety"]["abuse"]:
        assert result["safety"]["resources"]
    if result["safety"]["abuse"] and result["path"] != "safety_first":
        assert result["path"] == "protect_yourself"
        plan_keys = " ".join(section["title"] for section in result["plan"])
        assert plan_keys  # the abuse plan holds no win-back guidance (checked below by ids)
        assert not any(
            "C7" in section["ids"] or "C8" in section["ids"] for section in result["plan"]
        )


@settings(max_examples=200, deadline=None)
@given(invalid_answers())
def test_any_invalid_answers_are_refused_naming_a_field(document: dict[str, Any]) -> None:
    with pytest.raises(InvalidAnswers) as refused:
        parse_answers(document)
    assert all(error.pointer.startswith("/") for error in refused.value.errors)
