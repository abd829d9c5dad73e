"""The privacy commands: passphrase, lock, export, import, delete (S5)."""

from __future__ import annotations

import json
from datetime import date
from pathlib import Path
from typing import Any

import pytest
from sqlalchemy import text
from typer.testing import CliRunner

from crossroads.cli import app
from crossroads.storage import open_database
from crossroads.storage.drafts import DraftRepository
from crossroads.storage.journal import JournalRepository
from crossroads.storage.plan_ticks import PlanTickRepository
from crossroads.storage.state import StateRepository
from tests import personas as p

PASSPHRASE = "river stones at dawn"
CALM = {"verdict": "ready", "flags": [], "strengths": [], "self_harm": "none", "abuse": False}


def run(*args: str, input: str | None = None, **env: str) -> Any:
    return CliRunner().invoke(app, list(args), input=input, env=env or None)


def fill(url: str) -> None:
    """One of everything: assessments (one finished, one not), a tick, a draft, an entry."""
    with open_database(url) as database:
        finished = database.assessments.start("en")
        database.assessments.complete(
            finished.id, p.ALEX, {"path": "try_sincerely", "quote": "née 'ø' ✓"}, "try_sincerely"
        )
        database.assessments.save_progress(database.assessments.start("en").id, p.DANA, 3)
        PlanTickRepository(database.sessions).mark(finished.id, 1, 2, done=True)
        DraftRepository(database.sessions).create("Could we talk, calmly?\nNo rush.", CALM)
        JournalRepository(database.sessions).add(
            date(2025, 3, 10), "day", "called my sister", 6, 2, False, "a quiet day"
        )
        StateRepository(database.sessions).put("latest_screen", {"self_harm": "none"})


def counts(url: str) -> dict[str, int]:
    with open_database(url) as database, database.engine.connect() as connection:
        return {
            table: connection.execute(text(f"SELECT count(*) FROM {table}")).scalar_one()
            for table in ("assessments", "plan_ticks", "drafts", "journal_entries", "app_state")
        }


def export(url: str, *extra: str, **env: str) -> str:
    result = run("export", "--database", url, *extra, **env)
    assert result.exit_code == 0, result.output
    return str(result.stdout)


# -- passphrase ------------------------------------------------------------------------------


def test_passphrase_status_says_plainly_that_the_key_file_opens_the_data(sqlite_url: str) -> None:
    result = run("passphrase", "--database", sqlite_url)

    assert result.exit_code == 0
    assert "Anyone who can read" in result.stdout and "crossroads passphrase set" in result.stdout


def test_setting_a_passphrase_warns_first_then_seals_the_data(sqlite_url: str) -> None:
    fill(sqlite_url)
    result = run("passphrase", "set", "--database", sqlite_url, CROSSROADS_PASSPHRASE=PASSPHRASE)

    assert result.exit_code == 0, result.output
    assert "lost passphrase means lost data" in result.stderr
    assert "no way to recover" in result.stderr
    status = run("passphrase", "--database", sqlite_url)
    assert "sealed by your passphrase" in status.stdout


def test_once_sealed_the_commands_need_the_passphrase(sqlite_url: str) -> None:
    fill(sqlite_url)
    run("passphrase", "set", "--database", sqlite_url, CROSSROADS_PASSPHRASE=PASSPHRASE)

    locked = run("history", "--database", sqlite_url, "--json")
    wrong = run("history", "--database", sqlite_url, "--json", CROSSROADS_PASSPHRASE="not it at all")
    right = run("history", "--database", sqlite_url, "--json", CROSSROADS_PASSPHRASE=PASSPHRASE)

    assert locked.exit_code == 2 and "CROSSROADS_PASSPHRASE" in locked.stderr
    assert wrong.exit_code == 2 and "does not open" in wrong.stderr
    assert "Traceback" not in locked.output + wrong.output
    assert right.exit_code == 0 and len(json.loads(right.stdout)["assessments"]) == 1


def test_assess_with_answers_saves_into_sealed_data_with_the_passphrase(
    sqlite_url: str, tmp_path: Path
) -> None:
    run("passphrase", "set", "--database", sqlite_url, CROSSROADS_PASSPHRASE=PASSPHRASE)
    answers = tmp_path / "alex.json"
    answers.write_text(json.dumps(p.ALEX))

    unsaved = run("assess", "--answers", str(answers), "--database", sqlite_url, "--json")
    saved = run("assess", "--answers", str(answers), "--database", sqlite_url, "--json",
                CROSSROADS_PASSPHRASE=PASSPHRASE)

    # Locked: the advice is still given (it may hold a crisis line), but nothing is kept.
    assert unsaved.exit_code == 0 and json.loads(unsaved.stdout)["path"] == "try_sincerely"
    assert "not saved to your history" in unsaved.stderr
    assert saved.exit_code == 0 and counts(sqlite_url)["assessments"] == 1


