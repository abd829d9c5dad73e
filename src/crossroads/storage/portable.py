"""All of a person's data in and out: export, import into a fresh database, delete.

The export is a versioned JSON document with ids and timestamps, so importing it into a
fresh database and exporting again gives the same document, byte for byte. Import and
delete each run in one transaction: done whole, or not at all.
"""

from __future__ import annotations

from datetime import UTC, date, datetime
from typing import Any, Literal

from pydantic import AwareDatetime, BaseModel, ConfigDict, Field, ValidationError
from sqlalchemy import delete, func, select, text
from sqlalchemy.orm import Session

from crossroads.core.result import Path as AdvisedPath
from crossroads.storage.database import Database
from crossroads.storage.journal import week_start
from crossroads.storage.keys import Vault
from crossroads.storage.personal_tables import (
    MOOD_MAX,
    DraftRow,
    JournalEntryRow,
    PlanTickRow,
    StateRow,
)
from crossroads.storage.tables import AssessmentRow

__all__ = [
    "EXPORT_FORMAT",
    "EXPORT_VERSION",
    "DataNotEmpty",
    "InvalidExport",
    "delete_everything",
    "export_data",
    "has_data",
    "import_data",
]

EXPORT_FORMAT = "crossroads-export"
EXPORT_VERSION = 1
# Row ids fit the 32-bit integer columns of both databases.
MAX_ID = 2**31 - 1
# What is deleted first comes first: the ticks point at their assessments.
TABLES = (PlanTickRow, AssessmentRow, DraftRow, JournalEntryRow, StateRow)


class InvalidExport(ValueError):
    """The file is not a Crossroads export this version can read; one line per problem."""

    def __init__(self, problems: list[str]) -> None:
        super().__init__("\n".join(problems))
        self.problems = problems


class DataNotEmpty(ValueError):
    """Import refuses to mix an export with data already here (unless asked to replace)."""


# -- the format ----------------------------------------------------------------------------

Id = Field(ge=1, le=MAX_ID)


class _Strict(BaseModel):
    model_config = ConfigDict(extra="forbid")


class AssessmentOut(_Strict):
    id: int = Id
    created_at: AwareDatetime
    updated_at: AwareDatetime
    completed_at: AwareDatetime | None
    status: Literal["in_progress", "complete"]
    position: int = Field(ge=0, le=MAX_ID)
    language: str = Field(min_length=1, max_length=16)
    path: AdvisedPath | None
    answers: dict[str, Any]
    result: dict[str, Any] | None


class PlanTickOut(_Strict):
    id: int = Id
    assessment_id: int = Id
    section: int = Field(ge=0, le=MAX_ID)
    step: int = Field(ge=0, le=MAX_ID)
    ticked_at: AwareDatetime


class DraftOut(_Strict):
    id: int = Id
    created_at: AwareDatetime
    edited_at: AwareDatetime
    text: str
    verdict: Literal["hold", "revise", "ready"]
    review: dict[str, Any]
    status: Literal["draft", "ready"]
    ready_at: AwareDatetime | None


class JournalOut(_Strict):
    id: int = Id
    created_at: AwareDatetime
    entry_date: date
    period: Literal["day", "week"]
    actions: str
    mood: int = Field(ge=0, le=MOOD_MAX)
    urges: int = Field(ge=0, le=MAX_ID)
    acted_on_urge: bool
    note: str


class StateOut(_Strict):
    key: str = Field(min_length=1, max_length=64)
    value: Any
    updated_at: AwareDatetime


class Export(_Strict):
    format: Literal["crossroads-export"]
    version: Literal[1]
    assessments: list[AssessmentOut]
    plan_ticks: list[PlanTickOut]
    drafts: list[DraftOut]
    journal: list[JournalOut]
    app_state: list[StateOut]


# -- export ----------------------------------------------------------------------------------


