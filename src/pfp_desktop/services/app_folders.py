"""Where the person's data folder is. Portable mode: a frozen build with a file named
``portable`` beside its programs keeps the person's data in ``data/`` beside them (a USB
stick), never in the home folder. Standard library only: every `pfp` command asks."""

from __future__ import annotations

import os
import sys
from pathlib import Path

PORTABLE_MARKER = "portable"
PORTABLE_DATA = "data"
DATA_DIR_ENV = "PFP_DATA_DIR"


def program_dir() -> Path | None:
    """The folder of the frozen build's programs (pfp-desktop, pfp); None when run by Python,
    whose executable sits in a folder that is not ours to judge."""
    if not getattr(sys, "frozen", False):
        return None
    return Path(sys.executable).resolve().parent


def portable_data_dir(programs: Path | None = None) -> Path | None:
    """``data/`` beside the programs when the marker file sits there, else None.

    ``programs`` defaults to this build's own folder (see ``program_dir``).
    """
    folder = programs if programs is not None else program_dir()
    if folder is None or not (folder / PORTABLE_MARKER).exists():
        return None
    return folder / PORTABLE_DATA


def resolve_data_dir(override: Path | None = None) -> Path:
    """--data-dir, else data/ beside a portable build, else $PFP_DATA_DIR, else the platform's
    data folder."""
    if override is not None:
        return override
    if (portable := portable_data_dir()) is not None:
        return portable
    if os.environ.get(DATA_DIR_ENV):
        return Path(os.environ[DATA_DIR_ENV])
    from platformdirs import user_data_dir

    return Path(user_data_dir("PfP Desktop", appauthor=False))
