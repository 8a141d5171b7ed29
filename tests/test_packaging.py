"""A wheel carries the shipped catalogue and resources, and finds them without the checkout."""

from __future__ import annotations

import subprocess
import sys
import zipfile
from pathlib import Path

from tests.conftest import REPO


def test_the_wheel_packs_the_catalogue_and_the_code(tmp_path: Path) -> None:
    subprocess.run(
        [
            sys.executable,
            "-m",
            "pip",
            "wheel",
            "--no-deps",
            "--no-build-isolation",
            "-q",
            "-w",
            str(tmp_path),
            str(REPO),
        ],
        check=True,
        capture_output=True,
    )
    (wheel,) = tmp_path.glob("pfp_desktop-*.whl")
    names = set(zipfile.ZipFile(wheel).namelist())
    assert "pfp_desktop/shipped/pfp.sqlite" in names
    assert "pfp_desktop/shipped/resources/icons/pfp-desktop.svg" in names  # the window's icon
    assert "pfp_desktop/shipped/partner-relations.csv" in names  # partner pages: "see also"
    assert "pfp_desktop/cli/__init__.py" in names and "pfp_desktop/ui/app.py" in names
    # The translations, compiled by the build from their sources (never committed).
    for language in ("fr", "es"):
        assert f"pfp_desktop/locale/{language}/LC_MESSAGES/pfp.mo" in names
        assert f"pfp_desktop/shipped/resources/translations/pfp_{language}.qm" in names
    assert "pfp_desktop/locale/gcm-labels.csv" in names
    packed = zipfile.ZipFile(wheel).read("pfp_desktop/shipped/pfp.sqlite")
    assert packed == (REPO / "data" / "pfp.sqlite").read_bytes()
