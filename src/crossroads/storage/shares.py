"""Counselor shares: a read-only, revocable, expiring copy of a result and plan.

The person picks what to share; a snapshot of it is sealed (AES-GCM) by a key derived
from a random token that only the link carries. The database keeps a hash of the token
and the ciphertext: without the link nobody, the server included, can read the copy.
Revoking deletes the row, so the link stops working at once; past ``expires_at`` it
opens nothing either.
"""

from __future__ import annotations

import base64
import hashlib
import json
import secrets
from collections.abc import Callable
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta
from typing import Any

from sqlalchemy import Boolean, Integer, String, Text, delete, select
from sqlalchemy.orm import Mapped, Session, mapped_column, sessionmaker

from crossroads.core.crypto import CryptoError, field_context, open_sealed, seal
from crossroads.storage.keys import Vault, vault_of
from crossroads.storage.tables import Base, UtcDateTime

__all__ = ["MAX_DAYS", "Share", "ShareRepository", "ShareRow", "open_share"]

MAX_DAYS = 90
TOKEN_BYTES = 32


class ShareRow(Base):
    __tablename__ = "shares"

    # Public and harmless: names the share for revoking; the secret is the token.
    id: Mapped[str] = mapped_column(String(32), primary_key=True)
    owner: Mapped[str] = mapped_column(String(64), index=True)
    token_hash: Mapped[str] = mapped_column(String(64), unique=True)
    assessment_id: Mapped[int] = mapped_column(Integer)
    includes_journal: Mapped[bool] = mapped_column(Boolean)
    # The snapshot as JSON, sealed by the token's key (printable: base64).
    snapshot: Mapped[str] = mapped_column(Text)
    created_at: Mapped[datetime] = mapped_column(UtcDateTime)
    expires_at: Mapped[datetime] = mapped_column(UtcDateTime)


@dataclass(frozen=True, slots=True)
class Share:
    id: str
    assessment_id: int
    includes_journal: bool
    created_at: datetime
    expires_at: datetime


def _utc_now() -> datetime:
    return datetime.now(UTC)


def _hash(token: str) -> str:
    return hashlib.sha256(f"crossroads/share-id/{token}".encode()).hexdigest()


def _key(token: str) -> bytes:
    return hashlib.sha256(f"crossroads/share-key/{token}".encode()).digest()


def _context(share_id: str) -> bytes:
    return field_context("shares", "snapshot", share_id)


class ShareRepository:
    """The shares of one owner (the vault's)."""

    def __init__(
        self,
        sessions: sessionmaker[Session],
        clock: Callable[[], datetime] = _utc_now,
        vault: Vault | None = None,
    ) -> None:
        self._sessions = sessions
        self._clock = clock
        self._owner = (vault or vault_of(sessions)).owner

    def create(
        self, assessment_id: int, snapshot: dict[str, Any], days: int, includes_journal: bool
    ) -> tuple[Share, str]:
        """Store a sealed snapshot; the share and the token for its link (shown once)."""
        if not 1 <= days <= MAX_DAYS:
            raise ValueError(f"a link lasts 1 to {MAX_DAYS} days, not {days}")
        token = secrets.token_urlsafe(TOKEN_BYTES)
        share_id = secrets.token_hex(8)
        now = self._clock()
        sealed = seal(_key(token), json.dumps(snapshot, ensure_ascii=False).encode(),
                      _context(share_id))
        row = ShareRow(
            id=share_id, owner=self._owner, token_hash=_hash(token),
            assessment_id=assessment_id, includes_journal=includes_journal,
            snapshot=base64.urlsafe_b64encode(sealed).decode("ascii"),
            created_at=now, expires_at=now + timedelta(days=days),
        )
        with self._sessions.begin() as session:
            session.add(row)
        return _share(row), token

    def all(self) -> list[Share]:
        """The owner's shares that have not expired, newest first."""
        query = (
            select(ShareRow)
            .where(ShareRow.owner == self._owner, ShareRow.expires_at > self._clock())
            .order_by(ShareRow.created_at.desc(), ShareRow.id)
        )
        with self._sessions.begin() as session:
            return [_share(row) for row in session.scalars(query)]

    def revoke(self, share_id: str) -> bool:
        """Delete the share (its link opens nothing from now on); False when none was found."""
        with self._sessions.begin() as session:
            result = session.execute(
                delete(ShareRow).where(ShareRow.id == share_id, ShareRow.owner == self._owner)
            )
            return bool(getattr(result, "rowcount", 0))

    def revoke_all(self) -> None:
        with self._sessions.begin() as session:
            session.execute(delete(ShareRow).where(ShareRow.owner == self._owner))


def open_share(
    sessions: sessionmaker[Session], token: str, now: datetime
) -> tuple[Share, dict[str, Any]] | None:
    """The share and its snapshot for a link's token; None when unknown, revoked or expired."""
    if not token or len(token) > 128:
        return None
    with sessions.begin() as session:
        row = session.scalars(select(ShareRow).where(ShareRow.token_hash == _hash(token))).first()
        if row is None:
            return None
        if row.expires_at <= now:
            session.delete(row)
            return None
    try:
        sealed = base64.urlsafe_b64decode(row.snapshot.encode("ascii"))
        document = json.loads(open_sealed(_key(token), sealed, _context(row.id)))
    except (CryptoError, ValueError):
        return None
    return _share(row), document


def _share(row: ShareRow) -> Share:
    return Share(row.id, row.assessment_id, bool(row.includes_journal), row.created_at,
                 row.expires_at)
