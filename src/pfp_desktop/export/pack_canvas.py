"""The canvas of a pack: draws what is known only once every page is laid out, and writes
compact streams."""

from __future__ import annotations

import threading
from collections.abc import Callable
from typing import Any

from reportlab import rl_config
from reportlab.pdfbase.pdfdoc import PDFResourceDictionary
from reportlab.pdfgen.canvas import Canvas

FormDrawing = Callable[[Canvas], None]
Box = tuple[float, float, float, float]  # lower left x, y, upper right x, y

_SAVE_LOCK = threading.Lock()


class PackCanvas(Canvas):  # type: ignore[misc]  # reportlab has no type hints
    """A canvas that can draw what is known only once every page is laid out, and writes its
    streams Flate-compressed without an ASCII85 layer.

    Pages are written as they are laid out, so a page number printed before its page exists (in
    the contents) or the page count (in every footer) cannot be drawn in place. ``draw_later``
    places a form XObject there instead and draws the form's content when the document is
    saved: one layout pass instead of a measuring pass and a printing pass.

    ASCII85 keeps a PDF 7-bit clean for mail transports nobody uses any more; reportlab applies
    it by default, in pure Python: a second per 1,000 pages, and a file a quarter larger. The
    setting is a reportlab global read only while saving, so it is switched for that moment.
    """

    def __init__(self, *args: Any, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        self._late_forms: dict[str, tuple[Box | None, FormDrawing]] = {}

    def draw_later(self, name: str, draw: FormDrawing, box: Box | None = None) -> None:
        """Show the form ``name`` here, in the current coordinates; ``draw`` draws its content
        (within ``box``, by default the page) when the document is saved. A name placed again
        shows the same form: content drawn once, however many pages show it."""
        self.doForm(name)
        self._late_forms.setdefault(name, (box, draw))

    def save(self) -> None:
        """Define the forms known only at the end, then write the PDF file."""
        self._define_late_forms()
        with _SAVE_LOCK:
            previous = rl_config.useA85
            rl_config.useA85 = 0
            try:
                super().save()
            finally:
                rl_config.useA85 = previous

    def _define_late_forms(self) -> None:
        # Only here, after the last page: defining a form takes reportlab's document out of
        # page mode for good, and a bookmark placed after that would fail.
        if not self._late_forms:
            return
        # They share one resource dictionary (fonts, procedure sets) instead of each writing
        # its own: a pack has a form per page and per contents entry.
        resources = PDFResourceDictionary()
        resources.basicFonts()
        resources.allProcs()
        shared = self._doc.Reference(resources)
        for name, (box, draw) in self._late_forms.items():
            self.beginForm(name, *(box or ()))
            draw(self)
            self.endForm(Resources=shared)
        self._late_forms.clear()
