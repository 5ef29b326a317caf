"""The Qt bindings pinned in requirements/app.txt are sound enough for hours of typing.

PySide6 6.12.0 released one reference to None per call of a method returning nothing; on Python
3.11 (where None is not immortal) the app crashed after a few thousand keystrokes' worth of
calls. This fails at once on such a build instead of after an afternoon's work is typed; the
install ranges exclude it, and the app refuses to start on it.
"""

from __future__ import annotations

import sys
import tomllib
from pathlib import Path
from typing import Any

import PySide6
import pytest
from packaging.requirements import Requirement
from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication, QLineEdit
from pytestqt.qtbot import QtBot

from desktop.ui.bindings import KNOWN_TO_CRASH, SOUND_VERSION, binding_problem


def test_calls_returning_nothing_keep_none_alive(qtbot: QtBot) -> None:
    edit = QLineEdit()
    qtbot.addWidget(edit)
    before = sys.getrefcount(None)
    for number in range(2000):
        edit.setText(f"typed {number}")
    assert sys.getrefcount(None) > before - 100


ROOT = Path(__file__).resolve().parents[2]


def pinned(package: str) -> str:
    [line] = [line for line in (ROOT / "requirements" / "app.txt").read_text().splitlines()
              if line.startswith(f"{package}==")]
    return line.split("==")[1]


def test_pyproject_excludes_the_versions_known_to_crash() -> None:
    """`pip install framework-ready` must not pick a known-bad binding, not only the lock."""
    [wanted] = [Requirement(text) for text in
                tomllib.loads((ROOT / "pyproject.toml").read_text())["project"]["dependencies"]
                if Requirement(text).name == "PySide6-Essentials"]
    assert KNOWN_TO_CRASH and not any(wanted.specifier.contains(bad) for bad in KNOWN_TO_CRASH)
    assert wanted.specifier.contains(pinned("PySide6-Essentials"))
    assert SOUND_VERSION == pinned("PySide6-Essentials") == pinned("shiboken6")


def test_the_app_refuses_to_start_on_a_binding_known_to_crash(
        qapp: QApplication, monkeypatch: pytest.MonkeyPatch, recorded_dialogs: Any,
        tmp_path: Path) -> None:
    from desktop.paths import resolve_database
    from desktop.ui import app as app_module

    before = set(QApplication.topLevelWidgets())
    monkeypatch.setattr(PySide6, "__version__", "6.12.0")
    started = QTimer(singleShot=True, interval=10_000)  # the window would open and wait
    started.timeout.connect(lambda: qapp.exit(99))
    started.start()
    try:
        assert app_module.run_gui(resolve_database(str(tmp_path / "db.sqlite3"))) == 2
    finally:
        started.stop()
    [(kind, title, text)] = recorded_dialogs.shown
    assert (kind, title) == ("error", "Framework Ready cannot start")
    assert text == ("PySide6 6.12.0 is known to crash Framework Ready, so it will not start. "
                    "Reinstall it with: pip install 'PySide6-Essentials==6.11.3'")
    assert set(QApplication.topLevelWidgets()) == before  # no window was made
    assert not (tmp_path / "db.sqlite3").exists()  # nor the database touched


def test_a_sound_binding_is_not_refused() -> None:
    assert PySide6.__version__ not in KNOWN_TO_CRASH
    assert binding_problem() == ""
