"""The database tables, as SQLAlchemy 2 typed declarative models.

Only the storage package sees these classes; the repository hands out frozen
dataclasses instead. Schema changes go through a new Alembic migration.
"""

from __future__ import annotations

from datetime import UTC, datetime
from typing import Any

from sqlalchemy import CheckConstraint, DateTime, Dialect, Integer, MetaData, String, Text
from sqlalchemy.orm import DeclarativeBase, Mapped, mapped_column
from sqlalchemy.types import TypeDecorator

# Fixed constraint names let migrations (and SQLite batch mode) refer to them by name.
NAMING_CONVENTION = {
    "ix": "ix_%(column_0_label)s",
    "uq": "uq_%(table_name)s_%(column_0_name)s",
    "ck": "ck_%(table_name)s_%(constraint_name)s",
    "fk": "fk_%(table_name)s_%(column_0_name)s_%(referred_table_name)s",
    "pk": "pk_%(table_name)s",
}

IN_PROGRESS = "in_progress"
COMPLETE = "complete"


class UtcDateTime(TypeDecorator[datetime]):
    """A timestamp stored in UTC and always read back timezone-aware.

    SQLite has no time zone type and returns naive values, so we store naive UTC
    there and attach UTC on the way out; PostgreSQL keeps a real timestamptz.
    """

    impl = DateTime(timezone=True)
    cache_ok = True

    def process_bind_param(self, value: datetime | None, dialect: Dialect) -> datetime | None:
        if value is None:
            return None
        if value.tzinfo is None:
            raise ValueError("refusing a naive datetime; use datetime.now(UTC)")
        value = value.astimezone(UTC)
        return value.replace(tzinfo=None) if dialect.name == "sqlite" else value

    def process_result_value(self, value: Any, dialect: Dialect) -> datetime | None:
        if value is None:
            return None
        if not isinstance(value, datetime):
            raise TypeError(f"expected a datetime from the database, got {value!r}")
        if value.tzinfo is None:
            return value.replace(tzinfo=UTC)
        return value.astimezone(UTC)


class Base(DeclarativeBase):
    metadata = MetaData(naming_convention=NAMING_CONVENTION)


class AssessmentRow(Base):
    """One run through the assessment, finished or not."""

    __tablename__ = "assessments"
    __table_args__ = (
        CheckConstraint(f"status IN ('{IN_PROGRESS}', '{COMPLETE}')", name="status"),
        CheckConstraint("position >= 0", name="position"),
    )

    id: Mapped[int] = mapped_column(Integer, primary_key=True, autoincrement=True)
    # Whose assessment this is: "local" in single-user mode, a user id in server mode (0004).
    owner: Mapped[str] = mapped_column(String(64), index=True)
    created_at: Mapped[datetime] = mapped_column(UtcDateTime)
    updated_at: Mapped[datetime] = mapped_column(UtcDateTime)
    completed_at: Mapped[datetime | None] = mapped_column(UtcDateTime)
    status: Mapped[str] = mapped_column(String(16))
    # The answers v1 document as JSON text; partial while the journey is in progress.
    answers: Mapped[str] = mapped_column(Text)
    # Where the interactive journey stopped (the index of the next question).
    position: Mapped[int] = mapped_column(Integer)
    language: Mapped[str] = mapped_column(String(16))
    path: Mapped[str | None] = mapped_column(String(32))
    # The `assess` JSON output, kept so history shows what was advised at the time.
    result: Mapped[str | None] = mapped_column(Text)
