"""The main window: keyboard navigation, remembered layout, About, warnings, bad databases."""

from __future__ import annotations

import hashlib
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import QRect, QSettings, Qt
from pytestqt.qtbot import QtBot

from desktop import __version__
from desktop.app.first_paint import first_paint
from desktop.app.workspace import Workspace
from desktop.paths import DatabaseLocation, data_dir, resolve_database
from desktop.ui import app as app_module
from desktop.ui.about import AboutDialog
from desktop.ui.app import settings
from desktop.ui.main_window import MainWindow


def test_sidebar_moves_with_arrow_keys_and_page_follows(qtbot: QtBot, window: MainWindow) -> None:
    window.sidebar.setFocus()
    assert window.stack.currentWidget() is window.pages["dashboard"]  # every start opens here
    qtbot.keyClick(window.sidebar, Qt.Key.Key_Down)
    assert window.current_page_key() == "profile"
    assert window.stack.currentWidget() is window.pages["profile"]
    qtbot.keyClick(window.sidebar, Qt.Key.Key_Home)
    assert window.current_page_key() == "dashboard"
    qtbot.keyClick(window.sidebar, Qt.Key.Key_End)
    assert window.stack.currentWidget() is window.pages["frameworks"]
    qtbot.keyClick(window.sidebar, Qt.Key.Key_Up)
    assert window.stack.currentWidget() is window.pages["framework"]


def test_every_page_has_its_key(window: MainWindow) -> None:
    shortcuts = {a.shortcut().toString(): a for a in window.go_menu.actions()
                 if not a.shortcut().isEmpty()}
    assert len(window.go_menu.actions()) == len(shortcuts) == 16  # no supplier route: PCR 2015
    expected = {f"Ctrl+{number % 10}": key for number, key in enumerate(
        ["dashboard", "profile", "questionnaire", "journey", "evidence", "result", "lots",
         "opportunities", "partners", "reports"], start=1)}
    expected |= {"Ctrl+B": "bid-writing", "Ctrl+T": "costing",
                 "Ctrl+,": "settings", "Ctrl+L": "catalogue", "Ctrl+I": "framework",
                 "Ctrl+Shift+I": "frameworks"}
    for keys, key in reversed(expected.items()):
        shortcuts[keys].trigger()
        assert window.current_page_key() == key


def test_geometry_is_remembered_and_every_start_opens_on_the_dashboard(
        qtbot: QtBot, window: MainWindow, workspace: Workspace, tmp_path: Path) -> None:
    window.setGeometry(QRect(40, 50, 700, 520))  # above the dashboard's least height
    window.go_to("framework")
    window.close()
    assert (data_dir() / "settings.ini").exists()
    again = MainWindow(settings())
    qtbot.addWidget(again)
    again.attach(first_paint(workspace))
    assert again.current_page_key() == "dashboard"
    # The offscreen screen is 800 × 600, so Qt keeps the width on screen; the height is kept.
    assert again.height() == 520 and again.height() != MainWindow(QSettings(
        str(tmp_path / "fresh.ini"), QSettings.Format.IniFormat)).height()


def test_about_shows_version_and_data_folder(qtbot: QtBot, window: MainWindow) -> None:
    opened: list[Path] = []
    dialog = AboutDialog(data_dir(), "test.sqlite3", window, opener=opened.append)
    qtbot.addWidget(dialog)
    assert __version__ in dialog.label.text()
    assert str(data_dir()) in dialog.label.text()
    qtbot.mouseClick(dialog.open_button, Qt.MouseButton.LeftButton)
    assert opened == [data_dir()]


def test_about_from_the_help_menu_does_not_block(window: MainWindow) -> None:
    dialog = window.show_about()
    assert dialog.isVisible() and dialog.windowTitle() == "About Framework Ready"
    dialog.close()


def test_pack_problem_shows_a_banner(qtbot: QtBot, workspace: Workspace) -> None:
    workspace.pack_problems = ["The framework information in x.toml could not be read."]
    window = MainWindow(settings())
    qtbot.addWidget(window)
    window.show()
    assert not window.banner.isVisible()
    window.attach(first_paint(workspace))
    assert window.banner.isVisible()
    assert "could not be read" in window.banner.text()


