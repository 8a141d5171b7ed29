"""The personal full-text index by English stem, as the catalogue's: "migrants" in a note is
found by "migrant". FTS5 cannot change a table's tokenizer, so the index is made again and
filled from the tables (the triggers of 0002 name it, and go on writing to the new one).

Revision ID: 0003
Revises: 0002
"""

from __future__ import annotations

from alembic import op

revision = "0003"
down_revision = "0002"
branch_labels = None
depends_on = None

_INDEX = (
    "CREATE VIRTUAL TABLE personal_index USING fts5(kind UNINDEXED, key UNINDEXED, "
    "source UNINDEXED, text, tokenize = '{tokenizer}')"
)
STEMMED = "porter unicode61 remove_diacritics 2"
PLAIN = "unicode61 remove_diacritics 2"
# What 0002 indexes, as (source, kind, key, text) over each table: copied, not imported, so
# that this step stays as it is whatever later revisions do.
_ADDITION_TEXT = (
    "title || char(10) || partners || char(10) || policy_challenge || char(10) || solution"
)
_ROWS = {
    "notes": ("note", "target_kind", "target_key", "text"),
    "overrides": ("correction", "'initiative'", "initiative_id", "value"),
    "tags": ("tag", "target_kind", "target_key", "tag"),
    "additions": ("addition", "'initiative'", "id", _ADDITION_TEXT),
}


def _remake(tokenizer: str) -> None:
    op.execute("DROP TABLE personal_index")
    op.execute(_INDEX.format(tokenizer=tokenizer))
    for table, (source, kind, key, body) in _ROWS.items():
        op.execute(
            f"INSERT INTO personal_index (kind, key, source, text) "
            f"SELECT {kind}, {key}, '{source}', {body} FROM {table}"
        )


def upgrade() -> None:
    _remake(STEMMED)


def downgrade() -> None:
    _remake(PLAIN)
