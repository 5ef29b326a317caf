"""Draw the sidebar's page icons (resources/icons/tabler/*.svg) as masks at the sizes the window
uses, into resources/icons/tabler/masks/NAME-SIZE.png. Run it after adding or changing an SVG:
    .venv/bin/python packaging/make_page_icons.py

As with the app icon (make_icons.py), the SVGs are drawn here, once, and not at every start:
drawing SVG in the window loads Qt's SVG library, about 3 MiB more at start-up. The window tints a
mask in the palette's text colour when it first needs it (desktop/ui/look.py), and
tests/ui/test_design.py checks every mask is still what its SVG draws.
"""

from __future__ import annotations

import os
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from PySide6.QtCore import QByteArray, Qt
from PySide6.QtGui import QGuiApplication, QImage, QPainter
from PySide6.QtSvg import QSvgRenderer

FOLDER = Path(__file__).resolve().parent.parent / "resources" / "icons" / "tabler"
SIZES = (14, 16, 20, 24, 28, 32, 48)  # the usual 14 at 100 %, 150 % and 200 %; larger text


def mask(svg: bytes, size: int) -> QImage:
    """The icon in white on transparent, `size` pixels square (only its alpha is used)."""
    renderer = QSvgRenderer(QByteArray(svg.replace(b"currentColor", b"#ffffff")))
    image = QImage(size, size, QImage.Format.Format_ARGB32)
    image.fill(Qt.GlobalColor.transparent)
    painter = QPainter(image)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    renderer.render(painter)
    painter.end()
    return image


def main() -> None:
    _app = QGuiApplication([])
    out = FOLDER / "masks"
    out.mkdir(exist_ok=True)
    for svg in sorted(FOLDER.glob("*.svg")):
        for size in SIZES:
            mask(svg.read_bytes(), size).save(str(out / f"{svg.stem}-{size}.png"))
    print(f"Masks written to {out}")


if __name__ == "__main__":
    main()
