"""`pfp catalogue diff` and the window's "what's new": two catalogue files compared."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from pfp_desktop.domain.catalogue_changes import CatalogueChanges, compare
from pfp_desktop.services.catalogue_service import CatalogueService
from pfp_desktop.services.catalogue_update import initiatives_with_personal_items
from pfp_desktop.services.user_data import UserData


def diff_catalogues(old: Path, new: Path, user: UserData | None = None) -> CatalogueChanges:
    """What changed from catalogue file ``old`` to ``new``; removed initiatives say whether
    the delegate (``user``) had written anything about them."""
    mine = initiatives_with_personal_items(user) if user is not None else set()
    before, after = CatalogueService(old), CatalogueService(new)
    try:
        versions = (before.info().version, after.info().version)
        return compare(versions, before.initiatives(), after.initiatives(), mine)
    finally:
        before.close()
        after.close()


def changes_json(changes: CatalogueChanges) -> dict[str, Any]:
    """The stable JSON form of a catalogue comparison (``pfp catalogue diff --json``)."""
    return {
        "old_version": changes.old_version,
        "new_version": changes.new_version,
        "added": [{"id": i, "title": title} for i, title in changes.added],
        "changed": [
            {"id": c.id, "title": c.title, "fields": list(c.fields)} for c in changes.changed
        ],
        "removed": [
            {"id": r.id, "title": r.title, "had_your_notes": r.had_personal_items}
            for r in changes.removed
        ],
    }


def changes_lines(changes: CatalogueChanges) -> list[str]:
    """The same, as lines of text."""
    lines = [f"Catalogue {changes.old_version} -> {changes.new_version}"]
    if changes.empty:
        return [*lines, "No initiative changed."]
    lines += [f"new      {i}  {title}" for i, title in changes.added]
    lines += [f"changed  {c.id}  {c.title}  ({', '.join(c.fields)})" for c in changes.changed]
    lines += [
        f"removed  {r.id}  {r.title}" + ("  (you have notes on it)" if r.had_personal_items else "")
        for r in changes.removed
    ]
    return lines
