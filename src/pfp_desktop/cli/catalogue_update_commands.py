"""`pfp catalogue keygen | verify | install | status | rollback | diff`: signed updates."""

from __future__ import annotations

import argparse
from pathlib import Path

from pfp_desktop.cli.command_table import summary
from pfp_desktop.cli.common import existing_personal, print_json


def register(commands: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    """Add `pfp catalogue ...` to the `pfp` parser."""
    group = commands.add_parser("catalogue", help=summary("catalogue"))
    sub = group.add_subparsers(required=True, metavar="ACTION")
    keygen = sub.add_parser("keygen", help="make a curators' signing key pair")
    keygen.add_argument("--private", type=Path, required=True, metavar="FILE")
    keygen.add_argument("--public", type=Path, required=True, metavar="FILE")
    keygen.set_defaults(command=_keygen)
    for name, action, text in (
        ("verify", _verify, "check who signed a catalogue update"),
        ("install", _install, "install a signed catalogue update"),
    ):
        parser = sub.add_parser(name, help=text)
        parser.add_argument("file", type=Path, metavar="FILE")
        parser.add_argument(
            "--trust",
            type=Path,
            action="append",
            metavar="PUBLIC_KEY",
            help="also trust this public key (for this command only)",
        )
        parser.set_defaults(command=action)
    _register_state_commands(sub)


def _register_state_commands(sub: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    state = sub.add_parser("status", help="the catalogue in use and the previous one")
    state.add_argument("--json", action="store_true", help="print JSON")
    state.set_defaults(command=_status)
    sub.add_parser("rollback", help="go back to the previous catalogue").set_defaults(
        command=_rollback
    )
    diff = sub.add_parser("diff", help="what changed between two catalogue files")
    diff.add_argument("old", type=Path, metavar="OLD")
    diff.add_argument("new", type=Path, metavar="NEW")
    diff.add_argument("--json", action="store_true", help="print JSON")
    diff.set_defaults(command=_diff)


def _keygen(args: argparse.Namespace) -> int:
    from pfp_desktop.services.catalogue_signing import generate_keys

    print(
        f"Wrote {args.private} (keep it secret, never in a repository) and {args.public}; "
        f"key {generate_keys(args.private, args.public)}."
    )
    return 0


def _verify(args: argparse.Namespace) -> int:
    from pfp_desktop.services.catalogue_signing import trusted_keys, verify

    print(f"Good signature: {verify(args.file, trusted_keys(args.trust)).describe()}.")
    return 0


def _install(args: argparse.Namespace) -> int:
    from pfp_desktop.services.catalogue_install import install
    from pfp_desktop.services.catalogue_signing import trusted_keys
    from pfp_desktop.services.user_data import resolve_data_dir

    state = install(args.file, resolve_data_dir(args.data_dir), trusted_keys(args.trust))
    assert state.current is not None
    was = state.previous.version if state.previous else "none"
    print(
        f"Installed catalogue {state.current.version} (signed by {state.current.signer}); "
        f"the previous one ({was}) is kept: `pfp catalogue rollback` goes back."
    )
    return 0


def _status(args: argparse.Namespace) -> int:
    from pfp_desktop.services.catalogue_install import status
    from pfp_desktop.services.user_data import resolve_data_dir

    described = status(resolve_data_dir(args.data_dir))
    if args.json:
        print_json(described)
        return 0
    used, previous = described["in_use"], described["previous"]
    print(
        f"In use: catalogue {used['version']} of {used['release_date']} "
        f"({used['source']}), {used['path']}"
    )
    print(f"Previous: {previous['version'] if previous else 'none'}")
    return 0


def _rollback(args: argparse.Namespace) -> int:
    from pfp_desktop.services.catalogue_install import rollback
    from pfp_desktop.services.user_data import resolve_data_dir

    state = rollback(resolve_data_dir(args.data_dir))
    assert state.current is not None and state.previous is not None
    print(
        f"Back to catalogue {state.current.version}; {state.previous.version} is kept as "
        "the previous one."
    )
    return 0


def _diff(args: argparse.Namespace) -> int:
    from pfp_desktop.services.catalogue_diff import changes_json, changes_lines, diff_catalogues

    personal = existing_personal(args)
    changes = diff_catalogues(args.old, args.new, personal.user if personal else None)
    if args.json:
        print_json(changes_json(changes))
    else:
        print("\n".join(changes_lines(changes)))
    return 0
