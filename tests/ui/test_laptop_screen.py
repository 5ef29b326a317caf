"""A 1366 × 768 charity laptop (1366 × 728 once the taskbar is left out): the first window fits
the screen's available area, a remembered one is brought back onto it, and every page, in
English and in Welsh, shows all its words with nothing to scroll sideways."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest
from PySide6.QtCore import QMargins, QRect

from desktop import i18n
from desktop.ui import translations
from desktop.ui.main_window import MainWindow
from desktop.ui.window_size import PREFERRED, USUAL_FRAME, first_geometry, kept_on_screen

ROOT = Path(__file__).resolve().parents[2]
CHILD = Path(__file__).with_name("laptop_child.py")
SCREEN = ROOT / "tests" / "data" / "laptop-screen.json"
LAPTOP = QRect(0, 0, 1366, 728)


def outside(inside: QRect, frame: QMargins = USUAL_FRAME) -> QRect:
    return inside.marginsAdded(frame)


def test_the_first_window_fills_a_small_screen_and_never_exceeds_it() -> None:
    inside = first_geometry(LAPTOP)
    assert LAPTOP.contains(outside(inside))
    assert (inside.width(), inside.height()) == (1364, 695)  # less a title bar and borders
    big = QRect(0, 0, 2560, 1400)
    roomy = first_geometry(big)
    assert roomy.size() == PREFERRED and big.contains(outside(roomy))
    assert roomy.center() == big.marginsRemoved(USUAL_FRAME).center()  # in the middle
    taskbar_on_the_left = QRect(60, 0, 1306, 768)
    assert taskbar_on_the_left.contains(outside(first_geometry(taskbar_on_the_left)))


@pytest.mark.parametrize("remembered", [
    QRect(1500, 900, 900, 600),  # from a second screen that has gone
    QRect(-400, -300, 800, 500),  # off the top left
    QRect(100, 50, 2400, 1300),  # from a larger screen
    QRect(200, 100, 800, 500),  # already on screen: left where it is
])
def test_a_remembered_window_is_brought_onto_the_screen(remembered: QRect) -> None:
    kept = kept_on_screen(remembered, LAPTOP, USUAL_FRAME)
    assert LAPTOP.contains(outside(kept))
    assert kept.width() == min(remembered.width(), 1364)
    assert kept.height() == min(remembered.height(), 695)
    if LAPTOP.contains(outside(remembered)):
        assert kept == remembered


def test_the_window_in_the_tests_fits_the_laptop(window: MainWindow) -> None:
    available = window.screen().availableGeometry()
    assert (available.width(), available.height()) == (1366, 728)
    assert available.contains(window.frameGeometry())
    assert window.current_page_key() == "dashboard"


def run_child(language: str, saved: str = "") -> dict[str, object]:
    env = {**os.environ, "QT_QPA_PLATFORM": f"offscreen:configfile={SCREEN}"}
    done = subprocess.run([sys.executable, str(CHILD), language, *([saved] if saved else [])],
                          env=env, cwd=ROOT, capture_output=True, text=True, timeout=180,
                          check=True)
    return json.loads(done.stdout.strip().splitlines()[-1])


@pytest.mark.parametrize("language", [i18n.ENGLISH, translations.WELSH])
def test_every_page_is_usable_on_the_laptop(language: str) -> None:
    """The real start (sample charity, window sized by itself), then every page under a usual
    title bar: all on screen, nothing cut short, nothing to scroll sideways to reach."""
    report = run_child(language)
    available, frame = QRect(*report["available"]), QRect(*report["frame"])  # type: ignore[misc]
    assert (available.width(), available.height()) == (1366, 728)
    assert available.contains(frame)
    assert report["first_page"] == "dashboard"
    pages = report["pages"]
    assert isinstance(pages, dict) and len(pages) == 16  # the PSDF: no Supplier registration
    problems = {key: page for key, page in pages.items()
                if not page["fits"] or page["clipped"] or page["sideways"]}
    assert problems == {}
    for page in pages.values():  # no page made the window grow past the laptop's room
        assert page["inside"][2:] == [1364, 695]


def test_a_geometry_saved_on_a_bigger_screen_opens_on_the_laptop(tmp_path: Path) -> None:
    """Saved where a window 1800 × 1000 at (1200, 700) fits, restored on the laptop."""
    big = tmp_path / "big-screen.json"
    big.write_text(json.dumps({"screens": [{"name": "big", "x": 0, "y": 0, "width": 3200,
                                            "height": 1800, "logicalDpi": 96,
                                            "logicalBaseDpi": 96, "dpr": 1}]}))
    script = ("import sys; from PySide6.QtCore import QRect; "
              "from PySide6.QtWidgets import QApplication, QWidget; app = QApplication([]); "
              "w = QWidget(); w.setGeometry(QRect(1200, 700, 1800, 1000)); w.show(); "
              "app.processEvents(); print(bytes(w.saveGeometry().toHex()).decode())")
    saved = subprocess.run([sys.executable, "-c", script], capture_output=True, text=True,
                           env={**os.environ, "QT_QPA_PLATFORM": f"offscreen:configfile={big}"},
                           timeout=60, check=True).stdout.strip().splitlines()[-1]
    report = run_child(i18n.ENGLISH, saved)
    available, frame = QRect(*report["available"]), QRect(*report["frame"])  # type: ignore[misc]
    assert available.contains(frame), (frame, available)
    assert frame.width() > 1000  # kept as large as the laptop allows
