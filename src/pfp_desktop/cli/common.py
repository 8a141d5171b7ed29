"""Helpers shared by the `pfp` subcommands."""

from __future__ import annotations

import argparse
import json
import sys
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:  # imported where used: `pfp --help` loads none of it
    from pfp_desktop.services.catalogue_service import CatalogueService
    from pfp_desktop.services.personal import Personal


def catalogue_service(args: argparse.Namespace) -> CatalogueService:
    """The catalogue named by --catalogue, else the one in use (an installed update, else the
    shipped one)."""
    from pfp_desktop.services.catalogue_service import CatalogueService
    from pfp_desktop.services.user_data import resolve_data_dir

    if args.catalogue:
        return CatalogueService(args.catalogue)
    from pfp_desktop.services.catalogue_install import active_catalogue_path

    return CatalogueService(active_catalogue_path(resolve_data_dir(args.data_dir)))


def counted(count: int, noun: str, plural: str = "") -> str:
    """'1 initiative', '2 initiatives', '0 summits' (``plural`` where adding "s" is wrong)."""
    return f"{count} {noun if count == 1 else plural or noun + 's'}"


def print_json(value: Any) -> None:
    """Print ``value`` as indented JSON, non-ASCII text kept as is."""
    print(json.dumps(value, ensure_ascii=False, indent=2))


def open_personal(args: argparse.Namespace) -> Personal:
    """The delegate's data in --data-dir, $PFP_DATA_DIR or the platform's data folder."""
    from pfp_desktop.services.personal import Personal
    from pfp_desktop.services.user_data import open_user_data, resolve_data_dir

    user = open_user_data(resolve_data_dir(args.data_dir))
    for line in (user.notice or "").splitlines():
        print(f"pfp: warning: {line}", file=sys.stderr)
    return Personal.of(user)


def existing_personal(args: argparse.Namespace) -> Personal | None:
    """The delegate's data if there is any (reading never creates a data folder)."""
    from pfp_desktop.services.user_data import resolve_data_dir
    from pfp_desktop.storage.user_db import USER_DB_NAME

    folder = resolve_data_dir(args.data_dir)
    return open_personal(args) if (folder / USER_DB_NAME).exists() else None


def empty_personal_json() -> dict[str, Any]:
    """The personal fields of an initiative's JSON when the delegate has added nothing."""
    return {"note": "", "note_updated_at": None, "overrides": [], "starred": False, "tags": []}
