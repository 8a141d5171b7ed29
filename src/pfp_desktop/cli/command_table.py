"""The `pfp` commands: each one's module (which registers it) and its line in `pfp --help`.

Kept apart from the modules so that `pfp --help` lists every command without importing or
building any of their parsers (each parser costs a few ms of every run); each module names
its commands with ``summary()``, so the list and the commands cannot drift apart.
"""

from __future__ import annotations

# name: (module of pfp_desktop.cli that registers it, its line in `pfp --help`)
COMMANDS: dict[str, tuple[str, str]] = {
    "summits": ("catalogue_commands", "list the GFMD summits"),
    "list": ("catalogue_commands", "list initiatives"),
    "show": ("catalogue_commands", "show one initiative"),
    "partners": ("catalogue_commands", "list partners"),
    "build-catalogue": ("catalogue_commands", "rebuild the catalogue from data/source"),
    "catalogue": ("catalogue_update_commands", "signed catalogue updates"),
    "note": ("personal_commands", "show or change the note on an initiative"),
    "notes": ("personal_commands", "export or import all personal data (JSON)"),
    "backup": ("personal_commands", "back up the personal database now"),
    "restore": ("personal_commands", "restore the personal database from a backup"),
    "search": ("search_command", "search the initiatives' text"),
    "export": ("export_command", "write a PDF briefing pack"),
}


def summary(command: str) -> str:
    """The one line `pfp --help` shows for ``command``."""
    return COMMANDS[command][1]
