"""Starting PfP Desktop: arguments, QApplication, palette, the main window, screenshots."""

from __future__ import annotations

import argparse
import os
import sys
from collections.abc import Sequence
from pathlib import Path


def _parse(argv: Sequence[str]) -> argparse.Namespace:
    parser = argparse.ArgumentParser(prog="pfp-desktop", description="PfP Desktop")
    parser.add_argument("--catalogue", type=Path, metavar="PATH", help="catalogue file to open")
    parser.add_argument(
        "--screenshot", type=Path, metavar="FILE", help="render the window to a PNG and exit"
    )
    parser.add_argument("--select", metavar="ID", help="with --screenshot: the initiative to show")
    parser.add_argument(
        "--grouping", choices=["summit", "partner", "gcm", "sdg"], help="tree grouping"
    )
    parser.add_argument(
        "--size", default="1280x800", metavar="WxH", help="with --screenshot: window size"
    )
    parser.add_argument("--theme", choices=["system", "light", "dark"], default="system")
    parser.add_argument(
        "--language",
        choices=["en", "fr", "es"],
        help="the window's language this time (default: as chosen in View > Language, else the "
        "system's)",
    )
    parser.add_argument(
        "--settings", type=Path, metavar="FILE", help="settings file (default: per user)"
    )
    parser.add_argument(
        "--data-dir",
        type=Path,
        metavar="DIR",
        help="folder of your notes database (default: $PFP_DATA_DIR, else the user data folder)",
    )
    return parser.parse_args(argv)


def main(argv: Sequence[str] | None = None) -> int:
    if getattr(sys, "frozen", False):
        # A frozen build starts the pack writer (services.pack_process) as this program again:
        # freeze_support runs it and exits. Not imported otherwise: start-up time counts.
        import multiprocessing

        multiprocessing.freeze_support()
    args = _parse(sys.argv[1:] if argv is None else argv)
    if args.screenshot:
        os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")  # no display needed
    from pfp_desktop.ui.startup import run

    return run(args)


if __name__ == "__main__":
    raise SystemExit(main())
