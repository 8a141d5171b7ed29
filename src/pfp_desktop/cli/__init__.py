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

Command = Callable[[argparse.Namespace], int]
COMMAND_MODULES = [
    catalogue_commands,
    catalogue_update_commands,
    personal_commands,
    search_command,
    export_command,
]


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
    args = _parser().parse_args(argv)
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


def _parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="pfp", description=__doc__.splitlines()[0] if __doc__ else ""
    )
    parser.add_argument(
        "--catalogue", type=Path, metavar="PATH", help="catalogue file (default: the shipped one)"
    )
    parser.add_argument(
        "--data-dir",
        type=Path,
        metavar="DIR",
        help="folder of your notes database (default: $PFP_DATA_DIR, else the user data folder)",
    )
    commands = parser.add_subparsers(required=True, metavar="COMMAND")
    for module in COMMAND_MODULES:
        module.register(commands)
    return parser
