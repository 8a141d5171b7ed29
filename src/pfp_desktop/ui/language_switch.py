"""View → Language: the window in another language at once, and remembered.

Qt translates a text when a widget is made, so switching means either retranslating every
widget by hand or making the window anew. The window is made anew, from the same open catalogue
and notes: the note on show is saved first, the layout (size, splitters, pack dock, grouping,
page on show) goes through the settings as at a restart, the search text is carried over, and
the old window closes once the new one is on screen.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING, Protocol

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication
from PySide6.QtGui import QAction, QActionGroup
from PySide6.QtWidgets import QApplication, QLineEdit, QMenu

from pfp_desktop.locale import as_language
from pfp_desktop.ui import settings as keys
from pfp_desktop.ui.settings import AppSettings
from pfp_desktop.ui.translations import install_translations

if TYPE_CHECKING:
    from pfp_desktop.services.catalogue_service import CatalogueService
    from pfp_desktop.services.personal import Personal
    from pfp_desktop.ui.personal.controller import PersonalController
    from pfp_desktop.ui.personal.note_panel import NotePanel
    from pfp_desktop.ui.search.controller import SearchController


class Window(Protocol):
    """What the switch needs of the main window (which imports this module, not the reverse)."""

    settings: AppSettings
    catalogue: CatalogueService | None
    panels_added: bool
    note_panel: NotePanel
    personal: PersonalController
    search_field: QLineEdit
    search: SearchController

    def new_marks_folder(self) -> Path | None: ...
    def save_layout(self) -> None: ...
    def open_catalogue(self, catalogue: CatalogueService, personal: Personal | None) -> None: ...
    def mark_new_initiatives(self, data_dir: Path) -> None: ...
    def show(self) -> None: ...
    def close(self) -> bool: ...
    def activateWindow(self) -> None: ...
    def deleteLater(self) -> None: ...


WindowFactory = Callable[[], Window]

# Each language by its own name, so a person finds theirs whatever the window speaks.
LANGUAGE_NAMES: dict[str, str] = {
    "": str(QT_TRANSLATE_NOOP("LanguageMenu", "&System language")),
    "en": "&English",
    "fr": "&Français",
    "es": "E&spañol",
}


def add_language_menu(window: Window, view_menu: QMenu, make: WindowFactory) -> QMenu:
    """View → Language, with the remembered choice checked; ``make`` builds a new window."""
    menu = view_menu.addMenu(QCoreApplication.translate("LanguageMenu", "&Language"))
    menu.setObjectName("languageMenu")
    group = QActionGroup(menu)
    chosen = window.settings.get(keys.LANGUAGE)
    for code, name in LANGUAGE_NAMES.items():
        text = QCoreApplication.translate("LanguageMenu", name) if not code else name
        action = QAction(text, menu, checkable=True, checked=code == chosen)
        action.setObjectName(f"language-{code or 'system'}")
        action.triggered.connect(lambda _=False, c=code: switch_language(window, c, make))
        group.addAction(action)
        menu.addAction(action)
    return menu


def switch_language(window: Window, code: str, make: WindowFactory) -> Window | None:
    """Remember ``code`` ("" for the system's) and show the window in it; the new window, or
    None when the switch waits for the next start (the catalogue is still opening, or a note
    could not be saved: nothing is lost by waiting)."""
    window.settings.set(keys.LANGUAGE, code)
    app = QApplication.instance()
    assert isinstance(app, QApplication)
    install_translations(app, as_language(code) if code else None)
    if window.catalogue is None or not window.panels_added or window.note_panel.unsaved():
        return None
    return _rebuild(window, make)


def _rebuild(old: Window, make: WindowFactory) -> Window:
    catalogue, personal = old.catalogue, old.personal.personal
    assert catalogue is not None
    search_text = old.search_field.text()
    query = old.search.query if old.search.showing() else None
    new_marks = old.new_marks_folder()
    old.save_layout()  # read back by the new window as at a restart
    new = make()
    new.show()  # before the old one closes: closing the last window would quit
    old.close()  # gives up the notes lock and stops the old window's workers
    new.open_catalogue(catalogue, personal)
    if new_marks is not None:
        new.mark_new_initiatives(new_marks)
    new.search_field.setText(search_text)
    if query is not None:  # the same search, filters and all
        new.search.set_query(query, at_once=True)
    new.activateWindow()
    old.deleteLater()
    return new
