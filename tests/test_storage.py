"""The storage layer on a real SQLite file and a real PostgreSQL database, plus settings."""

from __future__ import annotations

import dataclasses
import threading
from collections.abc import Callable, Iterator
from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest
from sqlalchemy import text

from crossroads.settings import InvalidSettings, Settings, data_dir, load_settings
from crossroads.storage import (
    AssessmentAlreadyComplete,
    AssessmentNotFound,
    AssessmentRepository,
    Database,
    PathChange,
    StoredAssessment,
    open_database,
    path_changes,
)

MAYA_PARTIAL = {"version": 1, "situation": {"who_ended": "partner", "relationship_months": 8}}
MAYA_FULL = {**MAYA_PARTIAL, "want": "them_back", "wellbeing": {"distress": 7}}
LET_GO = {"path": "let_go", "reasons": [{"ids": ["E7"], "because": "test"}]}


def ticking_clock(start: datetime, step: timedelta = timedelta(days=1)) -> Callable[[], datetime]:
    """A clock that moves forward by `step` each time it is read."""
    moments: Iterator[datetime] = (start + step * n for n in range(10_000))
    return lambda: next(moments)


def completed(database: Database, path: str, answers: dict[str, object] = MAYA_FULL) -> int:
    journey = database.assessments.start("en")
    database.assessments.complete(journey.id, answers, {"path": path}, path)
    return journey.id


# --- the repository, on SQLite and PostgreSQL ---------------------------------------------


def test_a_new_assessment_starts_empty_and_in_progress(database: Database) -> None:
    journey = database.assessments.start("en")

    assert journey.status == "in_progress"
    assert journey.answers == {"version": 1}
    assert journey.position == 0
    assert journey.language == "en"
    assert journey.path is None and journey.result is None and journey.completed_at is None
    assert database.assessments.get(journey.id) == journey


def test_progress_saved_in_one_run_is_resumed_in_the_next(database_url: str) -> None:
    with open_database(database_url) as first_run:
        journey = first_run.assessments.start("en")
        first_run.assessments.save_progress(journey.id, MAYA_PARTIAL, position=4)

    with open_database(database_url) as second_run:
        resumed = second_run.assessments.in_progress()

    assert resumed is not None
    assert resumed.id == journey.id
    assert resumed.answers == MAYA_PARTIAL
    assert resumed.position == 4
    assert resumed.updated_at >= journey.updated_at


def test_there_is_nothing_to_resume_in_an_empty_database(database: Database) -> None:
    assert database.assessments.in_progress() is None
    assert database.assessments.history() == []


def test_resuming_picks_the_assessment_touched_most_recently(database: Database) -> None:
    repository = AssessmentRepository(
        database.sessions, clock=ticking_clock(datetime(2025, 3, 1, tzinfo=UTC))
    )
    older = repository.start("en")
    newer = repository.start("en")
    repository.save_progress(older.id, MAYA_PARTIAL, position=2)

    resumed = repository.in_progress()

    assert resumed is not None and resumed.id == older.id
    repository.save_progress(newer.id, MAYA_PARTIAL, position=1)
    again = repository.in_progress()
    assert again is not None and again.id == newer.id


def test_completing_stores_the_answers_the_advice_and_the_path(database: Database) -> None:
    journey = database.assessments.start("en")
    database.assessments.save_progress(journey.id, MAYA_PARTIAL, position=9)

    done = database.assessments.complete(journey.id, MAYA_FULL, LET_GO, "let_go")

    assert done.status == "complete" and done.is_complete
    assert done.answers == MAYA_FULL
    assert done.result == LET_GO
    assert done.path == "let_go"
    assert done.completed_at is not None and done.completed_at == done.updated_at
    assert database.assessments.get(journey.id) == done
    assert database.assessments.in_progress() is None


def test_answers_given_all_at_once_are_recorded_complete_in_one_step(database: Database) -> None:
    done = database.assessments.record("en", MAYA_FULL, LET_GO, "let_go")

    assert done.is_complete and done.path == "let_go"
    assert done.answers == MAYA_FULL and done.result == LET_GO
    assert database.assessments.history() == [done]
    assert database.assessments.in_progress() is None


