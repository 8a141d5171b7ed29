"""Search in the window: the toolbar field, the results pane that replaces the tree while a
search is on, facets, highlighting in the shown page, and saved searches."""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, QEvent, QObject, Qt, Signal
from PySide6.QtGui import QAction, QColor, QKeyEvent, QKeySequence, QTextDocument
from PySide6.QtWidgets import QInputDialog, QLineEdit, QMessageBox, QStackedWidget, QWidget

from pfp_desktop.domain.finding import FindQuery, FindResult
from pfp_desktop.domain.typed_tags import TypedTag, typed_tags, without_tags
from pfp_desktop.locale import gcm_label, summit_title
from pfp_desktop.ui.common.changes import SAVED_SEARCHES, Changes
from pfp_desktop.ui.search.highlight import SEARCH_MARK_DARK, SEARCH_MARK_LIGHT, highlight_terms
from pfp_desktop.ui.search.panel import SearchPanel

if TYPE_CHECKING:
    from pfp_desktop.services.catalogue_service import CatalogueService
    from pfp_desktop.services.personal import Personal
    from pfp_desktop.ui.search.worker import SearchRunner

PARTNER_KINDS = {
    "country": QT_TRANSLATE_NOOP("SearchController", "Countries"),
    "organisation": QT_TRANSLATE_NOOP("SearchController", "Organisations"),
}


