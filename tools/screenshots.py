"""Screenshots of every page, to look at: `python tools/screenshots.py OUT [--language cy]
[--dark] [--scale 2] [--font 2] [--screen 1366x728] [--framework CODE] [--except a,b]
[--welcome]`.

Runs off screen over the sample charity in a throwaway data folder; writes OUT/<page>.png.
`--welcome` shows the first run instead (an empty database: the Welcome page only). The
first-run tour is taken as dismissed, so its ring is not in the pictures.
`--scale` is the screen scaling (QT_SCALE_FACTOR), `--font` multiplies the system font size,
`--screen` the screen's available area (default: a 1366 × 768 laptop less a 40-pixel taskbar).
The window is as large as it would be there under a usual title bar.
"""

from __future__ import annotations

import argparse
import json
import os
import sys
import tempfile
from pathlib import Path


def screen_config(folder: Path, size: str, scale: float) -> str:
    """An off-screen platform with one screen of `size` (logical pixels) at `scale`."""
    width, height = (int(part) for part in size.split("x"))
    path = folder / "screen.json"
    path.write_text(json.dumps({"screens": [{
        "name": "screen", "x": 0, "y": 0, "width": round(width * scale),
        "height": round(height * scale), "logicalDpi": 96, "logicalBaseDpi": 96, "dpr": 1}]}))
    return f"offscreen:configfile={path}"


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("out", type=Path)
    parser.add_argument("--language", default="en")
    parser.add_argument("--dark", action="store_true")
    parser.add_argument("--scale", default="1")
    parser.add_argument("--font", type=float, default=1.0)
    parser.add_argument("--pages", default="")
    parser.add_argument("--except", dest="skip", default="",
                        help="pages not to shoot (e.g. those another run already has)")
    parser.add_argument("--welcome", action="store_true",
                        help="the first run: an empty database, the Welcome page")
    parser.add_argument("--screen", default="1366x728")
    parser.add_argument("--extra-pack", type=Path, action="append", default=[],
                        help="another framework pack to load and follow (e.g. a test pack)")
    parser.add_argument("--framework", default="",
                        help="the framework the pages work on (a code; default: the sample's)")
    args = parser.parse_args()
    data = Path(tempfile.mkdtemp(prefix="framework-ready-shots-"))
    if os.environ.get("QT_QPA_PLATFORM", "offscreen") == "offscreen":
        os.environ["QT_QPA_PLATFORM"] = screen_config(data, args.screen, float(args.scale))
    os.environ["QT_SCALE_FACTOR"] = args.scale
    os.environ["FRAMEWORK_READY_DATA_DIR"] = str(data)
    sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

    from PySide6.QtCore import QThread
    from PySide6.QtWidgets import QApplication

    from desktop.app.first_paint import first_paint
    from desktop.app.workspace import open_workspace
    from desktop.core.sample import ensure_sample
    from desktop.paths import resolve_database
    from desktop.ui import theme
    from desktop.ui.app import application, settings
    from desktop.ui.main_window import MainWindow
    from desktop.ui.tour import DISMISSED_KEY
    from desktop.ui.translations import LANGUAGE_KEY
    from desktop.ui.window_size import USUAL_FRAME, first_geometry

    chosen = settings()
    chosen.setValue(LANGUAGE_KEY, args.language)
    chosen.setValue(theme.APPEARANCE_KEY, theme.DARK if args.dark else theme.LIGHT)
    chosen.setValue(DISMISSED_KEY, True)
    chosen.sync()
    app = application()
    if args.font != 1.0:
        font = app.font()
        font.setPointSizeF(font.pointSizeF() * args.font)
        app.setFont(font)
    from desktop.datafiles import framework_packs

    workspace = open_workspace(resolve_database(None), [*framework_packs(), *args.extra_pack])
    if not args.welcome:
        sample = ensure_sample(workspace.database)
        for extra in args.extra_pack:
            workspace.follow_framework(sample.id, extra.stem, True)
        if args.framework:
            workspace.choose_framework(sample.id, args.framework)
    window = MainWindow(settings())
    window.show()
    window.attach(first_paint(workspace))
    QApplication.processEvents()
    window.setGeometry(first_geometry(app.primaryScreen().availableGeometry(), USUAL_FRAME))
    args.out.mkdir(parents=True, exist_ok=True)
    skip = set(args.skip.split(","))
    asked = [key for key in args.pages.split(",") if key] or list(window.pages)
    wanted = [key for key in asked if key in window.pages and key not in skip]
    for key in wanted:
        window.go_to(key)
        for _ in range(5):
            QApplication.processEvents()
        for _ in range(500):  # a page that reads its figures in the background (the dashboard)
            if not getattr(window.pages[key], "loading", False):
                break
            QThread.msleep(10)
            QApplication.processEvents()
        QApplication.processEvents()
        window.grab().save(str(args.out / f"{key}.png"))
    window.close()
    workspace.close()


if __name__ == "__main__":
    main()
