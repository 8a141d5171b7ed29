"""`pfp`: the scripting front end over the services.

Exit codes: 0 success, 1 a clear error (printed as one line on stderr), 2 wrong usage.
Each module of this package adds its subcommands through register(); main() runs them.
"""

from __future__ import annotations

import argparse
import sys
from collections.abc import Callable, Sequence
from pathlib import Path

from pfp_desktop.cli import (
    catalogue_commands,
    catalogue_update_commands,
    export_command,
    personal_commands,
    search_command,
)
from pfp_desktop.domain.personal import PersonalDataError, WriteFailedError
from pfp_desktop.services.catalogue_build import CatalogueSourceError
from pfp_desktop.services.catalogue_service import CatalogueUnavailableError, NotFoundError
from pfp_desktop.services.user_data import UserDatabaseError

Command = Callable[[argparse.Namespace], int]
COMMAND_MODULES = [
    catalogue_commands, catalogue_update_commands, personal_commands, search_command,
    export_command,
]  # fmt: skip
# Errors a person can act on: printed as one line, exit code 1. Modules may add theirs.
USER_ERRORS: tuple[type[Exception], ...] = (
    NotFoundError,
    CatalogueUnavailableError,
    CatalogueSourceError,
    PersonalDataError,
    WriteFailedError,
    UserDatabaseError,
    LookupError,
    export_command.PackExportError,
    *catalogue_update_commands.ERRORS,
)


def main(argv: Sequence[str] | None = None) -> int:
    args = _parser().parse_args(argv)
    command: Command = args.command
    try:
        return command(args)
    except USER_ERRORS as exc:
        return fail(str(exc).strip("'\""))
    except BrokenPipeError:  # `pfp list | head`
        return 0
    except OSError as exc:
        return fail(f"{exc.strerror or exc}: {exc.filename or ''}".rstrip(": "))


def fail(message: str) -> int:
    print(f"pfp: error: {message}", file=sys.stderr)
    return 1


def _parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="pfp", description=__doc__.splitlines()[0] if __doc__ else ""
    )
    parser.add_argument(
        "--catalogue", type=Path, metavar="PATH", help="catalogue file (default: the shipped one)"
    )
    parser.add_argument(
        "--data-dir", type=Path, metavar="DIR",
        help="folder of your notes database (default: $PFP_DATA_DIR, else the user data folder)",
    )  # fmt: skip
    commands = parser.add_subparsers(required=True, metavar="COMMAND")
    for module in COMMAND_MODULES:
        module.register(commands)
    return parser
