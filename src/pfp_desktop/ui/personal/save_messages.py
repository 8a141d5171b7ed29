"""What the window says when a delegate's edit could not be saved: what happened, that the
text is kept, and what to do, in plain words."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QLocale

from pfp_desktop.domain.personal import MAX_NOTE_LENGTH, WriteFailedError, WriteFailure


def not_saved_message(exc: Exception, text_length: int = 0) -> str:
    """The sentence for a failed save of a note (or any edit)."""
    if not isinstance(exc, WriteFailedError):  # a value the database may not hold
        if text_length > MAX_NOTE_LENGTH:
            return QCoreApplication.translate(
                "SaveMessages",
                "Not saved: a note can hold at most {limit} characters and this one has "
                "{length}. Your text is kept here; shorten it to save it.",
            ).format(limit=_count(MAX_NOTE_LENGTH), length=_count(text_length))
        return QCoreApplication.translate("SaveMessages", "Not saved: {reason}").format(
            reason=str(exc)
        )
    return _write_failure_message(exc)


def _write_failure_message(exc: WriteFailedError) -> str:
    failure = exc.failure
    if failure is WriteFailure.DISK_FULL:
        return QCoreApplication.translate(
            "SaveMessages",
            "Not saved: the disk is full. Your text is kept here; free some space (it is "
            "saved by itself as soon as it can be), or use File → Export notes… to keep a copy.",
        )
    if failure is WriteFailure.READ_ONLY:
        return QCoreApplication.translate(
            "SaveMessages",
            "Not saved: your notes database cannot be written (read-only file or folder). "
            "Your text is kept here; quit and choose Save to a file… to keep it.",
        )
    if failure is WriteFailure.BUSY:
        return QCoreApplication.translate(
            "SaveMessages",
            "Not saved yet: another program (a pfp command, or another PfP Desktop) is writing "
            "to your notes. Your text is kept here and saved as soon as it is done.",
        )
    if failure is WriteFailure.DAMAGED:
        return QCoreApplication.translate(
            "SaveMessages",
            "Not saved: your notes database is damaged. Your text is kept here; quit and "
            "choose Save to a file…, then start PfP Desktop again to repair the database.",
        )
    return QCoreApplication.translate(
        "SaveMessages",
        "Not saved: the notes database could not be written ({detail}). Your text is kept here.",
    ).format(detail=exc.detail)


def saved_message(merged: bool, overlapped: bool) -> str:
    if overlapped:
        return QCoreApplication.translate(
            "SaveMessages", "Saved, merged with a change made elsewhere: please check the note"
        )
    if merged:
        return QCoreApplication.translate(
            "SaveMessages", "Saved, merged with a change made elsewhere"
        )
    return QCoreApplication.translate("SaveMessages", "Saved")


def _count(value: int) -> str:
    """20000 grouped as the window's language writes it: '20,000', '20 000', '20.000'."""
    return QLocale().toString(value)
