"""Writing and reading the catalogue file: faithful, atomic, read-only, robust to bad files."""

from __future__ import annotations

import sqlite3
from pathlib import Path

import pytest
from sqlalchemy import text
from sqlalchemy.exc import OperationalError

from pfp_desktop.catalogue.builder import SourcePaths, build
from pfp_desktop.services.catalogue_build import read_catalogue_contents
from pfp_desktop.storage.catalogue_writer import write_catalogue
from pfp_desktop.storage.engines import CatalogueUnavailableError, read_only_engine
from tests.conftest import DATA


def test_what_is_written_reads_back_identical(tmp_path: Path) -> None:
    built = build(SourcePaths.in_folder(DATA))
    path = tmp_path / "cat.sqlite"
    write_catalogue(built, path)
    assert read_catalogue_contents(path) == built


def test_the_catalogue_cannot_be_written_through_the_app(shipped_catalogue: Path) -> None:
    engine = read_only_engine(shipped_catalogue)
    with engine.connect() as connection, pytest.raises(OperationalError, match="readonly"):
        connection.execute(text("DELETE FROM initiatives"))
    engine.dispose()


def test_a_corrupt_file_gives_a_clear_error(tmp_path: Path) -> None:
    path = tmp_path / "corrupt.sqlite"
    path.write_bytes(b"this is not a database" * 100)
    with pytest.raises(CatalogueUnavailableError, match="is not a readable catalogue"):
        read_only_engine(path)


def test_another_sqlite_file_is_not_mistaken_for_a_catalogue(tmp_path: Path) -> None:
    path = tmp_path / "other.sqlite"
    with sqlite3.connect(path) as connection:
        connection.execute("CREATE TABLE t (x)")
    with pytest.raises(CatalogueUnavailableError, match="is not a PfP catalogue"):
        read_only_engine(path)


def test_a_missing_file_gives_a_clear_error(tmp_path: Path) -> None:
    with pytest.raises(CatalogueUnavailableError, match="No catalogue at"):
        read_only_engine(tmp_path / "absent.sqlite")


def test_a_failed_write_leaves_the_previous_file_and_no_debris(tmp_path: Path) -> None:
    built = build(SourcePaths.in_folder(DATA))
    path = tmp_path / "cat.sqlite"
    write_catalogue(built, path)
    before = path.read_bytes()
    broken = built.__class__(**{**built.__dict__, "partners": ()})  # initiatives lose their FK
    with pytest.raises(Exception, match="FOREIGN KEY"):
        write_catalogue(broken, path)
    assert path.read_bytes() == before
    assert sorted(p.name for p in tmp_path.iterdir()) == ["cat.sqlite"]
