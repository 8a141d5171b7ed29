"""After a catalogue update: what's new in it, and what the delegate wrote that no longer
fits (keep or drop)."""

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
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from pfp_desktop.domain.personal import IssueKind, UpdateIssue

if TYPE_CHECKING:
    from pfp_desktop.domain.catalogue_changes import CatalogueChanges
    from pfp_desktop.services.catalogue_service import CatalogueService
    from pfp_desktop.services.personal import Personal


def describe(issue: UpdateIssue) -> str:
    if issue.kind is IssueKind.MISSING:
        return QCoreApplication.translate("UpdateReport", "No longer in the catalogue")
    return (
        QCoreApplication.translate("UpdateReport", "The catalogue changed this field; new text: ")
        + issue.detail[:200]
    )


class UpdateReportDialog(QDialog):
    """Every issue with a "Drop" box, unticked: keeping is the default, nothing is lost."""

    def __init__(
        self,
        issues: list[UpdateIssue],
        parent: QWidget | None = None,
        changes: CatalogueChanges | None = None,
    ) -> None:
        super().__init__(parent)
        self.setWindowTitle(
            QCoreApplication.translate("UpdateReport", "Your notes and the new catalogue")
        )
        self.issues = issues
        layout = QVBoxLayout(self)
        self.changes = _changes_tree(changes) if changes is not None else None
        if changes is not None and self.changes is not None:
            self.setWindowTitle(
                QCoreApplication.translate("UpdateReport", "What's new in catalogue {0}").format(
                    changes.new_version
                )
            )
            layout.addWidget(self.changes)
        intro = QLabel(
            QCoreApplication.translate(
                "UpdateReport",
                "The catalogue was updated. These items of yours no longer match it. Nothing "
                "has been deleted: tick Drop only for what you no longer want; everything else "
                "is kept.",
            )
        )
        intro.setWordWrap(True)
        self.table = _issues_table(issues)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok)
        buttons.button(QDialogButtonBox.StandardButton.Ok).setText(
            QCoreApplication.translate("UpdateReport", "&Apply")
        )
        buttons.accepted.connect(self.accept)
        intro.setVisible(bool(issues) or changes is None)
        self.table.setVisible(bool(issues) or changes is None)
        layout.addWidget(intro)
        layout.addWidget(self.table)
        layout.addWidget(buttons)
        self.resize(820, 420)

    def to_drop(self) -> list[UpdateIssue]:
        return [issue for row, issue in enumerate(self.issues) if _checked(self.table.item(row, 0))]


def _issues_table(issues: list[UpdateIssue]) -> QTableWidget:
    table = QTableWidget(len(issues), 4)
    table.setAccessibleName(QCoreApplication.translate("UpdateReport", "Items to keep or drop"))
    table.setHorizontalHeaderLabels(
        [
            QCoreApplication.translate("UpdateReport", "Drop"),
            QCoreApplication.translate("UpdateReport", "Initiative"),
            QCoreApplication.translate("UpdateReport", "Your"),
            QCoreApplication.translate("UpdateReport", "What happened"),
        ]
    )
    for row, issue in enumerate(issues):
        box = QTableWidgetItem()
        box.setFlags(Qt.ItemFlag.ItemIsUserCheckable | Qt.ItemFlag.ItemIsEnabled)
        box.setCheckState(Qt.CheckState.Unchecked)
        table.setItem(row, 0, box)
        for column, text in enumerate((issue.initiative_id, issue.what, describe(issue)), 1):
            table.setItem(row, column, QTableWidgetItem(text))
    table.verticalHeader().hide()
    table.horizontalHeader().setSectionResizeMode(3, QHeaderView.ResizeMode.Stretch)
    table.setEditTriggers(QTableWidget.EditTrigger.NoEditTriggers)
    return table


def _changes_tree(changes: CatalogueChanges) -> QTreeWidget:
    """New, changed and removed initiatives, one group each (the tree marks new ones too)."""
    tree = QTreeWidget()
    tree.setObjectName("catalogueChanges")
    tree.setAccessibleName(
        QCoreApplication.translate("UpdateReport", "What changed in the catalogue")
    )
    tree.setHeaderLabels(
        [
            QCoreApplication.translate("UpdateReport", "Initiative"),
            QCoreApplication.translate("UpdateReport", "What changed"),
        ]
    )
    groups = (
        (
            QCoreApplication.translate("UpdateReport", "New initiatives"),
            [
                (title, QCoreApplication.translate("UpdateReport", "new"))
                for _, title in changes.added
            ],
        ),
        (
            QCoreApplication.translate("UpdateReport", "Changed initiatives"),
            [(c.title, ", ".join(c.fields)) for c in changes.changed],
        ),
        (
            QCoreApplication.translate("UpdateReport", "Removed initiatives"),
            [
                (
                    r.title,
                    QCoreApplication.translate("UpdateReport", "you have notes on it")
                    if r.had_personal_items
                    else "",
                )
                for r in changes.removed
            ],
        ),
    )
    for label, rows in groups:
        group = QTreeWidgetItem(tree, [f"{label} ({len(rows)})"])
        for row in rows:
            QTreeWidgetItem(group, list(row))
        group.setExpanded(True)
    if changes.empty:
        QTreeWidgetItem(
            tree, [QCoreApplication.translate("UpdateReport", "No initiative changed.")]
        )
    tree.resizeColumnToContents(0)
    return tree


def show_whats_new(
    parent: QWidget,
    personal: Personal | None,
    catalogue: CatalogueService,
    changes: CatalogueChanges,
) -> UpdateReportDialog:
    """After installing an update: what changed, and what of the delegate's no longer fits
    (kept unless they tick Drop). Window-modal, returns at once."""
    from pfp_desktop.services import catalogue_update

    issues = catalogue_update.find_update_issues(personal.user, catalogue) if personal else []
    dialog = UpdateReportDialog(issues, parent, changes)
    dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
    if personal is not None:
        dialog.accepted.connect(lambda: _apply(personal, issues, dialog.to_drop()))
    dialog.open()
    return dialog


def _apply(personal: Personal, issues: list[UpdateIssue], dropped: list[UpdateIssue]) -> None:
    from pfp_desktop.services import catalogue_update

    for issue in issues:
        if issue in dropped:
            catalogue_update.drop(personal.user, issue)
        else:
            catalogue_update.keep(personal.user, issue)


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
    _apply(personal, issues, dialog.to_drop())
