"""The user database's ORM tables and its Alembic migrations describe the same schema, and the
app's idea of the newest schema is Alembic's."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from alembic.autogenerate import compare_metadata
from alembic.runtime.migration import MigrationContext
from alembic.script import ScriptDirectory

from pfp_desktop.storage.user_db import HEAD_REVISION, KNOWN_REVISIONS, migrate, user_engine
from pfp_desktop.storage.user_files import MIGRATION_SCRIPTS
from pfp_desktop.storage.user_schema import UserBase


def _only_orm_tables(obj: Any, name: str | None, kind: str, reflected: bool, _other: Any) -> bool:
    # The full-text index (an FTS5 virtual table, its shadow tables and its triggers) is written
    # by the migrations alone: SQLAlchemy has no model of it.
    return not (kind == "table" and reflected and name not in UserBase.metadata.tables)


def test_a_database_migrated_from_empty_matches_the_orm(tmp_path: Path) -> None:
    engine = user_engine(tmp_path / "user.sqlite")
    migrate(engine)
    with engine.connect() as connection:
        context = MigrationContext.configure(
            connection, opts={"include_object": _only_orm_tables, "compare_type": True}
        )
        differences = compare_metadata(context, UserBase.metadata)
    engine.dispose()
    assert differences == []


def test_the_known_revisions_are_alembics() -> None:
    scripts = ScriptDirectory(str(MIGRATION_SCRIPTS.parent))
    assert scripts.get_current_head() == HEAD_REVISION
    assert list(KNOWN_REVISIONS) == [s.revision for s in reversed(list(scripts.walk_revisions()))]
