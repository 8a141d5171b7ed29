"""Dialogs of the personal layer: note history, local corrections, added initiatives."""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, QDateTime, QLocale, Qt, QTimeZone
from PySide6.QtGui import QTextDocument
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPlainTextEdit,
    QSpinBox,
    QSplitter,
    QVBoxLayout,
    QWidget,
)

from pfp_desktop.domain.models import PfpSession, Summit
from pfp_desktop.domain.personal import (
    EDITABLE_FIELDS,
    NO_SESSION,
    LocalInitiative,
    LocalSummit,
    NoteRevision,
)
from pfp_desktop.locale import summit_title
from pfp_desktop.ui.common.detail_view import DetailView
from pfp_desktop.ui.personal.partner_completer import PartnerCompleter

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
            form.addRow(_with_colon(name), editor)
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


SESSION_ROLE = Qt.ItemDataRole.UserRole
SUMMIT_ROLE = Qt.ItemDataRole.UserRole + 1
NEW_SUMMIT = -1  # the session data of the "New summit…" choice


class AddInitiativeDialog(QDialog):
    """A talk heard at a summit: title, summit and session (or a summit the catalogue does not
    hold yet: number, year, city), partners (known ones suggested), challenge, solution."""

    def __init__(
        self,
        summits: list[Summit],
        sessions: list[PfpSession],
        existing: LocalInitiative | None = None,
        parent: QWidget | None = None,
        local_summits: Sequence[LocalSummit] = (),
        partner_names: Sequence[str] = (),
    ) -> None:
        super().__init__(parent)
        self.setWindowTitle(
            QCoreApplication.translate("PersonalDialogs", "Edit added initiative")
            if existing
            else QCoreApplication.translate("PersonalDialogs", "Add an initiative")
        )
        self.existing = existing
        self.catalogue_numbers = {s.number for s in summits}
        self.title = QLineEdit(existing.title if existing else "")
        self.session = _summit_choice(summits, sessions, local_summits)
        self.new_summit_box = _NewSummitFields(summits, local_summits)
        if existing:
            row = next(
                (
                    r
                    for r in range(self.session.count())
                    if self.session.itemData(r, SESSION_ROLE) == existing.session_id
                    and self.session.itemData(r, SUMMIT_ROLE) == existing.summit_number
                ),
                0,
            )
            self.session.setCurrentIndex(row)
        self.partners = QLineEdit(", ".join(existing.partners) if existing else "")
        self.partners.setPlaceholderText(
            QCoreApplication.translate(
                "PersonalDialogs", "Names separated by commas: known partners are suggested"
            )
        )
        self.completer = PartnerCompleter(partner_names, self.partners, self)
        self.challenge = QPlainTextEdit(existing.policy_challenge if existing else "")
        self.solution = QPlainTextEdit(existing.solution if existing else "")
        self._lay_out()
        self.title.textChanged.connect(self._update_ok)
        self.session.currentIndexChanged.connect(self._on_summit_chosen)
        self.new_summit_box.city.textChanged.connect(self._update_ok)
        self._on_summit_chosen()
        self.resize(680, 560)

    def _lay_out(self) -> None:
        form = QFormLayout()
        for label, widget in (
            (QCoreApplication.translate("PersonalDialogs", "Title"), self.title),
            (QCoreApplication.translate("PersonalDialogs", "Summit"), self.session),
            (QCoreApplication.translate("PersonalDialogs", "New summit"), self.new_summit_box),
            (QCoreApplication.translate("PersonalDialogs", "Partners"), self.partners),
            (QCoreApplication.translate("PersonalDialogs", "Policy challenge"), self.challenge),
            (QCoreApplication.translate("PersonalDialogs", "Solution or approach"), self.solution),
        ):
            widget.setAccessibleName(label)
            form.addRow(_with_colon(label), widget)
        self.form = form
        self.buttons = _buttons(self, QCoreApplication.translate("PersonalDialogs", "&Save"))
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.buttons)

    def _creating_summit(self) -> bool:
        return bool(self.session.currentData(SESSION_ROLE) == NEW_SUMMIT)

    def _on_summit_chosen(self) -> None:
        self.form.setRowVisible(self.new_summit_box, self._creating_summit())
        self._update_ok()

    def _update_ok(self) -> None:
        ok = self.buttons.button(QDialogButtonBox.StandardButton.Ok)
        summit_ok = not self._creating_summit() or bool(self.new_summit_box.city.text().strip())
        ok.setEnabled(bool(self.title.text().strip()) and summit_ok)

    def new_summit(self) -> LocalSummit | None:
        """The summit to create first, when "New summit…" is chosen."""
        return self.new_summit_box.summit() if self._creating_summit() else None

    def initiative(self) -> LocalInitiative:
        new = self.new_summit()
        summit = new.number if new else int(self.session.currentData(SUMMIT_ROLE))
        session_id = NO_SESSION if new else int(self.session.currentData(SESSION_ROLE))
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


