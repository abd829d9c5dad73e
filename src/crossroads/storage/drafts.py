"""Drafts to the ex: kept, reviewed, cooled off, never sent.

A draft can be marked ready only after a cooling-off period counted from its last
edit, and never while its review says `hold` (C2-C6, S3). The text and its review
(which quotes it) are stored encrypted by the vault; the verdict is not, so the rules
above can be checked by the database.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime, timedelta
from typing import Any, Literal, cast

from sqlalchemy import delete, select
from sqlalchemy.orm import Session

from crossroads.storage.base import OwnedRepository
from crossroads.storage.personal_tables import DRAFT, READY, VERDICTS, DraftRow

__all__ = [
    "DraftNotFound",
    "DraftNotReady",
    "DraftRepository",
    "DraftStatus",
    "StoredDraft",
]

DraftStatus = Literal["draft", "ready"]


class DraftNotFound(LookupError):
    """No draft has this id (it may have been deleted)."""


class DraftNotReady(ValueError):
    """The draft cannot be marked ready yet: still cooling off, or its review says hold."""


@dataclass(frozen=True, slots=True)
class StoredDraft:
    id: int
    created_at: datetime
    edited_at: datetime
    text: str
    verdict: str
    review: dict[str, Any]
    status: DraftStatus
    ready_at: datetime | None

    def cooling_ends(self, cooling_off: timedelta) -> datetime:
        return self.edited_at + cooling_off

    def can_be_ready(self, now: datetime, cooling_off: timedelta) -> bool:
        return self.verdict != "hold" and now >= self.cooling_ends(cooling_off)


TABLE = "drafts"


class DraftRepository(OwnedRepository):
    def create(self, text: str, review: dict[str, Any]) -> StoredDraft:
        """Keep a new draft with the review of its text."""
        verdict = _verdict(review)
        now = self._clock()
        row = DraftRow(
            owner=self._owner,
            created_at=now,
            edited_at=now,
            text="",
            verdict=verdict,
            review="",
            status=DRAFT,
        )
        with self._begin() as session:
            session.add(row)
            session.flush()  # the id is part of what the ciphertexts are bound to
            self._seal(row, text, review)
            session.flush()
            return self._stored(row)

    def edit(self, id: int, text: str, review: dict[str, Any]) -> StoredDraft:
        """New words: a new review, back to draft, and the cooling-off clock starts again."""
        verdict = _verdict(review)
        with self._begin() as session:
            row = _row(session, id, self._owner)
            self._seal(row, text, review)
            row.verdict = verdict
            row.edited_at = self._clock()
            row.status = DRAFT
            row.ready_at = None
            session.flush()
            return self._stored(row)

    def mark_ready(self, id: int, cooling_off: timedelta) -> StoredDraft:
        """Mark a draft ready to send (by the person, elsewhere). Raises DraftNotReady."""
        with self._begin() as session:
            row = _row(session, id, self._owner)
            now = self._clock()
            draft = self._stored(row)
            if draft.verdict == "hold":
                raise DraftNotReady("the review says to hold this message")
            if now < draft.cooling_ends(cooling_off):
                raise DraftNotReady("the cooling-off period is not over yet")
            row.status = READY
            row.ready_at = now
            session.flush()
            return self._stored(row)

    def back_to_draft(self, id: int) -> StoredDraft:
        with self._begin() as session:
            row = _row(session, id, self._owner)
            row.status = DRAFT
            row.ready_at = None
            session.flush()
            return self._stored(row)

    def get(self, id: int) -> StoredDraft | None:
        with self._begin() as session:
            row = session.scalars(
                select(DraftRow).where(DraftRow.id == id, DraftRow.owner == self._owner)
            ).first()
            return self._stored(row) if row else None

    def all(self, limit: int = 200) -> list[StoredDraft]:
        """The drafts, the most recently edited first."""
        query = (
            select(DraftRow)
            .where(DraftRow.owner == self._owner)
            .order_by(DraftRow.edited_at.desc(), DraftRow.id.desc())
        )
        with self._begin() as session:
            return [self._stored(row) for row in session.scalars(query.limit(limit))]

    def delete(self, id: int) -> bool:
        with self._begin() as session:
            deleted = session.execute(
                delete(DraftRow).where(DraftRow.id == id, DraftRow.owner == self._owner)
            )
            return bool(getattr(deleted, "rowcount", 0))

    def now(self) -> datetime:
        return self._clock()

    def _seal(self, row: DraftRow, text: str, review: dict[str, Any]) -> None:
        row.text = self._vault.seal_text(TABLE, "text", row.id, text)
        row.review = self._vault.seal_json(TABLE, "review", row.id, review)

    def _stored(self, row: DraftRow) -> StoredDraft:
        return StoredDraft(
            id=row.id,
            created_at=row.created_at,
            edited_at=row.edited_at,
            text=self._vault.open_text(TABLE, "text", row.id, row.text),
            verdict=row.verdict,
            review=self._vault.open_json(TABLE, "review", row.id, row.review),
            status=cast(DraftStatus, row.status),
            ready_at=row.ready_at,
        )


def _verdict(review: dict[str, Any]) -> str:
    verdict = review.get("verdict")
    if verdict not in VERDICTS:
        raise ValueError(f"a review needs a verdict of {', '.join(VERDICTS)}, not {verdict!r}")
    return str(verdict)


def _row(session: Session, id: int, owner: str) -> DraftRow:
    row = session.get(DraftRow, id, with_for_update=True)
    if row is None or row.owner != owner:
        raise DraftNotFound(f"no draft with id {id}")
    return row
