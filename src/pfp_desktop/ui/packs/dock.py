"""The briefing-pack panel (a dock on the right): choose or make a pack per meeting, add
initiatives from the tree or the search results, order them, set the print options and
export the PDF. Every change is saved at once in the delegate's database; there is no Save."""

from __future__ import annotations

from dataclasses import replace
from itertools import pairwise
from typing import TYPE_CHECKING

from PySide6.QtCore import Qt, QTimer, Signal
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import (
    QDockWidget,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QMessageBox,
    QPushButton,
    QScrollArea,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from pfp_desktop.domain.personal import PersonalDataError
from pfp_desktop.ui.packs.actions import BUTTON_STYLE, PackActions
from pfp_desktop.ui.packs.export_flow import ExportProgress, PackExportFlow
from pfp_desktop.ui.packs.export_job import ExportRequest
from pfp_desktop.ui.packs.list_model import PackEntry, PackListModel
from pfp_desktop.ui.packs.list_view import PackListButtons, PackListView
from pfp_desktop.ui.packs.options_form import PackOptionsForm
from pfp_desktop.ui.packs.picker import PackPicker
from pfp_desktop.ui.packs.sources import pack_entry

if TYPE_CHECKING:
    from collections.abc import Callable, Mapping, Sequence

    from pfp_desktop.domain.models import InitiativeSummary
    from pfp_desktop.services.catalogue_service import CatalogueService
    from pfp_desktop.services.pack_store import StoredPack
    from pfp_desktop.services.personal import Personal

TYPING_SAVE_MS = 400  # typing in an option is saved this long after the last key


class PackDock(QDockWidget):
    """``selection`` says which initiatives "Add to briefing pack" means at the moment; the
    window places ``add_action`` and ``pack_actions`` in its menus and calls ``close_down`` when
    it closes."""

    status_message = Signal(str)
    pack_ids_changed = Signal(list)  # the initiative ids of the pack on show

    def __init__(self, selection: Callable[[], list[str]], parent: QWidget | None = None) -> None:
        super().__init__(self.tr("Briefing pack"), parent)
        self.selection = selection
        self.setObjectName("packDock")
        self.catalogue: CatalogueService | None = None
        self.personal: Personal | None = None
        self.pack: StoredPack | None = None
        self._summaries: Mapping[str, InitiativeSummary] | None = None  # read when first needed
        self.picker = PackPicker(self._save)
        self.model = PackListModel(self)
        self.view = PackListView(self.model)
        self.list_buttons = PackListButtons(self.view)
        self.count = QLabel()
        self.form = PackOptionsForm()
        self.export_button = QPushButton(self.tr("&Export PDF…"))
        self.progress = ExportProgress()
        self.exporter = PackExportFlow(self, self.progress)
        self.notice = QLabel(self.tr("Opening the catalogue…"))
        self.stack = QStackedWidget()
        self.add_action = QAction(self.tr("Add to &briefing pack"), self)
        self.pack_actions = PackActions(self)
        self._save_timer = QTimer(self, singleShot=True, interval=TYPING_SAVE_MS)
        self._build()
        self._connect()

    # -- building -----------------------------------------------------------------------------

    def _build(self) -> None:
        self.stack.addWidget(self._notice_page())
        self.stack.addWidget(self._builder_page())
        self.setWidget(self.stack)
        self.add_action.setShortcut(QKeySequence("Ctrl+Shift+B"))
        self.add_action.setStatusTip(self.tr("Add the selected initiatives to the briefing pack"))
        self.add_action.setEnabled(False)
        self.count.setAccessibleName(self.tr("Number of initiatives in the pack"))
        self.export_button.setAccessibleName(self.tr("Export the pack as PDF"))
        self.export_button.setDefault(True)
        self.setStyleSheet(BUTTON_STYLE)
        p, b, f = self.picker, self.list_buttons, self.form
        order = [
            p.packs,
            p.new_button,
            p.more_button,
            self.view,
            b.up,
            b.down,
            b.remove,
            *f.tab_order(),
            self.export_button,
            self.progress.cancel_button,
        ]
        for first, second in pairwise(order):
            QWidget.setTabOrder(first, second)

    def _notice_page(self) -> QWidget:
        self.notice.setWordWrap(True)
        self.notice.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.notice.setFocusPolicy(Qt.FocusPolicy.TabFocus)
        self.notice.setAccessibleName(self.tr("Briefing packs unavailable"))
        page = QWidget()
        layout = QVBoxLayout(page)
        layout.addWidget(self.notice, 1)
        return page

    def _builder_page(self) -> QWidget:
        """Packs, list and options scroll when the window is small; Export stays in view."""
        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QScrollArea.Shape.NoFrame)
        scroll.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        content = self._scrolling_part()
        scroll.setWidget(content)
        scroll.setMinimumWidth(content.minimumSizeHint().width() + 16)
        page = QWidget()
        layout = QVBoxLayout(page)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(scroll, 1)
        bottom = QVBoxLayout()
        bottom.setContentsMargins(9, 0, 9, 9)
        bottom.addWidget(self.progress)
        bottom.addWidget(self.export_button)
        layout.addLayout(bottom)
        return page

    def _scrolling_part(self) -> QWidget:
        content = QWidget()
        layout = QVBoxLayout(content)
        layout.addWidget(self.picker)
        header = QHBoxLayout()
        header.addWidget(self.count, 1)
        header.addWidget(self.list_buttons)
        layout.addLayout(header)
        self.view.setMinimumHeight(130)
        layout.addWidget(self.view, 1)
        options = QGroupBox(self.tr("Print options"))
        options.setFlat(True)  # a heading and a rule: the dock is narrow
        box = QVBoxLayout(options)
        box.setContentsMargins(6, box.contentsMargins().top(), 6, 6)
        box.addWidget(self.form)
        layout.addWidget(options)
        return content

    def _connect(self) -> None:
        self.picker.chosen.connect(self._show_pack)
        self.picker.status.connect(self._status)
        self.model.ids_changed.connect(self._save)
        self.model.ids_changed.connect(self._announce_ids)
        self.model.modelReset.connect(self._announce_ids)
        self.model.rowsInserted.connect(self._update_count)
        self.model.rowsRemoved.connect(self._update_count)
        self.model.modelReset.connect(self._update_count)
        self.form.edited.connect(self._on_options_edited)
        self._save_timer.timeout.connect(self._save)
        self.export_button.clicked.connect(self.export_pdf)
        self.exporter.finished.connect(self._on_export_finished)
        self.add_action.triggered.connect(self._add_selected)
        self.pack_actions.export.triggered.connect(self._export_from_menu)
        self.pack_actions.print.triggered.connect(self.print_pack)
        self.toggleViewAction().triggered.connect(self._on_toggled)

    # -- the window ---------------------------------------------------------------------------

    def attach(self, catalogue: CatalogueService, personal: Personal | None) -> None:
        """Called once the catalogue (and the delegate's data) are open."""
        self.catalogue, self.personal = catalogue, personal
        self.add_action.setEnabled(personal is not None)
        if personal is None:
            self.notice.setText(
                self.tr(
                    "Briefing packs are kept with your notes, and your notes cannot be opened "
                    "right now, so packs are off."
                )
            )
            self.stack.setCurrentIndex(0)
            return
        self.stack.setCurrentIndex(1)
        self.picker.personal = personal
        self.picker.reload(None)  # the first pack, by name

    def open_pack(self, pack_id: int) -> None:
        """Show one of the delegate's packs in the panel (a link on the start page)."""
        if self.personal is None:
            return
        self._save()
        self.picker.reload(pack_id)
        self._show_inside()

    def close_down(self) -> None:
        """The window closes: save the last keystrokes in an option, stop an export."""
        self._save()
        self.exporter.stop()

    def _announce_ids(self) -> None:
        self.pack_ids_changed.emit(self.model.ids())

    def _status(self, message: str) -> None:
        self.status_message.emit(message)

    # -- adding -------------------------------------------------------------------------------

    def _add_selected(self) -> None:
        ids = self.selection()
        if not ids:
            self._status(self.tr("Select initiatives in the tree or the search results first."))
            return
        self.add_initiatives(ids)

    def add_initiatives(self, initiative_ids: list[str]) -> None:
        """Add these initiatives to the pack being built (a new pack if there is none)."""
        if self.personal is None or not initiative_ids:
            return
        if self.pack is None and self.picker.create_pack(self.picker.unused_name()) is None:
            return
        added = self.model.append(self._entries(initiative_ids))
        assert self.pack is not None
        if added:
            count = self._count_text(added)
            message = self.tr("Added {count} to “{pack}”.").format(count=count, pack=self.pack.name)
        else:
            message = self.tr("Already in “{pack}”.").format(pack=self.pack.name)
        self._status(message)
        self.show()
        self.raise_()

    def _entries(self, ids: Sequence[str]) -> list[PackEntry]:
        known = dict(self._summaries or {})
        missing = {i for i in ids if i not in known}
        if missing and self.catalogue is not None:  # only the pack's ids: cheap at 100,000
            known |= {s.id: s for s in self.catalogue.summaries_of(missing)}
            self._summaries = known
        return [pack_entry(i, known, self.personal) for i in ids]

    def _count_text(self, count: int) -> str:
        return self.tr("%n initiative(s)", "", count)

    def _update_count(self) -> None:
        self.count.setText(self._count_text(self.model.rowCount()))
        self._update_enabled()

    # -- the pack on show ----------------------------------------------------------------------

    def _show_pack(self, pack: StoredPack | None) -> None:
        self._save_timer.stop()
        self.pack = pack
        self.model.set_entries(self._entries(pack.initiative_ids) if pack else [])
        if pack is not None:
            self.form.set_options(pack.options, pack.name)
        self._update_enabled()

    # -- saving -------------------------------------------------------------------------------

    def _on_options_edited(self, at_once: bool) -> None:
        if at_once:
            self._save()
        else:
            self._save_timer.start()

    def _save(self) -> None:
        """Store the pack as shown (items in order, options) if it changed: one transaction."""
        self._save_timer.stop()
        if self.personal is None or self.pack is None:
            return
        shown = replace(
            self.pack, options=self.form.options(), initiative_ids=tuple(self.model.ids())
        )
        if shown == self.pack:
            return
        try:
            self.pack = self.personal.packs.save(shown)
        except PersonalDataError as exc:
            QMessageBox.warning(self, self.tr("Briefing pack"), str(exc))

    def _update_enabled(self) -> None:
        has_pack = self.pack is not None
        for widget in (self.form, self.view):
            widget.setEnabled(has_pack)
        printable = any(self.model.entry(r).printable for r in range(self.model.rowCount()))
        ready = has_pack and printable and not self.exporter.running
        self.export_button.setEnabled(ready)
        self.pack_actions.set_enabled(ready)
        self.list_buttons.update_enabled()

    # -- export -------------------------------------------------------------------------------

    def export_pdf(self) -> None:
        """Export PDF…: the pack's printable initiatives, in order, with its options."""
        request = self._request()
        if request is not None:
            self.exporter.start(*request)
            self._update_enabled()

    def print_pack(self) -> None:
        """Print briefing pack…: written to a temporary file, then Qt's print dialog."""
        self._show_inside()
        request = self._request()
        if request is not None:
            self.exporter.start_print(*request)
            self._update_enabled()

    def _export_from_menu(self) -> None:
        self._show_inside()  # the progress and Cancel are in the panel
        self.export_pdf()

    def _request(self) -> tuple[ExportRequest, str, int] | None:
        """What to write (the request, the pack's name, how many are left out), or None."""
        if self.catalogue is None or self.pack is None or self.exporter.running:
            return None
        self._save()
        entries = [self.model.entry(r) for r in range(self.model.rowCount())]
        ids = tuple(e.id for e in entries if e.printable)
        if not ids:
            return None
        from pfp_desktop.services.pack_personal import additions_of, corrections_of, notes_of

        options = self.form.printed_options()
        notes = notes_of(self.personal) if options.include_notes else None
        request = ExportRequest(
            self.catalogue,
            ids,
            options,
            notes,
            corrections_of(self.personal),
            additions_of(self.personal, self.catalogue),
        )
        return request, self.pack.name, len(entries) - len(ids)

    # -- focus --------------------------------------------------------------------------------

    def _on_toggled(self, shown: bool) -> None:
        if shown:  # Ctrl+Shift+P or View → Briefing pack: the keys now work in the panel
            self._focus_inside()

    def _show_inside(self) -> None:
        if not self.isVisible():
            self.show()
            self._focus_inside()
        self.raise_()

    def _focus_inside(self) -> None:
        reason = Qt.FocusReason.ShortcutFocusReason
        if self.stack.currentIndex() == 0:
            self.notice.setFocus(reason)  # why packs are off (a screen reader reads it out)
        elif self.view.isEnabled():
            self.view.setFocus(reason)  # the pack's initiatives
        else:
            self.picker.packs.setFocus(reason)  # no pack yet: choose or make one

    def _on_export_finished(self, message: str) -> None:
        self._status(message)
        self._update_enabled()
