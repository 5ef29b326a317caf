"""Opening the dashboard in tests: its figures are read in the background, so wait for them."""

from __future__ import annotations

from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from desktop.ui.main_window import MainWindow
from desktop.ui.pages.dashboard import DashboardPage


def shown_dashboard(qtbot: QtBot, window: MainWindow, again: bool = False) -> DashboardPage:
    """Go to the dashboard (or, `again`, read it once more) and wait until it shows its figures."""
    window.go_to("dashboard")
    dashboard = window.pages["dashboard"]
    assert isinstance(dashboard, DashboardPage)
    if again:
        dashboard.refresh()
    qtbot.waitUntil(lambda: not dashboard.loading, timeout=10000)
    QApplication.processEvents()  # lines added to a shown card are shown at the next turn
    return dashboard
