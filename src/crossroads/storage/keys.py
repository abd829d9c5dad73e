"""The vault: where the data key lives, and sealing and opening stored text with it.

Until the person sets a passphrase, the data key sits in a key file in their data
folder (0600, beside the database, never inside it): anyone who can read that file can
read the data. Setting a passphrase moves the key into the database, wrapped by a key
derived from the passphrase (see :mod:`crossroads.core.crypto`), and deletes the file.
From then on the vault starts locked and only the passphrase opens it; a lost
passphrase means lost data.

Repositories receive the vault (``Database.vault``, also found from the session
factory) and call :meth:`Vault.seal_text` / :meth:`Vault.open_text`; a locked vault
raises :class:`Locked`.
"""

from __future__ import annotations

import base64
import binascii
import contextlib
import json
import os
import secrets
import threading
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path
from typing import Any, Literal, cast

from sqlalchemy import CheckConstraint, Integer, String, Text
from sqlalchemy.exc import IntegrityError
from sqlalchemy.orm import Mapped, Session, mapped_column, sessionmaker

from crossroads.core.crypto import (
    CryptoError,
    KdfParams,
    Tampered,
    WrongPassphrase,
    decrypt_text,
    encrypt_text,
    field_context,
    new_key,
    unwrap_key,
    wrap_key,
)
from crossroads.storage.tables import Base, UtcDateTime

__all__ = [
    "FILE",
    "LOCAL_OWNER",
    "PASSPHRASE",
    "DataKeyRow",
    "KeyFileMissing",
    "Locked",
    "PassphraseState",
    "Vault",
    "VaultError",
    "VaultStatus",
    "WrongPassphrase",
    "key_file_name",
    "read_key_file",
    "vault_of",
    "write_key_file",
]

FILE = "file"
PASSPHRASE = "passphrase"
# The single person of local mode; accounts in server mode will each own a row.
LOCAL_OWNER = "local"
KEY_FILE_FORMAT = "crossroads-data-key"
# A known text the data key seals, so a wrong key file is told apart from damaged data.
KEY_CHECK = "crossroads data key"
MIN_PASSPHRASE = 8

PassphraseState = Literal["file", "passphrase"]


class VaultError(Exception):
    """A problem with the data key, in words for the person."""


class Locked(VaultError):
    """The data is sealed by a passphrase that has not been given yet."""


class KeyFileMissing(VaultError):
    """The key file named by the database is gone or unreadable."""


class DataKeyRow(Base):
    """The data key of one owner: in a key file, or wrapped by their passphrase."""

    __tablename__ = "data_keys"
    __table_args__ = (
        CheckConstraint(f"protection IN ('{FILE}', '{PASSPHRASE}')", name="protection"),
    )

    owner: Mapped[str] = mapped_column(String(64), primary_key=True)
    # Random; names the key file and binds the wrapped key and the check to this key.
    key_id: Mapped[str] = mapped_column(String(32), unique=True)
    protection: Mapped[str] = mapped_column(String(16))
    # KdfParams as JSON and the wrapped data key (base64): only with a passphrase.
    kdf: Mapped[str | None] = mapped_column(Text)
    wrapped_key: Mapped[str | None] = mapped_column(Text)
    key_check: Mapped[str] = mapped_column(Text)
    # Raised by `crossroads lock`: every running server forgets the key at its next request.
    lock_epoch: Mapped[int] = mapped_column(Integer)
    created_at: Mapped[datetime] = mapped_column(UtcDateTime)
    updated_at: Mapped[datetime] = mapped_column(UtcDateTime)


@dataclass(frozen=True)
class VaultStatus:
    protection: PassphraseState
    key_file: Path | None  # where the key is, while no passphrase is set
    unlocked: bool


def key_file_name(key_id: str) -> str:
    return f"crossroads-{key_id}.key"


def key_check_context(key_id: str) -> bytes:
    return field_context("data_keys", "key_check", key_id)


def wrap_context(owner: str, key_id: str) -> bytes:
    return field_context("data_keys", "wrapped_key", f"{owner}/{key_id}")


def write_key_file(folder: Path, key_id: str, key: bytes) -> Path:
    """Write a new key file readable by its owner only (0600); never overwrites one."""
    folder.mkdir(parents=True, exist_ok=True)
    path = folder / key_file_name(key_id)
    document = {
        "format": KEY_FILE_FORMAT,
        "version": 1,
        "key_id": key_id,
        "key": base64.b64encode(key).decode("ascii"),
        "note": "Anyone with this file can read your Crossroads data. "
        "Set a passphrase (crossroads passphrase set) to remove it.",
    }
    descriptor = os.open(path, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o600)
    try:
        with os.fdopen(descriptor, "w", encoding="utf-8") as handle:
            json.dump(document, handle, indent=2)
            handle.write("\n")
            handle.flush()
            os.fsync(handle.fileno())
    except BaseException:
        path.unlink(missing_ok=True)
        raise
    return path


