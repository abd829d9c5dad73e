"""Accounts for server mode (`crossroads serve --multi-user`): users, sessions, sign-in limits.

Each user owns a data key, wrapped by a key derived from their password (the same
:class:`~crossroads.storage.keys.Vault` as local mode, with the user id as its owner).
Signing in opens that key once and wraps it again for the session, by a key derived
from the session's random token. The database keeps only a SHA-256 hash of the token,
so neither the database alone nor a stolen row of ``sessions`` opens anyone's data: the
token lives only in the person's cookie.

Failed sign-ins are counted in the database (per account and per address), so the limit
holds across server processes.
"""

from __future__ import annotations

import base64
import hashlib
import hmac
import re
import secrets
from collections.abc import Callable
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta
from pathlib import Path

from argon2 import PasswordHasher
from argon2.exceptions import InvalidHashError, VerificationError
from sqlalchemy import ForeignKey, Integer, String, Text, delete, func, select
from sqlalchemy.exc import IntegrityError, OperationalError
from sqlalchemy.orm import Mapped, Session, mapped_column, sessionmaker

from crossroads.core.crypto import CryptoError, KdfParams, open_sealed, seal
from crossroads.storage.keys import MIN_PASSPHRASE, Vault, VaultError, _writing
from crossroads.storage.tables import Base, UtcDateTime

__all__ = [
    "MAX_FAILURES",
    "SESSION_LIFETIME",
    "Account",
    "AccountError",
    "Accounts",
    "LoginFailureRow",
    "SessionRow",
    "SignedIn",
    "TooManyAttempts",
    "UserRow",
    "csrf_token_for",
]

# Five wrong passwords within a quarter of an hour, for one account or from one address.
MAX_FAILURES = 5
FAILURE_WINDOW = timedelta(minutes=15)
SESSION_LIFETIME = timedelta(days=14)
# last_seen_at is written at most this often, so reading pages does not write every time.
SEEN_EVERY = timedelta(minutes=5)
MAX_PASSWORD = 1024
_USERNAME = re.compile(r"[^\s]{3,254}")
WRONG = "That username and password do not match an account."


class AccountError(ValueError):
    """A sign-up or sign-in refused, with a message for the person."""


class TooManyAttempts(AccountError):
    """Too many failed sign-ins lately for this account or this address."""


class UserRow(Base):
    __tablename__ = "users"

    id: Mapped[str] = mapped_column(String(32), primary_key=True)
    username: Mapped[str] = mapped_column(String(254), unique=True)
    # Argon2id, in the PHC string format of argon2-cffi's PasswordHasher.
    password_hash: Mapped[str] = mapped_column(Text)
    created_at: Mapped[datetime] = mapped_column(UtcDateTime)


class SessionRow(Base):
    __tablename__ = "sessions"

    # SHA-256 of the cookie's token; the token itself is never stored.
    token_hash: Mapped[str] = mapped_column(String(64), primary_key=True)
    user_id: Mapped[str] = mapped_column(
        String(32), ForeignKey("users.id", ondelete="CASCADE"), index=True
    )
    # The user's data key, sealed by a key derived from the token (base64).
    wrapped_key: Mapped[str] = mapped_column(Text)
    created_at: Mapped[datetime] = mapped_column(UtcDateTime)
    expires_at: Mapped[datetime] = mapped_column(UtcDateTime)
    last_seen_at: Mapped[datetime] = mapped_column(UtcDateTime)


class LoginFailureRow(Base):
    __tablename__ = "login_failures"

    id: Mapped[int] = mapped_column(Integer, primary_key=True, autoincrement=True)
    # "account:<sha256 of the username>" or "ip:<address>"
    scope: Mapped[str] = mapped_column(String(80), index=True)
    at: Mapped[datetime] = mapped_column(UtcDateTime, index=True)


@dataclass(frozen=True, slots=True)
class Account:
    user_id: str
    username: str


