"""Server mode: users, their sessions, login failures, counselor shares, and an owner on
every personal row.

Rows written before this revision belong to the single person of local mode ("local").
Going down keeps only that person's rows: the accounts of server mode have no place in
the older schema.

Revision ID: 0004
Revises: 0003
Create Date: 2025-01-04
"""

from __future__ import annotations

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0004"
down_revision: str | None = "0003"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None

LOCAL = "local"
OWNED = ("assessments", "drafts", "journal_entries", "plan_ticks")


def upgrade() -> None:
    op.create_table(
        "users",
        sa.Column("id", sa.String(length=32), nullable=False),
        sa.Column("username", sa.String(length=254), nullable=False),
        sa.Column("password_hash", sa.Text(), nullable=False),
        sa.Column("created_at", sa.DateTime(timezone=True), nullable=False),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_users")),
        sa.UniqueConstraint("username", name=op.f("uq_users_username")),
    )
    op.create_table(
        "sessions",
        sa.Column("token_hash", sa.String(length=64), nullable=False),
        sa.Column("user_id", sa.String(length=32), nullable=False),
        sa.Column("wrapped_key", sa.Text(), nullable=False),
        sa.Column("created_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("expires_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("last_seen_at", sa.DateTime(timezone=True), nullable=False),
        sa.ForeignKeyConstraint(
            ["user_id"], ["users.id"], name=op.f("fk_sessions_user_id_users"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("token_hash", name=op.f("pk_sessions")),
    )
    op.create_index(op.f("ix_sessions_user_id"), "sessions", ["user_id"])
    op.create_table(
        "login_failures",
        sa.Column("id", sa.Integer(), autoincrement=True, nullable=False),
        sa.Column("scope", sa.String(length=80), nullable=False),
        sa.Column("at", sa.DateTime(timezone=True), nullable=False),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_login_failures")),
    )
    op.create_index(op.f("ix_login_failures_scope"), "login_failures", ["scope"])
    op.create_index(op.f("ix_login_failures_at"), "login_failures", ["at"])
    op.create_table(
        "shares",
        sa.Column("id", sa.String(length=32), nullable=False),
        sa.Column("owner", sa.String(length=64), nullable=False),
        sa.Column("token_hash", sa.String(length=64), nullable=False),
        sa.Column("assessment_id", sa.Integer(), nullable=False),
        sa.Column("includes_journal", sa.Boolean(), nullable=False),
        sa.Column("snapshot", sa.Text(), nullable=False),
        sa.Column("created_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("expires_at", sa.DateTime(timezone=True), nullable=False),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_shares")),
        sa.UniqueConstraint("token_hash", name=op.f("uq_shares_token_hash")),
    )
    op.create_index(op.f("ix_shares_owner"), "shares", ["owner"])
    for table in OWNED:
        with op.batch_alter_table(table) as batch:
            batch.add_column(sa.Column(
                "owner", sa.String(length=64), nullable=False, server_default=LOCAL
            ))
            batch.create_index(op.f(f"ix_{table}_owner"), ["owner"])
    with op.batch_alter_table("app_state", recreate="always") as batch:
        batch.add_column(sa.Column(
            "owner", sa.String(length=64), nullable=False, server_default=LOCAL
        ))
        batch.drop_constraint("pk_app_state", type_="primary")
        batch.create_primary_key("pk_app_state", ["owner", "key"])


def downgrade() -> None:
    connection = op.get_bind()
    for table in (*OWNED, "app_state"):
        connection.execute(sa.text(f"DELETE FROM {table} WHERE owner != :local"), {"local": LOCAL})
    connection.execute(sa.text("DELETE FROM data_keys WHERE owner != :local"), {"local": LOCAL})
    with op.batch_alter_table("app_state", recreate="always") as batch:
        batch.drop_constraint("pk_app_state", type_="primary")
        batch.drop_column("owner")
        batch.create_primary_key("pk_app_state", ["key"])
    for table in reversed(OWNED):
        op.drop_index(op.f(f"ix_{table}_owner"), table_name=table)
        if connection.dialect.name == "sqlite":
            # In place: rebuilding `assessments` would cascade-delete the plan ticks.
            op.execute(f"ALTER TABLE {table} DROP COLUMN owner")
        else:
            op.drop_column(table, "owner")
    op.drop_index(op.f("ix_shares_owner"), table_name="shares")
    op.drop_table("shares")
    op.drop_index(op.f("ix_login_failures_at"), table_name="login_failures")
    op.drop_index(op.f("ix_login_failures_scope"), table_name="login_failures")
    op.drop_table("login_failures")
    op.drop_index(op.f("ix_sessions_user_id"), table_name="sessions")
    op.drop_table("sessions")
    op.drop_table("users")
