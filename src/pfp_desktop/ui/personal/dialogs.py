"""Dialogs of the personal layer: note history, local corrections, added initiatives."""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, QDateTime, QLocale, Qt, QTimeZone
from PySide6.QtGui import QTextDocument
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPlainTextEdit,
    QSplitter,
    QVBoxLayout,
    QWidget,
)

from pfp_desktop.domain.models import PfpSession, Summit
from pfp_desktop.domain.personal import EDITABLE_FIELDS, LocalInitiative, NoteRevision
from pfp_desktop.ui.common.detail_view import DetailView

FIELD_NAMES = {  # the same labels as the page's (personal_html.FIELD_LABELS), translatable here
    "title": QT_TRANSLATE_NOOP("PersonalDialogs", "Title"),
    "policy_challenge": QT_TRANSLATE_NOOP("PersonalDialogs", "Policy challenge"),
    "solution": QT_TRANSLATE_NOOP("PersonalDialogs", "Solution or approach"),
}


def _buttons(dialog: QDialog, ok_text: str) -> QDialogButtonBox:
    buttons = QDialogButtonBox(
        QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
    )
    buttons.button(QDialogButtonBox.StandardButton.Ok).setText(ok_text)
    buttons.accepted.connect(dialog.accept)
    buttons.rejected.connect(dialog.reject)
    return buttons


# How a version came to be, when not by typing (typing is the usual way: it goes unsaid).
_ORIGINS = {
    "restore": QT_TRANSLATE_NOOP("PersonalDialogs", "restored"),
    "merge": QT_TRANSLATE_NOOP("PersonalDialogs", "merged with a change made elsewhere"),
    "import": QT_TRANSLATE_NOOP("PersonalDialogs", "imported"),
    "undo": QT_TRANSLATE_NOOP("PersonalDialogs", "undone"),
}


def local_time(saved_at: str) -> str:
    """A stored UTC stamp in the delegate's time zone and date format (QLocale's short one)."""
    stamp = QDateTime.fromString(saved_at[:23], Qt.DateFormat.ISODateWithMs)
    if not stamp.isValid():
        return saved_at
    stamp.setTimeZone(QTimeZone.utc())
    return QLocale().toString(stamp.toLocalTime(), QLocale.FormatType.ShortFormat)


def _revision_label(revision: NoteRevision, current: bool) -> str:
    parts = [local_time(revision.saved_at)]
    if revision.origin in _ORIGINS:
        parts.append(QCoreApplication.translate("PersonalDialogs", str(_ORIGINS[revision.origin])))
    if current:
        parts.append(QCoreApplication.translate("PersonalDialogs", "current version"))
    first_line = (
        revision.text.strip().splitlines()
        or [QCoreApplication.translate("PersonalDialogs", "(empty)")]
    )[0][:60]
    return " · ".join(parts) + "\n" + first_line


