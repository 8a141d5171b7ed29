"""Building data/pfp.sqlite from the source text and checking the shipped file against it."""

from __future__ import annotations

import tempfile
from pathlib import Path

from sqlalchemy.orm import Session

from pfp_desktop.catalogue.builder import SourcePaths, build
from pfp_desktop.catalogue.errors import CatalogueSourceError
from pfp_desktop.domain.models import CatalogueContents
from pfp_desktop.storage.catalogue_reader import read_contents
from pfp_desktop.storage.catalogue_writer import write_catalogue
from pfp_desktop.storage.engines import read_only_engine

__all__ = ["CatalogueSourceError", "build_catalogue", "catalogue_matches_source", "sql_dump"]


def build_catalogue(data_dir: Path, out: Path) -> CatalogueContents:
    """Parse and curate ``data_dir`` and write the catalogue to ``out`` atomically."""
    contents = build(SourcePaths.in_folder(data_dir))
    write_catalogue(contents, out)
    return contents


def sql_dump(path: Path) -> list[str]:
    """Every schema statement and row of a catalogue, in a stable order."""
    engine = read_only_engine(path)
    try:
        with engine.connect() as connection:
            raw = connection.connection.dbapi_connection
            assert raw is not None
            return list(raw.iterdump())
    finally:
        engine.dispose()


def catalogue_matches_source(data_dir: Path, shipped: Path) -> bool:
    """Whether rebuilding from ``data_dir`` gives exactly the rows and schema of ``shipped``."""
    with tempfile.TemporaryDirectory() as folder:
        rebuilt = Path(folder) / "rebuilt.sqlite"
        build_catalogue(data_dir, rebuilt)
        return sql_dump(rebuilt) == sql_dump(shipped)


def read_catalogue_contents(path: Path) -> CatalogueContents:
    engine = read_only_engine(path)
    try:
        with Session(engine) as session:
            return read_contents(session)
    finally:
        engine.dispose()
