"""Encryption at rest: the pure functions, and the vault on real SQLite and PostgreSQL."""

from __future__ import annotations

import stat
from datetime import date
from pathlib import Path

import pytest
from sqlalchemy import text

from crossroads.core.crypto import (
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
from crossroads.storage import Database, open_database
from crossroads.storage.drafts import DraftRepository
from crossroads.storage.journal import JournalRepository
from crossroads.storage.keys import KeyFileMissing, Locked, VaultError

# Cheap Argon2id settings so the tests run fast; the product uses the defaults.

CALM = {"verdict": "ready", "flags": [], "strengths": [], "self_harm": "none", "abuse": False}
HERE = field_context("drafts", "text", 1)


def quick() -> KdfParams:
    return KdfParams(salt=KdfParams.fresh().salt, time_cost=1, memory_kib=8 * 1024, parallelism=1)


def test_a_text_comes_back_from_its_ciphertext_and_is_not_in_it() -> None:
    key = new_key()
    sealed = encrypt_text(key, "I miss the Sunday walks", HERE)

    assert "Sunday" not in sealed
    assert decrypt_text(key, sealed, HERE) == "I miss the Sunday walks"


def test_the_same_text_sealed_twice_gives_two_different_ciphertexts() -> None:
    key = new_key()
    assert encrypt_text(key, "same", HERE) != encrypt_text(key, "same", HERE)


def test_a_changed_ciphertext_is_refused() -> None:
    key = new_key()
    sealed = encrypt_text(key, "private words", HERE)
    flipped = sealed[:-6] + ("A" if sealed[-6] != "A" else "B") + sealed[-5:]

    with pytest.raises(Tampered):
        decrypt_text(key, flipped, HERE)


def test_a_ciphertext_moved_to_another_row_or_column_is_refused() -> None:
    key = new_key()
    sealed = encrypt_text(key, "private words", HERE)

    with pytest.raises(Tampered):
        decrypt_text(key, sealed, field_context("drafts", "text", 2))
    with pytest.raises(Tampered):
        decrypt_text(key, sealed, field_context("journal_entries", "note", 1))


def test_another_key_does_not_open_a_ciphertext() -> None:
    with pytest.raises(Tampered):
        decrypt_text(new_key(), encrypt_text(new_key(), "words", HERE), HERE)


def test_plain_text_where_a_ciphertext_belongs_is_refused() -> None:
    with pytest.raises(Tampered):
        decrypt_text(new_key(), "just some words", HERE)


def test_a_wrapped_key_opens_with_its_passphrase_only() -> None:
    key, params = new_key(), quick()
    wrapped = wrap_key("correct horse battery", key, params, b"here")

    assert unwrap_key("correct horse battery", wrapped, params, b"here") == key
    with pytest.raises(WrongPassphrase):
        unwrap_key("correct horse battery!", wrapped, params, b"here")


def test_weakened_key_derivation_settings_are_refused() -> None:
    from crossroads.core.crypto import CryptoError

    document = quick().to_json() | {"memory_kib": 16}
    with pytest.raises(CryptoError):
        KdfParams.from_json(document)
    with pytest.raises(CryptoError):
        KdfParams.from_json({**document, "algorithm": "md5"})


def test_the_default_key_derivation_is_argon2id_with_64_mib() -> None:
    params = KdfParams.fresh()
    assert params.to_json()["algorithm"] == "argon2id"
    assert params.memory_kib == 64 * 1024 and params.time_cost >= 3
    assert KdfParams.from_json(params.to_json()) == params


# -- the vault ------------------------------------------------------------------------------


def key_files(database: Database) -> list[Path]:
    return sorted(database.vault.key_folder.glob("crossroads-*.key"))


def test_without_a_passphrase_the_key_is_in_a_private_file_beside_the_data(
    database: Database,
) -> None:
    DraftRepository(database.sessions).create("hello", CALM)

    status = database.vault.status()
    assert status.protection == "file" and status.key_file is not None
    assert key_files(database) == [status.key_file]
    assert stat.S_IMODE(status.key_file.stat().st_mode) == 0o600


def test_setting_a_passphrase_moves_the_key_into_the_database_and_deletes_the_file(
    database_url: str,
) -> None:
    with open_database(database_url) as database:
        draft = DraftRepository(database.sessions).create("words to keep", CALM)
        database.vault.set_passphrase("a long passphrase", quick())
        assert key_files(database) == []

    with open_database(database_url) as database:
        with pytest.raises(Locked):
            DraftRepository(database.sessions).get(draft.id)
        database.vault.unlock("a long passphrase")
        assert DraftRepository(database.sessions).get(draft.id) == draft


def test_a_wrong_passphrase_fails_cleanly_and_leaves_the_vault_locked(database_url: str) -> None:
    with open_database(database_url) as database:
        database.vault.set_passphrase("a long passphrase", quick())
    with open_database(database_url) as database:
        with pytest.raises(WrongPassphrase):
            database.vault.unlock("a wrong passphrase")
        assert not database.vault.unlocked
        assert database.vault.needs_unlock()


def test_changing_the_passphrase_keeps_the_data_and_the_old_one_stops_working(
    database_url: str,
) -> None:
    with open_database(database_url) as database:
        entry = JournalRepository(database.sessions).add(
            date(2025, 3, 3), "day", "walked", 5, 1, False, "a note"
        )
        database.vault.set_passphrase("first passphrase", quick())
        with database.engine.connect() as connection:
            before = connection.execute(text("SELECT note FROM journal_entries")).scalar_one()
        database.vault.change_passphrase("first passphrase", "second passphrase", quick())
        with database.engine.connect() as connection:
            after = connection.execute(text("SELECT note FROM journal_entries")).scalar_one()
        assert after == before  # only the data key was re-wrapped

    with open_database(database_url) as database:
        with pytest.raises(WrongPassphrase):
            database.vault.unlock("first passphrase")
        database.vault.unlock("second passphrase")
        assert JournalRepository(database.sessions).get(entry.id) == entry


def test_removing_the_passphrase_puts_the_key_back_in_a_file(database_url: str) -> None:
    with open_database(database_url) as database:
        draft = DraftRepository(database.sessions).create("words", CALM)
        database.vault.set_passphrase("a long passphrase", quick())
        path = database.vault.remove_passphrase("a long passphrase")
        assert stat.S_IMODE(path.stat().st_mode) == 0o600

    with open_database(database_url) as database:
        assert DraftRepository(database.sessions).get(draft.id) == draft


def test_a_swapped_ciphertext_between_two_rows_is_refused(database: Database) -> None:
    drafts = DraftRepository(database.sessions)
    first, second = drafts.create("first words", CALM), drafts.create("second words", CALM)
    with database.engine.begin() as connection:
        sealed = connection.execute(
            text("SELECT text FROM drafts WHERE id = :id"), {"id": first.id}
        ).scalar_one()
        connection.execute(
            text("UPDATE drafts SET text = :text WHERE id = :id"), {"text": sealed, "id": second.id}
        )

    assert drafts.get(first.id) == first
    with pytest.raises(Tampered):
        drafts.get(second.id)


def test_a_locked_vault_refuses_writes_and_nothing_is_written(database_url: str) -> None:
    with open_database(database_url) as database:
        database.vault.set_passphrase("a long passphrase", quick())
    with open_database(database_url) as database:
        with pytest.raises(Locked):
            DraftRepository(database.sessions).create("words", CALM)
        with pytest.raises(Locked):
            database.assessments.start("en")
        with database.engine.connect() as connection:
            assert connection.execute(text("SELECT count(*) FROM drafts")).scalar_one() == 0
            assert connection.execute(text("SELECT count(*) FROM assessments")).scalar_one() == 0


def test_a_short_passphrase_is_refused_before_anything_changes(database: Database) -> None:
    with pytest.raises(VaultError, match="at least 8"):
        database.vault.set_passphrase("short")
    assert database.vault.status().protection == "file"


def test_a_missing_key_file_is_named_in_the_error(database_url: str) -> None:
    with open_database(database_url) as database:
        DraftRepository(database.sessions).create("words", CALM)
        path = database.vault.status().key_file
    assert path is not None
    path.unlink()
    with open_database(database_url) as database, pytest.raises(KeyFileMissing, match="missing"):
        DraftRepository(database.sessions).all()


def test_lock_everywhere_makes_another_process_forget_the_key(database_url: str) -> None:
    with open_database(database_url) as server, open_database(database_url) as terminal:
        server.vault.set_passphrase("a long passphrase", quick())
        assert not server.vault.needs_unlock()

        terminal.vault.unlock("a long passphrase")
        terminal.vault.lock_everywhere()

        assert server.vault.needs_unlock()
        with pytest.raises(Locked):
            DraftRepository(server.sessions).all()