def export_data(database: Database) -> dict[str, Any]:
    """Everything, decrypted, as the JSON document of format version 1 (ids ascending)."""
    vault = database.vault
    owner = vault.owner
    vault.key()  # locked: fail before reading
    with database.sessions.begin() as session:
        assessments = session.scalars(select(AssessmentRow).where(AssessmentRow.owner == owner).order_by(AssessmentRow.id)).all()
        ticks = session.scalars(select(PlanTickRow).where(PlanTickRow.owner == owner).order_by(PlanTickRow.id)).all()
        drafts = session.scalars(select(DraftRow).where(DraftRow.owner == owner).order_by(DraftRow.id)).all()
        journal = session.scalars(select(JournalEntryRow).where(JournalEntryRow.owner == owner).order_by(
            JournalEntryRow.id)).all()
        state = session.scalars(select(StateRow).where(StateRow.owner == owner).order_by(StateRow.key)).all()
        return {
            "format": EXPORT_FORMAT,
            "version": EXPORT_VERSION,
            "assessments": [_assessment(vault, row) for row in assessments],
            "plan_ticks": [
                {"id": row.id, "assessment_id": row.assessment_id, "section": row.section,
                 "step": row.step, "ticked_at": _time(row.ticked_at)}
                for row in ticks
            ],
            "drafts": [
                {"id": row.id, "created_at": _time(row.created_at),
                 "edited_at": _time(row.edited_at),
                 "text": vault.open_text("drafts", "text", row.id, row.text),
                 "verdict": row.verdict,
                 "review": vault.open_json("drafts", "review", row.id, row.review),
                 "status": row.status, "ready_at": _time(row.ready_at)}
                for row in drafts
            ],
            "journal": [
                {"id": row.id, "created_at": _time(row.created_at),
                 "entry_date": row.entry_date.isoformat(), "period": row.period,
                 "actions": vault.open_text("journal_entries", "actions", row.id, row.actions),
                 "mood": row.mood, "urges": row.urges, "acted_on_urge": bool(row.acted_on_urge),
                 "note": vault.open_text("journal_entries", "note", row.id, row.note)}
                for row in journal
            ],
            "app_state": [
                {"key": row.key, "value": vault.open_json("app_state", "value", row.key, row.value),
                 "updated_at": _time(row.updated_at)}
                for row in state
            ],
        }


def _assessment(vault: Vault, row: AssessmentRow) -> dict[str, Any]:
    return {
        "id": row.id,
        "created_at": _time(row.created_at),
        "updated_at": _time(row.updated_at),
        "completed_at": _time(row.completed_at),
        "status": row.status,
        "position": row.position,
        "language": row.language,
        "path": row.path,
        "answers": vault.open_json("assessments", "answers", row.id, row.answers),
        "result": (
            vault.open_json("assessments", "result", row.id, row.result)
            if row.result is not None else None
        ),
    }


def _time(value: datetime | None) -> str | None:
    return value.astimezone(UTC).isoformat() if value is not None else None


# -- import ----------------------------------------------------------------------------------


def parse_export(document: object) -> Export:
    """The export checked whole; InvalidExport names every problem by its place."""
    if isinstance(document, dict) and document.get("format") == EXPORT_FORMAT and (
        document.get("version") != EXPORT_VERSION
    ):
        raise InvalidExport([
            f"/version: this Crossroads reads export version {EXPORT_VERSION}, "
            f"not {document.get('version')!r}"
        ])
    try:
        export = Export.model_validate(document)
    except ValidationError as error:
        raise InvalidExport([
            "".join(f"/{part}" for part in problem["loc"]) + ": " + str(problem["msg"])
            for problem in error.errors()[:20]
        ]) from None
    problems = []
    for name in ("assessments", "plan_ticks", "drafts", "journal"):
        ids = [item.id for item in getattr(export, name)]
        if len(ids) != len(set(ids)):
            problems.append(f"/{name}: the same id appears twice")
    keys = [item.key for item in export.app_state]
    if len(keys) != len(set(keys)):
        problems.append("/app_state: the same key appears twice")
    known = {item.id for item in export.assessments}
    for index, tick in enumerate(export.plan_ticks):
        if tick.assessment_id not in known:
            problems.append(f"/plan_ticks/{index}/assessment_id: no assessment has this id")
    places = [(tick.assessment_id, tick.section, tick.step) for tick in export.plan_ticks]
    if len(places) != len(set(places)):
        problems.append("/plan_ticks: the same step is ticked twice")
    for index, item in enumerate(export.assessments):
        if item.status == "complete" and (item.path is None or item.result is None):
            problems.append(f"/assessments/{index}: a complete assessment needs a path and result")
    if problems:
        raise InvalidExport(problems)
    return export


