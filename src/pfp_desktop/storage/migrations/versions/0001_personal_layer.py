"""The personal layer: notes with revisions, overrides, additions, stars and tags.

Revision ID: 0001
Revises:
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0001"
down_revision = None
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "notes",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("target_kind", sa.String(), nullable=False),
        sa.Column("target_key", sa.String(), nullable=False),
        sa.Column("text", sa.String(), nullable=False),
        sa.Column("updated_at", sa.String(), nullable=False),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_notes")),
        sa.UniqueConstraint("target_kind", "target_key", name=op.f("uq_notes_target_kind")),
    )
    op.create_table(
        "note_revisions",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("note_id", sa.Integer(), nullable=False),
        sa.Column("text", sa.String(), nullable=False),
        sa.Column("saved_at", sa.String(), nullable=False),
        sa.Column("origin", sa.String(), nullable=False),
        sa.ForeignKeyConstraint(
            ["note_id"],
            ["notes.id"],
            ondelete="CASCADE",
            name=op.f("fk_note_revisions_note_id_notes"),
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_note_revisions")),
    )
    op.create_index(op.f("ix_note_revisions_note_id"), "note_revisions", ["note_id"])
    op.create_table(
        "overrides",
        sa.Column("initiative_id", sa.String(), nullable=False),
        sa.Column("field", sa.String(), nullable=False),
        sa.Column("value", sa.String(), nullable=False),
        sa.Column("catalogue_value", sa.String(), nullable=False),
        sa.Column("updated_at", sa.String(), nullable=False),
        sa.PrimaryKeyConstraint("initiative_id", "field", name=op.f("pk_overrides")),
    )
    op.create_table(
        "additions",
        sa.Column("id", sa.String(), nullable=False),
        sa.Column("summit_number", sa.Integer(), nullable=False),
        sa.Column("session_id", sa.Integer(), nullable=False),
        sa.Column("title", sa.String(), nullable=False),
        sa.Column("partners", sa.String(), nullable=False),
        sa.Column("policy_challenge", sa.String(), nullable=False),
        sa.Column("solution", sa.String(), nullable=False),
        sa.Column("created_at", sa.String(), nullable=False),
        sa.Column("updated_at", sa.String(), nullable=False),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_additions")),
    )
    op.create_table(
        "stars",
        sa.Column("target_kind", sa.String(), nullable=False),
        sa.Column("target_key", sa.String(), nullable=False),
        sa.Column("starred_at", sa.String(), nullable=False),
        sa.PrimaryKeyConstraint("target_kind", "target_key", name=op.f("pk_stars")),
    )
    op.create_table(
        "tags",
        sa.Column("target_kind", sa.String(), nullable=False),
        sa.Column("target_key", sa.String(), nullable=False),
        sa.Column("tag", sa.String(), nullable=False),
        sa.PrimaryKeyConstraint("target_kind", "target_key", "tag", name=op.f("pk_tags")),
    )


def downgrade() -> None:
    for table in ("tags", "stars", "additions", "overrides", "note_revisions", "notes"):
        op.drop_table(table)
