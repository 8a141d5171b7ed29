"""The catalogue is checked whole when it is opened: a damaged or newer file is refused with
one sentence, before anything reads from it (real files: copies of data/pfp.sqlite)."""

from __future__ import annotations

from pathlib import Path

import pytest

from pfp_desktop.services.catalogue_service import CatalogueService, CatalogueUnavailableError
from pfp_desktop.storage.catalogue_schema import CatalogueBase
from tests.catalogue_files import (
    DAMAGES,
    SAYS,
    change,
    copy_of_shipped,
    damaged_catalogue,
    rebuild_without,
)

ORM_COLUMNS = [
    (table.name, column.name)
    for table in CatalogueBase.metadata.sorted_tables
    for column in table.columns
]


def _refusal(path: Path) -> str:
    with pytest.raises(CatalogueUnavailableError) as refused:
        CatalogueService(path)
    message = str(refused.value)
    assert "\n" not in message
    return message


@pytest.mark.parametrize("damage", sorted(DAMAGES))
def test_a_damaged_catalogue_is_refused_saying_what_is_wrong(tmp_path: Path, damage: str) -> None:
    assert SAYS[damage] in _refusal(damaged_catalogue(tmp_path, damage))


@pytest.mark.parametrize("table", sorted(CatalogueBase.metadata.tables))
def test_every_table_of_the_orm_is_required(tmp_path: Path, table: str) -> None:
    path = change(copy_of_shipped(tmp_path, "cat"), f'DROP TABLE "{table}"')
    without_info = table == "catalogue_info"  # then it is no catalogue at all
    assert ("is not a PfP catalogue" if without_info else f"tables missing: {table}") in (
        _refusal(path)
    )


@pytest.mark.parametrize(("table", "column"), ORM_COLUMNS, ids=[".".join(c) for c in ORM_COLUMNS])
def test_every_column_of_the_orm_is_required(tmp_path: Path, table: str, column: str) -> None:
    path = rebuild_without(copy_of_shipped(tmp_path, "cat"), table, column)
    assert f"table {table} lacks the columns {column}" in _refusal(path)


@pytest.mark.parametrize("table", ["search_docs", "search_facets", "search_titles"])
def test_a_search_index_that_is_there_must_be_whole(tmp_path: Path, table: str) -> None:
    path = change(copy_of_shipped(tmp_path, "cat"), f"DROP TABLE {table}")
    assert f"tables missing: {table}" in _refusal(path)


def test_a_search_column_dropped_is_refused(tmp_path: Path) -> None:
    path = rebuild_without(copy_of_shipped(tmp_path, "cat"), "search_facets", "value")
    assert "table search_facets lacks the columns value" in _refusal(path)


def test_the_schema_this_app_reads_is_accepted_and_garbage_is_not(tmp_path: Path) -> None:
    same = copy_of_shipped(tmp_path, "same")
    change(same, "INSERT INTO catalogue_info (key, value) VALUES ('schema', '1')")
    CatalogueService(same).close()
    odd = copy_of_shipped(tmp_path, "odd")
    change(odd, "INSERT INTO catalogue_info (key, value) VALUES ('schema', 'two')")
    assert "unknown schema version ('two')" in _refusal(odd)


def test_the_shipped_catalogue_is_whole(shipped_catalogue: Path) -> None:
    service = CatalogueService(shipped_catalogue)
    assert service.info().version and service.summits()
    service.close()
