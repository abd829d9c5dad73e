"""What every request handler needs: settings, content, the open database and a clock."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta
from functools import cached_property
from typing import Annotated

from fastapi import Path, Query, Request

from crossroads.core.content import Content
from crossroads.settings import Settings
from crossroads.storage import AssessmentRepository, Database
from crossroads.storage.drafts import DraftRepository
from crossroads.storage.journal import JournalRepository
from crossroads.storage.plan_ticks import PlanTickRepository
from crossroads.storage.state import StateRepository

# Row ids in URLs: bounded, so a huge number is a 404, not an integer overflow in the database.
MAX_ID = 2**31 - 1
RowId = Annotated[int, Path(ge=0, le=MAX_ID)]
QueryId = Annotated[int | None, Query(ge=0, le=MAX_ID)]
Place = Annotated[int, Path(ge=0, le=10_000)]


def utc_now() -> datetime:
    return datetime.now(UTC)


@dataclass(eq=False)
class Web:
    """The application's shared state, built once by create_app."""

    settings: Settings
    content: Content
    database: Database
    clock: Callable[[], datetime] = utc_now

    @cached_property
    def assessments(self) -> AssessmentRepository:
        return AssessmentRepository(self.database.sessions, clock=self.clock)

    @cached_property
    def drafts(self) -> DraftRepository:
        return DraftRepository(self.database.sessions, clock=self.clock)

    @cached_property
    def journal(self) -> JournalRepository:
        return JournalRepository(self.database.sessions, clock=self.clock)

    @cached_property
    def ticks(self) -> PlanTickRepository:
        return PlanTickRepository(self.database.sessions, clock=self.clock)

    @cached_property
    def state(self) -> StateRepository:
        return StateRepository(self.database.sessions, clock=self.clock)

    @property
    def cooling_off(self) -> timedelta:
        return timedelta(hours=self.settings.cooling_off_hours)

    def now(self) -> datetime:
        return self.clock()


def web(request: Request) -> Web:
    """FastAPI dependency: the application state."""
    state: Web = request.app.state.web
    return state
