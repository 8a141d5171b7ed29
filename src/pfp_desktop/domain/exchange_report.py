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
        if len(self.conflicts) == 1:
            text += ", 1 conflict (yours kept; see below)"
        elif self.conflicts:  # the lines below say where the imported side went, if anywhere
            text += f", {len(self.conflicts)} conflicts (yours kept; see below)"
        return text + "."
