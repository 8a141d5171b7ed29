"""After pyside6-lupdate: keep the plural forms of counts written with
``QCoreApplication.translate("Ctx", "%n page(s)", "", n)``. lupdate's Python parser sees the
count only in ``self.tr(text, "", n)``, files the others as plain messages and drops their
forms; Qt itself picks a form for any call with a count. So every "%n" message is made a plural
one again, with the forms it had before the update (or empty ones, unfinished, to fill in).
Usage: python scripts/ts_plurals.py BEFORE.ts AFTER.ts   (AFTER is rewritten in place)
"""

from __future__ import annotations

import re
import sys
from pathlib import Path

_MESSAGE = re.compile(r"    <message( numerus=\"yes\")?>\n(.*?)\n    </message>", re.S)
_SOURCE = re.compile(r"<source>(.*?)</source>", re.S)
_EMPTY_FORMS = (
    '        <translation type="unfinished">\n'
    "            <numerusform></numerusform>\n"
    "            <numerusform></numerusform>\n"
    "        </translation>"
)


def _plural_blocks(text: str) -> dict[str, str]:
    blocks = {}
    for match in _MESSAGE.finditer(text):
        source = _SOURCE.search(match.group(2))
        if match.group(1) and source:
            blocks[source.group(1)] = match.group(0)
    return blocks


def restore(before: str, after: str) -> str:
    """``after`` with each plain "%n" message replaced by its plural form from ``before``."""
    known = _plural_blocks(before)

    def fix(match: re.Match[str]) -> str:
        source = _SOURCE.search(match.group(2))
        if match.group(1) or source is None or "%n" not in source.group(1):
            return match.group(0)
        if source.group(1) in known:
            return known[source.group(1)]
        head = match.group(2).split("\n        <translation")[0]
        return f'    <message numerus="yes">\n{head}\n{_EMPTY_FORMS}\n    </message>'

    return _MESSAGE.sub(fix, after)


if __name__ == "__main__":
    before_path, after_path = (Path(p) for p in sys.argv[1:3])
    fixed = restore(before_path.read_text(encoding="utf-8"), after_path.read_text(encoding="utf-8"))
    after_path.write_text(fixed, encoding="utf-8")
