"""What every personal repository shares: a session factory, a clock, and the vault
whose key seals the person's words and whose owner scopes every query."""

from __future__ import annotations

from collections.abc import Callable
from contextlib import AbstractContextManager
from datetime import UTC, datetime

from sqlalchemy.orm import Session, sessionmaker

from crossroads.storage.keys import Vault, vault_of


def utc_now() -> datetime:
    return datetime.now(UTC)


class OwnedRepository:
    def __init__(
        self,
        sessions: sessionmaker[Session],
        clock: Callable[[], datetime] = utc_now,
        vault: Vault | None = None,
    ) -> None:
        self._sessions = sessions
        self._clock = clock
        self._vault = vault or vault_of(sessions)
        # Every query of a repository is scoped to this owner, the vault's: one person's
        # key, one person's rows (see keys.Vault.owner).
        self._owner = self._vault.owner

    def _begin(self) -> AbstractContextManager[Session]:
        """A transaction, with the key already open: a locked vault fails before any
        write, and no second connection is needed midway (SQLite allows one writer)."""
        self._vault.key()
        return self._sessions.begin()
