"""The About and Keyboard shortcuts dialogs."""

from __future__ import annotations

from html import escape
from pathlib import Path

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication
from PySide6.QtGui import QAction
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QHeaderView,
    QMessageBox,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

import pfp_desktop
from pfp_desktop.domain.models import CatalogueInfo
from pfp_desktop.services.app_folders import portable_data_dir
from pfp_desktop.services.user_data import resolve_data_dir


def about_text(info: CatalogueInfo, data_dir: Path) -> str:
    summary = QCoreApplication.translate(
        "Dialogs", "An offline reference to the GFMD Platform for Partnerships."
    )
    built = QCoreApplication.translate("Dialogs", "Catalogue {version}, built {date}").format(
        version=info.version, date=info.build_date
    )
    source = QCoreApplication.translate("Dialogs", "Source: {name}").format(name=info.source_name)
    offline = QCoreApplication.translate(
        "Dialogs", "Works entirely offline: nothing is ever sent or fetched."
    )
    where = (
        QCoreApplication.translate(
            "Dialogs", "Your notes and settings are kept beside the program, in"
        )
        if data_dir == portable_data_dir()
        else QCoreApplication.translate("Dialogs", "Your notes are kept in")
    )
    return (
        f"<h3>PfP Desktop {escape(pfp_desktop.__version__)}</h3>"
        f"<p>{escape(summary)}</p>"
        f"<p>{escape(built)}<br/>{escape(source)}<br/>"
        f"SHA-256 {escape(info.source_sha256[:16])}…</p>"
        f"<p>{escape(offline)}</p>"
        f"<p>{escape(where)}:<br/>{escape(str(data_dir))}</p>"
    )


def show_about(parent: QWidget, info: CatalogueInfo, data_dir: Path | None = None) -> None:
    """``data_dir``: the folder of the notes in use (default: where they are kept without
    --data-dir)."""
    folder = data_dir if data_dir is not None else resolve_data_dir()
    QMessageBox.about(
        parent, QCoreApplication.translate("Dialogs", "About PfP Desktop"), about_text(info, folder)
    )


# Keys that widgets handle themselves (no window action carries them), listed by hand.
WIDGET_KEYS = (
    (
        QT_TRANSLATE_NOOP("Dialogs", "Clear the search; leave the note editor"),
        QT_TRANSLATE_NOOP("Dialogs", "Escape"),
    ),
    (
        QT_TRANSLATE_NOOP("Dialogs", "Move the current pack item up or down"),
        QT_TRANSLATE_NOOP("Dialogs", "Ctrl+Up, Ctrl+Down"),
    ),
    (
        QT_TRANSLATE_NOOP("Dialogs", "Remove from the pack; delete a saved search"),
        QT_TRANSLATE_NOOP("Dialogs", "Delete"),
    ),
    (QT_TRANSLATE_NOOP("Dialogs", "Rename a saved search"), QT_TRANSLATE_NOOP("Dialogs", "F2")),
    (
        QT_TRANSLATE_NOOP("Dialogs", "Open the context menu (tree, results, pack)"),
        QT_TRANSLATE_NOOP("Dialogs", "Shift+F10, Menu"),
    ),
    (
        QT_TRANSLATE_NOOP("Dialogs", "Move in the tree; open or close a group"),
        QT_TRANSLATE_NOOP("Dialogs", "Arrow keys"),
    ),
    (QT_TRANSLATE_NOOP("Dialogs", "Next pane"), QT_TRANSLATE_NOOP("Dialogs", "Tab")),
    (
        QT_TRANSLATE_NOOP("Dialogs", "Follow a link in the page"),
        QT_TRANSLATE_NOOP("Dialogs", "Tab, Enter"),
    ),
)


def shortcut_rows(actions: list[QAction]) -> list[tuple[str, str]]:
    """Every action with keys, and the widgets' own keys: one row per command, by name."""
    rows = {
        (a.text().replace("&", ""), ", ".join(k.toString() for k in a.shortcuts()))
        for a in actions
        if a.shortcuts()
    }
    rows |= {
        (
            QCoreApplication.translate("Dialogs", str(command)),
            QCoreApplication.translate("Dialogs", str(keys)),
        )
        for command, keys in WIDGET_KEYS
    }
    return sorted(rows, key=lambda row: row[0].casefold())


class ShortcutsDialog(QDialog):
    """Every action that has a shortcut, in a table a screen reader can walk."""

    def __init__(self, actions: list[QAction], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(QCoreApplication.translate("Dialogs", "Keyboard shortcuts"))
        self.setAccessibleName(QCoreApplication.translate("Dialogs", "Keyboard shortcuts"))
        rows = shortcut_rows(actions)
        table = QTableWidget(len(rows), 2, self)
        table.setHorizontalHeaderLabels(
            [
                QCoreApplication.translate("Dialogs", "Command"),
                QCoreApplication.translate("Dialogs", "Keys"),
            ]
        )
        table.setAccessibleName(QCoreApplication.translate("Dialogs", "Shortcuts"))
        for row, (command, keys) in enumerate(rows):
            table.setItem(row, 0, QTableWidgetItem(command))
            table.setItem(row, 1, QTableWidgetItem(keys))
        table.verticalHeader().hide()
        table.horizontalHeader().setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        table.horizontalHeader().setSectionResizeMode(1, QHeaderView.ResizeMode.ResizeToContents)
        table.setEditTriggers(QTableWidget.EditTrigger.NoEditTriggers)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, parent=self)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(table)
        layout.addWidget(buttons)
        self.resize(520, 460)
