"""Each main flow with the keyboard alone: keys go to the focused widget or the window, never a
mouse click; Help → Keyboard shortcuts lists the keys, and Esc closes it."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QKeySequence
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QWidget
from pytestqt.qtbot import QtBot

from desktop.store.backup import list_backups
from desktop.ui.main_window import MainWindow
from desktop.ui.shortcuts import ADD_FILE, NEW_ITEM, table

CTRL = Qt.KeyboardModifier.ControlModifier
ALT = Qt.KeyboardModifier.AltModifier


@pytest.fixture(autouse=True)
def active(qtbot: QtBot, window: MainWindow) -> None:
    """Keys go to the active window's focused widget, as on a desktop."""
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow)


def focused() -> QWidget:
    """Where a key goes: the focused widget, else the active window itself."""
    widget = QApplication.focusWidget() or QApplication.activeWindow()
    assert widget is not None
    return widget


def press(qtbot: QtBot, key: Qt.Key, modifier: Qt.KeyboardModifier = Qt.KeyboardModifier.NoModifier
          ) -> None:
    QTest.keyClick(focused(), key, modifier)
    qtbot.wait(1)


def go(qtbot: QtBot, window: MainWindow, number: int) -> QWidget:
    """Ctrl+number, as a person would, and the page it shows."""
    window.sidebar.setFocus()
    press(qtbot, getattr(Qt.Key, f"Key_{number % 10}"), CTRL)
    return window.stack.currentWidget()


def test_f1_lists_the_shortcuts_and_esc_closes_it(qtbot: QtBot, window: MainWindow) -> None:
    window.sidebar.setFocus()
    press(qtbot, Qt.Key.Key_F1)
    dialog = window.shortcuts_dialog
    assert dialog is not None and dialog.isVisible()
    rows = [(dialog.table.item(row, 0).text(), dialog.table.item(row, 1).text())
            for row in range(dialog.table.rowCount())]
    assert ("Ctrl+1", "Go to Dashboard") in rows and ("Ctrl+0", "Go to Reports") in rows
    new = QKeySequence(NEW_ITEM).toString(QKeySequence.SequenceFormat.NativeText)
    assert (new, "Add an opportunity") in rows
    QTest.keyClick(dialog, Qt.Key.Key_Escape)
    assert not dialog.isVisible()


def test_the_listed_page_keys_go_to_those_pages(qtbot: QtBot, window: MainWindow) -> None:
    pages = [(action.text(), action.shortcut().toString()) for action in window.go_menu.actions()]
    listed = [row for row in table(pages) if row.action.startswith("Go to ")]
    assert len(listed) == 16  # under the PSDF (PCR 2015): no Supplier registration page
    for row in listed:
        window.sidebar.setFocus()
        QTest.keySequence(focused(), QKeySequence(row.keys))
        qtbot.wait(1)
        assert window.sidebar.currentItem().text() == row.action.removeprefix("Go to ")


def test_evidence_is_added_with_the_keyboard(qtbot: QtBot, window: MainWindow, tmp_path: Path,
                                             recorded_dialogs: Any) -> None:
    page = go(qtbot, window, 5)
    document = tmp_path / "policy.pdf"
    document.write_bytes(b"%PDF-1.4 policy")
    recorded_dialogs.files = [document]
    page.setFocus()
    press(qtbot, QKeySequence(ADD_FILE)[0].key(), CTRL)
    qtbot.waitUntil(lambda: page.model.rowCount() == 1)


def test_lots_are_explored_with_the_arrow_keys(qtbot: QtBot, window: MainWindow,
                                               settle: Callable[[MainWindow], None]) -> None:
    page = go(qtbot, window, 7)
    settle(window)  # every lot assessed, in the background
    page.matrix.setFocus()
    press(qtbot, Qt.Key.Key_Down)
    press(qtbot, Qt.Key.Key_Right)
    assert page.matrix.currentIndex().isValid()
    assert page.list_model.rowCount() >= 1
    press(qtbot, Qt.Key.Key_Tab)
    assert focused() is page.all_button or page.isAncestorOf(focused())


def test_a_report_is_made_with_the_keyboard(qtbot: QtBot, window: MainWindow, tmp_path: Path,
                                            recorded_dialogs: Any) -> None:
    page = go(qtbot, window, 10)
    recorded_dialogs.files = [tmp_path / "pack.pdf"]
    page.document.setFocus()
    press(qtbot, Qt.Key.Key_M, ALT)  # Make the PDF…
    qtbot.waitUntil(lambda: (tmp_path / "pack.pdf").exists() and not page.busy, timeout=20000)
    assert "pages saved as" in page.status.text()


def test_a_backup_is_made_from_settings_with_the_keyboard(qtbot: QtBot,
                                                          window: MainWindow) -> None:
    window.sidebar.setFocus()
    while window.current_page_key() != "settings":
        press(qtbot, Qt.Key.Key_Down)  # the page list moves with the arrow keys
    page = window.stack.currentWidget()
    page.keep.setFocus()
    press(qtbot, Qt.Key.Key_B, ALT)  # Back up now
    assert window.workspace and window.workspace.file
    qtbot.waitUntil(lambda: len(list_backups(window.workspace.file)) == 1)


def test_no_page_flashes_up_a_window_of_its_own(qtbot: QtBot, window: MainWindow) -> None:
    """A widget shown before it has a parent becomes a window and takes the keyboard away."""
    for key in list(window.pages):
        window.go_to(key)
        qtbot.wait(1)
        assert QApplication.activeWindow() is window, key

