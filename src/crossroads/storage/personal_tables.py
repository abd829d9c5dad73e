"""Tables for what the person keeps between assessments (migration 0002).

Drafts to the ex (never sent), journal entries of the change log (E11), ticks on
plan steps, and a small key/value store for things like the latest screen level.
They share the metadata of :mod:`crossroads.storage.tables`, so one naming
convention covers every constraint.
"""

from __future__ import annotations

from datetime import date, datetime

from sqlalchemy import (
    Boolean,
    CheckConstraint,
    Date,
    ForeignKey,
    Integer,
    String,
    Text,
    UniqueConstraint,
)
from sqlalchemy.orm import Mapped, mapped_column

from crossroads.storage.tables import Base, UtcDateTime

DRAFT = "draft"
READY = "ready"
VERDICTS = ("hold", "revise", "ready")
DAY = "day"
WEEK = "week"
MOOD_MAX = 10


class DraftRow(Base):
    """A message the person wrote to their ex, with the review it was given."""

    __tablename__ = "drafts"
    __table_args__ = (
        CheckConstraint(f"status IN ('{DRAFT}', '{READY}')", name="status"),
        CheckConstraint("verdict IN ('hold', 'revise', 'ready')", name="verdict"),
    )

    id: Mapped[int] = mapped_column(Integer, primary_key=True, autoincrement=True)
    # Whose row this is: "local" in single-user mode, a user id in server mode (0004).
    owner: Mapped[str] = mapped_column(String(64), index=True)
    created_at: Mapped[datetime] = mapped_column(UtcDateTime)
    # When the words last changed: the cooling-off period counts from here.
    edited_at: Mapped[datetime] = mapped_column(UtcDateTime)
    text: Mapped[str] = mapped_column(Text)
    verdict: Mapped[str] = mapped_column(String(8))
    # The `review` JSON of CONTRACTS.md for the current text.
    review: Mapped[str] = mapped_column(Text)
    status: Mapped[str] = mapped_column(String(8))
    ready_at: Mapped[datetime | None] = mapped_column(UtcDateTime)


class JournalEntryRow(Base):
    """One day or week of the change log (E11)."""

    __tablename__ = "journal_entries"
    __table_args__ = (
        CheckConstraint(f"period IN ('{DAY}', '{WEEK}')", name="period"),
        CheckConstraint(f"mood >= 0 AND mood <= {MOOD_MAX}", name="mood"),
        CheckConstraint("urges >= 0", name="urges"),
    )

    id: Mapped[int] = mapped_column(Integer, primary_key=True, autoincrement=True)
    # Whose row this is: "local" in single-user mode, a user id in server mode (0004).
    owner: Mapped[str] = mapped_column(String(64), index=True)
    created_at: Mapped[datetime] = mapped_column(UtcDateTime)
    entry_date: Mapped[date] = mapped_column(Date, index=True)
    # The Monday of entry_date's week, kept so weeks group in plain SQL on both databases.
    week_start: Mapped[date] = mapped_column(Date, index=True)
    period: Mapped[str] = mapped_column(String(8))
    actions: Mapped[str] = mapped_column(Text)
    mood: Mapped[int] = mapped_column(Integer)
    urges: Mapped[int] = mapped_column(Integer)
    acted_on_urge: Mapped[bool] = mapped_column(Boolean)
    note: Mapped[str] = mapped_column(Text)


class PlanTickRow(Base):
    """A plan step the person marked as done, for one completed assessment."""

    __tablename__ = "plan_ticks"
    __table_args__ = (
        UniqueConstraint("assessment_id", "section", "step"),
        CheckConstraint("section >= 0 AND step >= 0", name="place"),
    )

    id: Mapped[int] = mapped_column(Integer, primary_key=True, autoincrement=True)
    # Whose row this is: "local" in single-user mode, a user id in server mode (0004).
    owner: Mapped[str] = mapped_column(String(64), index=True)
    assessment_id: Mapped[int] = mapped_column(
        Integer, ForeignKey("assessments.id", ondelete="CASCADE")
    )
    section: Mapped[int] = mapped_column(Integer)
    step: Mapped[int] = mapped_column(Integer)
    ticked_at: Mapped[datetime] = mapped_column(UtcDateTime)


class StateRow(Base):
    """A small named value, stored as JSON text (e.g. the latest screen level)."""

    __tablename__ = "app_state"

    owner: Mapped[str] = mapped_column(String(64), primary_key=True)
    key: Mapped[str] = mapped_column(String(64), primary_key=True)
    value: Mapped[str] = mapped_column(Text)
    updated_at: Mapped[datetime] = mapped_column(UtcDateTime)
