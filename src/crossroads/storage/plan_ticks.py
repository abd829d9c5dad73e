"""Ticks on plan steps: which steps of an assessment's plan the person has done."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime

from sqlalchemy import delete, select
from sqlalchemy.orm import Session

from crossroads.storage.base import OwnedRepository
from crossroads.storage.personal_tables import PlanTickRow
from crossroads.storage.repository import AssessmentNotFound
from crossroads.storage.tables import AssessmentRow

__all__ = ["PlanTick", "PlanTickRepository"]


@dataclass(frozen=True, slots=True)
class PlanTick:
    assessment_id: int
    section: int
    step: int
    ticked_at: datetime


class PlanTickRepository(OwnedRepository):
    def _check_assessment(self, session: Session, assessment_id: int) -> None:
        row = session.get(AssessmentRow, assessment_id)
        if row is None or row.owner != self._owner:
            raise AssessmentNotFound(f"no assessment with id {assessment_id}")

    def ticks(self, assessment_id: int) -> dict[tuple[int, int], PlanTick]:
        """The ticked steps of one assessment's plan, by (section, step)."""
        query = select(PlanTickRow).where(
            PlanTickRow.owner == self._owner, PlanTickRow.assessment_id == assessment_id
        )
        with self._sessions.begin() as session:
            return {(row.section, row.step): _tick(row) for row in session.scalars(query)}

    def mark(self, assessment_id: int, section: int, step: int, done: bool) -> PlanTick | None:
        """Tick or untick one step; the tick (kept with its first date) or None."""
        if section < 0 or step < 0:
            raise ValueError("section and step are counted from 0")
        where = (
            PlanTickRow.owner == self._owner,
            PlanTickRow.assessment_id == assessment_id,
            PlanTickRow.section == section,
            PlanTickRow.step == step,
        )
        with self._sessions.begin() as session:
            self._check_assessment(session, assessment_id)
            row = session.scalars(select(PlanTickRow).where(*where)).first()
            if not done:
                if row is not None:
                    session.execute(delete(PlanTickRow).where(*where))
                return None
            if row is None:
                row = PlanTickRow(
                    owner=self._owner,
                    assessment_id=assessment_id,
                    section=section,
                    step=step,
                    ticked_at=self._clock(),
                )
                session.add(row)
                session.flush()
            return _tick(row)

    def replace(self, assessment_id: int, done: set[tuple[int, int]]) -> None:
        """Make exactly ``done`` the ticked steps (the no-JavaScript form posts them all)."""
        with self._sessions.begin() as session:
            self._check_assessment(session, assessment_id)
            query = select(PlanTickRow).where(
                PlanTickRow.owner == self._owner, PlanTickRow.assessment_id == assessment_id
            )
            existing = {(row.section, row.step): row for row in session.scalars(query)}
            for place, row in existing.items():
                if place not in done:
                    session.delete(row)
            now = self._clock()
            for section, step in sorted(done - existing.keys()):
                if section < 0 or step < 0:
                    raise ValueError("section and step are counted from 0")
                session.add(
                    PlanTickRow(
                        owner=self._owner,
                        assessment_id=assessment_id,
                        section=section,
                        step=step,
                        ticked_at=now,
                    )
                )


def _tick(row: PlanTickRow) -> PlanTick:
    return PlanTick(row.assessment_id, row.section, row.step, row.ticked_at)
