"""`pfp summits | list | show | partners | build-catalogue`: reading and building the catalogue."""

from __future__ import annotations

import argparse
from collections import Counter
from contextlib import closing
from pathlib import Path
from typing import TYPE_CHECKING, Any

from pfp_desktop.cli.command_table import summary
from pfp_desktop.cli.common import (
    catalogue_connection,
    catalogue_service,
    counted,
    empty_personal_json,
    existing_personal,
    open_personal,
    print_json,
    print_json_list,
)

if TYPE_CHECKING:  # imported where used: `pfp --help` loads none of it
    from pfp_desktop.domain.models import Initiative, Summit


def register(commands: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    """Add this module's subcommands to the `pfp` parser."""
    summits = commands.add_parser("summits", help=summary("summits"))
    summits.add_argument("--json", action="store_true", help="print JSON")
    summits.set_defaults(command=_summits)

    listing = commands.add_parser("list", help=summary("list"))
    listing.add_argument("--summit", type=int, metavar="N", help="only summit number N")
    listing.add_argument("--partner", metavar="NAME", help="only initiatives with this partner")
    listing.add_argument("--json", action="store_true", help="print JSON")
    listing.set_defaults(command=_list)

    show = commands.add_parser("show", help=summary("show"))
    show.add_argument("id", help="initiative id, as printed by `pfp list`")
    show.add_argument("--json", action="store_true", help="print JSON")
    show.set_defaults(command=_show)

    partners = commands.add_parser("partners", help=summary("partners"))
    partners.add_argument("--json", action="store_true", help="print JSON")
    partners.set_defaults(command=_partners)

    build = commands.add_parser("build-catalogue", help=summary("build-catalogue"))
    build.add_argument("--source-dir", type=Path, help="folder with source/ and curation.toml")
    build.add_argument("--out", type=Path, help="where to write (default: data/pfp.sqlite)")
    build.add_argument(
        "--sign",
        type=Path,
        metavar="PRIVATE_KEY",
        help="write a signed update (.pfpcat) to --out, signed with this key",
    )
    build.set_defaults(command=_build)


def _summits(args: argparse.Namespace) -> int:
    if args.json:  # read with sqlite3 alone: services/json_reader.py says why
        from pfp_desktop.services.json_reader import summits_json

        with closing(catalogue_connection(args)) as connection:
            print_json(summits_json(connection))
        return 0
    service = catalogue_service(args)
    counts = Counter(s.summit_number for s in service.summaries())
    summits = service.summits()
    for s in reversed(summits):
        count = counted(counts[s.number], "initiative")
        print(f"{_summit_heading(s):42} {s.start:%d %b %Y}  {count:>14}{_attribution_note(s)}")
    return 0


def _summit_heading(s: Summit) -> str:
    from pfp_desktop.domain.text import summit_ordinal

    return f"{summit_ordinal(s.number)} Summit · {s.city} {s.start.year}"


def _attribution_note(s: Summit) -> str:
    if s.attribution is None:
        return "  (no PfP session in the catalogue)"
    return "" if s.attribution.value == "stated" else f"  (attribution {s.attribution.value})"


def _list(args: argparse.Namespace) -> int:
    from pfp_desktop.domain.models import InitiativeFilter
    from pfp_desktop.domain.text import summit_ordinal
    from pfp_desktop.services import json_views

    service = catalogue_service(args)
    partner = service.find_partner(args.partner).name if args.partner else None
    if args.summit is not None:
        service.summit(args.summit)  # a clear error for an unknown summit
    if args.json:
        ids = [
            s.id for s in service.summaries(InitiativeFilter(summit=args.summit, partner=partner))
        ]
        from pfp_desktop.storage.sqlite_files import in_batches

        # Printed as read, a batch at a time: the whole list at 100,000 held 2.3 GB for 18 s.
        batches = (service.initiatives_by_ids(batch) for batch in in_batches(ids))
        print_json_list(json_views.initiative_json(item) for batch in batches for item in batch)
        return 0
    for item in service.summaries(InitiativeFilter(summit=args.summit, partner=partner)):
        print(f"{item.id:45} {summit_ordinal(item.summit_number):>4}  {item.title}")
    return 0


def _show(args: argparse.Namespace) -> int:
    if args.id.startswith("local-"):  # domain.personal.LOCAL_ID_PREFIX, not imported for speed
        return _show_added(args)
    if args.json:
        return _show_json(args)
    print(_initiative_text(catalogue_service(args).initiative(args.id)))
    return 0


def _show_json(args: argparse.Namespace) -> int:
    """Read with sqlite3 alone: services/json_reader.py says why."""
    from pfp_desktop.services.json_reader import initiative_json

    with closing(catalogue_connection(args)) as connection:
        item = initiative_json(connection, args.id)
    if item is None:
        from pfp_desktop.services.catalogue_service import NotFoundError

        raise NotFoundError(f"No initiative with id '{args.id}'.")
    print_json(item | {"personal": _personal_json(args, item["id"])})
    return 0


def _personal_json(args: argparse.Namespace, initiative_id: str) -> dict[str, Any]:
    """The delegate's part: none without a notes database; read plainly from one at the
    newest schema; through the services otherwise (they migrate, recover or explain)."""
    import sqlite3

    from pfp_desktop.services.app_folders import resolve_data_dir
    from pfp_desktop.services.json_reader import personal_json
    from pfp_desktop.storage.user_files import USER_DB_NAME, open_if_current

    database = resolve_data_dir(args.data_dir) / USER_DB_NAME
    if not database.exists():  # reading never creates a data folder
        return empty_personal_json()
    user_db = open_if_current(database)
    if user_db is not None:
        try:
            with closing(user_db):
                return personal_json(user_db, initiative_id)
        except sqlite3.DatabaseError:
            pass  # damaged: the services move it aside and say so
    personal = open_personal(args)
    return personal.initiative_json(initiative_id)


def _show_added(args: argparse.Namespace) -> int:
    """An initiative the delegate added, under its summit: the catalogue's, else the one the
    delegate added for it."""
    from pfp_desktop.domain.personal import NO_SESSION
    from pfp_desktop.domain.text import summit_ordinal
    from pfp_desktop.services.catalogue_service import NotFoundError
    from pfp_desktop.services.json_views import added_initiative_json

    personal, catalogue = existing_personal(args), catalogue_service(args)
    item = personal.additions.get(args.id) if personal else None
    if personal is None or item is None:  # reading never creates a data folder
        raise NotFoundError(f"No initiative with id '{args.id}'.")
    titles = {n.number: n.title for n in personal.additions.local_summits()}
    titles |= {s.number: _summit_heading(s) for s in catalogue.summits()}
    title = titles.get(item.summit_number, f"{summit_ordinal(item.summit_number)} Summit")
    sessions = {s.id: s.label for s in catalogue.sessions() if s.id != NO_SESSION}
    shown = added_initiative_json(item, title, sessions.get(item.session_id, ""))
    if args.json:
        print_json(shown | {"personal": personal.initiative_json(item.id)})
    else:
        print(_added_text(shown))
    return 0


def _added_text(shown: dict[str, Any]) -> str:
    where = ", ".join(filter(None, (shown["summit_title"], shown["session"], "added by you")))
    lines = [
        shown["title"],
        f"{where}  [{shown['id']}]",
        "Partners: " + (", ".join(p["name"] for p in shown["partners"]) or "none listed"),
    ]
    fields = (("Policy challenge", "policy_challenge"), ("Solution or approach", "solution"))
    return "\n".join(lines + [f"{label}: {shown[key]}" for label, key in fields if shown[key]])


def _initiative_text(item: Initiative) -> str:
    from pfp_desktop.domain.text import summit_ordinal

    p = item.provenance
    lines = [
        item.title,
        f"{summit_ordinal(item.summit_number)} Summit, {item.session_label}  [{item.id}]",
        "Partners: " + (", ".join(x.name for x in item.partners) or "none listed"),
    ]
    if item.policy_challenge:
        lines.append(f"Policy challenge: {item.policy_challenge}")
    if item.solution:
        lines.append(f"Solution or approach: {item.solution}")
    lines.append("GCM objectives: " + "; ".join(f"{t.code} {t.label}" for t in item.gcm_objectives))
    if item.sdg_targets:
        lines.append("SDG targets: " + ", ".join(t.code for t in item.sdg_targets))
    lines += [
        f"Related: {r.title} ({summit_ordinal(r.summit_number)} Summit)" for r in item.related
    ]
    lines.append(
        f"Source: {p.source_name}, lines {', '.join(map(str, p.lines))}; "
        f"attribution {p.attribution.value}"
    )
    lines += [
        f"  line {c.line} corrected: '{c.original}' -> '{c.corrected}'" for c in p.corrections
    ]
    lines += [f"  note on line {f.line}: {f.note}" for f in p.flags]
    return "\n".join(lines)


def _partners(args: argparse.Namespace) -> int:
    from pfp_desktop.services import json_views

    partners = catalogue_service(args).partners()
    if args.json:
        print_json([json_views.partner_json(p) for p in partners])
        return 0
    for p in partners:
        print(f"{p.kind.value:13} {p.name}")
    return 0


def _build(args: argparse.Namespace) -> int:
    from pfp_desktop.services.catalogue_build import build_catalogue
    from pfp_desktop.services.locations import catalogue_source_dir

    data_dir = args.source_dir or catalogue_source_dir()
    if args.sign:
        return _build_signed(args, data_dir)
    out = args.out or data_dir / "pfp.sqlite"
    contents = build_catalogue(data_dir, out)
    counts = [
        counted(len(contents.initiatives), "initiative"),
        counted(len(contents.summits), "summit"),
        counted(len(contents.partners), "partner"),
    ]
    print(f"Wrote {out}: {', '.join(counts)}, version {contents.info.version}.")
    return 0


def _build_signed(args: argparse.Namespace, data_dir: Path) -> int:
    import tempfile

    from pfp_desktop.services.catalogue_build import build_catalogue
    from pfp_desktop.services.catalogue_signing import CatalogueRefusedError, sign_catalogue

    if args.out is None:
        raise CatalogueRefusedError("--sign needs --out FILE (e.g. catalogue-2026.11.1.pfpcat).")
    with tempfile.TemporaryDirectory(prefix="pfp-build-") as folder:
        built = Path(folder) / "pfp.sqlite"
        build_catalogue(data_dir, built)
        header = sign_catalogue(built, args.sign, args.out)
    print(
        f"Wrote {args.out}: catalogue {header.version} of {header.release_date}, "
        f"signed by {header.signer}."
    )
    return 0
