"""What an import of personal data did, for the person who asked for it."""

from __future__ import annotations

from dataclasses import dataclass, field


@dataclass
class ImportReport:
    added: int = 0
    skipped: int = 0
    conflicts: list[str] = field(default_factory=list)

    def summary(self) -> str:
        """One line for a person ("3 items imported, 1 already here, ...")."""
        items = "1 item" if self.added == 1 else f"{self.added} items"
        text = f"{items} imported, {self.skipped} already here"
        if self.conflicts:
            text += f", {len(self.conflicts)} conflicts (both versions kept)"
        return text + "."
