"""Opening the database: the engine, its sessions, and migrations to the latest schema."""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager
from contextvars import ContextVar
from dataclasses import dataclass
from pathlib import Path
from types import TracebackType
from typing import Any

from alembic import command
from alembic.config import Config
from alembic.runtime.migration import MigrationContext
from alembic.script import ScriptDirectory
from sqlalchemy import Connection, Engine, create_engine, event, text
from sqlalchemy.orm import Session, sessionmaker

from crossroads.settings import default_key_folder, normalize_database_url
from crossroads.storage.keys import Vault
from crossroads.storage.repository import AssessmentRepository

__all__ = [
    "Database",
    "DatabaseTooNew",
    "create_engine_for",
    "migrate",
    "open_database",
    "reading",
]

MIGRATIONS = Path(__file__).with_name("migrations")
ALEMBIC_INI = Path(__file__).with_name("alembic.ini")
# How long a SQLite writer waits for another one to finish before giving up.
SQLITE_BUSY_TIMEOUT_MS = 10_000
# Any fixed number: serializes migrations when two processes open PostgreSQL at once.
_POSTGRES_MIGRATION_LOCK = 0x63726F7373


# Set while serving a request that only reads (a GET): its SQLite transactions begin
# deferred, so readers never queue for the write lock. Everything else begins IMMEDIATE.
_READING: ContextVar[bool] = ContextVar("crossroads_reading", default=False)


@contextmanager
def reading() -> Iterator[None]:
    """Transactions begun inside this block only read: on SQLite they start deferred.

    A write inside one still works when nobody else is writing; under contention it can
    fail at once ("database is locked") instead of waiting, so use it only around reads.
    """
    token = _READING.set(True)
    try:
        yield
    finally:
        _READING.reset(token)


class DatabaseTooNew(RuntimeError):
    """The database was migrated by a newer Crossroads than the one running."""


@dataclass(frozen=True, eq=False)
class Database:
    """An open database: the engine, a session factory, the vault and the repositories."""

    url: str
    engine: Engine
    sessions: sessionmaker[Session]
    vault: Vault

    @property
    def assessments(self) -> AssessmentRepository:
        return AssessmentRepository(self.sessions)

    def close(self) -> None:
        self.engine.dispose()

    def __enter__(self) -> Database:
        return self

    def __exit__(
        self,
        kind: type[BaseException] | None,
        error: BaseException | None,
        traceback: TracebackType | None,
    ) -> None:
        self.close()


def open_database(url: str, key_folder: Path | None = None) -> Database:
    """Connect to a SQLite or PostgreSQL URL and bring its schema up to date.

    ``key_folder`` holds the key file while no passphrase is set (default: the data
    folder). Raises ValueError for an unusable URL and DatabaseTooNew when the schema is
    ahead of this version of the code.
    """
    url = normalize_database_url(url)
    key_folder = key_folder or default_key_folder()
    engine = create_engine_for(url)
    try:
        migrate(engine, key_folder=key_folder)
    except BaseException:
        engine.dispose()
        raise
    # Every session factory carries its vault, so any repository built on it finds the key.
    info: dict[str, Any] = {}
    sessions = sessionmaker(engine, expire_on_commit=False, info=info)
    vault = Vault(sessions, key_folder)
    info["vault"] = vault
    try:
        # The first key is made now, so requests that only read never have to write one.
        vault.status()
    except BaseException:
        engine.dispose()
        raise
    return Database(url=url, engine=engine, sessions=sessions, vault=vault)


def create_engine_for(url: str) -> Engine:
    """An engine set up for our two databases (see _prepare_sqlite for SQLite)."""
    url = normalize_database_url(url)
    if url.startswith("sqlite"):
        engine = create_engine(url)
        _prepare_sqlite(engine)
        return engine
    return create_engine(url, pool_pre_ping=True)


def _prepare_sqlite(engine: Engine) -> None:
    @event.listens_for(engine, "connect")
    def _on_connect(dbapi_connection: Any, _record: Any) -> None:
        # Python's sqlite3 would open transactions lazily and skip them for DDL;
        # we switch that off and begin every transaction ourselves (below).
        dbapi_connection.isolation_level = None
        cursor = dbapi_connection.cursor()
        try:
            # WAL lets the web app read while the terminal journey writes.
            cursor.execute("PRAGMA journal_mode=WAL")
            cursor.execute("PRAGMA foreign_keys=ON")
            # Deleted and rewritten rows are zeroed in the file, not left readable in free pages.
            cursor.execute("PRAGMA secure_delete=ON")
            cursor.execute(f"PRAGMA busy_timeout={SQLITE_BUSY_TIMEOUT_MS}")
        finally:
            cursor.close()

    @event.listens_for(engine, "begin")
    def _on_begin(connection: Connection) -> None:
        # IMMEDIATE takes the write lock up front, so the busy timeout applies;
        # a deferred transaction that later tries to write fails at once instead.
        # Readers (inside `reading()`) begin deferred: with WAL they never wait for anyone.
        connection.exec_driver_sql("BEGIN" if _READING.get() else "BEGIN IMMEDIATE")


def alembic_config() -> Config:
    """The Alembic configuration, found inside the installed package."""
    config = Config(str(ALEMBIC_INI))
    config.set_main_option("script_location", str(MIGRATIONS))
    return config


def migrate(engine: Engine, revision: str = "head", key_folder: Path | None = None) -> None:
    """Upgrade the schema to `revision` in one transaction.

    Migration 0003 encrypts existing text with a new key whose file goes to ``key_folder``.
    """
    config = alembic_config()
    config.attributes["key_folder"] = key_folder or default_key_folder()
    script = ScriptDirectory.from_config(config)
    known = {entry.revision for entry in script.walk_revisions()}
    with engine.begin() as connection:
        if connection.dialect.name == "postgresql":
            connection.execute(
                text("SELECT pg_advisory_xact_lock(:key)"), {"key": _POSTGRES_MIGRATION_LOCK}
            )
        current = set(MigrationContext.configure(connection).get_current_heads())
        if unknown := current - known:
            raise DatabaseTooNew(
                f"the database is at schema version {', '.join(sorted(unknown))}, which this "
                "version of Crossroads does not know; please upgrade Crossroads"
            )
        if revision == "head" and current == set(script.get_heads()):
            return
        config.attributes["connection"] = connection
        command.upgrade(config, revision)


def downgrade(engine: Engine, revision: str, key_folder: Path | None = None) -> None:
    """Downgrade the schema to `revision` (e.g. "base"); for tests and repairs.

    Below 0003 the text is decrypted again, which needs the key file (no passphrase set).
    """
    config = alembic_config()
    config.attributes["key_folder"] = key_folder or default_key_folder()
    with engine.begin() as connection:
        config.attributes["connection"] = connection
        command.downgrade(config, revision)
