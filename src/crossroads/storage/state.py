"""A small key/value store of JSON values (e.g. the latest duty-of-care screen level).

Values are stored encrypted by the vault, bound to their key: a screen level is private too.
"""

from __future__ import annotations

from typing import Any

from sqlalchemy.dialects.postgresql import insert as postgresql_insert
from sqlalchemy.dialects.sqlite import insert as sqlite_insert

from crossroads.storage.base import OwnedRepository
from crossroads.storage.personal_tables import StateRow

__all__ = ["LATEST_SCREEN", "StateRepository"]

# {"self_harm": "none | check_in | urgent", "abuse": bool, "at": ISO time}
LATEST_SCREEN = "latest_screen"


TABLE = "app_state"


class StateRepository(OwnedRepository):
    def get(self, key: str) -> Any:
        """The value stored under ``key``, or None."""
        with self._begin() as session:
            row = session.get(StateRow, (self._owner, key))
            return self._vault.open_json(TABLE, "value", key, row.value) if row else None

    def put(self, key: str, value: Any) -> None:
        if not key or len(key) > 64:
            raise ValueError(f"a key has 1 to 64 characters, not {key!r}")
        text = self._vault.seal_json(TABLE, "value", key, value)
        now = self._clock()
        with self._begin() as session:
            # One statement, insert or update: a read-then-insert lets two servers (or two
            # requests) both find no row and both insert, and the second write is lost.
            dialect = session.get_bind().dialect.name
            insert = postgresql_insert if dialect == "postgresql" else sqlite_insert
            statement = insert(StateRow).values(
                owner=self._owner, key=key, value=text, updated_at=now
            )
            session.execute(statement.on_conflict_do_update(
                index_elements=[StateRow.owner, StateRow.key],
                set_={"value": text, "updated_at": now},
            ))