def test_changing_the_passphrase_keeps_the_data_and_retires_the_old_one(sqlite_url: str) -> None:
    fill(sqlite_url)
    run("passphrase", "set", "--database", sqlite_url, CROSSROADS_PASSPHRASE=PASSPHRASE)
    before = export(sqlite_url, CROSSROADS_PASSPHRASE=PASSPHRASE)

    changed = run("passphrase", "change", "--database", sqlite_url,
                  CROSSROADS_PASSPHRASE=PASSPHRASE, CROSSROADS_NEW_PASSPHRASE="a brand new one")

    assert changed.exit_code == 0, changed.output
    assert run("export", "--database", sqlite_url, CROSSROADS_PASSPHRASE=PASSPHRASE).exit_code == 2
    assert export(sqlite_url, CROSSROADS_PASSPHRASE="a brand new one") == before


def test_removing_the_passphrase_writes_the_key_file_again(sqlite_url: str) -> None:
    fill(sqlite_url)
    run("passphrase", "set", "--database", sqlite_url, CROSSROADS_PASSPHRASE=PASSPHRASE)

    removed = run("passphrase", "remove", "--database", sqlite_url,
                  CROSSROADS_PASSPHRASE=PASSPHRASE)

    assert removed.exit_code == 0 and "Anyone who can read" in removed.stderr
    assert run("history", "--database", sqlite_url).exit_code == 0


@pytest.mark.parametrize(
    ("args", "env", "message"),
    [
        (("passphrase", "set"), {"CROSSROADS_PASSPHRASE": "short"}, "at least 8"),
        (("passphrase", "set"), {}, "CROSSROADS_PASSPHRASE"),
        (("passphrase", "change"), {"CROSSROADS_PASSPHRASE": PASSPHRASE}, "no passphrase"),
        (("passphrase", "remove"), {"CROSSROADS_PASSPHRASE": PASSPHRASE}, "no passphrase"),
        (("lock",), {}, "set one first"),
    ],
)
def test_bad_passphrase_commands_exit_2_with_a_plain_line(
    sqlite_url: str, args: tuple[str, ...], env: dict[str, str], message: str
) -> None:
    fill(sqlite_url)
    result = run(*args, "--database", sqlite_url, **env)

    assert result.exit_code == 2, result.output
    assert message in result.stderr and "Traceback" not in result.output
    assert run("history", "--database", sqlite_url).exit_code == 0  # still no passphrase


def test_a_second_set_or_a_wrong_current_passphrase_changes_nothing(sqlite_url: str) -> None:
    run("passphrase", "set", "--database", sqlite_url, CROSSROADS_PASSPHRASE=PASSPHRASE)

    again = run("passphrase", "set", "--database", sqlite_url, CROSSROADS_PASSPHRASE="another one!")
    wrong = run("passphrase", "change", "--database", sqlite_url,
                CROSSROADS_PASSPHRASE="not the one", CROSSROADS_NEW_PASSPHRASE="whatever else")

    assert again.exit_code == 2 and "already set" in again.stderr
    assert wrong.exit_code == 2 and "does not open" in wrong.stderr
    assert run("history", "--database", sqlite_url, CROSSROADS_PASSPHRASE=PASSPHRASE).exit_code == 0


def test_lock_makes_the_next_use_ask_again(sqlite_url: str) -> None:
    run("passphrase", "set", "--database", sqlite_url, CROSSROADS_PASSPHRASE=PASSPHRASE)
    assert run("lock", "--database", sqlite_url, CROSSROADS_PASSPHRASE=PASSPHRASE).exit_code == 0
    with open_database(sqlite_url) as database:
        assert database.vault.needs_unlock()


# -- export and import -----------------------------------------------------------------------


def test_export_then_import_into_fresh_databases_gives_identical_json(
    sqlite_url: str, postgres_url: str, tmp_path: Path
) -> None:
    fill(sqlite_url)
    exported = tmp_path / "export.json"
    assert run("export", "--database", sqlite_url, "--output", str(exported)).exit_code == 0
    assert exported.stat().st_mode & 0o077 == 0

    fresh_sqlite = f"sqlite:///{tmp_path / 'fresh.db'}"
    for target in (postgres_url, fresh_sqlite):
        imported = run("import", str(exported), "--database", target)
        assert imported.exit_code == 0, imported.output
        assert export(target) == exported.read_text(encoding="utf-8")
        # New rows after an import get new ids, not ones the import used.
        with open_database(target) as database:
            assert database.assessments.start("en").id == 3