def read_key_file(folder: Path, key_id: str) -> bytes:
    path = folder / key_file_name(key_id)
    try:
        if path.stat().st_mode & 0o077:
            path.chmod(0o600)  # someone widened it; the key is for its owner only
        document = json.loads(path.read_text(encoding="utf-8"))
        if document.get("format") != KEY_FILE_FORMAT or document.get("key_id") != key_id:
            raise KeyFileMissing(f"{path} is not the key of this database")
        return base64.b64decode(document["key"], validate=True)
    except FileNotFoundError:
        raise KeyFileMissing(
            f"the key file {path} is missing; without it the data in this database cannot be "
            "read (put the file back, or set CROSSROADS_KEY_FOLDER to the folder that holds it)"
        ) from None
    except (OSError, ValueError, KeyError, TypeError, AttributeError, binascii.Error) as error:
        raise KeyFileMissing(f"cannot read the key file {path}: {error}") from None


def _remove_key_file(folder: Path, key_id: str) -> None:
    path = folder / key_file_name(key_id)
    with contextlib.suppress(FileNotFoundError):
        # Overwritten first: a plain unlink can leave the key readable on the disk.
        size = path.stat().st_size
        with path.open("r+b") as handle:
            handle.write(b"\0" * size)
            handle.flush()
            os.fsync(handle.fileno())
        path.unlink()


def _utc_now() -> datetime:
    return datetime.now(UTC)


