"""Highlighting what was searched for in a shown page, accent- and case-insensitively."""

from __future__ import annotations

from PySide6.QtGui import QColor, QTextCharFormat, QTextCursor, QTextDocument

from pfp_desktop.domain.snippets import search_pattern
from pfp_desktop.domain.text import fold_with_offsets

MAX_HIGHLIGHTS = 500

# Search hits, marked in result snippets and shown pages: (background, text) in each palette.
# The text colour goes with the background, so that a hit stays readable in a selected result
# too (whose text is otherwise HighlightedText, white): both at least 4.5:1 (WCAG AA), checked by
# tests/ui/test_search_ui.py.
SEARCH_MARK_LIGHT = ("#ffe58a", "#1d232a")
SEARCH_MARK_DARK = ("#6b5a12", "#ffffff")


def highlight_terms(
    document: QTextDocument, query: str, colour: QColor, text: QColor | None = None
) -> int:
    """Mark what the search matched in the document (background ``colour``, and ``text`` for
    the letters, so that they stay readable on it); returns how many places."""
    pattern = search_pattern(query)
    if pattern is None:
        return 0
    plain = document.toRawText()  # positions match the cursor's, frame markers included
    folded, offsets = fold_with_offsets(plain)
    marker = QTextCharFormat()
    marker.setBackground(colour)
    if text is not None:
        marker.setForeground(text)
    count = 0
    for match in pattern.finditer(folded):
        if count >= MAX_HIGHLIGHTS:
            break
        start, end = offsets[match.start()], offsets[match.end() - 1] + 1
        cursor = QTextCursor(document)
        cursor.setPosition(start)
        cursor.setPosition(end, QTextCursor.MoveMode.KeepAnchor)
        cursor.mergeCharFormat(marker)
        count += 1
    return count
