"""The window's translations. For now English only: its plural forms, so that the counts the
window shows are written once as ``tr("%n initiative(s)", "", n)`` (which any language can give
its own forms later) and read "1 initiative", "2 initiatives"."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QTranslator

from pfp_desktop.services.locations import shipped_resource

_ENGLISH = "pfp_en.qm"


def install_translations(app: QCoreApplication) -> QTranslator | None:
    """Load the English forms into ``app`` (once); None when the file cannot be read, and the
    window then shows the source texts ("1 initiative(s)"), still understandable."""
    existing = app.findChild(QTranslator, "pfpEnglish")
    if isinstance(existing, QTranslator):
        return existing
    translator = QTranslator(app)
    translator.setObjectName("pfpEnglish")
    if not translator.load(str(shipped_resource(f"translations/{_ENGLISH}"))):
        return None
    app.installTranslator(translator)
    return translator