def test_recording_with_an_unknown_path_writes_nothing(database: Database) -> None:
    with pytest.raises(ValueError, match="unknown path"):
        database.assessments.record("en", MAYA_FULL, LET_GO, "win_them_back")
    assert database.assessments.history() == []
    assert database.assessments.in_progress() is None


def test_a_completed_assessment_is_final(database: Database) -> None:
    journey = database.assessments.start("en")
    done = database.assessments.complete(journey.id, MAYA_FULL, LET_GO, "let_go")

    with pytest.raises(AssessmentAlreadyComplete):
        database.assessments.save_progress(journey.id, MAYA_PARTIAL, position=1)
    with pytest.raises(AssessmentAlreadyComplete):
        database.assessments.complete(journey.id, MAYA_FULL, LET_GO, "heal_first")
    assert database.assessments.get(journey.id) == done


def test_history_lists_completed_assessments_oldest_first(database: Database) -> None:
    repository = AssessmentRepository(
        database.sessions, clock=ticking_clock(datetime(2025, 1, 1, tzinfo=UTC))
    )
    january = repository.start("en")
    february = repository.start("en")
    unfinished = repository.start("en")
    # Finished in the opposite order to starting: history follows completion.
    repository.complete(february.id, MAYA_FULL, {"path": "heal_first"}, "heal_first")
    repository.complete(january.id, MAYA_FULL, LET_GO, "let_go")

    history = repository.history()

    assert [entry.id for entry in history] == [february.id, january.id]
    assert unfinished.id not in {entry.id for entry in history}
    assert [entry.path for entry in history] == ["heal_first", "let_go"]


def test_timestamps_come_back_timezone_aware_in_utc(database: Database) -> None:
    # The test PostgreSQL server runs in Asia/Kolkata, so a missed conversion shows.
    moment = datetime(2025, 6, 1, 23, 30, tzinfo=UTC)
    repository = AssessmentRepository(database.sessions, clock=lambda: moment)

    stored = repository.get(repository.start("en").id)

    assert stored is not None
    assert stored.created_at == moment
    assert stored.created_at.utcoffset() == timedelta(0)
    assert stored.updated_at.tzinfo is not None


def test_an_unknown_id_is_reported_not_invented(database: Database) -> None:
    assert database.assessments.get(424242) is None
    with pytest.raises(AssessmentNotFound):
        database.assessments.save_progress(424242, MAYA_PARTIAL, position=1)
    with pytest.raises(AssessmentNotFound):
        database.assessments.complete(424242, MAYA_FULL, LET_GO, "let_go")


def test_discarding_removes_an_assessment_for_good(database: Database) -> None:
    unfinished = database.assessments.start("en")
    finished_id = completed(database, "let_go")

    assert database.assessments.discard(unfinished.id) is True
    assert database.assessments.discard(finished_id) is True
    assert database.assessments.discard(finished_id) is False
    assert database.assessments.get(unfinished.id) is None
    assert database.assessments.in_progress() is None
    assert database.assessments.history() == []


def test_answers_that_are_not_json_are_refused_and_nothing_is_written(
    database: Database,
) -> None:
    journey = database.assessments.start("en")
    database.assessments.save_progress(journey.id, MAYA_PARTIAL, position=3)

    with pytest.raises(ValueError, match="JSON"):
        database.assessments.save_progress(journey.id, {"notes": {1, 2}}, position=4)
    with pytest.raises(ValueError, match="JSON"):
        database.assessments.save_progress(journey.id, {"distress": float("nan")}, position=4)

    kept = database.assessments.get(journey.id)
    assert kept is not None and kept.answers == MAYA_PARTIAL and kept.position == 3


def test_a_write_that_fails_halfway_is_rolled_back_whole(database: Database) -> None:
    journey = database.assessments.start("en")

    def broken_clock() -> datetime:
        raise RuntimeError("the clock broke after the answers were set")

    # save_progress sets the answers, then reads the clock: the failure comes mid-write.
    broken = AssessmentRepository(database.sessions, clock=broken_clock)
    with pytest.raises(RuntimeError):
        broken.save_progress(journey.id, MAYA_PARTIAL, position=5)
    with pytest.raises(RuntimeError):
        broken.complete(journey.id, MAYA_FULL, LET_GO, "let_go")

    assert database.assessments.get(journey.id) == journey


