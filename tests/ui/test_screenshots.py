"""Screenshots at 150 % and 200 % screen scaling, light and dark, made by tools/screenshots.py in a
process of its own (the scale is fixed when Qt starts), then measured: the scaled pixels and the
right scheme."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest
from PySide6.QtGui import QColor, QImage

ROOT = Path(__file__).resolve().parents[2]


def lightness(image: QImage) -> float:
    """Average lightness (0–255) over a grid of points."""
    points = [QColor(image.pixel(x, y)).lightness()
              for x in range(0, image.width(), 40) for y in range(0, image.height(), 40)]
    return sum(points) / len(points)


# A 1366 × 768 laptop less its taskbar, and the window under a usual title bar (32 pixels), as
# tools/screenshots.py makes it by default.
@pytest.mark.parametrize(("scale", "size", "language", "dark"), [
    ("2", (2728, 1390), "cy", False),
    ("2", (2728, 1390), "cy", True),
    ("1.5", (2046, 1043), "en", False),
], ids=["200-welsh-light", "200-welsh-dark", "150-english-light"])
def test_pages_scaled(scale: str, size: tuple[int, int], language: str, dark: bool,
                      tmp_path: Path) -> None:
    command = [sys.executable, str(ROOT / "tools" / "screenshots.py"), str(tmp_path),
               "--scale", scale, "--language", language, "--pages", "dashboard,lots,settings"]
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen"}
    subprocess.run([*command, *(["--dark"] if dark else [])], check=True, env=env, cwd=ROOT,
                   timeout=120, capture_output=True)
    for page in ("dashboard", "lots", "settings"):
        image = QImage(str(tmp_path / f"{page}.png"))
        assert (image.width(), image.height()) == size, page
        assert (lightness(image) < 90) if dark else (lightness(image) > 180), page
