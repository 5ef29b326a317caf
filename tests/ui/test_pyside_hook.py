"""PySide6's import hook is tuned (desktop/ui/__init__.py) without changing its answers."""

from __future__ import annotations

import sys
from types import ModuleType

import desktop.core.catalogue
import desktop.ui
import desktop.ui.main_window


def test_quick_check_gives_pysides_answer() -> None:
    feature = sys.modules["shibokensupport.feature"]
    check = feature._mod_uses_pyside
    assert getattr(check, "quick", False)
    assert check(desktop.ui.main_window) is True  # imports PySide6
    assert check(desktop.core.catalogue) is False  # plain Python
    assert check(sys) is False  # built in, no file
    assert check(ModuleType("made-up")) is False
    assert desktop.ui is not None
