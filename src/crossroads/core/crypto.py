"""Encryption of what the person writes (S5): pure functions, no files, no database.

The key hierarchy has two levels. A random 256-bit *data key* encrypts each free-text
field with AES-256-GCM, a fresh 96-bit nonce per value, and associated data naming
where the value lives (table, column, row), so a ciphertext moved to another row or
column no longer opens. The data key itself is *wrapped* (encrypted) by a key derived
from the person's passphrase with Argon2id; changing the passphrase re-wraps only the
data key. The KDF parameters travel with the wrapped key, so they can be raised later.
"""

from __future__ import annotations

import base64
import binascii
import json
import secrets
from dataclasses import dataclass
from typing import Any

from argon2.low_level import Type, hash_secret_raw
from cryptography.exceptions import InvalidTag
from cryptography.hazmat.primitives.ciphers.aead import AESGCM

__all__ = [
    "KEY_BYTES",
    "CryptoError",
    "KdfParams",
    "Tampered",
    "WrongPassphrase",
    "decrypt_text",
    "derive_key",
    "encrypt_text",
    "field_context",
    "is_ciphertext",
    "new_key",
    "open_sealed",
    "seal",
    "unwrap_key",
    "wrap_key",
]

KEY_BYTES = 32
NONCE_BYTES = 12
SALT_BYTES = 16
# The text form of a sealed field: a version prefix, then url-safe base64 of nonce || ciphertext.
PREFIX = "c1."
# Argon2id as RFC 9106 recommends when memory is limited: 3 passes over 64 MiB, 4 lanes.
# About a quarter of a second on a laptop; stored with each wrapped key.
DEFAULT_TIME_COST = 3
DEFAULT_MEMORY_KIB = 64 * 1024
DEFAULT_PARALLELISM = 4
# Below these, a passphrase would be too cheap to guess; a tampered row cannot weaken it.
MIN_TIME_COST = 1
MIN_MEMORY_KIB = 8 * 1024
MAX_MEMORY_KIB = 4 * 1024 * 1024


class CryptoError(ValueError):
    """Something encrypted could not be opened."""


class Tampered(CryptoError):
    """A ciphertext was changed, moved to another place, or sealed with another key."""


class WrongPassphrase(CryptoError):
    """The passphrase does not open the data key."""


def new_key() -> bytes:
    """A fresh random 256-bit key."""
    return secrets.token_bytes(KEY_BYTES)


def field_context(table: str, column: str, row: object) -> bytes:
    """The associated data of one stored value: it binds the ciphertext to its place."""
    return f"crossroads/v1/{table}/{column}/{row}".encode()


def seal(key: bytes, plaintext: bytes, context: bytes) -> bytes:
    """AES-256-GCM with a random nonce: nonce || ciphertext || tag."""
    _check_key(key)
    nonce = secrets.token_bytes(NONCE_BYTES)
    return nonce + AESGCM(key).encrypt(nonce, plaintext, context)


def open_sealed(key: bytes, sealed: bytes, context: bytes) -> bytes:
    """The plaintext of :func:`seal`'s output; Tampered when anything does not match."""
    _check_key(key)
    if len(sealed) < NONCE_BYTES + 16:
        raise Tampered("the ciphertext is too short to be genuine")
    try:
        return AESGCM(key).decrypt(sealed[:NONCE_BYTES], sealed[NONCE_BYTES:], context)
    except InvalidTag:
        raise Tampered("the ciphertext does not open here: changed, moved or another key") from None


def encrypt_text(key: bytes, text: str, context: bytes) -> str:
    """A text as printable ciphertext for a text column."""
    sealed = seal(key, text.encode("utf-8"), context)
    return PREFIX + base64.urlsafe_b64encode(sealed).decode("ascii")


