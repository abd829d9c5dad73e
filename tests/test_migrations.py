"""Alembic migrations on a real SQLite file and a real PostgreSQL database."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest
from alembic.autogenerate import compare_metadata
from alembic.runtime.migration import MigrationContext
from alembic.script import ScriptDirectory
from sqlalchemy import Engine, inspect, text
from sqlalchemy.exc import IntegrityError

# Registers the tables of migration 0002 on Base.metadata, so the schema comparison sees them.
import crossroads.storage.personal_tables  # noqa: F401
from crossroads.storage import DatabaseTooNew, open_database
from crossroads.storage.database import (
    MIGRATIONS,
    alembic_config,
    create_engine_for,
    downgrade,
    migrate,
)
from crossroads.storage.tables import Base

PERSONAL_TABLES = {"drafts", "journal_entries", "plan_ticks", "app_state"}


def tables(engine: Engine) -> set[str]:
    return set(inspect(engine).get_table_names())


def current_revision(engine: Engine) -> str | None:
    with engine.connect() as connection:
        return MigrationContext.configure(connection).get_current_revision()


def head() -> str:
    heads = ScriptDirectory.from_config(alembic_config()).get_heads()
    assert len(heads) == 1
    return heads[0]


def test_opening_a_new_database_migrates_it_to_head(database_url: str) -> None:
    with open_database(database_url) as database:
        assert {"assessments", "alembic_version"} <= tables(database.engine)
        assert current_revision(database.engine) == head()


def test_migrations_go_down_to_base_and_back_up_to_head(database_url: str) -> None:
    engine = create_engine_for(database_url)
    try:
        migrate(engine)
        downgrade(engine, "base")
        assert "assessments" not in tables(engine)
        assert current_revision(engine) is None

        migrate(engine)
        assert "assessments" in tables(engine)
        assert current_revision(engine) == head()
    finally:
        engine.dispose()


def test_data_survives_reopening_an_up_to_date_database(database_url: str) -> None:
    with open_database(database_url) as database:
        journey = database.assessments.start("en")
    with open_database(database_url) as database:
        assert database.assessments.get(journey.id) == journey


def test_the_migrations_build_exactly_the_schema_the_models_describe(database_url: str) -> None:
    with open_database(database_url) as database, database.engine.connect() as connection:
        context = MigrationContext.configure(connection, opts={"compare_type": True})
        assert compare_metadata(context, Base.metadata) == []


def test_constraints_carry_names_from_the_naming_convention(database_url: str) -> None:
    with open_database(database_url) as database:
        inspector = inspect(database.engine)
        checks = {check["name"] for check in inspector.get_check_constraints("assessments")}
        assert {"ck_assessments_status", "ck_assessments_position"} <= checks
        if database.engine.dialect.name == "postgresql":
            # SQLite does not report primary key names.
            assert inspector.get_pk_constraint("assessments")["name"] == "pk_assessments"


def test_the_database_itself_refuses_an_unknown_status(database_url: str) -> None:
    insert = text(
        "INSERT INTO assessments (created_at, updated_at, status, answers, position, language)"
        " VALUES (:now, :now, 'abandoned', '{}', 0, 'en')"
    )
    with (
        open_database(database_url) as database,
        pytest.raises(IntegrityError, match="ck_assessments_status"),
        database.engine.begin() as connection,
    ):
        connection.execute(insert, {"now": "2025-01-01 00:00:00"})


def test_a_database_from_a_newer_crossroads_is_refused(database_url: str) -> None:
    with open_database(database_url) as database, database.engine.begin() as connection:
        connection.execute(text("UPDATE alembic_version SET version_num = '9999'"))

    with pytest.raises(DatabaseTooNew, match="9999"):
        open_database(database_url)


def test_migrations_are_found_inside_the_package_from_any_folder(
    sqlite_url: str, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.chdir(tmp_path)

    with open_database(sqlite_url) as database:
        assert "assessments" in tables(database.engine)
    assert (MIGRATIONS / "env.py").is_file()
    assert (MIGRATIONS.parent / "alembic.ini").is_file()


def test_the_revisions_form_a_single_line_starting_at_0001() -> None:
    script = ScriptDirectory.from_config(alembic_config())
    revisions = list(script.walk_revisions())

    assert len(script.get_heads()) == 1
    assert revisions[-1].revision == "0001" and revisions[-1].down_revision is None
    for revision in revisions:
        assert revision.module.downgrade is not None


def test_0002_adds_the_personal_tables_and_going_down_to_0001_removes_only_them(
    database_url: str,
) -> None:
    engine = create_engine_for(database_url)
    try:
        migrate(engine)
        assert tables(engine) >= PERSONAL_TABLES

        downgrade(engine, "0001")
        assert current_revision(engine) == "0001"
        assert not PERSONAL_TABLES & tables(engine)
        assert "assessments" in tables(engine)

        migrate(engine)
        assert tables(engine) >= PERSONAL_TABLES
    finally:
        engine.dispose()


def test_plan_ticks_go_when_their_assessment_is_discarded(database_url: str) -> None:
    from crossroads.storage.plan_ticks import PlanTickRepository

    with open_database(database_url) as database:
        journey = database.assessments.start("en")
        ticks = PlanTickRepository(database.sessions)
        ticks.mark(journey.id, 0, 1, done=True)
        database.assessments.discard(journey.id)
        with database.engine.connect() as connection:
            left = connection.execute(text("SELECT count(*) FROM plan_ticks")).scalar_one()
        assert left == 0


def test_the_database_itself_refuses_a_mood_outside_zero_to_ten(database_url: str) -> None:
    insert = text(
        "INSERT INTO journal_entries (created_at, entry_date, week_start, period, actions, mood,"
        " urges, acted_on_urge, note) VALUES (:now, '2025-01-06', '2025-01-06', 'day', '', 11,"
        " 0, false, '')"
    )
    with (
        open_database(database_url) as database,
        pytest.raises(IntegrityError, match="ck_journal_entries_mood"),
        database.engine.begin() as connection,
    ):
        connection.execute(insert, {"now": "2025-01-06 00:00:00"})


def test_0003_adds_the_key_table_and_going_down_to_0002_removes_only_it(
    database_url: str,
) -> None:
    engine = create_engine_for(database_url)
    try:
        migrate(engine)
        assert "data_keys" in tables(engine)

        downgrade(engine, "0002")
        assert current_revision(engine) == "0002"
        assert "data_keys" not in tables(engine)
        assert tables(engine) >= PERSONAL_TABLES

        migrate(engine)
        head = ScriptDirectory.from_config(alembic_config()).get_current_head()
        assert "data_keys" in tables(engine) and current_revision(engine) == head
    finally:
        engine.dispose()


def test_data_written_after_0003_survives_down_to_0002_and_up_again(database_url: str) -> None:
    from crossroads.storage.drafts import DraftRepository

    review = {"verdict": "ready", "flags": []}
    with open_database(database_url) as database:
        draft = DraftRepository(database.sessions).create("a few honest words", review)
        downgrade(database.engine, "0002")
        with database.engine.connect() as connection:
            stored = connection.execute(text("SELECT text FROM drafts")).scalar_one()
        assert stored == "a few honest words"  # decrypted with the key file on the way down
        migrate(database.engine)
    with open_database(database_url) as database:
        assert DraftRepository(database.sessions).get(draft.id) == draft


def test_0004_gives_every_personal_row_an_owner_and_going_down_keeps_the_local_ones(
    database_url: str,
) -> None:
    from crossroads.storage.journal import JournalRepository

    with open_database(database_url) as database:
        JournalRepository(database.sessions).add(
            date(2025, 1, 6), "day", "walked", mood=5, urges=0, acted_on_urge=False
        )
        with database.engine.connect() as connection:
            owners = connection.execute(text("SELECT owner FROM journal_entries")).scalars().all()
        assert owners == ["local"]
        downgrade(database.engine, "0003")
        assert current_revision(database.engine) == "0003"
        assert not {"users", "sessions", "shares", "login_failures"} & tables(database.engine)
        migrate(database.engine)
    with open_database(database_url) as database:
        entries = JournalRepository(database.sessions).between(date(2025, 1, 1), date(2025, 2, 1))
        assert [entry.actions for entry in entries] == ["walked"]
