"""The catalogue check's copy of the layout is what the importer's code makes: a column added
to the ORM or the search index, or a field added to CatalogueInfo, fails here (with the values
to paste) instead of letting the check at open wave a catalogue through that lacks it."""

from __future__ import annotations

import subprocess
import sys

from pfp_desktop.storage import catalogue_layout


def test_the_layout_copy_equals_what_the_code_makes() -> None:
    made = catalogue_layout.layout_from_code()
    kept = {name: getattr(catalogue_layout, name) for name in made}
    assert kept == made, f"update storage/catalogue_layout.py to: {made!r}"


def test_checking_a_catalogue_loads_neither_sqlalchemy_nor_the_domain_models() -> None:
    probe = (
        "import sys; from pathlib import Path; "
        "from pfp_desktop.services.locations import shipped_catalogue_path; "
        "from pfp_desktop.storage.catalogue_check import open_checked; "
        "open_checked(shipped_catalogue_path()).close(); "
        "print(sorted(m for m in ('sqlalchemy', 'pfp_desktop.domain.models') "
        "if m in sys.modules))"
    )
    done = subprocess.run([sys.executable, "-c", probe], capture_output=True, text=True)
    assert done.returncode == 0, done.stderr
    assert done.stdout.strip() == "[]"
