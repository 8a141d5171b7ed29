"""The marks the tree shows on an initiative the delegate has touched (as Zotero does).

Plain values shared by the panels that know the marked ids (personal data, packs) and the
tree that draws them; the main window carries one to the other.
"""

from __future__ import annotations

from enum import StrEnum


class Mark(StrEnum):
    NOTE = "note"
    STAR = "star"
    CORRECTION = "correction"
    PACK = "pack"


MarkedIds = dict[Mark, frozenset[str]]  # the initiative ids that carry each mark
