"""S5, the marker test: words written through every free-text input never reach the disk
in plaintext, neither in the SQLite files nor in a dump of the PostgreSQL database."""

from __future__ import annotations

import copy
import json
import sqlite3
import subprocess
from datetime import date
from pathlib import Path
from typing import Any

import pytest
from sqlalchemy import text
from sqlalchemy.engine import make_url
from typer.testing import CliRunner

from crossroads.cli import app as cli
from crossroads.storage import open_database
from crossroads.storage.database import create_engine_for, downgrade, migrate
from tests.conftest import _postgres_bin_dir, _run_as_prefix
from tests.personas import ALEX
from tests.test_web_assessment import answer_all
from tests.web_support import Clock, web_client

MARKER = "quokka-marmalade-4417"


def with_marker(answers: dict[str, Any], where: str) -> dict[str, Any]:
    marked = copy.deepcopy(answers)
    marked["causes"][0]["text"] = f"{MARKER} cause via {where}"
    marked["own_part"][0]["text"] = f"{MARKER} own part via {where}"
    marked["notes"] = f"{MARKER} notes via {where}"
    return marked


def stored_bytes(url: str) -> bytes:
    """Everything the database keeps on disk: the SQLite files, or a PostgreSQL dump."""
    parsed = make_url(url)
    if parsed.get_backend_name() == "sqlite":
        database = Path(str(parsed.database))
        connection = sqlite3.connect(database)
        try:
            connection.execute("PRAGMA wal_checkpoint(TRUNCATE)")
        finally:
            connection.close()
        files = [database, *(database.with_name(database.name + end) for end in ("-wal", "-shm"))]
        return b"".join(path.read_bytes() for path in files if path.exists())
    return pg_dump(url)


def pg_dump(url: str) -> bytes:
    parsed = make_url(url)
    bin_dir = _postgres_bin_dir()
    assert bin_dir is not None
    dumped = subprocess.run(
        [*_run_as_prefix(), str(bin_dir / "pg_dump"), "-h", str(parsed.host), "-p",
         str(parsed.port), "-U", str(parsed.username), "--no-password", str(parsed.database)],
        capture_output=True, check=False,
    )
    assert dumped.returncode == 0, dumped.stderr.decode(errors="replace")
    return dumped.stdout


def write_through_every_input(url: str, tmp_path: Path) -> None:
    with web_client(url, Clock()) as client:
        answer_all(client, with_marker(ALEX, "web"))
        assert client.post("/assessment/finish").status_code == 200
        page = client.post("/outbox", data={"text": f"{MARKER} draft: can we talk soon?"})
        assert page.status_code == 200
        saved = client.post("/journal", data={
            "entry_date": "2025-03-12", "period": "day", "actions": f"{MARKER} walked",
            "mood": "6", "urges": "1", "acted_on_urge": "false", "note": f"{MARKER} note",
        })
        assert saved.status_code == 200
    answers = tmp_path / "answers.json"
    answers.write_text(json.dumps(with_marker(ALEX, "cli")), encoding="utf-8")
    result = CliRunner().invoke(cli, ["assess", "--answers", str(answers), "--database", url,
                                      "--json"])
    assert result.exit_code == 0, result.output


def test_a_marker_written_through_every_input_is_nowhere_on_disk(
    database_url: str, tmp_path: Path
) -> None:
    write_through_every_input(database_url, tmp_path)

    # The words are all there for the person...
    with open_database(database_url) as database:
        history = database.assessments.history()
        assert [item.answers["notes"] for item in history] == [
            f"{MARKER} notes via web", f"{MARKER} notes via cli"
        ]
        from crossroads.storage.drafts import DraftRepository
        from crossroads.storage.journal import JournalRepository

        assert MARKER in DraftRepository(database.sessions).all()[0].text
        entries = JournalRepository(database.sessions).between(date(2025, 1, 1), date(2026, 1, 1))
        assert MARKER in entries[0].note and MARKER in entries[0].actions
    # ...and nowhere in what is stored.
    assert MARKER.encode() not in stored_bytes(database_url)


