"""Which catalogue is in use: the update named by ``<data folder>/catalogues/state.json``, else
the shipped one. Standard library only, so that a reading `pfp` command finds its file without
loading the installer (services/catalogue_install.py writes this state)."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

from pfp_desktop.services.locations import shipped_catalogue_path
from pfp_desktop.storage.catalogue_check import CatalogueUnavailableError

FOLDER = "catalogues"
STATE = "state.json"
SHIPPED = "shipped"
# The fields of an entry of the state (catalogue_install.InstalledCatalogue).
ENTRY_FIELDS = frozenset({"file", "version", "release_date", "signer", "source", "installed_at"})


def active_catalogue_path(data_dir: Path) -> Path:
    """The catalogue in use: the installed update, else the shipped catalogue."""
    current = state_entry(state_values(data_dir), "current")
    if current is None or current["file"] == SHIPPED:
        return shipped_catalogue_path()
    return data_dir / FOLDER / str(current["file"])


def state_values(data_dir: Path) -> dict[str, Any]:
    """What ``state.json`` holds ({} when nothing was ever installed, or no data folder)."""
    path = data_dir / FOLDER / STATE
    try:
        values = json.loads(path.read_text(encoding="utf-8"))
    except (FileNotFoundError, NotADirectoryError):
        return {}
    except (OSError, ValueError) as exc:
        raise CatalogueUnavailableError(f"{path} cannot be read ({exc}).") from exc
    return values if isinstance(values, dict) else {}


def state_entry(values: dict[str, Any], key: str) -> dict[str, Any] | None:
    """The entry ``key`` ("current", "previous") of the state; None if there is none."""
    entry = values.get(key)
    if not isinstance(entry, dict):
        return None
    if set(entry) != ENTRY_FIELDS:
        odd = ", ".join(sorted(set(entry) ^ ENTRY_FIELDS))
        raise CatalogueUnavailableError(f"The catalogue state is damaged (fields: {odd}).")
    return entry
