"""Run by test_laptop_screen.py on an off-screen 1366 × 728 screen (a 1366 × 768 laptop less its
taskbar): the real window over the sample charity, sized by itself, every page visited.

Usage: python laptop_child.py LANGUAGE [SAVED_GEOMETRY_HEX]. Prints one line of JSON: the screen's
available area, the window's frame and inside as it sized itself, then each page's words cut
short, sideways scrolls and whether its least size fits, with the window as small as a real title
bar leaves it. With SAVED_GEOMETRY_HEX (saveGeometry() on a bigger screen) that is restored.
"""

from __future__ import annotations

import json
import os
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(ROOT))
os.environ.setdefault("QT_QPA_PLATFORM",
                      f"offscreen:configfile={ROOT / 'tests' / 'data' / 'laptop-screen.json'}")

from PySide6.QtCore import QByteArray  # noqa: E402 - after choosing the screen
from PySide6.QtWidgets import QApplication  # noqa: E402

from desktop.app.first_paint import first_paint  # noqa: E402
from desktop.app.workspace import open_workspace  # noqa: E402
from desktop.core.sample import ensure_sample  # noqa: E402
from desktop.paths import resolve_database  # noqa: E402
from desktop.ui import translations  # noqa: E402
from desktop.ui.app import application, settings  # noqa: E402
from desktop.ui.main_window import GEOMETRY_KEY, MainWindow  # noqa: E402
from desktop.ui.window_size import USUAL_FRAME, first_geometry  # noqa: E402
from tests.ui.layout_checks import clipped, scrolled_sideways  # noqa: E402


def rect(r: object) -> list[int]:
    return [r.x(), r.y(), r.width(), r.height()]  # type: ignore[attr-defined]


def main(language: str, saved: str) -> None:
    chosen = settings()
    chosen.setValue(translations.LANGUAGE_KEY, language)
    if saved:
        chosen.setValue(GEOMETRY_KEY, QByteArray.fromHex(saved.encode()))
    chosen.sync()
    app = application()
    workspace = open_workspace(resolve_database(None))
    ensure_sample(workspace.database)
    window = MainWindow(settings())
    window.show()
    window.attach(first_paint(workspace))
    for _ in range(5):
        app.processEvents()
    available = app.primaryScreen().availableGeometry()
    report: dict[str, object] = {
        "available": rect(available), "frame": rect(window.frameGeometry()),
        "inside": rect(window.geometry()), "first_page": window.current_page_key(), "pages": {}}
    # The pages at their most cramped: under a real title bar, not this screen's thin frame.
    window.setGeometry(first_geometry(available, USUAL_FRAME))
    for key in list(window.pages):
        window.go_to(key)
        for _ in range(5):
            QApplication.processEvents()
        page = window.pages[key]
        least = window.minimumSizeHint()
        report["pages"][key] = {  # type: ignore[index]
            "clipped": clipped(page), "sideways": scrolled_sideways(page),
            "fits": least.width() <= window.width() and least.height() <= window.height(),
            "inside": rect(window.geometry())}
    print(json.dumps(report))
    window.close()
    workspace.close()


if __name__ == "__main__":
    main(sys.argv[1], sys.argv[2] if len(sys.argv) > 2 else "")