def plaintext_0002_database(url: str) -> None:
    engine = create_engine_for(url)
    try:
        migrate(engine, "0002")
        with engine.begin() as connection:
            now = "2025-01-06 10:00:00"
            connection.execute(text(
                "INSERT INTO assessments (id, created_at, updated_at, completed_at, status,"
                " answers, position, language, path, result) VALUES (1, :now, :now, :now,"
                " 'complete', :answers, 0, 'en', 'heal_first', :result)"),
                {"now": now, "answers": json.dumps({"version": 1, "notes": f"{MARKER} old"}),
                 "result": json.dumps({"path": "heal_first", "quote": MARKER})})
            connection.execute(text(
                "INSERT INTO drafts (id, created_at, edited_at, text, verdict, review, status)"
                " VALUES (1, :now, :now, :text, 'ready', :review, 'draft')"),
                {"now": now, "text": f"{MARKER} old draft",
                 "review": json.dumps({"verdict": "ready", "flags": [], "quote": MARKER})})
            connection.execute(text(
                "INSERT INTO journal_entries (id, created_at, entry_date, week_start, period,"
                " actions, mood, urges, acted_on_urge, note) VALUES (1, :now, '2025-01-06',"
                " '2025-01-06', 'day', :actions, 5, 0, false, '')"),
                {"now": now, "actions": f"{MARKER} old actions"})
            connection.execute(text(
                "INSERT INTO app_state (key, value, updated_at) VALUES ('latest_screen', :value,"
                " :now)"), {"now": now, "value": json.dumps({"self_harm": "none", "m": MARKER})})
    finally:
        engine.dispose()


def test_migration_0003_encrypts_what_was_written_before_and_loses_nothing(
    database_url: str,
) -> None:
    plaintext_0002_database(database_url)
    assert MARKER.encode() in stored_bytes(database_url)

    with open_database(database_url) as database:
        assert database.vault.status().protection == "file"
        assert database.assessments.get(1).answers["notes"] == f"{MARKER} old"  # type: ignore[union-attr]
        from crossroads.storage.drafts import DraftRepository
        from crossroads.storage.journal import JournalRepository
        from crossroads.storage.state import StateRepository

        assert DraftRepository(database.sessions).get(1).review["quote"] == MARKER  # type: ignore[union-attr]
        assert JournalRepository(database.sessions).get(1).note == ""  # type: ignore[union-attr]
        assert StateRepository(database.sessions).get("latest_screen")["m"] == MARKER

    assert MARKER.encode() not in stored_bytes(database_url)


def test_going_down_from_0003_decrypts_with_the_key_file_and_up_again_re_encrypts(
    database_url: str,
) -> None:
    plaintext_0002_database(database_url)
    engine = create_engine_for(database_url)
    try:
        migrate(engine)
        downgrade(engine, "0002")
        with engine.connect() as connection:
            text_now = connection.execute(text("SELECT text FROM drafts")).scalar_one()
        assert text_now == f"{MARKER} old draft"
        migrate(engine)
    finally:
        engine.dispose()
    with open_database(database_url) as database:
        from crossroads.storage.drafts import DraftRepository

        assert DraftRepository(database.sessions).get(1).text == f"{MARKER} old draft"  # type: ignore[union-attr]


def test_going_below_0003_is_refused_while_a_passphrase_seals_the_data(
    database_url: str,
) -> None:
    plaintext_0002_database(database_url)
    with open_database(database_url) as database:
        from crossroads.core.crypto import KdfParams

        database.vault.set_passphrase(
            "a long passphrase", KdfParams(salt=b"0" * 16, time_cost=1, memory_kib=8192,
                                           parallelism=1)
        )
        engine = database.engine
        with pytest.raises(RuntimeError, match="passphrase remove"):
            downgrade(engine, "0002")
        database.vault.unlock("a long passphrase")
        assert database.assessments.get(1) is not None
