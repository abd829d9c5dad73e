"""The repository: typed operations on stored assessments.

Callers get frozen dataclasses, never ORM rows, so nothing outside this package
touches SQLAlchemy. Every write runs in one transaction: it is saved whole or not at all.
The answers and the result are stored encrypted by the vault (they quote the person's
own words); a locked vault raises keys.Locked.
"""

from __future__ import annotations

import json
from collections.abc import Iterable
from dataclasses import dataclass
from datetime import datetime
from itertools import pairwise
from typing import Any, Literal, cast

from sqlalchemy import delete, select
from sqlalchemy.orm import Session

from crossroads.core.result import PATHS
from crossroads.storage.base import OwnedRepository
from crossroads.storage.keys import Vault
from crossroads.storage.tables import COMPLETE, IN_PROGRESS, AssessmentRow

__all__ = [
    "AssessmentAlreadyComplete",
    "AssessmentNotFound",
    "AssessmentRepository",
    "PathChange",
    "Status",
    "StoredAssessment",
    "path_changes",
]

Status = Literal["in_progress", "complete"]


class AssessmentNotFound(LookupError):
    """No assessment has this id (it may have been discarded)."""


class AssessmentAlreadyComplete(ValueError):
    """A completed assessment is a record of the past and is not changed."""


@dataclass(frozen=True, slots=True)
class StoredAssessment:
    id: int
    created_at: datetime
    updated_at: datetime
    completed_at: datetime | None
    status: Status
    answers: dict[str, Any]
    position: int
    language: str
    path: str | None
    result: dict[str, Any] | None

    @property
    def is_complete(self) -> bool:
        return self.status == COMPLETE


@dataclass(frozen=True, slots=True)
class PathChange:
    """The path advised changed between two consecutive completed assessments."""

    from_path: str
    to_path: str
    when: datetime
    assessment_id: int


TABLE = "assessments"


class AssessmentRepository(OwnedRepository):
    def start(self, language: str) -> StoredAssessment:
        """Begin a new assessment with no answers yet."""
        if not language or len(language) > 16:
            raise ValueError(f"not a language code: {language!r}")
        now = self._clock()
        answers = _to_json({"version": 1})
        row = AssessmentRow(
            created_at=now,
            updated_at=now,
            owner=self._owner,
            status=IN_PROGRESS,
            answers="",
            position=0,
            language=language,
        )
        with self._begin() as session:
            session.add(row)
            session.flush()  # the id is part of what the ciphertext is bound to
            row.answers = self._vault.seal_text(TABLE, "answers", row.id, answers)
            session.flush()
            return self._stored(row)

    def record(
        self, language: str, answers: dict[str, Any], result: dict[str, Any], path: str
    ) -> StoredAssessment:
        """Keep a finished assessment in one transaction, for answers given all at once
        (`crossroads assess --answers`): either all of it is stored, or nothing."""
        if not language or len(language) > 16:
            raise ValueError(f"not a language code: {language!r}")
        if path not in PATHS:
            raise ValueError(f"unknown path {path!r}; expected one of {', '.join(PATHS)}")
        answers_json, result_json = _to_json(answers), _to_json(result)
        now = self._clock()
        row = AssessmentRow(
            created_at=now,
            updated_at=now,
            completed_at=now,
            owner=self._owner,
            status=COMPLETE,
            answers="",
            position=0,
            language=language,
            path=path,
        )
        with self._begin() as session:
            session.add(row)
            session.flush()  # the id is part of what the ciphertexts are bound to
            row.answers = self._vault.seal_text(TABLE, "answers", row.id, answers_json)
            row.result = self._vault.seal_text(TABLE, "result", row.id, result_json)
            session.flush()
            return self._stored(row)

    def in_progress(self) -> StoredAssessment | None:
        """The unfinished assessment touched most recently, to resume it."""
        query = (
            select(AssessmentRow)
            .where(AssessmentRow.owner == self._owner, AssessmentRow.status == IN_PROGRESS)
            .order_by(AssessmentRow.updated_at.desc(), AssessmentRow.id.desc())
            .limit(1)
        )
        with self._begin() as session:
            row = session.scalars(query).first()
            return self._stored(row) if row else None

    def save_progress(self, id: int, answers: dict[str, Any], position: int) -> StoredAssessment:
        """Store the answers so far and where the journey stopped."""
        if position < 0:
            raise ValueError(f"position must be 0 or more, not {position}")
        answers_json = _to_json(answers)
        with self._begin() as session:
            row = _unfinished(session, id, self._owner)
            row.answers = self._vault.seal_text(TABLE, "answers", id, answers_json)
            row.position = position
            row.updated_at = self._clock()
            session.flush()
            return self._stored(row)

    def complete(
        self, id: int, answers: dict[str, Any], result: dict[str, Any], path: str
    ) -> StoredAssessment:
        """Record the final answers and the advice given; the assessment is then final."""
        if path not in PATHS:
            raise ValueError(f"unknown path {path!r}; expected one of {', '.join(PATHS)}")
        answers_json, result_json = _to_json(answers), _to_json(result)
        with self._begin() as session:
            row = _unfinished(session, id, self._owner)
            now = self._clock()
            row.answers = self._vault.seal_text(TABLE, "answers", id, answers_json)
            row.result = self._vault.seal_text(TABLE, "result", id, result_json)
            row.path = path
            row.status = COMPLETE
            row.updated_at = now
            row.completed_at = now
            session.flush()
            return self._stored(row)

    def get(self, id: int) -> StoredAssessment | None:
        with self._begin() as session:
            row = session.scalars(
                select(AssessmentRow).where(
                    AssessmentRow.id == id, AssessmentRow.owner == self._owner
                )
            ).first()
            return self._stored(row) if row else None

    def history(self) -> list[StoredAssessment]:
        """Completed assessments, oldest first."""
        query = (
            select(AssessmentRow)
            .where(AssessmentRow.owner == self._owner, AssessmentRow.status == COMPLETE)
            .order_by(AssessmentRow.completed_at, AssessmentRow.id)
        )
        with self._begin() as session:
            return [self._stored(row) for row in session.scalars(query)]

    def discard(self, id: int) -> bool:
        """Delete an assessment for good; False when there was nothing to delete."""
        with self._begin() as session:
            deleted = session.execute(
                delete(AssessmentRow).where(
                    AssessmentRow.id == id, AssessmentRow.owner == self._owner
                )
            )
            return bool(getattr(deleted, "rowcount", 0))

    def _stored(self, row: AssessmentRow) -> StoredAssessment:
        return _stored(row, self._vault)


