"""The journal: a day or a week at a time, the actions that show the change (E11),
mood, and urges to contact the ex.

Weeks are summed in SQL over an indexed ``week_start`` column, and pages are read by
date range, so ten years of daily entries cost about what one month does. The actions
and the note are stored encrypted by the vault; the numbers stay plain so the weeks can
be summed in SQL (an empty text stays empty, so "named an action" can be counted too).
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime, timedelta
from typing import Literal, cast

from sqlalchemy import Integer, case, delete, func, select

from crossroads.storage.base import OwnedRepository
from crossroads.storage.personal_tables import MOOD_MAX, JournalEntryRow

__all__ = ["JournalEntry", "JournalRepository", "Period", "WeekSummary", "week_start"]

Period = Literal["day", "week"]
PERIODS: tuple[Period, ...] = ("day", "week")


def week_start(day: date) -> date:
    """The Monday of ``day``'s week."""
    return day - timedelta(days=day.weekday())


@dataclass(frozen=True, slots=True)
class JournalEntry:
    id: int
    created_at: datetime
    entry_date: date
    period: Period
    actions: str
    mood: int
    urges: int
    acted_on_urge: bool
    note: str


@dataclass(frozen=True, slots=True)
class WeekSummary:
    """One week of the journal, summed: what the charts draw."""

    week_start: date
    entries: int
    mood: float  # the average mood of the week's entries
    urges: int
    acted_on: int  # entries in which an urge was acted on
    actions: int  # entries that name at least one action


TABLE = "journal_entries"


class JournalRepository(OwnedRepository):
    def add(
        self,
        entry_date: date,
        period: Period,
        actions: str,
        mood: int,
        urges: int,
        acted_on_urge: bool,
        note: str = "",
    ) -> JournalEntry:
        """Keep one entry. Raises ValueError for values outside the scales."""
        if period not in PERIODS:
            raise ValueError(f"period must be day or week, not {period!r}")
        if not 0 <= mood <= MOOD_MAX:
            raise ValueError(f"mood goes from 0 to {MOOD_MAX}, not {mood}")
        if urges < 0:
            raise ValueError(f"urges are a count, 0 or more, not {urges}")
        row = JournalEntryRow(
            owner=self._owner,
            created_at=self._clock(),
            entry_date=entry_date,
            week_start=week_start(entry_date),
            period=period,
            actions="",
            mood=mood,
            urges=urges,
            acted_on_urge=acted_on_urge,
            note="",
        )
        with self._begin() as session:
            session.add(row)
            session.flush()  # the id is part of what the ciphertexts are bound to
            self._seal(row, actions, note)
            session.flush()
            return self._entry(row)

    def add_many(self, entries: list[JournalEntry]) -> int:
        """Bulk import (ids and created_at of the given entries are ignored)."""
        now = self._clock()
        with self._begin() as session:
            rows = [
                JournalEntryRow(
                    owner=self._owner,
                    created_at=now,
                    entry_date=item.entry_date,
                    week_start=week_start(item.entry_date),
                    period=item.period,
                    actions="",
                    mood=item.mood,
                    urges=item.urges,
                    acted_on_urge=item.acted_on_urge,
                    note="",
                )
                for item in entries
            ]
            session.add_all(rows)
            session.flush()
            for row, item in zip(rows, entries, strict=True):
                self._seal(row, item.actions, item.note)
        return len(entries)

    def get(self, id: int) -> JournalEntry | None:
        with self._begin() as session:
            row = session.scalars(
                select(JournalEntryRow).where(
                    JournalEntryRow.id == id, JournalEntryRow.owner == self._owner
                )
            ).first()
            return self._entry(row) if row else None

    def between(self, start: date, end: date, limit: int = 500) -> list[JournalEntry]:
        """Entries dated from ``start`` up to but not including ``end``, newest first."""
        query = (
            select(JournalEntryRow)
            .where(
                JournalEntryRow.owner == self._owner,
                JournalEntryRow.entry_date >= start,
                JournalEntryRow.entry_date < end,
            )
            .order_by(JournalEntryRow.entry_date.desc(), JournalEntryRow.id.desc())
            .limit(limit)
        )
        with self._begin() as session:
            return [self._entry(row) for row in session.scalars(query)]

    def weeks(self, start: date, end: date) -> list[WeekSummary]:
        """Totals of the weeks starting from ``start`` up to ``end`` (exclusive), oldest first."""
        acted = func.sum(case((JournalEntryRow.acted_on_urge, 1), else_=0))
        with_actions = func.sum(case((JournalEntryRow.actions != "", 1), else_=0))
        query = (
            select(
                JournalEntryRow.week_start,
                func.count(JournalEntryRow.id),
                func.avg(JournalEntryRow.mood),
                func.sum(JournalEntryRow.urges),
                acted.cast(Integer),
                with_actions.cast(Integer),
            )
            .where(
                JournalEntryRow.owner == self._owner,
                JournalEntryRow.week_start >= start,
                JournalEntryRow.week_start < end,
            )
            .group_by(JournalEntryRow.week_start)
            .order_by(JournalEntryRow.week_start)
        )
        with self._begin() as session:
            return [
                WeekSummary(
                    week_start=row[0],
                    entries=int(row[1]),
                    mood=float(row[2] or 0),
                    urges=int(row[3] or 0),
                    acted_on=int(row[4] or 0),
                    actions=int(row[5] or 0),
                )
                for row in session.execute(query)
            ]

    def any_before(self, day: date) -> bool:
        """Whether any entry is dated before ``day`` (for an "older" link)."""
        query = (
            select(JournalEntryRow.id)
            .where(JournalEntryRow.owner == self._owner, JournalEntryRow.entry_date < day)
            .limit(1)
        )
        with self._begin() as session:
            return session.scalars(query).first() is not None

    def delete(self, id: int) -> bool:
        with self._begin() as session:
            deleted = session.execute(
                delete(JournalEntryRow).where(
                    JournalEntryRow.id == id, JournalEntryRow.owner == self._owner
                )
            )
            return bool(getattr(deleted, "rowcount", 0))

    def _seal(self, row: JournalEntryRow, actions: str, note: str) -> None:
        row.actions = self._vault.seal_text(TABLE, "actions", row.id, actions)
        row.note = self._vault.seal_text(TABLE, "note", row.id, note)

    def _entry(self, row: JournalEntryRow) -> JournalEntry:
        return JournalEntry(
            id=row.id,
            created_at=row.created_at,
            entry_date=row.entry_date,
            period=cast(Period, row.period),
            actions=self._vault.open_text(TABLE, "actions", row.id, row.actions),
            mood=row.mood,
            urges=row.urges,
            acted_on_urge=bool(row.acted_on_urge),
            note=self._vault.open_text(TABLE, "note", row.id, row.note),
        )