def test_an_unknown_path_or_a_negative_position_is_refused(database: Database) -> None:
    journey = database.assessments.start("en")

    with pytest.raises(ValueError, match="unknown path"):
        database.assessments.complete(journey.id, MAYA_FULL, LET_GO, "win_them_back_fast")
    with pytest.raises(ValueError, match="position"):
        database.assessments.save_progress(journey.id, MAYA_PARTIAL, position=-1)
    assert database.assessments.get(journey.id) == journey


def test_callers_get_plain_frozen_values_not_database_rows(database: Database) -> None:
    journey = database.assessments.start("en")

    assert type(journey) is StoredAssessment
    with pytest.raises(dataclasses.FrozenInstanceError):
        journey.position = 3  # type: ignore[misc]
    # Changing the returned answers changes nothing stored.
    journey.answers["want"] = "move_on"
    fresh = database.assessments.get(journey.id)
    assert fresh is not None and fresh.answers == {"version": 1}


def test_path_changes_read_from_real_history(database: Database) -> None:
    completed(database, "heal_first")
    completed(database, "heal_first")
    last = completed(database, "try_sincerely")

    changes = path_changes(database.assessments.history())

    assert [(c.from_path, c.to_path, c.assessment_id) for c in changes] == [
        ("heal_first", "try_sincerely", last)
    ]


# --- SQLite specifics ---------------------------------------------------------------------


def test_sqlite_runs_with_wal_foreign_keys_and_a_busy_timeout(sqlite_url: str) -> None:
    with open_database(sqlite_url) as database, database.engine.connect() as connection:
        assert connection.execute(text("PRAGMA journal_mode")).scalar() == "wal"
        assert connection.execute(text("PRAGMA foreign_keys")).scalar() == 1
        assert connection.execute(text("PRAGMA busy_timeout")).scalar_one() >= 1000


def test_two_programs_writing_the_same_sqlite_file_both_succeed(sqlite_url: str) -> None:
    # Like the terminal journey and the web app open on the same file at once.
    errors: list[BaseException] = []
    with open_database(sqlite_url) as terminal, open_database(sqlite_url) as web:
        journeys = [terminal.assessments.start("en"), web.assessments.start("en")]

        def keep_saving(database: Database, journey_id: int) -> None:
            try:
                for position in range(25):
                    database.assessments.save_progress(journey_id, MAYA_PARTIAL, position)
            except BaseException as error:  # reported below, in the test thread
                errors.append(error)

        threads = [
            threading.Thread(target=keep_saving, args=(db, journey.id))
            for db, journey in zip((terminal, web), journeys, strict=True)
        ]
        for thread in threads:
            thread.start()
        for thread in threads:
            thread.join()

        assert errors == []
        for journey in journeys:
            saved = terminal.assessments.get(journey.id)
            assert saved is not None and saved.position == 24


# --- path_changes, a pure function --------------------------------------------------------


def stored(id: int, path: str | None, day: int, status: str = "complete") -> StoredAssessment:
    when = datetime(2025, 1, day, tzinfo=UTC)
    return StoredAssessment(
        id=id,
        created_at=when,
        updated_at=when,
        completed_at=when if status == "complete" else None,
        status=status,  # type: ignore[arg-type]
        answers={"version": 1},
        position=0,
        language="en",
        path=path,
        result=None,
    )


def test_path_changes_name_each_switch_and_when_it_happened() -> None:
    history = [
        stored(1, "heal_first", 1),
        stored(2, "heal_first", 8),
        stored(3, "try_sincerely", 15),
        stored(4, "let_go", 22),
    ]

    assert path_changes(history) == [
        PathChange("heal_first", "try_sincerely", datetime(2025, 1, 15, tzinfo=UTC), 3),
        PathChange("try_sincerely", "let_go", datetime(2025, 1, 22, tzinfo=UTC), 4),
    ]


def test_path_changes_are_empty_when_the_path_held_steady() -> None:
    assert path_changes([]) == []
    assert path_changes([stored(1, "let_go", 1)]) == []
    assert path_changes([stored(1, "let_go", 1), stored(2, "let_go", 2)]) == []


def test_path_changes_skip_unfinished_assessments_and_sort_by_completion() -> None:
    mixed = [
        stored(3, "let_go", 20),
        stored(9, None, 10, status="in_progress"),
        stored(1, "heal_first", 5),
    ]

    assert path_changes(mixed) == [
        PathChange("heal_first", "let_go", datetime(2025, 1, 20, tzinfo=UTC), 3)
    ]


