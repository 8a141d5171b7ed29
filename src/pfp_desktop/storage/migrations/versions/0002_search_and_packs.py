"""Personal full-text index (kept in sync by triggers), saved searches, briefing packs.

Revision ID: 0002
Revises: 0001
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0002"
down_revision = "0001"
branch_labels = None
depends_on = None

# One FTS5 row per searchable piece of personal text. Triggers keep it in step with the tables
# inside the same transaction, so a note is findable the moment its save is committed.
INDEX = (
    "CREATE VIRTUAL TABLE personal_index USING fts5(kind UNINDEXED, key UNINDEXED, "
    "source UNINDEXED, text, tokenize = 'unicode61 remove_diacritics 2')"
)
_ADDITION_TEXT = (
    "NEW.title || char(10) || NEW.partners || char(10) || NEW.policy_challenge"
    " || char(10) || NEW.solution"
)
SOURCES = {
    # table: (source, kind expression, key column, text expression)
    "notes": ("note", "NEW.target_kind", "target_key", "NEW.text"),
    "overrides": ("correction", "'initiative'", "initiative_id", "NEW.value"),
    "tags": ("tag", "NEW.target_kind", "target_key", "NEW.tag"),
    "additions": ("addition", "'initiative'", "id", _ADDITION_TEXT),
}


def _triggers(table: str) -> list[str]:
    source, kind, key, body = SOURCES[table]
    old_kind = kind.replace("NEW.", "OLD.")
    insert = (
        f"INSERT INTO personal_index (kind, key, source, text) "
        f"VALUES ({kind}, NEW.{key}, '{source}', {body})"
    )
    delete = (
        f"DELETE FROM personal_index WHERE source = '{source}' AND kind = {old_kind} "
        f"AND key = OLD.{key}"
    )
    if table == "tags":  # a row per tag: delete just that tag's text
        delete += " AND text = OLD.tag"
    return [
        f"CREATE TRIGGER {table}_ai AFTER INSERT ON {table} BEGIN {insert}; END",
        f"CREATE TRIGGER {table}_ad AFTER DELETE ON {table} BEGIN {delete}; END",
        f"CREATE TRIGGER {table}_au AFTER UPDATE ON {table} BEGIN {delete}; {insert}; END",
    ]


def _backfill(table: str) -> str:
    source, kind, key, body = SOURCES[table]
    columns = body.replace("NEW.", "")
    return (
        f"INSERT INTO personal_index (kind, key, source, text) "
        f"SELECT {kind.replace('NEW.', '')}, {key}, '{source}', {columns} FROM {table}"
    )


def upgrade() -> None:
    op.execute(INDEX)
    for table in SOURCES:
        for statement in _triggers(table):
            op.execute(statement)
        op.execute(_backfill(table))
    op.create_table(
        "saved_searches",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("name", sa.String(), nullable=False),
        sa.Column("query", sa.String(), nullable=False),
        sa.Column("facets", sa.String(), nullable=False),
        sa.Column("created_at", sa.String(), nullable=False),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_saved_searches")),
        sa.UniqueConstraint("name", name=op.f("uq_saved_searches_name")),
    )
    op.create_table(
        "packs",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("name", sa.String(), nullable=False),
        sa.Column("options", sa.String(), nullable=False),
        sa.Column("created_at", sa.String(), nullable=False),
        sa.Column("updated_at", sa.String(), nullable=False),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_packs")),
        sa.UniqueConstraint("name", name=op.f("uq_packs_name")),
    )
    op.create_table(
        "pack_items",
        sa.Column("pack_id", sa.Integer(), nullable=False),
        sa.Column("position", sa.Integer(), nullable=False),
        sa.Column("initiative_id", sa.String(), nullable=False),
        sa.ForeignKeyConstraint(
            ["pack_id"], ["packs.id"], ondelete="CASCADE", name=op.f("fk_pack_items_pack_id_packs")
        ),
        sa.PrimaryKeyConstraint("pack_id", "position", name=op.f("pk_pack_items")),
    )


def downgrade() -> None:
    op.drop_table("pack_items")
    op.drop_table("packs")
    op.drop_table("saved_searches")
    for table in SOURCES:
        for suffix in ("ai", "ad", "au"):
            op.execute(f"DROP TRIGGER {table}_{suffix}")
    op.execute("DROP TABLE personal_index")
