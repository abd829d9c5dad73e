"""Encryption at rest: the data key table, and every free text stored as ciphertext.

Text written before this revision is encrypted here, in the same transaction: a new
data key is made, its key file written to the key folder (0600), and each value sealed
in place. Nothing is left in plaintext and nothing is lost: if any step fails, the
whole migration rolls back. Going down decrypts again, which needs the key file, so
a database sealed by a passphrase must have it removed first.

Revision ID: 0003
Revises: 0002
Create Date: 2025-01-03
"""

from __future__ import annotations

import secrets
from collections.abc import Callable, Sequence
from datetime import UTC, datetime
from pathlib import Path

import sqlalchemy as sa
from alembic import context, op

from crossroads.core.crypto import decrypt_text, encrypt_text, field_context, is_ciphertext, new_key
from crossroads.storage.keys import (
    KEY_CHECK,
    LOCAL_OWNER,
    key_check_context,
    read_key_file,
    write_key_file,
)

revision: str = "0003"
down_revision: str | None = "0002"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None

# (table, primary key, text columns): every free text the person writes, or that quotes it.
SEALED: tuple[tuple[str, str, tuple[str, ...]], ...] = (
    ("assessments", "id", ("answers", "result")),
    ("drafts", "id", ("text", "review")),
    ("journal_entries", "id", ("actions", "note")),
    ("app_state", "key", ("value",)),
)


def upgrade() -> None:
    op.create_table(
        "data_keys",
        sa.Column("owner", sa.String(length=64), nullable=False),
        sa.Column("key_id", sa.String(length=32), nullable=False),
        sa.Column("protection", sa.String(length=16), nullable=False),
        sa.Column("kdf", sa.Text(), nullable=True),
        sa.Column("wrapped_key", sa.Text(), nullable=True),
        sa.Column("key_check", sa.Text(), nullable=False),
        sa.Column("lock_epoch", sa.Integer(), nullable=False),
        sa.Column("created_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("updated_at", sa.DateTime(timezone=True), nullable=False),
        sa.CheckConstraint(
            "protection IN ('file', 'passphrase')", name=op.f("ck_data_keys_protection")
        ),
        sa.PrimaryKeyConstraint("owner", name=op.f("pk_data_keys")),
        sa.UniqueConstraint("key_id", name=op.f("uq_data_keys_key_id")),
    )
    connection = op.get_bind()
    if not any(_count(connection, table) for table, _, _ in SEALED):
        return  # a new database: the vault makes its key when first used
    key, key_id = new_key(), secrets.token_hex(16)
    now = datetime.now(UTC)
    path = write_key_file(_key_folder(), key_id, key)
    try:
        keys = sa.table(
            "data_keys",
            *(sa.column(name) for name in ("owner", "key_id", "protection", "key_check",
                                           "lock_epoch", "created_at", "updated_at")),
        )
        stamp = now.replace(tzinfo=None) if connection.dialect.name == "sqlite" else now
        connection.execute(
            keys.insert().values(
                owner=LOCAL_OWNER, key_id=key_id, protection="file",
                key_check=encrypt_text(key, KEY_CHECK, key_check_context(key_id)),
                lock_epoch=0, created_at=stamp, updated_at=stamp,
            )
        )
        _rewrite(connection, lambda value, where: encrypt_text(key, value, where))
    except BaseException:
        path.unlink(missing_ok=True)
        raise


def downgrade() -> None:
    connection = op.get_bind()
    row = connection.execute(
        sa.text("SELECT key_id, protection FROM data_keys WHERE owner = :owner"),
        {"owner": LOCAL_OWNER},
    ).first()
    if row is not None:
        key_id, protection = row
        if protection != "file":
            raise RuntimeError(
                "this database is sealed by a passphrase: remove it first "
                "(crossroads passphrase remove), then go below revision 0003"
            )
        key = read_key_file(_key_folder(), key_id)
        _rewrite(connection, lambda value, where: decrypt_text(key, value, where))
    elif any(_count(connection, table) for table, _, _ in SEALED):
        _refuse_if_sealed(connection)
    op.drop_table("data_keys")


def _key_folder() -> Path:
    folder = context.config.attributes.get("key_folder")
    if folder is None:
        from crossroads.settings import default_key_folder

        folder = default_key_folder()
    return Path(folder)


def _count(connection: sa.Connection, table: str) -> int:
    return int(connection.execute(sa.text(f"SELECT count(*) FROM {table}")).scalar_one())


def _rewrite(connection: sa.Connection, change: Callable[[str, bytes], str]) -> None:
    """Apply ``change(value, associated data)`` to every non-empty sealed text, in place."""
    for table, key_column, columns in SEALED:
        target = sa.table(table, sa.column(key_column), *(sa.column(name) for name in columns))
        rows = connection.execute(sa.select(target)).mappings().all()
        for row in rows:
            values = {
                name: change(row[name], field_context(table, name, row[key_column]))
                for name in columns
                if row[name]
            }
            if values:
                connection.execute(
                    target.update()
                    .where(target.c[key_column] == row[key_column])
                    .values(**values)
                )


def _refuse_if_sealed(connection: sa.Connection) -> None:
    for table, _, columns in SEALED:
        for name in columns:
            values = connection.execute(sa.text(f"SELECT {name} FROM {table}")).scalars()
            if any(isinstance(value, str) and is_ciphertext(value) for value in values):
                raise RuntimeError(
                    "encrypted data but no data key: going below 0003 would lose it"
                )

