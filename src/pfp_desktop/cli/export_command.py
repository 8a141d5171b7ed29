"""`pfp export`: write a PDF briefing pack of chosen initiatives."""

from __future__ import annotations

import argparse
import sys
from pathlib import Path
from typing import TYPE_CHECKING

from pfp_desktop.cli.command_table import summary
from pfp_desktop.cli.common import catalogue_service, existing_personal

if TYPE_CHECKING:  # imported where used: `pfp --help` loads none of it
    from pfp_desktop.domain.briefing_pack import BriefingPack, PackResult
    from pfp_desktop.domain.languages import Language


LANGUAGES = ("en", "fr", "es")
STDOUT = "-"  # --out -: the PDF goes to standard output

__all__ = ["register"]


def register(commands: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    """Add `pfp export` to the `pfp` parser."""
    from pfp_desktop.domain.paper import PAPERS

    export = commands.add_parser("export", help=summary("export"))
    export.add_argument(
        "--out",
        type=Path,
        required=True,
        metavar="FILE",
        help="PDF to write; - for standard output",
    )
    which = export.add_mutually_exclusive_group(required=True)
    which.add_argument("--all", action="store_true", help="every initiative")
    which.add_argument("--summit", type=int, metavar="N", help="the initiatives of summit N")
    which.add_argument("--partner", metavar="NAME", help="the initiatives with this partner")
    which.add_argument("--ids", nargs="+", metavar="ID", help="these initiatives, in this order")
    export.add_argument("--notes", action="store_true", help="include your personal notes")
    export.add_argument(
        "--overview",
        action="store_true",
        help="add an overview page: the catalogue's initiatives by GCM objective and summit",
    )
    export.add_argument("--paper", choices=PAPERS, default="a4", help="paper size (default a4)")
    export.add_argument(
        "--title",
        help="title on the cover and pages (default: 'Platform for Partnerships briefing pack', "
        "in the pack's language)",
    )
    export.add_argument(
        "--language",
        choices=LANGUAGES,
        default="en",
        help="language of the pack's labels, headings and dates (default en); the catalogue's "
        "texts stay in English, as the GFMD published them",
    )
    export.add_argument("--delegate", default="", metavar="NAME", help="who the pack is for")
    export.add_argument("--meeting", default="", metavar="TEXT", help="the meeting it is for")
    export.add_argument("--date", default="", metavar="TEXT", help="the date, as you write it")
    export.add_argument(
        "--allow-missing-glyphs",
        action="store_true",
        help="export even if some letters cannot be printed (they show as boxes or unjoined)",
    )
    export.set_defaults(command=_export)


def _export(args: argparse.Namespace) -> int:
    from pfp_desktop.services.pack_export import ExportInterrupted, stopped_by_signals

    to_stdout = str(args.out) == STDOUT
    if to_stdout and sys.stdout.isatty():
        print(
            "pfp: error: Standard output is a terminal, not a place for a PDF: redirect it "
            "(--out - > pack.pdf) or give a file name.",
            file=sys.stderr,
        )
        return 1
    try:
        with stopped_by_signals():  # a stop removes the temporary file: nothing half-written
            return _read_and_write(args, to_stdout)
    except ExportInterrupted as exc:
        print(f"pfp: error: {exc} Nothing was written.", file=sys.stderr)
        return exc.exit_code


def _read_and_write(args: argparse.Namespace, to_stdout: bool) -> int:
    from pfp_desktop.services.pack_export import (
        MissingGlyphsError,
        unsupported_in_pack,
        write_pack,
        write_pack_bytes,
    )

    pack = _read(args)
    missing = unsupported_in_pack(pack)
    if missing and not args.allow_missing_glyphs:
        print(
            f"pfp: error: {MissingGlyphsError(missing)} "
            "Pass --allow-missing-glyphs to export anyway.",
            file=sys.stderr,
        )
        return 1
    if missing:
        print(f"pfp: warning: {MissingGlyphsError(missing)}", file=sys.stderr)
    if to_stdout:  # the whole PDF or nothing, so made in memory first
        data, result = write_pack_bytes(pack, allow_missing_glyphs=True)
        sys.stdout.buffer.write(data)
        sys.stdout.buffer.flush()
        print(f"Wrote the PDF to standard output: {_contents(result)}.", file=sys.stderr)
        return 0
    result = write_pack(pack, args.out, allow_missing_glyphs=True)  # checked just above
    print(f"Wrote {args.out}: {_contents(result)}.")
    return 0


def _read(args: argparse.Namespace) -> BriefingPack:
    from pfp_desktop.domain.briefing_pack import PackOptions, PackSelection
    from pfp_desktop.services.pack_export import no_notes, read_pack
    from pfp_desktop.services.pack_personal import additions_of, corrections_of, notes_of

    selection = PackSelection(
        everything=args.all, summit=args.summit, partner=args.partner, ids=tuple(args.ids or ())
    )
    options = PackOptions(
        title=args.title or _default_title(args.language),
        delegate=args.delegate,
        meeting=args.meeting,
        date=args.date,
        include_notes=args.notes,
        include_overview=args.overview,
        paper=args.paper,
        language=args.language,
    )
    personal = existing_personal(args)
    catalogue = catalogue_service(args)
    return read_pack(
        catalogue,
        selection,
        options,
        notes=notes_of(personal) if args.notes else no_notes,
        corrections=corrections_of(personal),
        additions=additions_of(personal, catalogue),
    )


def _default_title(code: Language) -> str:
    from pfp_desktop.locale import _, language

    with language(code):
        return _("Platform for Partnerships briefing pack")


def _contents(result: PackResult) -> str:
    """'1 initiative, 4 pages'."""
    initiatives = "initiative" if result.initiatives == 1 else "initiatives"
    pages = "page" if result.pages == 1 else "pages"
    return f"{result.initiatives} {initiatives}, {result.pages} {pages}"
