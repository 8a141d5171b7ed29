"""`pfp note | notes export | notes import | backup | restore`: the delegate's own data."""

from __future__ import annotations

import argparse
import sys
from pathlib import Path
from typing import TYPE_CHECKING

from pfp_desktop.cli.command_table import summary
from pfp_desktop.cli.common import catalogue_service, counted, open_personal

if TYPE_CHECKING:  # imported where used: `pfp --help` loads none of it
    from pfp_desktop.domain.personal import Target

STDIO = "-"  # as FILE: standard output (export) or standard input (import); "./-" is a file


def register(commands: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    """Add this module's subcommands to the `pfp` parser."""
    note = commands.add_parser("note", help=summary("note"))
    note.add_argument("id", help="initiative id (or summit:N, partner:NAME)")
    action = note.add_mutually_exclusive_group()
    action.add_argument("--set", metavar="TEXT", help="replace the note by TEXT ('-': stdin)")
    action.add_argument("--append", metavar="TEXT", help="add TEXT as a new paragraph")
    action.add_argument("--show", action="store_true", help="print the note (the default)")
    note.set_defaults(command=_note)

    notes = commands.add_parser("notes", help=summary("notes"))
    sub = notes.add_subparsers(required=True, metavar="ACTION")
    export = sub.add_parser("export", help="write notes, corrections, additions, flags to FILE")
    export.add_argument("file", help="where to write ('-': standard output)")
    export.set_defaults(command=_export)
    imported = sub.add_parser("import", help="merge a file written by `pfp notes export`")
    imported.add_argument("file", help="the file to read ('-': standard input)")
    imported.set_defaults(command=_import)

    backup = commands.add_parser("backup", help=summary("backup"))
    backup.set_defaults(command=_backup)
    restore = commands.add_parser("restore", help=summary("restore"))
    restore.add_argument(
        "backup",
        nargs="?",
        type=Path,
        help="backup file (default: the newest), or a damaged database to salvage from",
    )
    restore.set_defaults(command=_restore)


def _target(text: str) -> Target:
    from pfp_desktop.domain.personal import Target, TargetKind

    kind, _, key = text.partition(":")
    if key and kind in {"summit", "partner"}:
        return Target(TargetKind(kind), key)
    return Target(TargetKind.INITIATIVE, text)


def _note(args: argparse.Namespace) -> int:
    from pfp_desktop.domain.personal import TargetKind

    target = _target(args.id)
    if target.kind is TargetKind.INITIATIVE and not target.key.startswith("local-"):
        catalogue_service(args).initiative(target.key)  # a clear error for an unknown id
    personal = open_personal(args)
    if args.set is not None:
        text = sys.stdin.read() if args.set == "-" else args.set
        personal.notes.set_note(target, text)
        print(f"Saved the note on {args.id}.")
    elif args.append is not None:
        personal.notes.append(target, args.append)
        print(f"Added to the note on {args.id}.")
    else:
        print(personal.notes.text(target))
    return 0


def _export(args: argparse.Namespace) -> int:
    from pfp_desktop.services.notes_exchange import export_personal_data, write_personal_data

    user, catalogue = open_personal(args).user, catalogue_service(args)
    if args.file == STDIO:  # the JSON is the output; the count goes beside it, to stderr
        count = write_personal_data(user, catalogue, sys.stdout)
        print(f"Wrote {counted(count, 'item')} to standard output.", file=sys.stderr)
        return 0
    count = export_personal_data(user, catalogue, Path(args.file))
    print(f"Wrote {args.file}: {counted(count, 'item')}.")
    return 0


def _import(args: argparse.Namespace) -> int:
    from pfp_desktop.services.bounded_file import read_stream_bounded
    from pfp_desktop.services.notes_exchange import (
        MAX_FILE_BYTES,
        import_personal_bytes,
        import_personal_data,
    )

    personal = open_personal(args)
    if args.file == STDIO:
        data = read_stream_bounded(sys.stdin.fileno(), "standard input", MAX_FILE_BYTES)
        report = import_personal_bytes(personal.user, catalogue_service(args), data, "stdin")
    else:
        report = import_personal_data(personal.user, catalogue_service(args), Path(args.file))
    print(f"Imported {args.file}: {report.summary()}")
    for conflict in report.conflicts:
        print(f"  conflict: {conflict}")
    return 0


def _backup(args: argparse.Namespace) -> int:
    from pfp_desktop.services import user_data

    path = user_data.backup_now(open_personal(args).user)
    print(f"Backed up to {path}.")
    return 0


def _restore(args: argparse.Namespace) -> int:
    from pfp_desktop.services import user_data

    print(user_data.restore(user_data.resolve_data_dir(args.data_dir), args.backup))
    return 0
