"""What the navigation tree is made of: its groupings, the kinds of rows, and a row.

Apart from models so the window can paint before the catalogue's types are loaded.
"""

from __future__ import annotations

from dataclasses import dataclass
from enum import StrEnum


class Grouping(StrEnum):
    """How the navigation tree groups initiatives."""

    SUMMIT = "summit"
    PARTNER = "partner"
    GCM = "gcm"
    SDG = "sdg"


class NodeKind(StrEnum):
    SUMMIT = "summit"
    SESSION = "session"
    INITIATIVE = "initiative"
    PARTNER_KIND = "partner-kind"  # "Countries", "Organisations"
    PARTNER = "partner"
    GCM = "gcm"
    SDG = "sdg"
    NO_SDG = "no-sdg"  # initiatives tagged with no SDG target
    STARRED = "starred"  # the delegate's own groups, above the catalogue's
    TAG = "tag"
    ADDED = "added"
    SAVED_SEARCHES = "saved-searches"
    SAVED_SEARCH = "saved-search"
    START = "start"  # the start page: no tree row shows it


@dataclass(frozen=True)
class NavNode:
    """One row of the navigation tree: what it is, what it shows, and whether it opens."""

    kind: NodeKind
    key: str  # the id, number, name or target the kind names
    label: str
    detail: str = ""  # second column: a count, or an initiative's summit
    has_children: bool = False
    tooltip: str = ""


NodeRef = tuple[NodeKind, str]  # a row (or a page): its kind and key
# The loaded rows of open groups, each after its group, outermost group first: what the tree
# keeps open above a row (ui/browse/tree.py), and what the first screen keeps of it.
OpenRows = tuple[tuple[NodeRef, tuple[NavNode, ...]], ...]
