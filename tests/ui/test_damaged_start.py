"""The real app started on a damaged database, with the real dialog boxes.

In the window a person is asked what to do (restore, another file, quit); off screen, in the
self-test, nobody can answer, so the question is printed and the run ends with exit 2 instead of
waiting for ever.
"""

from __future__ import annotations

import hashlib
import os
import subprocess
import sys
from pathlib import Path

import pytest
from PySide6.QtCore import QTimer
from PySide6.QtWidgets import (
    QApplication,
    QMessageBox,  # noqa: TID251 - checking the real box itself
    QWidget,
)

from desktop.paths import DATA_DIR_ENV, resolve_database
from desktop.ui import app as app_module
from desktop.ui import dialogs
from desktop.ui.dialogs import DialogService
from tests.ui.modal import Modal, button


@pytest.fixture
def damaged(tmp_path: Path) -> Path:
    """A database of ours with a page overwritten (the journal survives; the file does not)."""
    from desktop.app.workspace import open_workspace

    path = tmp_path / "damaged.sqlite3"
    open_workspace(resolve_database(str(path))).close()
    content = bytearray(path.read_bytes())
    content[4096:8192] = b"\x00\xff" * 2048
    path.write_bytes(bytes(content))
    return path


def digest(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def test_the_window_asks_what_to_do_and_quit_ends_it(
        qapp: QApplication, damaged: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    before = digest(damaged)
    monkeypatch.setattr(dialogs, "service", DialogService())
    offered: list[list[str]] = []
    texts: list[str] = []

    def quit_(box: QWidget) -> None:
        assert isinstance(box, QMessageBox)
        offered.append([b.text() for b in box.buttons()])
        texts.append(box.text())
        button(box, "Quit").click()

    hung = QTimer(singleShot=True, interval=30_000)  # fail, not hang, if the box never came
    hung.timeout.connect(lambda: qapp.exit(99))
    hung.start()
    try:
        with Modal(quit_) as modal:
            status = app_module.run_gui(resolve_database(str(damaged)))
    finally:
        hung.stop()
    assert status == 2
    assert isinstance(modal.box, QMessageBox)
    assert offered == [["Open another file…", "Quit"]]  # no backup yet, so none to restore
    assert "damaged" in texts[0] and "Traceback" not in texts[0]
    assert digest(damaged) == before


def test_the_self_test_says_what_is_wrong_and_ends(damaged: Path, tmp_path: Path) -> None:
    """`framework-ready --self-test` on a damaged file: exit 2 within seconds, file untouched."""
    before = digest(damaged)
    environment = {**os.environ, DATA_DIR_ENV: str(tmp_path / "data"),
                   "QT_QPA_PLATFORM": "offscreen"}
    result = subprocess.run(
        [sys.executable, "-m", "desktop", "--self-test", "--database", str(damaged)],
        capture_output=True, text=True, timeout=120, env=environment, check=False)
    assert result.returncode == 2, result.stderr
    assert "Could not open your data" in result.stderr and "damaged" in result.stderr
    assert "Open another file… / Quit" in result.stderr
    assert "Traceback" not in result.stderr
    assert digest(damaged) == before
