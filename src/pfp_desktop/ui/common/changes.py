"""What a change touched, as one frozen value (after Anki's ``OpChanges``): a panel that
changes something says what, and the main window redraws exactly the parts that show it."""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True)
class Changes:
    """``page``: the page on show may read differently (a note, a star, a correction).
    ``groups``: the tree's personal groups and the search results may differ (tags, stars,
    additions, imports). ``saved_searches``: the tree's saved searches changed."""

    page: bool = False
    groups: bool = False
    saved_searches: bool = False


PAGE_AND_GROUPS = Changes(page=True, groups=True)
SAVED_SEARCHES = Changes(saved_searches=True)