@dataclass(frozen=True, eq=False)
class SignedIn:
    """A live session: who, the token for the cookie, and their vault, open."""

    account: Account
    token: str
    vault: Vault
    expires_at: datetime

    @property
    def csrf_token(self) -> str:
        return csrf_token_for(self.token)


def _utc_now() -> datetime:
    return datetime.now(UTC)


def _digest(purpose: str, value: str) -> bytes:
    return hashlib.sha256(f"crossroads/{purpose}/{value}".encode()).digest()


def token_hash(token: str) -> str:
    return _digest("session-id", token).hex()


def csrf_token_for(token: str) -> str:
    """The form token of a session: derived from its secret token, so only its holder has it."""
    return hmac.new(token.encode(), b"crossroads/csrf", hashlib.sha256).hexdigest()


def _session_context(hashed: str) -> bytes:
    return f"crossroads/v1/sessions/wrapped_key/{hashed}".encode()


def normalize_username(username: str) -> str:
    return username.strip().casefold()


class Accounts:
    """Sign-up, sign-in, sessions and sign-out, all in the database."""

    def __init__(
        self,
        sessions: sessionmaker[Session],
        key_folder: Path,
        clock: Callable[[], datetime] = _utc_now,
        kdf: Callable[[], KdfParams] = KdfParams.fresh,
        hasher: PasswordHasher | None = None,
    ) -> None:
        self._sessions = sessions
        self._key_folder = key_folder
        self._clock = clock
        self._kdf = kdf
        self._hasher = hasher or PasswordHasher()
        # Verified against when the username is unknown, so both take the same time.
        self._dummy = self._hasher.hash(secrets.token_hex(16))

    def vault_for(self, user_id: str) -> Vault:
        return Vault(self._sessions, self._key_folder, owner=user_id, clock=self._clock)

    # -- sign-up and sign-in -------------------------------------------------------------

    def sign_up(self, username: str, password: str) -> SignedIn:
        name = normalize_username(username)
        if not _USERNAME.fullmatch(name):
            raise AccountError("A username (or email) has 3 to 254 characters and no spaces.")
        _check_password(password)
        user = UserRow(
            id=secrets.token_hex(16), username=name,
            password_hash=self._hasher.hash(password), created_at=self._clock(),
        )
        vault = self.vault_for(user.id)
        try:
            with self._sessions.begin() as session:
                session.add(user)
                session.flush()
                vault.create_sealed(password, session, self._kdf())
        except IntegrityError:
            vault.lock()
            raise AccountError(
                "An account could not be made with that username. Please choose another."
            ) from None
        return self._open_session(Account(user.id, name), vault)

    def log_in(self, username: str, password: str, address: str) -> SignedIn:
        """Check the password and open a session; AccountError with one message for every
        wrong username or password, TooManyAttempts after MAX_FAILURES."""
        name = normalize_username(username)
        scopes = (f"account:{_digest('username', name).hex()[:64]}", f"ip:{address[:64]}")
        now = self._clock()
        with self._sessions.begin() as session:
            since = now - FAILURE_WINDOW
            for scope in scopes:
                failures = session.scalar(
                    select(func.count()).select_from(LoginFailureRow).where(
                        LoginFailureRow.scope == scope, LoginFailureRow.at > since
                    )
                )
                if (failures or 0) >= MAX_FAILURES:
                    raise TooManyAttempts(
                        "Too many attempts to sign in. Please wait 15 minutes and try again."
                    )
            user = session.scalars(select(UserRow).where(UserRow.username == name)).first()
        matches = self._verify(user.password_hash if user else self._dummy, password)
        if user is None or not matches:
            self._fail(scopes, now)
            raise AccountError(WRONG)
        vault = self.vault_for(user.id)
        try:
            vault.unlock(password)
        except (VaultError, CryptoError):
            self._fail(scopes, now)
            raise AccountError(WRONG) from None
        with self._sessions.begin() as session:
            session.execute(delete(LoginFailureRow).where(LoginFailureRow.scope == scopes[0]))
            if self._hasher.check_needs_rehash(user.password_hash):
                stored = session.get(UserRow, user.id)
                if stored is not None:
                    stored.password_hash = self._hasher.hash(password)
        return self._open_session(Account(user.id, user.username), vault)

    def _verify(self, hashed: str, password: str) -> bool:
        try:
            return bool(self._hasher.verify(hashed, password[:MAX_PASSWORD]))
        except (VerificationError, InvalidHashError):
            return False

    def _fail(self, scopes: tuple[str, ...], now: datetime) -> None:
        with self._sessions.begin() as session:
            session.execute(delete(LoginFailureRow).where(
                LoginFailureRow.at < now - FAILURE_WINDOW))
            session.add_all(LoginFailureRow(scope=scope, at=now) for scope in scopes)

    def _open_session(self, account: Account, vault: Vault) -> SignedIn:
        token = secrets.token_urlsafe(32)
        hashed = token_hash(token)
        now = self._clock()
        wrapped = seal(_digest("session-key", token), vault.key(), _session_context(hashed))
        row = SessionRow(
            token_hash=hashed, user_id=account.user_id,
            wrapped_key=base64.b64encode(wrapped).decode("ascii"),
            created_at=now, expires_at=now + SESSION_LIFETIME, last_seen_at=now,
        )
        with self._sessions.begin() as session:
            session.add(row)
        return SignedIn(account, token, vault, row.expires_at)

    # -- sessions ------------------------------------------------------------------------

    def resume(self, token: str) -> SignedIn | None:
        """The session of a cookie's token with its vault open, or None (unknown, expired)."""
        if not token or len(token) > 128:
            return None
        hashed = token_hash(token)
        now = self._clock()
        with self._sessions.begin() as session:
            found = session.execute(
                select(SessionRow, UserRow.username)
                .join(UserRow, UserRow.id == SessionRow.user_id)
                .where(SessionRow.token_hash == hashed)
            ).first()
        if found is None:
            return None
        row, username = found
        if row.expires_at <= now:
            self._touch(hashed, None)
            return None
        if now - row.last_seen_at >= SEEN_EVERY:
            self._touch(hashed, now)
        try:
            key = open_sealed(
                _digest("session-key", token), base64.b64decode(row.wrapped_key),
                _session_context(hashed),
            )
        except (CryptoError, ValueError):
            return None
        vault = self.vault_for(row.user_id)
        try:
            vault.adopt(key)
        except VaultError:
            return None
        return SignedIn(Account(row.user_id, username), token, vault, row.expires_at)

    def _touch(self, hashed: str, now: datetime | None) -> None:
        """Note that the session was used (or delete it when expired: ``now`` None). Best
        effort, even while serving a page that only reads: a busy database skips it."""
        try:
            with _writing(), self._sessions.begin() as session:
                row = session.get(SessionRow, hashed)
                if row is None:
                    return
                if now is None:
                    session.delete(row)
                else:
                    row.last_seen_at = now
        except OperationalError:
            return

    def log_out(self, token: str) -> None:
        with self._sessions.begin() as session:
            session.execute(delete(SessionRow).where(SessionRow.token_hash == token_hash(token)))

    def log_out_everywhere(self, user_id: str) -> int:
        """Delete every session of the user (this one too); how many there were."""
        with self._sessions.begin() as session:
            result = session.execute(delete(SessionRow).where(SessionRow.user_id == user_id))
            return int(getattr(result, "rowcount", 0) or 0)

    def session_count(self, user_id: str) -> int:
        with self._sessions.begin() as session:
            return int(session.scalar(
                select(func.count()).select_from(SessionRow).where(
                    SessionRow.user_id == user_id, SessionRow.expires_at > self._clock())
            ) or 0)


def _check_password(password: str) -> None:
    if len(password) < MIN_PASSPHRASE:
        raise AccountError(f"A password needs at least {MIN_PASSPHRASE} characters.")
    if len(password) > MAX_PASSWORD:
        raise AccountError(f"A password can have at most {MAX_PASSWORD} characters.")
    if password != password.strip():
        raise AccountError("A password cannot begin or end with a space.")
