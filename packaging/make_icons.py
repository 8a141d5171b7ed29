"""Renders resources/icons/pfp-desktop.svg to the PNG sizes, .ico and .icns the packages need.

Run with the build's Python: python packaging/make_icons.py OUT_DIR
Writes OUT_DIR/hicolor/NxN/apps/pfp-desktop.png, OUT_DIR/pfp-desktop.ico and .icns.
Qt's own SVG renderer (already shipped with the app) and Pillow (already a dependency, through
reportlab) do the work on every platform, so no extra tool is needed on Windows or macOS.
"""

from __future__ import annotations

import os
import sys
from pathlib import Path

SIZES = (16, 24, 32, 48, 64, 128, 256, 512)
ICO_SIZES = (16, 24, 32, 48, 64, 128, 256)
ICNS_SIZES = (16, 32, 64, 128, 256, 512)
SOURCE = Path(__file__).resolve().parent.parent / "resources" / "icons" / "pfp-desktop.svg"


def render_pngs(out: Path) -> dict[int, Path]:
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from PySide6.QtCore import Qt
    from PySide6.QtGui import QGuiApplication, QImage, QPainter
    from PySide6.QtSvg import QSvgRenderer

    app = QGuiApplication.instance() or QGuiApplication([])
    renderer = QSvgRenderer(str(SOURCE))
    if not renderer.isValid():
        raise SystemExit(f"make_icons: cannot read {SOURCE}")
    pngs: dict[int, Path] = {}
    for size in SIZES:
        image = QImage(size, size, QImage.Format.Format_ARGB32_Premultiplied)
        image.fill(Qt.GlobalColor.transparent)
        painter = QPainter(image)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        renderer.render(painter)
        painter.end()
        target = out / "hicolor" / f"{size}x{size}" / "apps" / "pfp-desktop.png"
        target.parent.mkdir(parents=True, exist_ok=True)
        if not image.save(str(target)):
            raise SystemExit(f"make_icons: cannot write {target}")
        pngs[size] = target
    del app
    return pngs


def write_containers(pngs: dict[int, Path], out: Path) -> None:
    from PIL import Image

    largest = Image.open(pngs[max(SIZES)])
    # Pillow scales the largest image down for each size; our own renders are sharper, so
    # each size is taken from its own PNG where the format lets us.
    largest.save(out / "pfp-desktop.ico", sizes=[(s, s) for s in ICO_SIZES])
    extra = [Image.open(pngs[s]) for s in ICNS_SIZES if s != max(SIZES)]
    largest.save(out / "pfp-desktop.icns", append_images=extra)


def main() -> None:
    out = Path(sys.argv[1])
    write_containers(render_pngs(out), out)


if __name__ == "__main__":
    main()
