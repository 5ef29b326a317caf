"""Every control a person can reach with the keyboard has a name a screen reader can say."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QWidget

from desktop.ui.main_window import MainWindow
from desktop.ui.questionnaire.page import QuestionnairePage


def unnamed_focusable(root: QWidget) -> list[str]:
    missing = []
    for widget in [root, *root.findChildren(QWidget)]:
        if widget.focusPolicy() == Qt.FocusPolicy.NoFocus or widget.accessibleName():
            continue
        missing.append(f"{type(widget).__name__} {widget.objectName()!r}")
    return missing


def test_first_run_controls_are_named(first_run_window: MainWindow) -> None:
    assert unnamed_focusable(first_run_window) == []


def test_every_page_and_section_has_named_controls(window: MainWindow) -> None:
    walked, sections = 0, 0
    for key in list(window.pages):
        window.go_to(key)
        page = window.pages[key]
        if isinstance(page, QuestionnairePage):
            for index in range(len(page.form.sections)):
                page.go_to_section(index)
                sections += 1
        assert unnamed_focusable(window) == [], key
        walked += 1
    assert walked == 11
    assert sections == 15
