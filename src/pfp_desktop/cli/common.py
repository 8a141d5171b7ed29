"""Helpers shared by the `pfp` subcommands."""

from __future__ import annotations

import argparse
import json
import sys
from collections.abc import Iterable
from typing import TYPE_CHECKING, Any

from pfp_desktop.cli.opened import close_at_end

if TYPE_CHECKING:  # imported where used: `pfp --help` loads none of it
    import sqlite3
    from pathlib import Path

    from pfp_desktop.services.catalogue_service import CatalogueService
    from pfp_desktop.services.personal import Personal


def catalogue_path(args: argparse.Namespace) -> Path:
    """The catalogue named by --catalogue, else the one in use (an installed update, else the
    shipped one)."""
    if args.catalogue:
        named: Path = args.catalogue  # argparse made it a Path
        return named
    from pfp_desktop.services.active_catalogue import active_catalogue_path
    from pfp_desktop.services.app_folders import resolve_data_dir

    return active_catalogue_path(resolve_data_dir(args.data_dir))


def catalogue_service(args: argparse.Namespace) -> CatalogueService:
    """The catalogue of catalogue_path(), read through the services."""
    from pfp_desktop.services.catalogue_service import CatalogueService

    service = CatalogueService(catalogue_path(args))
    close_at_end(service.close)
    return service


def catalogue_connection(args: argparse.Namespace) -> sqlite3.Connection:
    """The catalogue of catalogue_path(), checked, as a plain sqlite3 connection (for
    services/json_reader.py: no SQLAlchemy)."""
    from pfp_desktop.storage.catalogue_check import open_checked

    return open_checked(catalogue_path(args))


def counted(count: int, noun: str, plural: str = "") -> str:
    """'1 initiative', '2 initiatives', '0 summits' (``plural`` where adding "s" is wrong)."""
    return f"{count} {noun if count == 1 else plural or noun + 's'}"


def print_json(value: Any) -> None:
    """Print ``value`` as indented JSON, non-ASCII text kept as is."""
    print(json.dumps(value, ensure_ascii=False, indent=2))


def print_json_list(items: Iterable[Any]) -> None:
    """Print ``items`` as print_json prints a list of them, one by one as they come (a list
    of 100,000 initiatives need not be held whole)."""
    out, separator = sys.stdout, "[\n"
    for item in items:
        text = json.dumps(item, ensure_ascii=False, indent=2).replace("\n", "\n  ")
        out.write(f"{separator}  {text}")
        separator = ",\n"
    out.write("[]\n" if separator == "[\n" else "\n]\n")


def open_personal(args: argparse.Namespace) -> Personal:
    """The delegate's data in --data-dir, $PFP_DATA_DIR or the platform's data folder."""
    from pfp_desktop.services.personal import Personal
    from pfp_desktop.services.user_data import open_user_data, resolve_data_dir

    user = open_user_data(resolve_data_dir(args.data_dir))
    close_at_end(user.close)
    for line in (user.notice or "").splitlines():
        print(f"pfp: warning: {line}", file=sys.stderr)
    return Personal.of(user)


def existing_personal(args: argparse.Namespace) -> Personal | None:
    """The delegate's data if there is any (reading never creates a data folder)."""
    from pfp_desktop.services.app_folders import resolve_data_dir
    from pfp_desktop.storage.user_files import USER_DB_NAME

    folder = resolve_data_dir(args.data_dir)
    return open_personal(args) if (folder / USER_DB_NAME).exists() else None


def empty_personal_json() -> dict[str, Any]:
    """The personal fields of an initiative's JSON when the delegate has added nothing."""
    return {"note": "", "note_updated_at": None, "overrides": [], "starred": False, "tags": []}