@pytest.mark.parametrize("content", [b"Minutes of the trustees' meeting\n", b"\x00" * 64])
def test_bad_database_is_refused_with_a_dialog_and_left_alone(
        tmp_path: Path, recorded_dialogs: Any, content: bytes, qapp: object) -> None:
    path = tmp_path / "minutes.sqlite3"
    path.write_bytes(content)
    status = app_module.run_gui(resolve_database(str(path)), self_test=True)
    assert status == 2
    [(kind, title, text)] = recorded_dialogs.shown
    assert kind == "error" and title == "Could not open your data"
    assert "not a Framework Ready database" in text and "Traceback" not in text
    assert hashlib.sha256(path.read_bytes()).digest() == hashlib.sha256(content).digest()


def test_self_test_passes_on_a_new_database(qapp: object, tmp_path: Path,
                                            capsys: pytest.CaptureFixture[str],
                                            monkeypatch: pytest.MonkeyPatch) -> None:
    from desktop.core import quick_open

    looks: list[object] = []
    real_first_look = quick_open.first_look
    monkeypatch.setattr(quick_open, "first_look",
                        lambda where: looks.append(real_first_look(where)) or looks[-1])
    location = resolve_database(str(tmp_path / "new.sqlite3"))
    assert app_module.run_gui(location, self_test=True) == 0
    assert capsys.readouterr().out.splitlines() == [
        "Self-test: window shown", "Self-test: data shown", "Self-test: saving possible",
        "Self-test passed: 109 lots, 14 categories"]
    # The second start shows the data from the quick first look, then opens fully.
    assert app_module.run_gui(location, self_test=True) == 0
    assert capsys.readouterr().out.splitlines() == [
        "Self-test: window shown", "Self-test: data shown", "Self-test: saving possible",
        "Self-test passed: 109 lots, 14 categories"]
    assert looks[0] is None and looks[1] is not None


def test_the_window_module_loads_no_database_code() -> None:
    """The window opens before SQLAlchemy (and never alembic or reportlab) is imported."""
    import subprocess
    import sys

    probe = ("import sys, desktop.ui.app; "
             "print(sorted(m for m in ('sqlalchemy', 'alembic', 'reportlab', 'openpyxl') "
             "if m in sys.modules))")
    result = subprocess.run([sys.executable, "-c", probe], capture_output=True, text=True,
                            check=True)
    assert result.stdout.strip() == "[]"


def test_window_shows_while_the_data_opens(qtbot: QtBot, workspace: Workspace) -> None:
    window = MainWindow(settings())
    qtbot.addWidget(window)
    window.show()
    assert list(window.pages) == ["opening"]
    assert window.statusBar().currentMessage() == "Opening your data…"
    window.attach(first_paint(workspace))
    assert list(window.pages) == ["welcome"]


def test_pages_are_built_on_their_first_visit(window: MainWindow) -> None:
    assert window.current_page_key() == "dashboard"
    assert window.pages["catalogue"].objectName() == "waiting"
    window.go_to("catalogue")
    assert window.pages["catalogue"].objectName() == "catalogue-page"
    assert window.stack.currentWidget() is window.pages["catalogue"]


def sample_database(tmp_path: Path) -> DatabaseLocation:
    """The sample charity in its own file, closed."""
    from desktop.app.workspace import open_workspace
    from desktop.core.sample import ensure_sample

    location = resolve_database(str(tmp_path / "charity.sqlite3"))
    workspace = open_workspace(location)
    ensure_sample(workspace.database)
    workspace.close()
    return location


def test_a_damaged_database_offers_the_newest_sound_backup(
        qapp: object, tmp_path: Path, recorded_dialogs: Any) -> None:
    from desktop.store.backup import list_backups, make_backup

    location = sample_database(tmp_path)
    assert location.file is not None
    make_backup(location.file)
    damaged = bytearray(location.file.read_bytes())
    damaged[8192:12288] = b"\xde\xad" * 2048
    location.file.write_bytes(bytes(damaged))
    before = hashlib.sha256(location.file.read_bytes()).hexdigest()
    recorded_dialogs.choice = 0  # "Restore the backup"
    assert app_module.run_gui(location, self_test=True) == 0
    assert recorded_dialogs.offered[0] == ["Restore the backup", "Open another file…", "Quit"]
    assert "is damaged" in recorded_dialogs.shown[0][2]
    replaced = [b for b in list_backups(location.file) if b.kind == "replaced"]
    assert hashlib.sha256(replaced[0].path.read_bytes()).hexdigest() == before  # kept as it was


