"""Data and user text into reportlab paragraph markup, printed exactly as typed.

reportlab parses paragraph text as XML: unescaped, ``a < b`` raises and ``R&D`` prints as
``R&D;``. Every piece of catalogue or user text goes through ``esc`` before it meets markup.
"""

from __future__ import annotations

from xml.sax.saxutils import escape


def esc(text: str) -> str:
    """``text`` as paragraph markup that prints exactly as typed; newlines become line breaks."""
    lines = text.replace("\r\n", "\n").replace("\r", "\n").split("\n")
    return "<br/>".join(escape(line) for line in lines)
