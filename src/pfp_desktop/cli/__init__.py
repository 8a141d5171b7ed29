"""`pfp`: the scripting front end over the services.

Exit codes: 0 success, 1 a clear error (printed as one line on stderr), 2 wrong usage.
Each module of this package adds its subcommands through register(); main() runs them.
"""

from __future__ import annotations

import argparse
import gc
import os
import sys
from collections.abc import Callable, Sequence
from types import ModuleType

from pfp_desktop.cli.command_table import COMMANDS
from pfp_desktop.cli.opened import close_opened

Command = Callable[[argparse.Namespace], int]
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


def run() -> int:
    """The `pfp` program (its console script): main(), in a process that exits when it is done.

    Python's cycle collector is off for the run and skips every object at exit: a command
    lasts a moment, and collecting the ~400,000 objects that SQLAlchemy and reportlab leave
    cost `pfp export --all` ~140 ms of its ~0.75 s (benchmarks/cli_startup.py). Memory is
    still freed by reference counting; only cycles wait for the exit. Not in main(): tests
    and other long-lived callers keep the collector as it was.
    """
    gc.disable()
    try:
        return main()
    finally:
        gc.freeze()  # objects alive now are not walked again when the interpreter exits


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
    finally:
        close_opened()  # the databases it opened: their files whole, whatever happened


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
    """The `pfp` parser: with the full parser of ``command``'s module if it names one, else
    with the list of commands only (enough for `pfp --help` and for a wrong command)."""
    top = argparse.ArgumentParser(
        prog="pfp", description=__doc__.splitlines()[0] if __doc__ else ""
    )
    top.add_argument(
        "--catalogue", type=_path, metavar="PATH", help="catalogue file (default: the shipped one)"
    )
    top.add_argument(
        "--data-dir",
        type=_path,
        metavar="DIR",
        help="folder of your notes database (default: $PFP_DATA_DIR, else the user data folder)",
    )
    commands = top.add_subparsers(required=True, metavar="COMMAND")
    # A command line that names a command builds the parser of its module only; with none
    # (`pfp --help`), only the list of commands is built: building every parser cost ~10 ms
    # of every run. tests/test_cli_imports.py checks COMMANDS against what modules register.
    if command not in COMMANDS:  # `pfp --help`, no command or an unknown one: only the list
        for name, (_, line) in COMMANDS.items():
            commands.add_parser(name, help=line, add_help=False)
        return top
    _command_modules()[COMMANDS[command][0]].register(commands)
    return top


def _path(text: str) -> os.PathLike[str]:
    """A path argument, as a pathlib.Path. pathlib (and typing, for a Path annotation) are
    imported only when one is given: together they are ~5 ms of `pfp --help`."""
    from pathlib import Path

    return Path(text)


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