def decrypt_text(key: bytes, token: str, context: bytes) -> str:
    """The text :func:`encrypt_text` sealed in the same place with the same key."""
    if not is_ciphertext(token):
        raise Tampered("the stored value is not a Crossroads ciphertext")
    try:
        sealed = base64.urlsafe_b64decode(token[len(PREFIX) :].encode("ascii"))
    except (binascii.Error, UnicodeEncodeError):
        raise Tampered("the stored ciphertext is not valid base64") from None
    return open_sealed(key, sealed, context).decode("utf-8")


def is_ciphertext(value: str) -> bool:
    return value.startswith(PREFIX)


@dataclass(frozen=True)
class KdfParams:
    """Argon2id parameters and salt for turning a passphrase into a key-encryption key."""

    salt: bytes
    time_cost: int = DEFAULT_TIME_COST
    memory_kib: int = DEFAULT_MEMORY_KIB
    parallelism: int = DEFAULT_PARALLELISM
    algorithm: str = "argon2id"

    @classmethod
    def fresh(cls) -> KdfParams:
        return cls(salt=secrets.token_bytes(SALT_BYTES))

    def to_json(self) -> dict[str, Any]:
        return {
            "algorithm": self.algorithm,
            "time_cost": self.time_cost,
            "memory_kib": self.memory_kib,
            "parallelism": self.parallelism,
            "salt": base64.b64encode(self.salt).decode("ascii"),
        }

    @classmethod
    def from_json(cls, document: object) -> KdfParams:
        """Parameters read back from storage; refuses unknown or weakened ones."""
        if not isinstance(document, dict) or document.get("algorithm") != "argon2id":
            raise CryptoError("the key derivation settings are not Argon2id")
        try:
            params = cls(
                salt=base64.b64decode(str(document["salt"]), validate=True),
                time_cost=int(document["time_cost"]),
                memory_kib=int(document["memory_kib"]),
                parallelism=int(document["parallelism"]),
            )
        except (KeyError, TypeError, ValueError, binascii.Error):
            raise CryptoError("the key derivation settings are incomplete") from None
        params.check()
        return params

    def check(self) -> None:
        if len(self.salt) < SALT_BYTES:
            raise CryptoError("the key derivation salt is too short")
        if self.time_cost < MIN_TIME_COST or not 1 <= self.parallelism <= 64:
            raise CryptoError("the key derivation settings are out of range")
        if not MIN_MEMORY_KIB <= self.memory_kib <= MAX_MEMORY_KIB:
            raise CryptoError("the key derivation memory setting is out of range")

    def canonical(self) -> bytes:
        """The parameters as bytes, bound to the wrapped key so they cannot be swapped."""
        return json.dumps(self.to_json(), sort_keys=True).encode()


def derive_key(passphrase: str, params: KdfParams) -> bytes:
    """The key-encryption key for ``passphrase`` (Argon2id, 256 bits)."""
    if not passphrase:
        raise WrongPassphrase("the passphrase is empty")
    params.check()
    return hash_secret_raw(
        passphrase.encode("utf-8"),
        params.salt,
        time_cost=params.time_cost,
        memory_cost=params.memory_kib,
        parallelism=params.parallelism,
        hash_len=KEY_BYTES,
        type=Type.ID,
    )


def wrap_key(passphrase: str, data_key: bytes, params: KdfParams, context: bytes) -> bytes:
    """The data key sealed by the key derived from ``passphrase``."""
    _check_key(data_key)
    kek = derive_key(passphrase, params)
    return seal(kek, data_key, context + b"|" + params.canonical())


def unwrap_key(passphrase: str, wrapped: bytes, params: KdfParams, context: bytes) -> bytes:
    """The data key; WrongPassphrase when the passphrase (or anything stored) does not fit."""
    kek = derive_key(passphrase, params)
    try:
        key = open_sealed(kek, wrapped, context + b"|" + params.canonical())
    except Tampered:
        raise WrongPassphrase("that passphrase does not open your data") from None
    _check_key(key)
    return key


def _check_key(key: bytes) -> None:
    if len(key) != KEY_BYTES:
        raise CryptoError(f"a key has {KEY_BYTES} bytes, not {len(key)}")
