"""Highlighting what was searched for in a shown page, accent- and case-insensitively."""

from __future__ import annotations

import re

from PySide6.QtGui import QColor, QTextCharFormat, QTextCursor, QTextDocument

from pfp_desktop.domain.search_query import tokenize
from pfp_desktop.domain.text import fold_with_offsets

MAX_HIGHLIGHTS = 500


def search_pattern(query: str) -> re.Pattern[str] | None:
    """What to mark, as the search matched it: each word by its start (short words whole),
    "vis-a-vis" or a quoted phrase as its words in sequence."""
    parts = []
    for chunk in re.findall(r'"[^"]*"?|\S+', query):
        tokens = [fold_with_offsets(t)[0] for t in tokenize(chunk)]
        tokens = [t for t in tokens if t]
        if not tokens:
            continue
        body = r"\W+".join(re.escape(t) for t in tokens)
        ending = r"\w*" if len(tokens[-1]) >= 3 or len(tokens) > 1 else r"\b"
        parts.append(body + ending)
    return re.compile(r"\b(?:" + "|".join(parts) + ")") if parts else None


def highlight_terms(document: QTextDocument, query: str, colour: QColor) -> int:
    """Mark what the search matched in the document; returns how many places."""
    pattern = search_pattern(query)
    if pattern is None:
        return 0
    plain = document.toRawText()  # positions match the cursor's, frame markers included
    folded, offsets = fold_with_offsets(plain)
    marker = QTextCharFormat()
    marker.setBackground(colour)
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
