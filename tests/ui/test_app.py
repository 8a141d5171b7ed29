"""The pfp-desktop command: headless screenshots, and a clear message for a bad catalogue."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

from PySide6.QtGui import QImage

BIN = Path(sys.executable).parent


def _run(*args: str) -> subprocess.CompletedProcess[str]:
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen"}
    return subprocess.run(
        [str(BIN / "pfp-desktop"), *args], capture_output=True, text=True, env=env, check=False
    )


def test_screenshot_renders_the_window_with_an_initiative(tmp_path: Path) -> None:
    shot = tmp_path / "shot.png"
    result = _run("--screenshot", str(shot), "--select", "eu-diaspora-facility",
                  "--size", "1024x600", "--settings", str(tmp_path / "s.ini"))  # fmt: skip
    assert result.returncode == 0, result.stderr
    image = QImage(str(shot))
    assert (image.width(), image.height()) == (1024, 600)
    # Not a blank image: the window drew many colours (text, selection, badges).
    colours = {image.pixel(x, y) for x in range(0, 1024, 7) for y in range(0, 600, 7)}
    assert len(colours) > 20


def test_an_unwritable_screenshot_path_is_a_one_line_error(tmp_path: Path) -> None:
    result = _run("--screenshot", str(tmp_path / "missing" / "dir" / "shot.png"),
                  "--settings", str(tmp_path / "s.ini"))  # fmt: skip
    assert result.returncode == 1
    assert "cannot write" in result.stderr


def test_a_corrupt_catalogue_is_reported_not_a_traceback(tmp_path: Path) -> None:
    bad = tmp_path / "bad.sqlite"
    bad.write_bytes(b"not a database" * 200)
    result = _run("--catalogue", str(bad), "--screenshot", str(tmp_path / "x.png"))
    assert result.returncode == 1
    assert "\npfp-desktop: error: " in "\n" + result.stderr and "Traceback" not in result.stderr
