"""What every request handler needs: settings, content, the open database and a clock."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, replace
from datetime import UTC, datetime, timedelta
from functools import cached_property
from typing import Annotated

from fastapi import Path, Query, Request

from crossroads.core.content import Content
from crossroads.settings import Settings
from crossroads.storage import AssessmentRepository, Database
from crossroads.storage.accounts import Account, SignedIn
from crossroads.storage.drafts import DraftRepository
from crossroads.storage.journal import JournalRepository
from crossroads.storage.keys import Vault
from crossroads.storage.plan_ticks import PlanTickRepository
from crossroads.storage.shares import ShareRepository
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
    # Whose data the repositories read and write: the database's own vault in local mode;
    # in server mode the signed-in person's (one Web per request), or Nobody.
    vault: Vault | None = None
    signed_in: SignedIn | None = None

    @property
    def owner_vault(self) -> Vault:
        return self.vault or self.database.vault

    @property
    def account(self) -> Account | None:
        return self.signed_in.account if self.signed_in else None

    @property
    def scoped_database(self) -> Database:
        """The database as seen by this person (export, import and delete use its vault)."""
        return replace(self.database, vault=self.owner_vault)

    def for_user(self, signed_in: SignedIn) -> Web:
        """This state for one request of a signed-in person (server mode)."""
        return Web(self.settings, self.content, self.database, self.clock,
                   vault=signed_in.vault, signed_in=signed_in)

    @cached_property
    def assessments(self) -> AssessmentRepository:
        return AssessmentRepository(self.database.sessions, clock=self.clock,
                                    vault=self.owner_vault)

    @cached_property
    def drafts(self) -> DraftRepository:
        return DraftRepository(self.database.sessions, clock=self.clock, vault=self.owner_vault)

    @cached_property
    def journal(self) -> JournalRepository:
        return JournalRepository(self.database.sessions, clock=self.clock,
                                 vault=self.owner_vault)

    @cached_property
    def ticks(self) -> PlanTickRepository:
        return PlanTickRepository(self.database.sessions, clock=self.clock,
                                  vault=self.owner_vault)

    @cached_property
    def state(self) -> StateRepository:
        return StateRepository(self.database.sessions, clock=self.clock, vault=self.owner_vault)

    @cached_property
    def shares(self) -> ShareRepository:
        return ShareRepository(self.database.sessions, clock=self.clock, vault=self.owner_vault)

    @property
    def cooling_off(self) -> timedelta:
        return timedelta(hours=self.settings.cooling_off_hours)

    def now(self) -> datetime:
        return self.clock()


def web(request: Request) -> Web:
    """FastAPI dependency: the application state (the signed-in person's, in server mode)."""
    scoped = request.scope.get("state", {}).get(USER_WEB)
    if isinstance(scoped, Web):
        return scoped
    state: Web = request.app.state.web
    return state


# Where the account gate leaves the signed-in person's Web for this request.
USER_WEB = "crossroads_user_web"
