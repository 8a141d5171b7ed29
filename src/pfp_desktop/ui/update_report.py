"""After a catalogue update: list what the delegate wrote that no longer fits, keep or drop."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QHeaderView,
    QLabel,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from pfp_desktop.domain.personal import IssueKind, UpdateIssue

if TYPE_CHECKING:
    from pfp_desktop.services.catalogue_service import CatalogueService
    from pfp_desktop.services.personal import Personal


def tr(text: str) -> str:
    return QCoreApplication.translate("UpdateReport", text)


def describe(issue: UpdateIssue) -> str:
    if issue.kind is IssueKind.MISSING:
        return tr("No longer in the catalogue")
    return tr("The catalogue changed this field; new text: ") + issue.detail[:200]


class UpdateReportDialog(QDialog):
    """Every issue with a "Drop" box, unticked: keeping is the default, nothing is lost."""

    def __init__(self, issues: list[UpdateIssue], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(tr("Your notes and the new catalogue"))
        self.issues = issues
        intro = QLabel(tr(
            "The catalogue was updated. These items of yours no longer match it. Nothing has "
            "been deleted: tick Drop only for what you no longer want; everything else is kept."
        ))  # fmt: skip
        intro.setWordWrap(True)
        self.table = QTableWidget(len(issues), 4)
        self.table.setAccessibleName(tr("Items to keep or drop"))
        self.table.setHorizontalHeaderLabels(
            [tr("Drop"), tr("Initiative"), tr("Your"), tr("What happened")]
        )
        for row, issue in enumerate(issues):
            box = QTableWidgetItem()
            box.setFlags(Qt.ItemFlag.ItemIsUserCheckable | Qt.ItemFlag.ItemIsEnabled)
            box.setCheckState(Qt.CheckState.Unchecked)
            self.table.setItem(row, 0, box)
            for column, text in enumerate((issue.initiative_id, issue.what, describe(issue)), 1):
                self.table.setItem(row, column, QTableWidgetItem(text))
        self.table.verticalHeader().hide()
        self.table.horizontalHeader().setSectionResizeMode(3, QHeaderView.ResizeMode.Stretch)
        self.table.setEditTriggers(QTableWidget.EditTrigger.NoEditTriggers)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok)
        buttons.button(QDialogButtonBox.StandardButton.Ok).setText(tr("&Apply"))
        buttons.accepted.connect(self.accept)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addWidget(self.table)
        layout.addWidget(buttons)
        self.resize(820, 420)

    def to_drop(self) -> list[UpdateIssue]:
        return [issue for row, issue in enumerate(self.issues) if _checked(self.table.item(row, 0))]


def _checked(item: QTableWidgetItem | None) -> bool:
    return item is not None and item.checkState() == Qt.CheckState.Checked


def review_catalogue_update(
    parent: QWidget, personal: Personal, catalogue: CatalogueService
) -> None:
    """After opening: if anything the delegate wrote no longer fits, ask what to keep."""
    from pfp_desktop.services import catalogue_update

    issues = catalogue_update.find_update_issues(personal.user, catalogue)
    if not issues:
        return
    dialog = UpdateReportDialog(issues, parent)
    dialog.exec()
    dropped = dialog.to_drop()
    for issue in issues:
        if issue in dropped:
            catalogue_update.drop(personal.user, issue)
        else:
            catalogue_update.keep(personal.user, issue)