# --- settings -----------------------------------------------------------------------------


def test_the_default_database_is_a_file_in_the_user_data_folder(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("XDG_DATA_HOME", str(tmp_path / "data"))

    settings = Settings()

    assert settings.database_url == f"sqlite:///{tmp_path}/data/crossroads/crossroads.db"
    assert data_dir() == tmp_path / "data" / "crossroads"
    assert data_dir().is_dir()
    assert settings.language == "en" and settings.country is None


def test_without_xdg_the_data_folder_is_under_home(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.delenv("XDG_DATA_HOME", raising=False)
    monkeypatch.setenv("HOME", str(tmp_path))

    assert Settings().database_url.endswith(f"{tmp_path}/.local/share/crossroads/crossroads.db")


def test_the_default_database_opens_and_is_created_on_first_use(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("XDG_DATA_HOME", str(tmp_path))

    with open_database(Settings().database_url) as database:
        database.assessments.start("en")

    assert (tmp_path / "crossroads" / "crossroads.db").is_file()


def test_settings_come_from_crossroads_environment_variables(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("CROSSROADS_DATABASE_URL", f"sqlite:///{tmp_path}/mine.db")
    monkeypatch.setenv("CROSSROADS_LANGUAGE", "de")
    monkeypatch.setenv("CROSSROADS_COUNTRY", "at")

    settings = Settings()

    assert settings.database_url == f"sqlite:///{tmp_path}/mine.db"
    assert (settings.language, settings.country) == ("de", "AT")


def test_an_explicit_database_option_wins_over_the_environment(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("CROSSROADS_DATABASE_URL", f"sqlite:///{tmp_path}/env.db")

    settings = load_settings(database_url=f"sqlite:///{tmp_path}/flag.db", country=None)

    assert settings.database_url.endswith("flag.db")


def test_plain_postgresql_urls_get_the_psycopg_driver() -> None:
    settings = Settings(database_url="postgresql://maya@localhost:5432/crossroads")

    assert settings.database_url == "postgresql+psycopg://maya@localhost:5432/crossroads"
    assert Settings(database_url="postgresql+psycopg://db/x").database_url == (
        "postgresql+psycopg://db/x"
    )


@pytest.mark.parametrize(
    ("url", "problem"),
    [
        ("mysql://maya@localhost/crossroads", "unsupported database 'mysql'"),
        ("postgresql+asyncpg://localhost/crossroads", "unsupported database"),
        ("postgres://localhost/crossroads", "use sqlite:///FILE or postgresql://"),
        ("crossroads.db", "is not a database URL"),
        ("", "is not a database URL"),
        ("sqlite://", "in-memory SQLite"),
        ("sqlite:///:memory:", "in-memory SQLite"),
        ("sqlite:////no/such/folder/crossroads.db", "folder for the SQLite database"),
        ("sqlite://somehost/crossroads.db", "file path only"),
        ("postgresql://maya@localhost", "needs a database name"),
    ],
)
def test_unusable_database_urls_are_refused_at_start_up(
    url: str, problem: str, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("CROSSROADS_DATABASE_URL", url)

    with pytest.raises(InvalidSettings, match=r"^CROSSROADS_DATABASE_URL: ") as refused:
        load_settings()

    assert problem in str(refused.value)


def test_a_password_never_appears_in_the_refusal() -> None:
    with pytest.raises(InvalidSettings) as refused:
        load_settings(database_url="postgresql://maya:hunter2@localhost")

    assert "hunter2" not in str(refused.value)
    assert str(refused.value).startswith("database_url: ")


def test_open_database_refuses_the_same_urls() -> None:
    with pytest.raises(ValueError, match="unsupported database 'mysql'"):
        open_database("mysql://localhost/crossroads")
    with pytest.raises(ValueError, match="in-memory"):
        open_database("sqlite://")


@pytest.mark.parametrize(
    ("field", "value"),
    [("language", "English"), ("language", ""), ("country", "USA"), ("country", "1")],
)
def test_odd_language_or_country_codes_are_refused(field: str, value: str) -> None:
    with pytest.raises(InvalidSettings, match=f"^{field}: "):
        load_settings(**{field: value})
