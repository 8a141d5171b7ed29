"""Helpers shared by the `pfp` subcommands."""

from __future__ import annotations

import argparse
import json
from typing import Any

from pfp_desktop.services.catalogue_service import CatalogueService
from pfp_desktop.services.locations import shipped_catalogue_path


def catalogue_service(args: argparse.Namespace) -> CatalogueService:
    """The catalogue named by --catalogue, or the shipped one."""
    return CatalogueService(args.catalogue or shipped_catalogue_path())


def print_json(value: Any) -> None:
    print(json.dumps(value, ensure_ascii=False, indent=2))
