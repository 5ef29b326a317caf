"""One window per database: the second launch brings the first forward; a stale socket left by
a crash is taken over."""

from __future__ import annotations

import os
import tempfile
from pathlib import Path

from PySide6.QtCore import QDir
from pytestqt.qtbot import QtBot

from desktop.paths import resolve_database
from desktop.ui.single_instance import SingleInstance, server_name


def test_a_second_launch_brings_the_first_forward(qtbot: QtBot, tmp_path: Path) -> None:
    location = resolve_database(str(tmp_path / "charity.sqlite3"))
    first, second = SingleInstance(location), SingleInstance(location)
    shown: list[bool] = []
    assert first.listen(lambda: shown.append(True))
    try:
        assert second.ask_first_to_show()
        qtbot.waitUntil(lambda: shown == [True], timeout=3000)
        other = SingleInstance(resolve_database(str(tmp_path / "other.sqlite3")))
        assert not other.ask_first_to_show()  # another database is another window
    finally:
        first.close()
    assert not SingleInstance(location).ask_first_to_show()  # closed: nobody answers


def test_a_socket_left_by_a_crash_is_taken_over(qtbot: QtBot, tmp_path: Path) -> None:
    location = resolve_database(str(tmp_path / "crashed.sqlite3"))
    if os.name == "posix":  # where a crash leaves the socket file behind
        stale = Path(QDir.tempPath() or tempfile.gettempdir()) / server_name(location)
        stale.write_text("left behind")
    instance = SingleInstance(location)
    try:
        assert instance.listen(lambda: None)
        assert SingleInstance(location).ask_first_to_show()
    finally:
        instance.close()
