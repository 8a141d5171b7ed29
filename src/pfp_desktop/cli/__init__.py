"""`pfp`: the scripting front end over the services.

Exit codes: 0 success, 1 a clear error (printed as one line on stderr), 2 wrong usage.
Each module of this package adds its subcommands through register(); main() runs them.
"""

from __future__ import annotations

import argparse
import sys
from collections.abc import Callable, Sequence
from pathlib import Path
from types import ModuleType

Command = Callable[[argparse.Namespace], int]
# Each command and the module of this package that registers it: a command line that names
# one builds the parser of that module only (building all of them cost a few ms of every
# run). tests/test_cli_imports.py checks this table against what the modules register.
COMMAND_MODULES = {
    "summits": "catalogue_commands",
    "list": "catalogue_commands",
    "show": "catalogue_commands",
    "partners": "catalogue_commands",
    "build-catalogue": "catalogue_commands",
    "catalogue": "catalogue_update_commands",
    "note": "personal_commands",
    "notes": "personal_commands",
    "backup": "personal_commands",
    "restore": "personal_commands",
    "search": "search_command",
    "export": "export_command",
}
_GLOBAL_OPTIONS_WITH_VALUE = {"--catalogue", "--data-dir"}


def user_errors() -> tuple[type[Exception], ...]:
    """Errors a person can act on: printed as one line, exit code 1. Imported only when a
    command failed (and had imported them already): parsing the command line loads none of
    the services, so `pfp --help` answers at once."""
    from pfp_desktop.domain.personal import PersonalDataError
    from pfp_desktop.services.catalogue_build import CatalogueSourceError
    from pfp_desktop.services.catalogue_service import CatalogueUnavailableError, NotFoundError
    from pfp_desktop.services.catalogue_signing import CatalogueRefusedError
    from pfp_desktop.services.pack_export import PackExportError
    from pfp_desktop.services.user_data import UserDatabaseError

    return (
        NotFoundError,
        CatalogueUnavailableError,
        CatalogueSourceError,
        PersonalDataError,
        UserDatabaseError,
        LookupError,
        PackExportError,
        CatalogueRefusedError,
    )


def main(argv: Sequence[str] | None = None) -> int:
    """Run one ``pfp`` command; the exit status (errors a person can fix print one line)."""
    words = list(sys.argv[1:] if argv is None else argv)
    args = parser(command_word(words)).parse_args(words)
    command: Command = args.command
    try:
        return command(args)
    except BrokenPipeError:  # `pfp list | head`
        return 0
    except Exception as exc:
        if isinstance(exc, user_errors()):
            return fail(str(exc).strip("'\""))
        if isinstance(exc, OSError):
            return fail(f"{exc.strerror or exc}: {exc.filename or ''}".rstrip(": "))
        raise


def fail(message: str) -> int:
    """Print ``message`` as one ``pfp: error:`` line on stderr; the exit status 1."""
    print(f"pfp: error: {message}", file=sys.stderr)
    return 1


def command_word(words: Sequence[str]) -> str | None:
    """The command a command line names (``pfp --data-dir D show X`` -> "show"), if any."""
    skip = False
    for word in words:
        if skip or word.startswith("-"):
            skip = word in _GLOBAL_OPTIONS_WITH_VALUE
            continue
        return word
    return None


def parser(command: str | None = None) -> argparse.ArgumentParser:
    """The `pfp` parser: with only ``command``'s subcommands if it is one, else with all."""
    top = argparse.ArgumentParser(
        prog="pfp", description=__doc__.splitlines()[0] if __doc__ else ""
    )
    top.add_argument(
        "--catalogue", type=Path, metavar="PATH", help="catalogue file (default: the shipped one)"
    )
    top.add_argument(
        "--data-dir",
        type=Path,
        metavar="DIR",
        help="folder of your notes database (default: $PFP_DATA_DIR, else the user data folder)",
    )
    commands = top.add_subparsers(required=True, metavar="COMMAND")
    names = [COMMAND_MODULES[command]] if command in COMMAND_MODULES else COMMAND_MODULES.values()
    modules = _command_modules()
    for name in dict.fromkeys(names):  # each module once, in the order of the table
        modules[name].register(commands)
    return top


def _command_modules() -> dict[str, ModuleType]:
    # Imported by name here, not through importlib: PyInstaller's analysis follows only
    # imports it can read, and a frozen `pfp` would lack the modules. Importing them is
    # cheap; building their parsers is what costs.
    from pfp_desktop.cli import (
        catalogue_commands,
        catalogue_update_commands,
        export_command,
        personal_commands,
        search_command,
    )

    return {
        "catalogue_commands": catalogue_commands,
        "catalogue_update_commands": catalogue_update_commands,
        "personal_commands": personal_commands,
        "search_command": search_command,
        "export_command": export_command,
    }
