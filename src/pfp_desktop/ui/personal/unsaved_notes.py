"""Quitting with notes that could not be saved: the delegate chooses, nothing is dropped
silently. "Save to a file…" writes every unsaved text to a Markdown file of their choice."""

from __future__ import annotations

from collections.abc import Callable
from datetime import datetime
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QFileDialog, QMessageBox, QWidget

from pfp_desktop.ui.personal.note_saving import UnsavedNote

if TYPE_CHECKING:
    from pfp_desktop.domain.personal import Target


def _key(target: Target) -> str:
    return target.key


def _heading(target: Target, title_of: Callable[[Target], str]) -> str:
    title = title_of(target)
    where = f"{target.kind.value}: {target.key}"
    return where if title == target.key else f"{title} ({where})"


def may_quit(
    parent: QWidget, unsaved: list[UnsavedNote], title_of: Callable[[Target], str] = _key
) -> bool:
    """Ask what to do with ``unsaved`` (each named by ``title_of`` its record); True when the
    window may close."""
    box = QMessageBox(
        QMessageBox.Icon.Warning,
        QCoreApplication.translate("UnsavedNotes", "Notes not saved"),
        _summary(unsaved, title_of),
        parent=parent,
    )
    box.setInformativeText(unsaved[-1].reason)
    to_file = box.addButton(
        QCoreApplication.translate("UnsavedNotes", "Save to a file…"),
        QMessageBox.ButtonRole.AcceptRole,
    )
    retry = box.addButton(
        QCoreApplication.translate("UnsavedNotes", "Try again"), QMessageBox.ButtonRole.ActionRole
    )
    discard = box.addButton(
        QCoreApplication.translate("UnsavedNotes", "Quit without saving"),
        QMessageBox.ButtonRole.DestructiveRole,
    )
    box.addButton(QMessageBox.StandardButton.Cancel)
    box.setDefaultButton(to_file)
    box.exec()
    chosen = box.clickedButton()
    if chosen is discard:
        return True
    if chosen is to_file:
        return _save_to_file(parent, unsaved, title_of)
    del retry  # "Try again" and Cancel keep the window open; the panel retries by itself
    return False


def _summary(unsaved: list[UnsavedNote], title_of: Callable[[Target], str]) -> str:
    count = len(unsaved)
    if count == 1:
        return QCoreApplication.translate(
            "UnsavedNotes", "Your note on {what} could not be saved. It is still here."
        ).format(what=title_of(unsaved[0].target))
    return QCoreApplication.translate(
        "UnsavedNotes", "{count} notes could not be saved. They are still here."
    ).format(count=count)


def _save_to_file(
    parent: QWidget, unsaved: list[UnsavedNote], title_of: Callable[[Target], str]
) -> bool:
    from pfp_desktop.services.text_files import write_text_atomically

    stamp = datetime.now().strftime("%Y-%m-%d-%H%M")
    suggested = str(Path.home() / f"pfp-unsaved-notes-{stamp}.md")
    path, _ = QFileDialog.getSaveFileName(
        parent,
        QCoreApplication.translate("UnsavedNotes", "Save your notes to a file"),
        suggested,
        QCoreApplication.translate("UnsavedNotes", "Markdown (*.md);;Text (*.txt)"),
    )
    if not path:
        return False
    try:
        write_text_atomically(Path(path), notes_as_markdown(unsaved, title_of))
    except OSError as exc:
        message = QCoreApplication.translate(
            "UnsavedNotes",
            "Could not write {path}: {reason}. Choose another place, such as a USB stick.",
        ).format(path=path, reason=exc.strerror or exc)
        QMessageBox.warning(
            parent, QCoreApplication.translate("UnsavedNotes", "Notes not saved"), message
        )
        return False
    return True


def notes_as_markdown(unsaved: list[UnsavedNote], title_of: Callable[[Target], str] = _key) -> str:
    """One section per note, headed by what it is attached to (its title, kind and key)."""
    sections = [
        f"# {_heading(note.target, title_of)}\n\n{note.text.rstrip()}\n" for note in unsaved
    ]
    return "\n".join(sections)
