"""The interactive assessment, answered through stdin as a person would type it."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest
from typer.testing import CliRunner

from crossroads.cli import app
from crossroads.content import load_content
from crossroads.storage import open_database

CONTENT = load_content("en")
QUESTIONS = CONTENT.questionnaire.questions()


@pytest.fixture
def database(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> str:
    url = f"sqlite:///{tmp_path / 'journey.db'}"
    monkeypatch.setenv("CROSSROADS_DATABASE_URL", url)
    return url


def journey(lines: list[str]) -> Any:
    return CliRunner().invoke(app, ["assess"], input="\n".join(lines) + "\n")


def unfinished(url: str) -> Any:
    return open_database(url).assessments.in_progress()


def index_of(field: str) -> int:
    return [question.field for question in QUESTIONS].index(field)


def prompts_before(field: str) -> int:
    """How many questions are asked before ``field`` when every one is skipped
    (those that depend on an earlier answer are then not asked at all)."""
    return sum(1 for question in QUESTIONS[: index_of(field)] if not question.ask_if)


def test_stopping_saves_the_answers_and_the_next_run_resumes_there(database: str) -> None:
    first = journey(["1", "q"])
    assert first.exit_code == 0
    assert "Saved" in first.stdout
    saved = unfinished(database)
    assert saved.position == 1
    assert saved.answers["situation"]["who_ended"] == QUESTIONS[0].options[0].value

    second = journey(["q"])
    assert "Welcome back" in second.stdout
    assert f"Question 2 of {len(QUESTIONS)}" in second.stdout


def test_closing_the_input_mid_way_loses_nothing(database: str) -> None:
    result = journey(["1"])  # the input ends: like a closed terminal
    assert result.exit_code == 0
    assert unfinished(database).answers["situation"]["who_ended"]


def test_back_returns_to_the_previous_question_and_the_answer_can_change(database: str) -> None:
    journey(["1", "b", "2", "q"])
    assert unfinished(database).answers["situation"]["who_ended"] == QUESTIONS[0].options[1].value


def test_a_reply_that_does_not_fit_is_asked_again_plainly(database: str) -> None:
    result = journey(["99", "1", "q"])
    assert "Please type the number of one of the options." in result.stdout
    assert unfinished(database).position == 1


def test_skipping_everything_still_ends_on_a_path_and_a_plan(database: str) -> None:
    result = journey([""] * (len(QUESTIONS) + 5))
    assert result.exit_code == 0, result.stdout
    name = CONTENT.paths["heal_first"].name
    assert name in result.stdout
    assert CONTENT.sections["finish_assessment"].title in result.stdout
    history = open_database(database).assessments.history()
    assert [item.path for item in history] == ["heal_first"]
    assert unfinished(database) is None


def test_a_plan_to_end_ones_life_shows_the_crisis_line_at_once(database: str) -> None:
    question = QUESTIONS[index_of("/wellbeing/self_harm_thoughts")]
    plan = next(n for n, option in enumerate(question.options, 1) if option.value == "plan")
    lines = [""] * prompts_before("/wellbeing/self_harm_thoughts") + [str(plan), "q"]
    result = journey(lines)
    assert CONTENT.safety.urgent.title in result.stdout
    assert "findahelpline.com" in result.stdout  # no country given: the international directory


def test_a_free_text_is_screened_as_soon_as_it_is_written(database: str) -> None:
    lines = [""] * prompts_before("/notes") + ["he threatened me and checks my phone every night"]
    result = journey(lines + [""] * 3)
    assert CONTENT.safety.abuse.title in result.stdout