def path_changes(history: Iterable[StoredAssessment]) -> list[PathChange]:
    """Each time the advised path differed from the one before, oldest first.

    Unfinished assessments are ignored, so the full list from history() or any
    mix of assessments can be passed.
    """
    steps = sorted(
        (entry.completed_at or entry.updated_at, entry.id, entry.path)
        for entry in history
        if entry.is_complete and entry.path is not None
    )
    return [
        PathChange(from_path=before, to_path=after, when=when, assessment_id=id)
        for (_, _, before), (when, id, after) in pairwise(steps)
        if before != after
    ]


def _unfinished(session: Session, id: int, owner: str) -> AssessmentRow:
    # FOR UPDATE stops a concurrent writer between our check and our write (PostgreSQL).
    row = session.get(AssessmentRow, id, with_for_update=True)
    if row is None or row.owner != owner:
        raise AssessmentNotFound(f"no assessment with id {id}")
    if row.status == COMPLETE:
        raise AssessmentAlreadyComplete(f"assessment {id} is already complete")
    return row


def _to_json(document: dict[str, Any]) -> str:
    if not isinstance(document, dict):
        raise TypeError(f"expected a JSON object (dict), got {type(document).__name__}")
    try:
        return json.dumps(document, ensure_ascii=False, allow_nan=False)
    except (TypeError, ValueError) as error:
        raise ValueError(f"cannot be stored as JSON: {error}") from None


def _stored(row: AssessmentRow, vault: Vault) -> StoredAssessment:
    return StoredAssessment(
        id=row.id,
        created_at=row.created_at,
        updated_at=row.updated_at,
        completed_at=row.completed_at,
        status=cast(Status, row.status),
        answers=vault.open_json(TABLE, "answers", row.id, row.answers),
        position=row.position,
        language=row.language,
        path=row.path,
        result=(
            vault.open_json(TABLE, "result", row.id, row.result) if row.result is not None else None
        ),
    )