class Vault:
    """The data key of one owner, kept in memory only once opened."""

    def __init__(
        self,
        sessions: sessionmaker[Session],
        key_folder: Path,
        owner: str = LOCAL_OWNER,
        clock: Callable[[], datetime] = _utc_now,
    ) -> None:
        self._sessions = sessions
        self.key_folder = key_folder
        self.owner = owner
        self._clock = clock
        self._mutex = threading.RLock()
        self._key: bytes | None = None
        self._key_id: str | None = None
        self._epoch: int | None = None
        self._protection: str | None = None  # as last read; for showing a Lock button
        # Asked for the passphrase when a locked vault is used (the terminal); None: raise Locked.
        self.ask: Callable[[], str] | None = None

    # -- state ---------------------------------------------------------------------------

    @property
    def unlocked(self) -> bool:
        return self._key is not None

    @property
    def sealed(self) -> bool:
        """Whether a passphrase was set when the key row was last read (no query)."""
        return self._protection == PASSPHRASE

    def status(self) -> VaultStatus:
        row = self._row()
        path = self.key_folder / key_file_name(row.key_id) if row.protection == FILE else None
        return VaultStatus(cast(PassphraseState, row.protection), path, self._key is not None)

    def has_passphrase(self) -> bool:
        return self._row().protection == PASSPHRASE

    def needs_unlock(self) -> bool:
        """Whether a passphrase must be given first (after forgetting a key that was locked
        elsewhere: `crossroads lock`, a deletion, a new key)."""
        self.refresh()
        if self._key is not None:
            return False
        return self.has_passphrase()

    def refresh(self) -> None:
        """Forget the key if the stored one changed or was locked by another process."""
        if self._key is None:
            return
        with self._sessions.begin() as session:
            row = session.get(DataKeyRow, self.owner)
            current = (row.key_id, row.lock_epoch) if row else None
            self._protection = row.protection if row else None
        if current != (self._key_id, self._epoch):
            self.lock()

    # -- lock and unlock -----------------------------------------------------------------

    def key(self) -> bytes:
        """The data key; opens the key file when there is no passphrase. Raises Locked."""
        key = self._key
        if key is not None:
            return key
        with self._mutex:
            if self._key is not None:
                return self._key
            row = self._row()
            if row.protection == FILE:
                self._remember(self._file_key(row), row)
            elif self.ask is not None:
                self._remember(self._unwrap(row, self.ask()), row)
            else:
                raise Locked("your data is locked: unlock it with your passphrase first")
            assert self._key is not None
            return self._key

    def unlock(self, passphrase: str) -> None:
        """Open the data key with the passphrase (WrongPassphrase when it does not fit)."""
        with self._mutex:
            row = self._row()
            if row.protection == FILE:
                self._remember(self._file_key(row), row)
            else:
                self._remember(self._unwrap(row, passphrase), row)

    def lock(self) -> None:
        """Forget the key in this process (the web's Lock button)."""
        with self._mutex:
            self._key = self._key_id = self._epoch = None

    def lock_everywhere(self) -> None:
        """Forget the key here and make every running server forget it too."""
        with self._mutex, self._sessions.begin() as session:
            row = session.get(DataKeyRow, self.owner, with_for_update=True)
            if row is not None:
                row.lock_epoch += 1
                row.updated_at = self._clock()
        self.lock()

    # -- the passphrase ------------------------------------------------------------------

    def set_passphrase(self, passphrase: str, params: KdfParams | None = None) -> None:
        """Move the key from its file into the database, wrapped; then delete the file."""
        _check_new(passphrase)
        with self._mutex:
            row = self._row()
            if row.protection == PASSPHRASE:
                raise VaultError("a passphrase is already set; change it instead")
            key = self._file_key(row)
            self._store_wrapped(row.key_id, key, passphrase, params, expect=FILE)
            _remove_key_file(self.key_folder, row.key_id)
            self._remember(key, self._row())

    def change_passphrase(
        self, current: str, new: str, params: KdfParams | None = None
    ) -> None:
        """Re-wrap the same data key with a new passphrase; nothing else is re-encrypted."""
        _check_new(new)
        with self._mutex:
            row = self._row()
            if row.protection != PASSPHRASE:
                raise VaultError("no passphrase is set yet; set one first")
            key = self._unwrap(row, current)
            self._store_wrapped(row.key_id, key, new, params, expect=PASSPHRASE)
            self._remember(key, self._row())

    def remove_passphrase(self, current: str) -> Path:
        """Put the key back in a key file (anyone with the file can then read the data)."""
        with self._mutex:
            row = self._row()
            if row.protection != PASSPHRASE:
                raise VaultError("no passphrase is set")
            key = self._unwrap(row, current)
            path = write_key_file(self.key_folder, row.key_id, key)
            try:
                with self._sessions.begin() as session:
                    stored = session.get(DataKeyRow, self.owner, with_for_update=True)
                    if stored is None or stored.key_id != row.key_id:
                        raise VaultError("the data key changed meanwhile; nothing was done")
                    stored.protection = FILE
                    stored.kdf = stored.wrapped_key = None
                    stored.updated_at = self._clock()
            except BaseException:
                path.unlink(missing_ok=True)
                raise
            self._remember(key, self._row())
            return path

    def forget_key(self, also: Callable[[Session], None] | None = None) -> None:
        """For deleting everything: drop the stored key (in the same transaction as
        ``also``), then its file. A new key is made when one is next needed."""
        with self._mutex:
            with self._sessions.begin() as session:
                if also is not None:
                    also(session)
                row = session.get(DataKeyRow, self.owner)
                key_id = row.key_id if row else None
                if row is not None:
                    session.delete(row)
            if key_id is not None:
                _remove_key_file(self.key_folder, key_id)
            self.lock()

    # -- server mode ---------------------------------------------------------------------

    def create_sealed(
        self, passphrase: str, session: Session, params: KdfParams | None = None
    ) -> None:
        """A new data key for a new account, wrapped by its password from the start (no key
        file ever), added in the caller's transaction; the vault is then open."""
        _check_new(passphrase)
        key, key_id, now = new_key(), secrets.token_hex(16), self._clock()
        params = params or KdfParams.fresh()
        wrapped = wrap_key(passphrase, key, params, wrap_context(self.owner, key_id))
        row = DataKeyRow(
            owner=self.owner, key_id=key_id, protection=PASSPHRASE,
            kdf=json.dumps(params.to_json()),
            wrapped_key=base64.b64encode(wrapped).decode("ascii"),
            key_check=encrypt_text(key, KEY_CHECK, key_check_context(key_id)),
            lock_epoch=0, created_at=now, updated_at=now,
        )
        session.add(row)
        with self._mutex:
            self._remember(key, row)
            self._protection = PASSPHRASE

    def adopt(self, key: bytes) -> None:
        """Open with a data key kept elsewhere (a server session), checked against the
        stored key row; VaultError when it does not belong to this owner."""
        with self._sessions.begin() as session:
            row = session.get(DataKeyRow, self.owner)
        if row is None:
            raise Locked("there is no data key for this account")
        _verify(key, row)
        with self._mutex:
            self._remember(key, row)
            self._protection = row.protection

    # -- sealing fields ------------------------------------------------------------------

    def seal_text(self, table: str, column: str, row: object, text: str) -> str:
        """Ciphertext for one stored text. Empty text stays empty (only emptiness shows)."""
        if text == "":
            return ""
        return encrypt_text(self.key(), text, field_context(table, column, row))

    def open_text(self, table: str, column: str, row: object, stored: str) -> str:
        if stored == "":
            return ""
        return decrypt_text(self.key(), stored, field_context(table, column, row))

    def seal_json(self, table: str, column: str, row: object, document: Any) -> str:
        return self.seal_text(table, column, row, _json(document))

    def open_json(self, table: str, column: str, row: object, stored: str) -> Any:
        return json.loads(self.open_text(table, column, row, stored))

    # -- inside --------------------------------------------------------------------------

    def _remember(self, key: bytes, row: DataKeyRow) -> None:
        self._key, self._key_id, self._epoch = key, row.key_id, row.lock_epoch

    def _row(self) -> DataKeyRow:
        """The owner's key row, making a new key (in a key file) the first time."""
        with self._sessions.begin() as session:
            row = session.get(DataKeyRow, self.owner)
        row = row or self._create()
        self._protection = row.protection
        return row

    def _create(self) -> DataKeyRow:
        key, key_id, now = new_key(), secrets.token_hex(16), self._clock()
        path = write_key_file(self.key_folder, key_id, key)
        row = DataKeyRow(
            owner=self.owner,
            key_id=key_id,
            protection=FILE,
            key_check=encrypt_text(key, KEY_CHECK, key_check_context(key_id)),
            lock_epoch=0,
            created_at=now,
            updated_at=now,
        )
        try:
            with _writing(), self._sessions.begin() as session:
                session.add(row)
        except IntegrityError:
            # Another process made the key first: use theirs.
            path.unlink(missing_ok=True)
            with self._sessions.begin() as session:
                existing = session.get(DataKeyRow, self.owner)
                if existing is None:
                    raise
                return existing
        except BaseException:
            path.unlink(missing_ok=True)
            raise
        return row

    def _file_key(self, row: DataKeyRow) -> bytes:
        key = read_key_file(self.key_folder, row.key_id)
        _verify(key, row)
        return key

    def _unwrap(self, row: DataKeyRow, passphrase: str) -> bytes:
        if row.kdf is None or row.wrapped_key is None:
            raise VaultError("the stored key is incomplete")
        params = KdfParams.from_json(json.loads(row.kdf))
        wrapped = base64.b64decode(row.wrapped_key)
        key = unwrap_key(passphrase, wrapped, params, wrap_context(self.owner, row.key_id))
        _verify(key, row)
        return key

    def _store_wrapped(
        self, key_id: str, key: bytes, passphrase: str, params: KdfParams | None, expect: str
    ) -> None:
        params = params or KdfParams.fresh()
        wrapped = wrap_key(passphrase, key, params, wrap_context(self.owner, key_id))
        with self._sessions.begin() as session:
            row = session.get(DataKeyRow, self.owner, with_for_update=True)
            if row is None or row.key_id != key_id or row.protection != expect:
                raise VaultError("the data key changed meanwhile; nothing was done")
            row.protection = PASSPHRASE
            row.kdf = json.dumps(params.to_json())
            row.wrapped_key = base64.b64encode(wrapped).decode("ascii")
            row.updated_at = self._clock()


