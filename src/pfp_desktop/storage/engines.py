"""Creating SQLAlchemy engines for the catalogue (read-only) and for writing a new one."""

from __future__ import annotations

import sqlite3
from pathlib import Path
from typing import Any

from sqlalchemy import Engine, QueuePool, create_engine, event

from pfp_desktop.storage.catalogue_check import CatalogueUnavailableError, harden, open_checked
from pfp_desktop.storage.sqlite_files import connect

__all__ = ["CatalogueUnavailableError", "read_only_engine", "writable_engine"]


def _enable_foreign_keys(dbapi_connection: Any, _record: Any) -> None:
    dbapi_connection.execute("PRAGMA foreign_keys=ON")


def writable_engine(path: Path) -> Engine:
    """An engine that creates or writes ``path`` (used by the importer only)."""
    absolute = path.resolve()  # a creator: "?" or "#" in a folder name is not URL syntax
    engine = create_engine(
        "sqlite://", creator=lambda: connect(absolute, threads=True), poolclass=QueuePool
    )
    event.listen(engine, "connect", _enable_foreign_keys)
    return engine


def read_only_engine(path: Path, thorough: bool = False) -> Engine:
    """An engine that can never write to the catalogue, opened defensively; the file is
    checked whole first (``thorough``: with SQLite's integrity check too)."""
    open_checked(path, thorough).close()  # the whole file, once: storage/catalogue_check.py
    uri = path.resolve().as_uri() + "?mode=ro"

    def connect() -> sqlite3.Connection:
        connection = sqlite3.connect(uri, uri=True, check_same_thread=False)
        harden(connection)
        return connection

    engine = create_engine("sqlite://", creator=connect)
    event.listen(engine, "connect", _enable_foreign_keys)
    return engine
