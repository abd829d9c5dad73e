"""A small key/value store of JSON values (e.g. the latest duty-of-care screen level)."""

from __future__ import annotations

import json
from collections.abc import Callable
from datetime import UTC, datetime
from typing import Any

from sqlalchemy.orm import Session, sessionmaker

from crossroads.storage.personal_tables import StateRow

__all__ = ["LATEST_SCREEN", "StateRepository"]

# {"self_harm": "none | check_in | urgent", "abuse": bool, "at": ISO time}
LATEST_SCREEN = "latest_screen"


def _utc_now() -> datetime:
    return datetime.now(UTC)


class StateRepository:
    def __init__(
        self, sessions: sessionmaker[Session], clock: Callable[[], datetime] = _utc_now
    ) -> None:
        self._sessions = sessions
        self._clock = clock

    def get(self, key: str) -> Any:
        """The value stored under ``key``, or None."""
        with self._sessions.begin() as session:
            row = session.get(StateRow, key)
            return json.loads(row.value) if row else None

    def put(self, key: str, value: Any) -> None:
        if not key or len(key) > 64:
            raise ValueError(f"a key has 1 to 64 characters, not {key!r}")
        text = json.dumps(value, ensure_ascii=False, allow_nan=False)
        with self._sessions.begin() as session:
            row = session.get(StateRow, key, with_for_update=True)
            if row is None:
                session.add(StateRow(key=key, value=text, updated_at=self._clock()))
            else:
                row.value = text
                row.updated_at = self._clock()
