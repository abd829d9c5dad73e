"""Accounts of server mode in storage, on SQLite and PostgreSQL: passwords, sessions that
carry the only way to the data key, sign-in limits, and each person's own key."""

from __future__ import annotations

import secrets
from datetime import date

import pytest
from argon2 import PasswordHasher

from crossroads.core.crypto import KdfParams
from crossroads.storage import Database
from crossroads.storage.accounts import AccountError, Accounts, TooManyAttempts
from crossroads.storage.journal import JournalRepository
from tests.web_support import Clock

PASSWORD = "a long enough password"


def cheap_kdf() -> KdfParams:
    return KdfParams(salt=secrets.token_bytes(16), time_cost=1, memory_kib=8 * 1024,
                     parallelism=1)


def accounts_on(database: Database, clock: Clock) -> Accounts:
    return Accounts(database.sessions, database.vault.key_folder, clock=clock, kdf=cheap_kdf,
                    hasher=PasswordHasher(time_cost=1, memory_cost=8 * 1024, parallelism=1))


def test_the_password_is_stored_only_as_an_argon2id_hash(database: Database) -> None:
    accounts_on(database, Clock()).sign_up("Ann@Example.org", PASSWORD)
    with database.engine.connect() as connection:
        username, hashed = connection.exec_driver_sql(
            "SELECT username, password_hash FROM users").one()
    assert username == "ann@example.org"
    assert hashed.startswith("$argon2id$") and PASSWORD not in hashed


def test_a_session_opens_the_data_and_the_database_alone_does_not(database: Database) -> None:
    clock = Clock()
    signed_in = accounts_on(database, clock).sign_up("ann", PASSWORD)
    JournalRepository(database.sessions, vault=signed_in.vault).add(
        date(2025, 3, 1), "day", "a private walk", 5, 0, False)
    resumed = accounts_on(database, clock).resume(signed_in.token)
    assert resumed is not None and resumed.account == signed_in.account
    entries = JournalRepository(database.sessions, vault=resumed.vault).between(
        date(2025, 1, 1), date(2026, 1, 1))
    assert [entry.actions for entry in entries] == ["a private walk"]
    with database.engine.connect() as connection:
        stored = " ".join(str(value) for row in connection.exec_driver_sql(
            "SELECT * FROM sessions").all() for value in row)
    assert signed_in.token not in stored
    assert accounts_on(database, clock).resume(signed_in.token[:-1] + "x") is None


def test_signing_in_again_gives_a_new_session_with_the_same_key(database: Database) -> None:
    clock = Clock()
    accounts = accounts_on(database, clock)
    first = accounts.sign_up("ann", PASSWORD)
    second = accounts.log_in("ANN", PASSWORD, "10.0.0.1")
    assert second.token != first.token
    assert second.vault.key() == first.vault.key()
    assert accounts.session_count(first.account.user_id) == 2
    assert accounts.log_out_everywhere(first.account.user_id) == 2
    assert accounts.resume(first.token) is None and accounts.resume(second.token) is None


def test_wrong_passwords_are_counted_and_then_refused_for_a_while(database: Database) -> None:
    clock = Clock()
    accounts = accounts_on(database, clock)
    accounts.sign_up("ann", PASSWORD)
    for _ in range(5):
        with pytest.raises(AccountError, match="do not match"):
            accounts.log_in("ann", "wrong password", "10.0.0.1")
    with pytest.raises(TooManyAttempts):
        accounts.log_in("ann", PASSWORD, "10.0.0.2")  # the account is paused, any address
    clock.advance(minutes=15, seconds=1)
    assert accounts.log_in("ann", PASSWORD, "10.0.0.2").account.username == "ann"


def test_every_person_gets_a_key_of_their_own(database: Database) -> None:
    accounts = accounts_on(database, Clock())
    ann = accounts.sign_up("ann", PASSWORD)
    bea = accounts.sign_up("bea", PASSWORD)
    assert ann.vault.key() != bea.vault.key()
    assert ann.vault.owner != bea.vault.owner
    with pytest.raises(AccountError, match="choose another"):
        accounts.sign_up("Ann", PASSWORD)
