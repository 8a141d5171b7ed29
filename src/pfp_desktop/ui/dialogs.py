"""The About and Keyboard shortcuts dialogs."""

from __future__ import annotations

from html import escape

from PySide6.QtCore import QCoreApplication
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


def about_text(info: CatalogueInfo) -> str:
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
    return (
        f"<h3>PfP Desktop {escape(pfp_desktop.__version__)}</h3>"
        f"<p>{escape(summary)}</p>"
        f"<p>{escape(built)}<br/>{escape(source)}<br/>"
        f"SHA-256 {escape(info.source_sha256[:16])}…</p>"
        f"<p>{escape(offline)}</p>"
    )


def show_about(parent: QWidget, info: CatalogueInfo) -> None:
    QMessageBox.about(
        parent, QCoreApplication.translate("Dialogs", "About PfP Desktop"), about_text(info)
    )


class ShortcutsDialog(QDialog):
    """Every action that has a shortcut, in a table a screen reader can walk."""

    def __init__(self, actions: list[QAction], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(QCoreApplication.translate("Dialogs", "Keyboard shortcuts"))
        self.setAccessibleName(QCoreApplication.translate("Dialogs", "Keyboard shortcuts"))
        rows = [
            (a.text().replace("&", ""), ", ".join(s.toString() for s in a.shortcuts()))
            for a in actions
            if a.shortcuts()
        ]
        rows += [
            (
                QCoreApplication.translate("Dialogs", "Move in the tree; open or close a group"),
                QCoreApplication.translate("Dialogs", "Arrow keys"),
            ),
            (
                QCoreApplication.translate("Dialogs", "Next pane"),
                QCoreApplication.translate("Dialogs", "Tab"),
            ),
        ]
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
