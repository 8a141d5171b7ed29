"""The bundled font family: registered with reportlab once, and which letters it can print.

reportlab has no font fallback: a letter missing from the font prints as an empty box, and
nothing warns. So the export asks ``unsupported_characters`` first and refuses (or warns).
"""

from __future__ import annotations

import functools
import threading
import unicodedata
from collections.abc import Iterable
from dataclasses import dataclass
from pathlib import Path

from reportlab.lib.fonts import addMapping
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont

from pfp_desktop.export.errors import PackExportError

FAMILY = "PfpSans"
# Face name in reportlab -> file in the fonts folder (DejaVu Sans, see resources/fonts/).
FACE_FILES = {
    FAMILY: "DejaVuSans.ttf",
    f"{FAMILY}-Bold": "DejaVuSans-Bold.ttf",
    f"{FAMILY}-Oblique": "DejaVuSans-Oblique.ttf",
    f"{FAMILY}-BoldOblique": "DejaVuSans-BoldOblique.ttf",
}
# The fonts hold Arabic and Hebrew letters, but reportlab 5.1 prints them unjoined and left to
# right (shaping needs uharfbuzz, right-to-left order needs rlbidi, which PyPI does not carry):
# a page a reader of those scripts could not read. Treat those blocks as unsupported.
_RIGHT_TO_LEFT = ((0x0590, 0x08FF), (0xFB1D, 0xFDFF), (0xFE70, 0xFEFF), (0x10800, 0x10FFF))

_lock = threading.Lock()
_registered_from: Path | None = None  # reportlab's font registry is process-wide


@dataclass(frozen=True)
class FontFamily:
    """The reportlab names of the family's faces."""

    regular: str = FAMILY
    bold: str = f"{FAMILY}-Bold"
    italic: str = f"{FAMILY}-Oblique"
    bold_italic: str = f"{FAMILY}-BoldOblique"


def register_fonts(fonts_dir: Path) -> FontFamily:
    """Register the four faces in ``fonts_dir`` as one family, so <b> and <i> pick the right
    face; the PDF embeds the subset of each face it uses."""
    global _registered_from
    folder = fonts_dir.resolve()
    with _lock:
        if _registered_from != folder:
            missing = [name for name in FACE_FILES.values() if not (folder / name).is_file()]
            if missing:
                raise PackExportError(
                    f"The bundled fonts are missing from {folder}: {', '.join(missing)}."
                )
            for face, file_name in FACE_FILES.items():
                pdfmetrics.registerFont(TTFont(face, str(folder / file_name)))
            _map_family(FontFamily())
            _registered_from = folder
    return FontFamily()


def _map_family(family: FontFamily) -> None:
    for bold, italic, face in (
        (0, 0, family.regular),
        (1, 0, family.bold),
        (0, 1, family.italic),
        (1, 1, family.bold_italic),
    ):
        addMapping(family.regular, bold, italic, face)


def unsupported_characters(texts: Iterable[str], fonts_dir: Path) -> list[str]:
    """The distinct characters of ``texts`` that the bundled fonts cannot print properly, in
    code point order: letters with no glyph in every face (CJK, Bengali ...) and right-to-left
    scripts. Line breaks and other control characters are not printed, so never reported."""
    register_fonts(fonts_dir)
    covered = _covered_code_points(_registered_from)
    used = set().union(*texts)
    return sorted(
        (c for c in used if not _is_control(c) and (ord(c) not in covered or _is_rtl(c))),
        key=ord,
    )


@functools.lru_cache(maxsize=2)
def _covered_code_points(folder: Path | None) -> frozenset[int]:
    """Code points with a glyph in all four faces (a note may set any letter bold or italic),
    of the faces registered from ``folder``: the same for every export, so worked out once."""
    faces = [pdfmetrics.getFont(face).face.charToGlyph for face in FACE_FILES]
    return frozenset(faces[0]).intersection(*faces[1:])


def _is_control(character: str) -> bool:
    return unicodedata.category(character) == "Cc"


def _is_rtl(character: str) -> bool:
    code = ord(character)
    return any(low <= code <= high for low, high in _RIGHT_TO_LEFT)
