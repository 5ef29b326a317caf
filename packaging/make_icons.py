"""Draw the app icon at every size the platforms want, from resources/icons/framework-ready.svg.

PNGs (16–512) for Linux and the window, an .ico for Windows and an .icns for macOS. Run it after
changing the SVG:  .venv/bin/python packaging/make_icons.py
"""

from __future__ import annotations

import os
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from PIL import Image
from PySide6.QtCore import Qt
from PySide6.QtGui import QGuiApplication, QImage, QPainter
from PySide6.QtSvg import QSvgRenderer

ICONS = Path(__file__).resolve().parent.parent / "resources" / "icons"
SIZES = (16, 24, 32, 48, 64, 128, 256, 512)


def main() -> None:
    _app = QGuiApplication([])
    renderer = QSvgRenderer(str(ICONS / "framework-ready.svg"))
    for size in SIZES:
        image = QImage(size, size, QImage.Format.Format_ARGB32)
        image.fill(Qt.GlobalColor.transparent)
        painter = QPainter(image)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        renderer.render(painter)
        painter.end()
        image.save(str(ICONS / f"framework-ready-{size}.png"))
    largest = Image.open(ICONS / "framework-ready-512.png")
    largest.save(ICONS / "framework-ready.ico", sizes=[(s, s) for s in (16, 24, 32, 48, 64, 128,
                                                                        256)])
    largest.save(ICONS / "framework-ready.icns")
    print(f"Icons written to {ICONS}")


if __name__ == "__main__":
    main()