@contextlib.contextmanager
def _writing() -> Iterator[None]:
    """A write even while serving a page that only reads (the first key is made on a GET):
    SQLite then takes the write lock up front and waits its turn instead of failing."""
    from crossroads.storage.database import _READING

    token = _READING.set(False)
    try:
        yield
    finally:
        _READING.reset(token)


def _verify(key: bytes, row: DataKeyRow) -> None:
    try:
        decrypt_text(key, row.key_check, key_check_context(row.key_id))
    except (Tampered, CryptoError):
        raise KeyFileMissing("the key does not match this database") from None


def _check_new(passphrase: str) -> None:
    if len(passphrase) < MIN_PASSPHRASE:
        raise VaultError(f"a passphrase needs at least {MIN_PASSPHRASE} characters")
    if passphrase != passphrase.strip():
        raise VaultError("a passphrase cannot begin or end with a space")


def _json(document: Any) -> str:
    try:
        return json.dumps(document, ensure_ascii=False, allow_nan=False)
    except (TypeError, ValueError) as error:
        raise ValueError(f"cannot be stored as JSON: {error}") from None


class Nobody(Vault):
    """Server mode before anyone signs in: owns no rows and opens nothing (Locked)."""

    def __init__(self, sessions: sessionmaker[Session], key_folder: Path) -> None:
        super().__init__(sessions, key_folder, owner="")

    def key(self) -> bytes:
        raise Locked("sign in first")

    def needs_unlock(self) -> bool:
        return True


def vault_of(sessions: sessionmaker[Session]) -> Vault:
    """The vault that came with this session factory (see open_database)."""
    info = sessions.kw.get("info") or {}
    vault = info.get("vault")
    if not isinstance(vault, Vault):
        raise TypeError("these sessions carry no vault; open them with open_database()")
    return vault