def test_the_json_export_is_versioned_and_holds_everything(sqlite_url: str) -> None:
    fill(sqlite_url)
    document = json.loads(export(sqlite_url))

    assert document["format"] == "crossroads-export" and document["version"] == 1
    assert [len(document[name]) for name in
            ("assessments", "plan_ticks", "drafts", "journal", "app_state")] == [2, 1, 1, 1, 1]
    assert document["assessments"][0]["answers"] == p.ALEX
    assert document["drafts"][0]["text"] == "Could we talk, calmly?\nNo rush."


def test_the_markdown_export_is_for_people(sqlite_url: str) -> None:
    fill(sqlite_url)
    page = export(sqlite_url, "--format", "markdown")

    assert page.startswith("# Crossroads: everything you wrote")
    assert "> Could we talk, calmly?\n> No rush." in page
    assert "called my sister" in page and "a quiet day" in page
    assert "Plan steps done: 2.3" in page


def test_import_refuses_to_mix_with_existing_data_unless_replacing(
    sqlite_url: str, tmp_path: Path
) -> None:
    fill(sqlite_url)
    exported = tmp_path / "export.json"
    run("export", "--database", sqlite_url, "--output", str(exported))
    before = counts(sqlite_url)

    refused = run("import", str(exported), "--database", sqlite_url)
    assert refused.exit_code == 2 and "--replace" in refused.stderr
    assert counts(sqlite_url) == before

    replaced = run("import", str(exported), "--database", sqlite_url, "--replace")
    assert replaced.exit_code == 0 and counts(sqlite_url) == before


def broken(document: dict[str, Any], change: str) -> dict[str, Any]:
    copy = json.loads(json.dumps(document))
    if change == "version":
        copy["version"] = 7
    elif change == "mood":
        copy["journal"][0]["mood"] = 11
    elif change == "tick":
        copy["plan_ticks"][0]["assessment_id"] = 99
    elif change == "duplicate":
        copy["drafts"].append(copy["drafts"][0])
    elif change == "naive time":
        copy["drafts"][0]["created_at"] = "2025-03-01T10:00:00"
    elif change == "extra":
        copy["surprise"] = True
    return copy


@pytest.mark.parametrize(
    ("change", "message"),
    [
        ("version", "/version"),
        ("mood", "/journal/0/mood"),
        ("tick", "/plan_ticks/0/assessment_id"),
        ("duplicate", "/drafts: the same id"),
        ("naive time", "/drafts/0/created_at"),
        ("extra", "/surprise"),
    ],
)
def test_a_broken_export_is_refused_by_place_and_nothing_is_written(
    sqlite_url: str, tmp_path: Path, change: str, message: str
) -> None:
    fill(sqlite_url)
    document = json.loads(export(sqlite_url))
    target = f"sqlite:///{tmp_path / 'fresh.db'}"
    bad = tmp_path / "bad.json"
    bad.write_text(json.dumps(broken(document, change)))

    result = run("import", str(bad), "--database", target)

    assert result.exit_code == 2 and message in result.stderr, result.stderr
    assert "Traceback" not in result.output
    assert set(counts(target).values()) == {0}


@pytest.mark.parametrize("content", [b"{not json", b"\xff\xfe", b"[]"])
def test_an_unreadable_import_file_exits_2(tmp_path: Path, sqlite_url: str, content: bytes) -> None:
    bad = tmp_path / "bad.json"
    bad.write_bytes(content)

    result = run("import", str(bad), "--database", sqlite_url)

    assert result.exit_code == 2 and "Traceback" not in result.output
    assert run("import", str(tmp_path / "missing.json"), "--database", sqlite_url).exit_code == 2


# -- delete ----------------------------------------------------------------------------------


def test_delete_yes_removes_everything_and_the_key(database_url: str) -> None:
    fill(database_url)
    with open_database(database_url) as database:
        key_file = database.vault.status().key_file
    assert key_file is not None and key_file.exists()

    result = run("delete", "--yes", "--database", database_url)

    assert result.exit_code == 0, result.output
    assert set(counts(database_url).values()) == {0}
    assert not key_file.exists()
    assert json.loads(export(database_url))["assessments"] == []


def test_delete_without_yes_asks_and_a_wrong_answer_deletes_nothing(sqlite_url: str) -> None:
    fill(sqlite_url)
    before = counts(sqlite_url)

    result = run("delete", "--database", sqlite_url, input="no thanks\n")

    assert result.exit_code == 2
    assert counts(sqlite_url) == before
