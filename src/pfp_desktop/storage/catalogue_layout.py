"""What a whole catalogue holds, as the importer's code makes it, kept here as plain data so
that the check at every open (storage/catalogue_check.py) imports neither SQLAlchemy nor the
domain models: building the importer's schema in memory at each start cost ~60 ms, and the
ORM import behind it ~300 ms, before a `pfp` command or the window could read one row.

The values are a copy of what the code makes; layout_from_code() makes them again, and
tests/storage/test_catalogue_layout.py fails, printing the new values, whenever the two differ
(a column added to catalogue_schema.py or search_index.py, a field added to CatalogueInfo).
"""

from __future__ import annotations

from typing import Any

# Every table of the ORM (storage/catalogue_schema.py) and its columns.
TABLE_COLUMNS: dict[str, frozenset[str]] = {
    "catalogue_info": frozenset({"key", "value"}),
    "corrections": frozenset({"corrected", "field", "id", "line", "original", "reason"}),
    "excluded_entries": frozenset({"duplicate_of", "line", "reason", "title"}),
    "gcm_guiding_principles": frozenset({"label", "number"}),
    "gcm_objectives": frozenset({"number", "short_label", "title"}),
    "initiative_gcm_objectives": frozenset({"initiative_id", "objective", "position", "reason"}),
    "initiative_lines": frozenset({"initiative_id", "line"}),
    "initiative_partners": frozenset({"initiative_id", "partner_name", "position", "spelling"}),
    "initiative_sdg_targets": frozenset({"initiative_id", "position", "reason", "target"}),
    "initiatives": frozenset(
        {"id", "policy_challenge", "position", "session_id", "solution", "title"}
    ),
    "partner_members": frozenset({"member_name", "partner_name", "position"}),
    "partner_spellings": frozenset({"partner_name", "spelling"}),
    "partners": frozenset({"kind", "name", "note"}),
    "related_groups": frozenset({"id", "label", "reason"}),
    "related_members": frozenset({"group_id", "initiative_id", "position"}),
    "sdg_targets": frozenset({"relation", "target", "wording"}),
    "sessions": frozenset({"id", "intro", "intro_line", "label", "position", "summit_number"}),
    "source_fields": frozenset({"field", "initiative_id", "line", "verbatim"}),
    "source_flags": frozenset({"id", "line", "note"}),
    "summits": frozenset(
        {
            "attribution",
            "chair",
            "city",
            "country",
            "end",
            "evidence",
            "number",
            "pfp_intro",
            "pfp_intro_line",
            "pfp_intro_raw",
            "start",
        }
    ),
}

# The FTS5 table of the search index (search_index.TABLE): a catalogue without it still opens.
SEARCH_TABLE = "search_index"

# The search index's tables (storage/search_index.py), less FTS5's own shadow tables.
SEARCH_COLUMNS: dict[str, frozenset[str]] = {
    "search_docs": frozenset({"doc", "initiative_id"}),
    "search_facets": frozenset({"doc", "facet", "value"}),
    "search_index": frozenset({"body", "context", "partners", "title"}),
    "search_titles": frozenset({"partners", "title"}),
}

# The triggers and views (type, name, SQL) the importer writes: none.
IMPORTER_SQL: frozenset[tuple[str, str, str]] = frozenset()

# The keys of catalogue_info that CatalogueInfo reads (domain/models.py).
INFO_KEYS: tuple[str, ...] = (
    "version",
    "build_date",
    "source_name",
    "source_sha256",
    "curation_sha256",
)


def layout_from_code() -> dict[str, Any]:
    """The values above, made again from the code (an empty catalogue built in memory by
    the importer's own statements): what the test compares them with."""
    import dataclasses

    from sqlalchemy import create_engine

    from pfp_desktop.domain.models import CatalogueInfo
    from pfp_desktop.storage import catalogue_schema as t

    engine = create_engine("sqlite://")
    try:
        t.CatalogueBase.metadata.create_all(engine)
        with engine.begin() as connection:
            search, sql = _search_schema(connection)
    finally:
        engine.dispose()
    from pfp_desktop.storage.search_index import TABLE

    return {
        "SEARCH_TABLE": TABLE,
        "TABLE_COLUMNS": {
            table.name: frozenset(column.name for column in table.columns)
            for table in t.CatalogueBase.metadata.sorted_tables
        },
        "SEARCH_COLUMNS": search,
        "IMPORTER_SQL": sql,
        "INFO_KEYS": tuple(f.name for f in dataclasses.fields(CatalogueInfo)),
    }


def _search_schema(
    connection: Any,
) -> tuple[dict[str, frozenset[str]], frozenset[tuple[str, str, str]]]:
    from pfp_desktop.domain.models import CatalogueContents, CatalogueInfo
    from pfp_desktop.storage import catalogue_schema as t
    from pfp_desktop.storage.search_index import write_search_index

    empty = CatalogueContents(
        CatalogueInfo("", "", "", "", ""), "", (), (), (), (), (), (), (), (), ()
    )
    write_search_index(connection, empty)
    raw = connection.connection.driver_connection
    names = {n for (n,) in raw.execute("SELECT name FROM sqlite_master WHERE type = 'table'")}
    made = names - set(t.CatalogueBase.metadata.tables)
    made = {name for name in made if not is_fts_shadow(name, made)}
    columns = {
        name: frozenset(row[1] for row in raw.execute(f'PRAGMA table_info("{name}")'))
        for name in made
    }
    rows = raw.execute(
        "SELECT type, name, sql FROM sqlite_master WHERE type IN ('trigger', 'view')"
    )
    return columns, frozenset((kind, name, sql) for kind, name, sql in rows)


def is_fts_shadow(name: str, tables: set[str]) -> bool:
    """True for FTS5's own tables (search_index_data ...): its business, not ours."""
    stem, _, suffix = name.rpartition("_")
    return stem in tables and suffix in {"data", "idx", "content", "docsize", "config"}
