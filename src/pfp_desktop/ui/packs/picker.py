"""Which pack is being built: the delegate's packs (one per meeting), New…, Rename…, Delete."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import replace
from typing import TYPE_CHECKING

from PySide6.QtCore import Signal
from PySide6.QtGui import QAction
from PySide6.QtWidgets import (
    QComboBox,
    QHBoxLayout,
    QInputDialog,
    QLabel,
    QMenu,
    QMessageBox,
    QToolButton,
    QWidget,
)

from pfp_desktop.domain.personal import PersonalDataError

if TYPE_CHECKING:
    from pfp_desktop.services.pack_store import StoredPack
    from pfp_desktop.services.personal import Personal


class PackPicker(QWidget):
    """Emits chosen(StoredPack | None) when another pack is to be shown, and status(message).
    ``flush`` is called first, so the pack on show is saved before anything switches."""

    chosen = Signal(object)  # a StoredPack, or None (no pack): Qt has no type for "or None"
    status = Signal(str)

    def __init__(self, flush: Callable[[], None], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.flush = flush
        self.personal: Personal | None = None
        self.packs = QComboBox()
        self.new_button = QToolButton()
        self.more_button = QToolButton()
        self.rename_action = QAction(self.tr("Rena&me pack…"), self)
        self.delete_action = QAction(self.tr("&Delete pack…"), self)
        self._build()
        self.packs.activated.connect(lambda _i: self._emit_chosen())
        self.new_button.clicked.connect(self.new_pack)
        self.rename_action.triggered.connect(self.rename_pack)
        self.delete_action.triggered.connect(self.delete_pack)

    def _build(self) -> None:
        label = QLabel(self.tr("&Pack:"))
        label.setBuddy(self.packs)
        self.packs.setSizeAdjustPolicy(
            QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon
        )
        self.packs.setMinimumContentsLength(14)  # "Dossier d'information", "Carpeta informativa"
        self.packs.setAccessibleName(self.tr("Briefing pack"))
        self.new_button.setText(self.tr("&New…"))
        self.new_button.setAccessibleName(self.tr("New pack"))
        self.new_button.setToolTip(self.tr("A new, empty pack (one per meeting)"))
        menu = QMenu(self)
        menu.addActions([self.rename_action, self.delete_action])
        self.more_button.setMenu(menu)
        self.more_button.setPopupMode(QToolButton.ToolButtonPopupMode.InstantPopup)
        self.more_button.setText("⋯")
        self.more_button.setAccessibleName(self.tr("Rename or delete the pack"))
        self.more_button.setToolTip(self.more_button.accessibleName())
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(label)
        layout.addWidget(self.packs, 1)
        layout.addWidget(self.new_button)
        layout.addWidget(self.more_button)

    def current_id(self) -> int | None:
        """The id of the pack chosen in the box, if any."""
        pack_id = self.packs.currentData()
        return pack_id if isinstance(pack_id, int) else None

    def reload(self, chosen_id: int | None) -> None:
        """List the packs again and show ``chosen_id`` (else the first one, else none)."""
        packs = self.personal.packs.all() if self.personal else []
        self.packs.clear()
        for pack in packs:
            self.packs.addItem(pack.name, pack.id)
        chosen = next((p for p in packs if p.id == chosen_id), packs[0] if packs else None)
        self.packs.setCurrentIndex(self.packs.findData(chosen.id) if chosen else -1)
        self.packs.setEnabled(bool(packs))
        self.packs.setToolTip(chosen.name if chosen else "")  # a long name is cut in the box
        self.rename_action.setEnabled(chosen is not None)
        self.delete_action.setEnabled(chosen is not None)
        self.chosen.emit(chosen)

    def _emit_chosen(self) -> None:
        self.flush()
        pack_id = self.current_id()
        if self.personal is not None and pack_id is not None:
            self.packs.setToolTip(self.packs.currentText())
            self.chosen.emit(self.personal.packs.get(pack_id))

    def unused_name(self) -> str:
        """ "Briefing pack", or "Briefing pack 2" ... when that name is taken."""
        names = {p.name for p in self.personal.packs.all()} if self.personal else set()
        base = self.tr("Briefing pack")
        return next(n for n in (base, *(f"{base} {i}" for i in range(2, 999))) if n not in names)

    def create_pack(self, name: str) -> StoredPack | None:
        """A new, empty pack, now on show (None, after a message, when the name is refused)."""
        if self.personal is None:
            return None
        self.flush()
        try:
            pack = self.personal.packs.create(name)
        except PersonalDataError as exc:
            QMessageBox.warning(self, self.tr("New briefing pack"), str(exc))
            return None
        self.reload(pack.id)
        return pack

    def new_pack(self) -> None:
        """Ask for a name; the new, empty pack becomes the one being built."""
        name, ok = QInputDialog.getText(
            self, self.tr("New briefing pack"), self.tr("Name (for example, the meeting):")
        )
        pack = self.create_pack(name) if ok else None
        if pack is not None:
            self.status.emit(self.tr("Created “{pack}”.").format(pack=pack.name))

    def rename_pack(self) -> None:
        """Ask for a new name; a title that followed the old name follows the new one."""
        self.flush()
        pack_id = self.current_id()
        old = self.personal.packs.get(pack_id) if self.personal and pack_id else None
        if old is None or self.personal is None:
            return
        name, ok = QInputDialog.getText(
            self, self.tr("Rename briefing pack"), self.tr("Name:"), text=old.name
        )
        if not ok:
            return
        options = old.options
        if options.title == old.name:
            options = replace(options, title=" ".join(name.split()))
        try:
            renamed = self.personal.packs.save(replace(old, name=name, options=options))
        except PersonalDataError as exc:
            QMessageBox.warning(self, self.tr("Rename briefing pack"), str(exc))
            return
        self.reload(renamed.id)

    def delete_pack(self) -> None:
        """Delete the pack on show, after the delegate confirms."""
        self.flush()
        pack_id = self.current_id()
        if self.personal is None or pack_id is None:
            return
        name = self.packs.currentText()
        question = self.tr(
            "Delete the briefing pack “{pack}”? This cannot be undone. "
            "The initiatives and your notes are not affected."
        )
        buttons = QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.Cancel
        answer = QMessageBox.question(
            self,
            self.tr("Delete briefing pack"),
            question.format(pack=name),
            buttons,
            QMessageBox.StandardButton.Cancel,
        )
        if answer != QMessageBox.StandardButton.Yes:
            return
        self.personal.packs.delete(pack_id)
        self.reload(None)
        self.status.emit(self.tr("Deleted “{pack}”.").format(pack=name))