def _summit_choice(
    summits: list[Summit], sessions: list[PfpSession], local_summits: Sequence[LocalSummit]
) -> QComboBox:
    """Summits (and sessions) to file a talk under: "New summit…", the delegate's own
    summits, then the catalogue's, newest first."""
    box = QComboBox()

    def add(label: str, session_id: int, number: int) -> None:
        box.addItem(label)
        box.setItemData(box.count() - 1, session_id, SESSION_ROLE)
        box.setItemData(box.count() - 1, number, SUMMIT_ROLE)

    add(
        QCoreApplication.translate("PersonalDialogs", "New summit, not in the catalogue yet…"),
        NEW_SUMMIT,
        0,
    )
    mine = QCoreApplication.translate("PersonalDialogs", "added by you")
    for local in local_summits:
        add(f"{local.title} ({mine})", NO_SESSION, local.number)
    for summit in sorted(summits, key=lambda s: -s.number):
        for session in [s for s in sessions if s.summit_number == summit.number]:
            label = (
                summit_title(summit.number, summit)
                if session.label == "PfP session"
                else f"{summit_title(summit.number, summit)} — {session.label}"
            )
            add(label, session.id, summit.number)
    box.setCurrentIndex(min(1, box.count() - 1))  # the newest summit, not "New summit…"
    return box


class _NewSummitFields(QWidget):
    """Number, year and city of a summit the catalogue does not hold yet."""

    def __init__(self, summits: list[Summit], local_summits: Sequence[LocalSummit]) -> None:
        super().__init__()
        numbers = [s.number for s in summits] + [s.number for s in local_summits]
        years = [s.start.year for s in summits] + [s.year for s in local_summits]
        self.number = QSpinBox(minimum=1, maximum=999, value=max(numbers, default=0) + 1)
        self.year = QSpinBox(minimum=2007, maximum=2100, value=max(years, default=2024) + 1)
        self.city = QLineEdit()
        self.city.setPlaceholderText(QCoreApplication.translate("PersonalDialogs", "City"))
        row = QHBoxLayout(self)
        row.setContentsMargins(0, 0, 0, 0)
        for label, widget in (
            (QCoreApplication.translate("PersonalDialogs", "Number"), self.number),
            (QCoreApplication.translate("PersonalDialogs", "Year"), self.year),
            (QCoreApplication.translate("PersonalDialogs", "City"), self.city),
        ):
            widget.setAccessibleName(label)
            row.addWidget(widget, stretch=1 if widget is self.city else 0)

    def summit(self) -> LocalSummit:
        return LocalSummit(self.number.value(), self.year.value(), self.city.text().strip())


def _wrapped_label(text: str) -> QWidget:
    from PySide6.QtWidgets import QLabel

    label = QLabel(text)
    label.setWordWrap(True)
    return label


def _with_colon(label: str) -> str:
    """A form's label: 'Title:', 'Titre :' (French sets a space before the colon)."""
    return QCoreApplication.translate("PersonalDialogs", "{label}:").format(label=label)
