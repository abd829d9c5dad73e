"""Alembic environment for Crossroads.

The application calls Alembic with an open connection (database.open_database); the
alembic command line instead builds an engine from CROSSROADS_DATABASE_URL.
"""

from __future__ import annotations

from alembic import context
from sqlalchemy import Connection

from crossroads.storage import keys, personal_tables  # noqa: F401  (register their tables on Base)
from crossroads.storage.tables import Base

config = context.config
target_metadata = Base.metadata


def run_migrations(connection: Connection) -> None:
    context.configure(
        connection=connection,
        target_metadata=target_metadata,
        # SQLite cannot ALTER most things in place; batch mode copies the table instead.
        render_as_batch=connection.dialect.name == "sqlite",
        compare_type=True,
    )
    with context.begin_transaction():
        context.run_migrations()


def run_from_command_line() -> None:
    from crossroads.settings import load_settings
    from crossroads.storage.database import create_engine_for

    url = config.get_main_option("sqlalchemy.url") or load_settings().database_url
    engine = create_engine_for(url)
    try:
        with engine.connect() as connection:
            run_migrations(connection)
            connection.commit()
    finally:
        engine.dispose()


if context.is_offline_mode():
    raise SystemExit("Crossroads migrations run online only; give a database URL.")

given: Connection | None = config.attributes.get("connection")
if given is not None:
    run_migrations(given)
else:
    run_from_command_line()