def has_data(database: Database) -> bool:
    with database.sessions.begin() as session:
        return any(
            session.scalar(select(func.count()).select_from(table).where(
                table.owner == database.vault.owner)) for table in TABLES
        )


def import_data(database: Database, document: object, replace: bool = False) -> dict[str, int]:
    """Load an export into this database in one transaction; how many rows of each kind.

    Refuses (DataNotEmpty) when data is already here, unless ``replace``: then what is
    here is deleted in the same transaction.
    """
    export = parse_export(document)
    vault = database.vault
    vault.key()  # locked: fail before writing
    with database.sessions.begin() as session:
        if any(session.scalar(select(func.count()).select_from(table).where(
                table.owner == vault.owner)) for table in TABLES):
            if not replace:
                raise DataNotEmpty(
                    "this database already holds data; import refuses to mix the two "
                    "(use --replace to delete what is here first)"
                )
            _delete_rows(session, vault.owner)
        _add_all(session, vault, export)
        if session.get_bind().dialect.name == "postgresql":
            _move_sequences(session)
    return {
        "assessments": len(export.assessments), "plan_ticks": len(export.plan_ticks),
        "drafts": len(export.drafts), "journal": len(export.journal),
        "app_state": len(export.app_state),
    }


def _add_all(session: Session, vault: Vault, export: Export) -> None:
    for a in export.assessments:
        session.add(AssessmentRow(
            id=a.id, owner=vault.owner, created_at=a.created_at, updated_at=a.updated_at,
            completed_at=a.completed_at, status=a.status, position=a.position,
            language=a.language, path=a.path,
            answers=vault.seal_json("assessments", "answers", a.id, a.answers),
            result=(vault.seal_json("assessments", "result", a.id, a.result)
                    if a.result is not None else None),
        ))
    session.flush()  # the ticks point at these
    for t in export.plan_ticks:
        session.add(PlanTickRow(id=t.id, owner=vault.owner, assessment_id=t.assessment_id, section=t.section,
                                step=t.step, ticked_at=t.ticked_at))
    for d in export.drafts:
        session.add(DraftRow(
            id=d.id, owner=vault.owner, created_at=d.created_at, edited_at=d.edited_at,
            text=vault.seal_text("drafts", "text", d.id, d.text), verdict=d.verdict,
            review=vault.seal_json("drafts", "review", d.id, d.review), status=d.status,
            ready_at=d.ready_at,
        ))
    for j in export.journal:
        session.add(JournalEntryRow(
            id=j.id, owner=vault.owner, created_at=j.created_at, entry_date=j.entry_date,
            week_start=week_start(j.entry_date), period=j.period,
            actions=vault.seal_text("journal_entries", "actions", j.id, j.actions),
            mood=j.mood, urges=j.urges, acted_on_urge=j.acted_on_urge,
            note=vault.seal_text("journal_entries", "note", j.id, j.note),
        ))
    for s in export.app_state:
        session.add(StateRow(owner=vault.owner, key=s.key, value=vault.seal_json("app_state", "value", s.key,
                                                                s.value),
                             updated_at=s.updated_at))
    session.flush()


def _move_sequences(session: Session) -> None:
    """PostgreSQL hands out ids from sequences: move each past the imported ids."""
    for table in ("assessments", "plan_ticks", "drafts", "journal_entries"):
        session.execute(text(
            f"SELECT setval(pg_get_serial_sequence('{table}', 'id'), "
            f"coalesce((SELECT max(id) FROM {table}), 0) + 1, false)"
        ))


# -- delete ----------------------------------------------------------------------------------


def _delete_rows(session: Session, owner: str) -> None:
    for table in TABLES:
        session.execute(delete(table).where(table.owner == owner))


def delete_everything(database: Database) -> None:
    """Every assessment, tick, draft, journal entry and saved value, and the data key with
    its file, in one transaction. Needs no passphrase: it reveals nothing."""
    owner = database.vault.owner
    database.vault.forget_key(also=lambda session: _delete_rows(session, owner))
