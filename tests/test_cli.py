"""The `crossroads` command as programs and people use it (CONTRACTS.md)."""

from __future__ import annotations

import json
import re
from pathlib import Path
from typing import Any

import pytest
from hypothesis import HealthCheck, given, settings
from typer.testing import CliRunner

from crossroads.cli import app
from crossroads.storage import open_database
from tests import personas as p
from tests.strategies import invalid_answers


@pytest.fixture
def database(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> str:
    url = f"sqlite:///{tmp_path / 'crossroads.db'}"
    monkeypatch.setenv("CROSSROADS_DATABASE_URL", url)
    return url


def run(*args: str, input: str | None = None, env: dict[str, str] | None = None) -> Any:
    return CliRunner().invoke(app, list(args), input=input, env=env)


def completed(url: str) -> list[Any]:
    return open_database(url).assessments.history()


def test_assess_reads_answers_from_a_file_and_prints_the_contract_json(
    database: str, tmp_path: Path
) -> None:
    answers = tmp_path / "alex.json"
    answers.write_text(json.dumps(p.ALEX))
    result = run("assess", "--answers", str(answers), "--json")
    assert result.exit_code == 0, result.output
    document = json.loads(result.stdout)
    assert document["path"] == "try_sincerely"
    assert set(document) == {"path", "reasons", "plan", "safety", "unanswered"}
    assert [item.path for item in completed(database)] == ["try_sincerely"]


def test_assess_reads_answers_from_stdin(database: str) -> None:
    result = run("assess", "--answers", "-", "--json", input=json.dumps(p.JORDAN))
    assert result.exit_code == 0
    assert json.loads(result.stdout)["path"] == "safety_first"


def test_assess_without_saving_leaves_the_history_empty(database: str) -> None:
    result = run("assess", "--answers", "-", "--json", "--no-save", input=json.dumps(p.ALEX))
    assert result.exit_code == 0
    assert completed(database) == []


def test_invalid_answers_exit_2_naming_the_field_and_store_nothing(database: str) -> None:
    bad = p.persona(p.ALEX, wellbeing={"distress": 11})
    result = run("assess", "--answers", "-", "--json", input=json.dumps(bad))
    assert result.exit_code == 2
    assert "/wellbeing/distress: 11 is greater than the maximum of 10" in result.stderr
    assert result.stdout == ""
    assert completed(database) == []


def test_text_that_is_not_json_exits_2_with_where(database: str) -> None:
    result = run("assess", "--answers", "-", "--json", input='{"version": 1,')
    assert result.exit_code == 2
    assert "not valid JSON" in result.stderr and "line 1" in result.stderr


def test_a_missing_answers_file_exits_2(database: str, tmp_path: Path) -> None:
    result = run("assess", "--answers", str(tmp_path / "nope.json"), "--json")
    assert result.exit_code == 2
    assert "cannot read" in result.stderr


def test_an_unusable_database_url_is_a_clear_error(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("CROSSROADS_DATABASE_URL", "mysql://somewhere/db")
    result = run("assess", "--answers", "-", "--json", input=json.dumps(p.ALEX))
    assert result.exit_code == 2
    assert "CROSSROADS_DATABASE_URL" in result.stderr
    assert "Traceback" not in result.output


@settings(
    max_examples=25, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture]
)
@given(document=invalid_answers())
def test_any_invalid_answers_exit_2_and_write_nothing(
    database: str, document: dict[str, Any]
) -> None:
    result = run("assess", "--answers", "-", "--json", input=json.dumps(document))
    assert result.exit_code == 2
    assert result.stderr.startswith("crossroads: /")
    assert completed(database) == []


def test_screen_json_gives_the_level_and_the_lines_for_a_country() -> None:
    result = run(
        "screen", "--json", "--country", "gb", input="I want to die tonight, I have the pills"
    )
    assert result.exit_code == 0
    document = json.loads(result.stdout)
    assert document["self_harm"] == "urgent"
    assert document["abuse"] is False
    assert document["resources"][0]["name"] == "Samaritans"


def test_screen_jsonl_answers_each_line_in_order() -> None:
    lines = [{"text": "this traffic is killing me"}, {"text": "he hit me and took my phone"}]
    result = run("screen", "--jsonl", input="\n".join(json.dumps(line) for line in lines) + "\n")
    assert result.exit_code == 0
    out = [json.loads(line) for line in result.stdout.splitlines()]
    assert [(item["self_harm"], item["abuse"]) for item in out] == [("none", False), ("none", True)]
    assert out[0]["resources"] == []


def test_a_bad_jsonl_line_exits_2_before_writing_anything() -> None:
    result = run("screen", "--jsonl", input='{"text": "fine"}\n{"txt": "oops"}\n')
    assert result.exit_code == 2
    assert "line 2" in result.stderr
    assert result.stdout == ""


def test_review_json_holds_a_threat() -> None:
    draft = "If you don't come back, you'll never see the kids again."
    result = run("review", "--json", input=draft)
    assert result.exit_code == 0
    document = json.loads(result.stdout)
    assert document["verdict"] == "hold"
    assert "threat" in {flag["category"] for flag in document["flags"]}
    assert all(0 <= flag["start"] < flag["end"] <= len(draft) for flag in document["flags"])


URGENT_DRAFT = "I have the pills counted out for tonight. Please tell the kids I love them."
# Veiled: the screen's rules find nothing here, its learned layer reads it as urgent.
VEILED_DRAFT = ("Sent everyone I love a message tonight that just said thank you for "
                "everything. My brother called and I let it ring. Everything's sorted. "
                "The tank's full.")


def test_review_shows_the_crisis_line_before_anything_else() -> None:
    result = run("review", "--country", "GB", input=URGENT_DRAFT)
    assert result.exit_code == 0
    assert result.stdout.index("Samaritans") < result.stdout.index("Please tell the kids")


def test_review_json_carries_the_lines_for_the_country_when_the_screen_raises() -> None:
    urgent = json.loads(run("review", "--json", "--country", "GB", input=URGENT_DRAFT).stdout)
    assert urgent["self_harm"] == "urgent"
    assert urgent["verdict"] == "hold"
    assert [line["name"] for line in urgent["resources"]] == ["Samaritans", "Emergency services"]
    calm = json.loads(run("review", "--json", input="Can you drop the dog off at 6?").stdout)
    assert calm["resources"] == []


def test_review_jsonl_and_the_terminal_read_the_draft_with_the_whole_screen() -> None:
    from crossroads.core.text.screen import screen_rules, screen_text

    assert screen_rules(VEILED_DRAFT).self_harm == "none"
    assert screen_text(VEILED_DRAFT).self_harm == "urgent"
    # One draft as --json keeps to the screen's rules, to start fast (CONTRACTS budget).
    single = json.loads(run("review", "--json", input=VEILED_DRAFT).stdout)
    assert single["self_harm"] == "none"
    batch = run("review", "--jsonl", "--country", "GB",
                input=json.dumps({"text": VEILED_DRAFT}) + "\n")
    (document,) = [json.loads(line) for line in batch.stdout.splitlines()]
    assert (document["self_harm"], document["verdict"]) == ("urgent", "hold")
    assert document["resources"][0]["name"] == "Samaritans"
    person = run("review", "--country", "GB", input=VEILED_DRAFT)
    assert "Samaritans" in person.stdout


def test_review_of_an_empty_draft_exits_2() -> None:
    result = run("review", "--json", input="   \n")
    assert result.exit_code == 2
    assert "empty" in result.stderr


def test_history_shows_how_the_path_changed(database: str) -> None:
    run("assess", "--answers", "-", "--json", input=json.dumps(p.PRIYA))
    run("assess", "--answers", "-", "--json", input=json.dumps(p.LEO))
    result = run("history", "--json")
    assert result.exit_code == 0
    document = json.loads(result.stdout)
    assert [item["path"] for item in document["assessments"]] == [
        "heal_first",
        "weigh_their_return",
    ]
    assert [(c["from"], c["to"]) for c in document["changes"]] == [
        ("heal_first", "weigh_their_return")
    ]
    human = run("history")
    assert "→" in human.stdout


def test_eval_refuses_an_unknown_split_plainly() -> None:
    result = run("eval", "--split", "holiday")
    assert result.exit_code == 2
    assert "holiday" in result.stderr
    assert "Traceback" not in result.output


def test_eval_help_names_every_split_it_accepts() -> None:
    # The help text is written out by hand so the CLI starts without importing the evaluation.
    from crossroads.evaluation import SPLITS

    result = run("eval", "--help", env={"COLUMNS": "200"})
    named = set(re.findall(r"\b(?:train|dev|test|fresh|blind\d*)\b", result.stdout))
    assert named == set(SPLITS)


def test_locked_data_still_gets_the_advice_and_says_it_was_not_kept(
    database: str, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("CROSSROADS_PASSPHRASE", "a long and private passphrase")
    assert run("passphrase", "set").exit_code == 0
    monkeypatch.delenv("CROSSROADS_PASSPHRASE")

    result = run("assess", "--answers", "-", "--json", input=json.dumps(p.ALEX))

    assert result.exit_code == 0
    assert json.loads(result.stdout)["path"] == "try_sincerely"
    assert "not saved to your history" in result.stderr
    monkeypatch.setenv("CROSSROADS_PASSPHRASE", "a long and private passphrase")
    assert json.loads(run("history", "--json").stdout)["assessments"] == []
