"""The pack's print options: cover wording, what to include, and the paper."""

from __future__ import annotations

from dataclasses import replace

from PySide6.QtCore import QT_TRANSLATE_NOOP, Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QVBoxLayout,
    QWidget,
)

from pfp_desktop.domain.briefing_pack import PackOptions, Paper
from pfp_desktop.locale import as_language, current_language

PAPER_LABELS: dict[Paper, object] = {
    "a4": QT_TRANSLATE_NOOP("PackOptionsForm", "A4"),
    "letter": QT_TRANSLATE_NOOP("PackOptionsForm", "US Letter"),
}
# Each language by its own name; "" prints the pack in the window's language.
LANGUAGE_LABELS: dict[str, str] = {"en": "English", "fr": "Français", "es": "Español"}


class PackOptionsForm(QWidget):
    """Emits edited(at_once): at_once is False while a text field is being typed in (the dock
    then saves after a short pause) and True for a finished edit, a tick or a choice."""

    edited = Signal(bool)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("packOptions")
        self.title = self._field(self.tr("Title"), self.tr("Title on the cover and every page"))
        self.delegate = self._field(self.tr("Delegate"), self.tr("Who the pack is for"))
        self.meeting = self._field(self.tr("Meeting"), self.tr("The meeting the pack is for"))
        self.date = self._field(self.tr("Date"), self.tr("The date, as you write it"))
        self.date.setPlaceholderText(self.tr("e.g. 12 May 2026"))
        self.notes = QCheckBox(self.tr("Include my &personal notes"))
        self.notes_hint = QLabel(self.tr("Printed, marked “Personal note”."))
        self.partner_index = QCheckBox(self.tr("Include a partner &index"))
        self.overview = QCheckBox(self.tr("Include an &overview page"))
        self.paper = QComboBox()
        for value, text in PAPER_LABELS.items():
            self.paper.addItem(self.tr(str(text)), value)
        self.language = QComboBox()
        self.language.addItem(self.tr("The window's language"), "")
        for code, name in LANGUAGE_LABELS.items():
            self.language.addItem(name, code)
        self._pack_name = ""
        self._build()
        self._connect()
        self.set_options(PackOptions(title=""), "")  # the defaults, until a pack is shown

    def _field(self, name: str, description: str) -> QLineEdit:
        field = QLineEdit()
        field.setAccessibleName(name)
        field.setAccessibleDescription(description)
        field.setClearButtonEnabled(True)
        return field

    def _build(self) -> None:
        self.notes.setAccessibleName(self.tr("Include my personal notes"))
        self.notes.setAccessibleDescription(self.notes_hint.text())
        # No word wrap: a wrapping label makes the dock's scroll area size to the preferred
        # height, so the list could not give way to the options in a small window.
        self.notes_hint.setIndent(22)  # under the box's text, not its tick
        self.notes_hint.setEnabled(False)  # the palette's quieter text colour
        self.partner_index.setAccessibleName(self.tr("Include a partner index"))
        self.overview.setAccessibleName(self.tr("Include an overview page"))
        self.overview.setAccessibleDescription(
            self.tr("The catalogue's initiatives by GCM objective and summit, as on the start page")
        )
        self.paper.setAccessibleName(self.tr("Paper size"))
        self.language.setAccessibleName(self.tr("Language of the pack's labels"))
        form = QFormLayout()
        form.setContentsMargins(0, 0, 0, 0)
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        rows = (
            (self.tr("&Title:"), self.title),
            (self.tr("De&legate:"), self.delegate),
            (self.tr("&Meeting:"), self.meeting),
            (self.tr("D&ate:"), self.date),
            (self.tr("Pape&r:"), self.paper),
            (self.tr("La&nguage:"), self.language),
        )
        for text, widget in rows:
            form.addRow(text, widget)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(form)
        layout.addWidget(self.notes)
        layout.addWidget(self.notes_hint)
        layout.addWidget(self.partner_index)
        layout.addWidget(self.overview)

    def tab_order(self) -> list[QWidget]:
        """The controls top to bottom, as Tab visits them."""
        return [
            *self._fields(),
            self.paper,
            self.language,
            self.notes,
            self.partner_index,
            self.overview,
        ]

    def _fields(self) -> tuple[QLineEdit, ...]:
        return (self.title, self.delegate, self.meeting, self.date)

    def _connect(self) -> None:
        for field in self._fields():
            field.textEdited.connect(lambda _text: self.edited.emit(False))
            field.editingFinished.connect(lambda: self.edited.emit(True))
        self.notes.clicked.connect(lambda _on: self.edited.emit(True))
        self.partner_index.clicked.connect(lambda _on: self.edited.emit(True))
        self.overview.clicked.connect(lambda _on: self.edited.emit(True))
        self.paper.activated.connect(lambda _i: self.edited.emit(True))
        self.language.activated.connect(lambda _i: self.edited.emit(True))

    def set_options(self, options: PackOptions, pack_name: str) -> None:
        """Show a pack's options; an empty title shows the pack's name in grey (the default)."""
        self._pack_name = pack_name
        self.title.setPlaceholderText(pack_name)
        texts = (options.title, options.delegate, options.meeting, options.date)
        for field, text in zip(self._fields(), texts, strict=True):
            if field.text() != text:
                field.setText(text)
                field.setCursorPosition(0)  # a long title shows its beginning
        self.notes.setChecked(options.include_notes)
        self.partner_index.setChecked(options.include_partner_index)
        self.overview.setChecked(options.include_overview)
        self.paper.setCurrentIndex(max(0, self.paper.findData(options.paper)))
        self.language.setCurrentIndex(max(0, self.language.findData(options.language)))

    def options(self) -> PackOptions:
        """The options as shown (what the delegate typed, trimmed)."""
        paper: Paper = "letter" if self.paper.currentData() == "letter" else "a4"
        code = str(self.language.currentData() or "")
        return PackOptions(
            title=self.title.text().strip(),
            delegate=self.delegate.text().strip(),
            meeting=self.meeting.text().strip(),
            date=self.date.text().strip(),
            include_notes=self.notes.isChecked(),
            include_partner_index=self.partner_index.isChecked(),
            include_overview=self.overview.isChecked(),
            paper=paper,
            language=as_language(code) if code else "",
        )

    def printed_options(self) -> PackOptions:
        """The options to print with: an empty title becomes the pack's name."""
        options = self.options()
        if not options.language:  # printed in the window's language of the moment
            options = replace(options, language=current_language())
        return options if options.title else replace(options, title=self._pack_name)