class NoteHistoryDialog(QDialog):
    """Every saved revision of a note, newest first; "Restore" makes one current again."""

    def __init__(self, revisions: list[NoteRevision], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(QCoreApplication.translate("PersonalDialogs", "Note history"))
        self.revisions = revisions
        self.list = QListWidget()
        self.list.setAccessibleName(
            QCoreApplication.translate("PersonalDialogs", "Saved versions, newest first")
        )
        self.preview = DetailView()
        self.preview.setAccessibleName(
            QCoreApplication.translate("PersonalDialogs", "The selected version")
        )
        for number, revision in enumerate(revisions):
            item = QListWidgetItem(_revision_label(revision, current=number == 0))
            item.setData(Qt.ItemDataRole.UserRole, revision.id)
            self.list.addItem(item)
        self.list.currentRowChanged.connect(self._show)
        splitter = QSplitter()
        splitter.addWidget(self.list)
        splitter.addWidget(self.preview)
        splitter.setSizes([260, 440])
        layout = QVBoxLayout(self)
        layout.addWidget(splitter)
        layout.addWidget(
            _buttons(self, QCoreApplication.translate("PersonalDialogs", "&Restore this version"))
        )
        self.list.setCurrentRow(0)
        self.resize(760, 480)

    def _show(self, row: int) -> None:
        if 0 <= row < len(self.revisions):
            features = QTextDocument.MarkdownFeature.MarkdownDialectGitHub
            no_html = QTextDocument.MarkdownFeature.MarkdownNoHTML
            self.preview.document().setMarkdown(self.revisions[row].text, features | no_html)

    def chosen_revision(self) -> int | None:
        item = self.list.currentItem()
        return int(item.data(Qt.ItemDataRole.UserRole)) if item else None


class CorrectionDialog(QDialog):
    """Edit the title, policy challenge and solution of a catalogue initiative locally."""

    def __init__(self, current: dict[str, str], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(
            QCoreApplication.translate("PersonalDialogs", "Correct this initiative")
        )
        self.fields: dict[str, QLineEdit | QPlainTextEdit] = {}
        form = QFormLayout()
        for field in EDITABLE_FIELDS:
            editor: QLineEdit | QPlainTextEdit
            editor = (
                QLineEdit(current[field]) if field == "title" else QPlainTextEdit(current[field])
            )
            name = QCoreApplication.translate("PersonalDialogs", str(FIELD_NAMES[field]))
            editor.setAccessibleName(name)
            form.addRow(name + ":", editor)
            self.fields[field] = editor
        note = QCoreApplication.translate(
            "PersonalDialogs",
            "Corrections stay on this computer, marked 'edited locally'; the catalogue "
            "text can be restored at any time.",
        )
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(_wrapped_label(note))
        layout.addWidget(
            _buttons(self, QCoreApplication.translate("PersonalDialogs", "&Save corrections"))
        )
        self.resize(720, 520)

    def values(self) -> dict[str, str]:
        return {
            field: editor.text() if isinstance(editor, QLineEdit) else editor.toPlainText()
            for field, editor in self.fields.items()
        }


class AddInitiativeDialog(QDialog):
    """A talk heard at the summit: title, summit and session, partners, challenge, solution."""

    def __init__(
        self,
        summits: list[Summit],
        sessions: list[PfpSession],
        existing: LocalInitiative | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setWindowTitle(
            QCoreApplication.translate("PersonalDialogs", "Edit added initiative")
            if existing
            else QCoreApplication.translate("PersonalDialogs", "Add an initiative")
        )
        self.existing = existing
        self.sessions = sessions
        self.title = QLineEdit(existing.title if existing else "")
        self.session = QComboBox()
        for summit in sorted(summits, key=lambda s: -s.number):
            for session in [s for s in sessions if s.summit_number == summit.number]:
                label = (
                    summit.title
                    if session.label == "PfP session"
                    else f"{summit.title} — {session.label}"
                )
                self.session.addItem(label, session.id)
        if existing:
            self.session.setCurrentIndex(max(0, self.session.findData(existing.session_id)))
        self.partners = QLineEdit(", ".join(existing.partners) if existing else "")
        self.partners.setPlaceholderText(
            QCoreApplication.translate("PersonalDialogs", "Names separated by commas")
        )
        self.challenge = QPlainTextEdit(existing.policy_challenge if existing else "")
        self.solution = QPlainTextEdit(existing.solution if existing else "")
        form = QFormLayout()
        for label, widget in (
            (QCoreApplication.translate("PersonalDialogs", "Title"), self.title),
            (QCoreApplication.translate("PersonalDialogs", "Summit"), self.session),
            (QCoreApplication.translate("PersonalDialogs", "Partners"), self.partners),
            (QCoreApplication.translate("PersonalDialogs", "Policy challenge"), self.challenge),
            (QCoreApplication.translate("PersonalDialogs", "Solution or approach"), self.solution),
        ):
            widget.setAccessibleName(label)
            form.addRow(label + ":", widget)
        self.buttons = _buttons(self, QCoreApplication.translate("PersonalDialogs", "&Save"))
        self.title.textChanged.connect(self._update_ok)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.buttons)
        self._update_ok()
        self.resize(680, 520)

    def _update_ok(self) -> None:
        ok = self.buttons.button(QDialogButtonBox.StandardButton.Ok)
        ok.setEnabled(bool(self.title.text().strip()) and self.session.count() > 0)

    def initiative(self) -> LocalInitiative:
        session_id = int(self.session.currentData())
        summit = next(s.summit_number for s in self.sessions if s.id == session_id)
        partners = tuple(p.strip() for p in self.partners.text().split(",") if p.strip())
        return LocalInitiative(
            id=self.existing.id if self.existing else "",
            summit_number=summit,
            session_id=session_id,
            title=self.title.text().strip(),
            partners=partners,
            policy_challenge=self.challenge.toPlainText(),
            solution=self.solution.toPlainText(),
            created_at=self.existing.created_at if self.existing else "",
        )


def _wrapped_label(text: str) -> QWidget:
    from PySide6.QtWidgets import QLabel

    label = QLabel(text)
    label.setWordWrap(True)
    return label
