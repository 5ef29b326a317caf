"""Every control a person can reach with the keyboard has a name a screen reader can say."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QWidget

from desktop.ui.main_window import MainWindow


def unnamed_focusable(root: QWidget) -> list[str]:
    missing = []
    for widget in [root, *root.findChildren(QWidget)]:
        if widget.focusPolicy() == Qt.FocusPolicy.NoFocus or widget.accessibleName():
            continue
        missing.append(f"{type(widget).__name__} {widget.objectName()!r}")
    return missing


def test_first_run_controls_are_named(first_run_window: MainWindow) -> None:
    assert unnamed_focusable(first_run_window) == []


def test_every_page_has_named_controls(window: MainWindow) -> None:
    walked = 0
    for key in list(window.pages):
        window.go_to(key)
        assert unnamed_focusable(window) == [], key
        walked += 1
    assert walked == 2
