"""The design's spacing (docs/design.md, "Spacing steps"): on every page, under either kind of
framework, cards one above the other, or side by side, are `look.LARGE` apart."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QTabWidget, QWidget

from desktop.ui import look
from desktop.ui.main_window import MainWindow
from tests.packs import CAS
from tests.ui.layout_checks import every_view

DIRECT = Qt.FindChildOption.FindDirectChildrenOnly


def card_gaps(page: QWidget) -> dict[str, int]:
    """Each shown card and the next shown part below it (or beside it, on its right) in the
    same parent, when that is a card too: the gap between them, in logical pixels, named
    "above ↓ below" ("left → right")."""
    gaps: dict[str, int] = {}
    for card in page.findChildren(look.Card):
        parent = card.parentWidget()
        if not card.isVisibleTo(page) or parent is None:
            continue
        box = card.geometry()
        parts = [other for other in parent.findChildren(QWidget, options=DIRECT)
                 if other is not card and other.isVisibleTo(page) and not other.isWindow()]
        below = [other for other in parts if other.y() > box.bottom()
                 and other.x() <= box.right() and other.geometry().right() >= box.left()]
        beside = [other for other in parts if other.x() > box.right()
                  and other.y() <= box.bottom() and other.geometry().bottom() >= box.top()]
        if below and isinstance(nearest := min(below, key=QWidget.y), look.Card):
            gaps[f"{card.title()!r} ↓ {nearest.title()!r}"] = nearest.y() - box.bottom() - 1
        if beside and isinstance(nearest := min(beside, key=QWidget.x), look.Card):
            gaps[f"{card.title()!r} → {nearest.title()!r}"] = nearest.x() - box.right() - 1
    return gaps


def every_gap(window: MainWindow) -> dict[str, int]:
    """Every card's gap on every page, in each section of a questionnaire and each tab."""
    found: dict[str, int] = {}
    for key, section in every_view(window):
        QApplication.processEvents()
        page = window.pages[key]
        for tabs in [None, *page.findChildren(QTabWidget)]:
            for tab in range(tabs.count()) if tabs else [-1]:
                if tabs:
                    tabs.setCurrentIndex(tab)
                    QApplication.processEvents()
                found.update({f"{key} {section} tab {tab} {where}": gap
                              for where, gap in card_gaps(page).items()})
    return found


def test_cards_on_every_page_are_the_large_step_apart(sample_window: MainWindow) -> None:
    sample_window.resize(1366, 728)
    measured = every_gap(sample_window)
    sample_window.choose_framework(CAS)  # the Act's pages: the PSQ, Exclusions, registration
    measured.update(every_gap(sample_window))
    wrong = {where: gap for where, gap in measured.items() if gap != look.LARGE}
    assert wrong == {}, "\n".join(f"{where}: {gap}" for where, gap in wrong.items())
    pages = {where.split()[0] for where in measured}
    # the dashboard's grid, a form's cards, repeated rows, a tab's cards, side by side
    assert {"dashboard", "opportunities", "exclusions", "costing", "settings",
            "reports", "profile"} <= pages
    assert any("→" in where for where in measured)