class SearchController(QObject):
    """The search field and the results pane in ``left`` (a stack whose first page is the
    tree). It shows nothing itself: it says which result was chosen, and highlights the hits in
    the ``documents`` the window shows."""

    result_chosen = Signal(str, str)  # (kind, key): show this page (the results keep the focus)
    closed = Signal()  # the search was cleared: back to the tree
    changed = Signal(Changes)  # saved searches added, renamed or deleted

    def __init__(
        self,
        parent: QWidget,
        left: QStackedWidget,
        field: QLineEdit,
        documents: Callable[[], tuple[QTextDocument, ...]],
    ) -> None:
        super().__init__(parent)
        self.parent_widget, self.left, self.field = parent, left, field
        self.documents = documents
        self.field.installEventFilter(self)
        self.panel = SearchPanel(self._label)
        self.panel.results.installEventFilter(self)
        self.left.addWidget(self.panel)
        self.query = FindQuery()
        self.pinned = False  # keep the ticks for the next search
        self.shown: tuple[str, str] | None = None  # (kind, key) of the result page on show
        self._typed: tuple[TypedTag, ...] = ()  # tags typed in the text of the last result
        self.runner: SearchRunner | None = None
        self.catalogue: CatalogueService | None = None
        self.personal: Personal | None = None
        self._labels: dict[str, dict[str, str]] = {}
        self.focus_action = self._focus_action()
        self.field.textEdited.connect(self._on_text)
        self.panel.facet_toggled.connect(self._on_facet)
        self.panel.result_chosen.connect(self._on_result)
        self.panel.save_requested.connect(self.save_search)
        self.panel.filters.filter_removed.connect(lambda f, v: self._on_facet(f, v, False))
        self.panel.filters.typed_tag_removed.connect(self._remove_typed_tag)
        self.panel.filters.pinned.connect(self._on_pinned)

    def _focus_action(self) -> QAction:
        action = QAction(QCoreApplication.translate("SearchController", "&Search"), self)
        action.setShortcuts([QKeySequence("Ctrl+F"), QKeySequence("Ctrl+K")])
        action.triggered.connect(self.focus)
        return action

    def showing(self) -> bool:
        """True while the results pane is in place of the tree."""
        return self.left.currentWidget() is self.panel

    def selected_ids(self) -> list[str]:
        """The initiatives selected in the results, in the order shown."""
        return self.panel.results.selected_ids()

    def add_result_action(self, action: QAction) -> None:
        """A command of the results' context menu (e.g. "Add to briefing pack")."""
        self.panel.results.addAction(action)
        self.panel.results.setContextMenuPolicy(Qt.ContextMenuPolicy.ActionsContextMenu)

    def stop(self) -> None:
        """Stop the search worker (the window closes, or another catalogue comes)."""
        if self.runner is not None:
            self.runner.stop()
            self.runner = None

    def attach(self, catalogue: CatalogueService, personal: Personal | None) -> None:
        from pfp_desktop.services.finder import Finder
        from pfp_desktop.ui.search.worker import SearchRunner

        self.catalogue, self.personal = catalogue, personal
        if self.runner is not None:  # another catalogue (an update installed): stop the old one
            self.runner.stop()
        self.runner = SearchRunner(Finder(catalogue, personal), self)
        self.runner.result_ready.connect(self._on_result_ready)
        self._labels = self._facet_labels(catalogue)

    def _facet_labels(self, catalogue: CatalogueService) -> dict[str, dict[str, str]]:
        return {
            "summit": {str(s.number): summit_title(s.number, s) for s in catalogue.summits()},
            "gcm": {
                str(o.number): f"{o.number}. {gcm_label('objective', o.number, o.short_label)}"
                for o in catalogue.gcm_objectives()
            },
            "sdg": {t.target: f"SDG {t.target}" for t in catalogue.sdg_targets()},
            "partner_kind": {k: self.tr(str(v)) for k, v in PARTNER_KINDS.items()},
        }

    def _label(self, facet: str, value: str) -> str:
        return self._labels.get(facet, {}).get(value, value)

    # -- typing and ticking -------------------------------------------------------------------

    def focus(self) -> None:
        self.field.setFocus(Qt.FocusReason.ShortcutFocusReason)
        self.field.selectAll()

    def _on_text(self, text: str) -> None:
        # A new search starts with no ticks, unless the delegate pinned them: ticks carried
        # over silently narrowed the next search with no sign of it.
        self.set_query(FindQuery(text, self.query.selected if self.pinned else {}))

    def _on_pinned(self, on: bool) -> None:
        self.pinned = on

    def _remove_typed_tag(self, index: int) -> None:
        if 0 <= index < len(self._typed):
            text = " ".join(without_tags(self.query.text, [self._typed[index]]).split())
            self.set_query(FindQuery(text, self.query.selected), at_once=True)

    def _on_facet(self, facet: str, value: str, on: bool) -> None:
        self.set_query(self.query.with_value(facet, value, on), at_once=True)

    def set_query(self, query: FindQuery, at_once: bool = False) -> None:
        self.query = query
        if self.field.text() != query.text:
            self.field.setText(query.text)
        if query.is_empty or self.runner is None:
            self.left.setCurrentIndex(0)  # back to the tree
            return
        self.left.setCurrentWidget(self.panel)
        self.runner.request(query, at_once=at_once)

    def clear(self) -> None:
        self.shown = None
        self.set_query(FindQuery())
        self.closed.emit()

    def refresh(self) -> None:
        """Personal data changed: run the current search again."""
        if not self.query.is_empty and self.runner is not None:
            self.runner.request(self.query, at_once=True)

    def _on_result_ready(self, query: FindQuery, result: FindResult) -> None:
        if query != self.query:
            return
        self._typed = result.typed_tags
        self.panel.show_result(query, result, self.mark())
        results = self.panel.results
        # The page on show is always one of the results: when the one chosen is gone (a tick
        # narrowed it away), the first result is shown instead.
        if self.shown is not None and results.row_of(self.shown) < 0 and results.count():
            results.setCurrentRow(0)

    def _on_result(self, kind: str, key: str) -> None:
        self.shown = (kind, key)
        self.result_chosen.emit(kind, key)
        self.highlight()

    def highlight(self) -> None:
        """Mark the searched words in the page and the note on show."""
        words = without_tags(self.query.text, typed_tags(self.query.text))
        if words.strip() and self.left.currentWidget() is self.panel:
            background, text = (QColor(c) for c in self.mark())
            for document in self.documents():
                highlight_terms(document, words, background, text)

    def mark(self) -> tuple[str, str]:
        """(background, text) colours of a search hit in the window's palette."""
        dark = self.parent_widget.palette().base().color().lightness() < 128
        return SEARCH_MARK_DARK if dark else SEARCH_MARK_LIGHT

    # -- keys ---------------------------------------------------------------------------------

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if not isinstance(event, QKeyEvent) or event.type() != QEvent.Type.KeyPress:
            return super().eventFilter(watched, event)
        if event.key() == Qt.Key.Key_Escape and watched in (self.field, self.panel.results):
            self.clear()
            return True
        if watched is self.field and event.key() in (Qt.Key.Key_Down, Qt.Key.Key_Return):
            results = self.panel.results
            if results.count():
                results.setFocus(Qt.FocusReason.TabFocusReason)
                results.setCurrentRow(max(0, results.currentRow()))
            return True
        return super().eventFilter(watched, event)

    # -- saved searches -----------------------------------------------------------------------

    def save_search(self) -> None:
        if self.personal is None:
            return
        name, ok = QInputDialog.getText(
            self.parent_widget,
            QCoreApplication.translate("SearchController", "Save search"),
            QCoreApplication.translate("SearchController", "Name:"),
            text=self.query.text or QCoreApplication.translate("SearchController", "My search"),
        )
        if not ok:
            return
        from pfp_desktop.domain.personal import PersonalDataError

        try:
            self.personal.saved_searches.save(name, self.query)
        except PersonalDataError as exc:
            QMessageBox.warning(
                self.parent_widget,
                QCoreApplication.translate("SearchController", "Save search"),
                str(exc),
            )
            return
        self.changed.emit(SAVED_SEARCHES)

    def open_saved(self, search_id: str) -> None:
        if self.personal is None or not search_id.isdigit():
            return
        saved = self.personal.saved_searches.get(int(search_id))
        if saved is not None:
            self.set_query(saved.query, at_once=True)

    def rename_saved(self, search_id: str, parent: QWidget) -> None:
        saved = self.personal.saved_searches.get(int(search_id)) if self.personal else None
        if saved is None or self.personal is None:
            return
        name, ok = QInputDialog.getText(
            parent,
            QCoreApplication.translate("SearchController", "Rename saved search"),
            QCoreApplication.translate("SearchController", "Name:"),
            text=saved.name,
        )
        if ok:
            from pfp_desktop.domain.personal import PersonalDataError

            try:
                self.personal.saved_searches.rename(saved.id, name)
            except PersonalDataError as exc:
                QMessageBox.warning(
                    parent,
                    QCoreApplication.translate("SearchController", "Rename saved search"),
                    str(exc),
                )
            self.changed.emit(SAVED_SEARCHES)

    def delete_saved(self, search_id: str) -> None:
        if self.personal is not None and search_id.isdigit():
            self.personal.saved_searches.delete(int(search_id))
            self.changed.emit(SAVED_SEARCHES)