def test_a_damaged_database_can_be_left_alone(qapp: object, tmp_path: Path,
                                             recorded_dialogs: Any) -> None:
    path = tmp_path / "damaged.sqlite3"
    from desktop.app.workspace import open_workspace

    open_workspace(resolve_database(str(path))).close()
    damaged = bytearray(path.read_bytes())
    damaged[4096:8192] = b"\x00\xff" * 2048
    path.write_bytes(bytes(damaged))
    before = path.read_bytes()
    recorded_dialogs.choice = 1  # no backup, so: "Quit" is the second choice
    assert app_module.run_gui(resolve_database(str(path)), self_test=True) == 2
    assert recorded_dialogs.offered[0] == ["Open another file…", "Quit"]
    assert len(recorded_dialogs.shown) == 1  # the question only: no second box after "Quit"
    assert path.read_bytes() == before


def test_a_missing_database_with_backups_offers_them_and_never_starts_afresh(
        qapp: object, tmp_path: Path, recorded_dialogs: Any) -> None:
    from desktop.store.backup import make_backup

    location = sample_database(tmp_path)
    assert location.file is not None
    make_backup(location.file)
    location.file.unlink()
    recorded_dialogs.choice = 2  # "Quit"
    assert app_module.run_gui(location, self_test=True) == 2
    assert recorded_dialogs.offered[0] == ["Restore the backup", "Open another file…", "Quit"]
    assert "missing" in recorded_dialogs.shown[0][2]
    assert not location.file.exists()  # no empty database was made in its place
    recorded_dialogs.choice = 0  # "Restore the backup"
    assert app_module.run_gui(location, self_test=True) == 0
    assert location.file.exists()


def test_a_read_only_database_opens_with_a_banner_and_keeps_its_mode(
        qtbot: QtBot, tmp_path: Path) -> None:
    from desktop.app.workspace import open_workspace

    location = sample_database(tmp_path)
    assert location.file is not None
    location.file.chmod(0o400)
    workspace = open_workspace(location)
    try:
        assert workspace.database.read_only == "file"
        window = MainWindow(settings())
        qtbot.addWidget(window)
        window.show()
        window.attach(first_paint(workspace))
        assert window.banner.isVisible()
        assert window.banner.text().startswith("⚠ Read-only: changes cannot be saved")
        window.go_to("profile")
        from PySide6.QtWidgets import QLineEdit

        boxes = window.pages["profile"].findChildren(QLineEdit)
        assert boxes and all(box.isReadOnly() for box in boxes)
        window.operations.wait()  # the dashboard's reads end before the database is closed
    finally:
        workspace.close()
    assert location.file.stat().st_mode & 0o777 == 0o400


WARM_PROBE = """
import sys
from desktop.paths import resolve_database
from desktop.ui import app as app_module
from desktop.ui.app import Starter, application

app_module.WARM_AFTER = 0
qt = application()
starter = Starter(qt, resolve_database(sys.argv[1]), self_test=False)
starter.start()
before = "reportlab" in sys.modules
while not starter.warm.isFinished():
    qt.processEvents()
starter.task.wait()
from reportlab.pdfbase import pdfmetrics
print(before, starter.window.workspace is not None, "reportlab" in sys.modules,
      "DejaVuSans" in pdfmetrics.getRegisteredFontNames())
starter.window.workspace.close()
"""


def test_documents_are_warmed_once_the_data_is_open(private_data_dir: Path) -> None:
    """After the database is fully open the window loads ReportLab, the documents and the fonts
    on a background thread (a fresh process off screen, so nothing earlier loaded them), so the
    first PDF costs what the second does; it skips rereading what the first look showed."""
    import os
    import subprocess
    import sys

    database = str(private_data_dir / "warm.sqlite3")
    subprocess.run([sys.executable, "-m", "desktop", "--database", database, "demo"],
                   check=True, capture_output=True)
    result = subprocess.run([sys.executable, "-c", WARM_PROBE, database], capture_output=True,
                            text=True, check=True, timeout=120,
                            env={**os.environ, "QT_QPA_PLATFORM": "offscreen"})
    assert result.stdout.split() == ["False", "True", "True", "True"], result.stderr
