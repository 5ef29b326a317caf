"""The Qt bindings pinned in requirements/app.txt are sound enough for hours of typing.

PySide6 6.12.0 released one reference to None per call of a method returning nothing; on Python
3.11 (where None is not immortal) the app crashed after a few thousand keystrokes' worth of
calls. This fails at once on such a build instead of after an afternoon's work is typed.
"""

from __future__ import annotations

import sys

from PySide6.QtWidgets import QLineEdit
from pytestqt.qtbot import QtBot


def test_calls_returning_nothing_keep_none_alive(qtbot: QtBot) -> None:
    edit = QLineEdit()
    qtbot.addWidget(edit)
    before = sys.getrefcount(None)
    for number in range(2000):
        edit.setText(f"typed {number}")
    assert sys.getrefcount(None) > before - 100
