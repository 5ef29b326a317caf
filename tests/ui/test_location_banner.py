"""The window says where the database should not be: a synced folder in the banner, a network
share refused at start with the way to share one properly."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest
from pytestqt.qtbot import QtBot

from desktop.app.first_paint import first_paint
from desktop.app.workspace import open_workspace
from desktop.paths import resolve_database
from desktop.store import location_checks
from desktop.ui import app as app_module
from desktop.ui.app import settings
from desktop.ui.main_window import MainWindow


def test_a_database_in_a_dropbox_folder_opens_under_a_warning(qtbot: QtBot,
                                                              tmp_path: Path) -> None:
    workspace = open_workspace(resolve_database(str(tmp_path / "Dropbox" / "fr.sqlite3")))
    try:
        window = MainWindow(settings())
        qtbot.addWidget(window)
        window.show()
        window.attach(first_paint(workspace))
        assert window.banner.isVisible()
        assert window.banner.text().startswith("⚠ Your database is in a folder that Dropbox "
                                               "copies")
        assert "Export everything to one file" in window.banner.text()
        window.operations.wait()  # the dashboard's reads end before the database is closed
    finally:
        workspace.close()


def test_a_database_on_a_network_share_is_refused_at_start(
        monkeypatch: pytest.MonkeyPatch, tmp_path: Path, recorded_dialogs: Any,
        qapp: object) -> None:
    share = tmp_path / "office"
    monkeypatch.setattr(location_checks, "mount_table",
                        lambda: f"//nas/office {share} cifs rw 0 0\n")
    status = app_module.run_gui(resolve_database(str(share / "fr.sqlite3")), self_test=True)
    assert status == 2
    [(kind, title, text)] = recorded_dialogs.shown
    assert kind == "error" and title == "Could not open your data"
    assert "network drive (cifs //nas/office)" in text and "team mode" in text
    assert not (share / "fr.sqlite3").exists()
