"""Contrast where the look adds colour of its own (docs/design.md, "Contrast"), measured in light
and in dark with the app's own WCAG measure (`theme.contrast`): the first-run tour's ring stands
3:1 against the window it is drawn on, and every card's title reads at 4.5:1 on the card."""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QColor, QPalette
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from desktop.ui import look, theme
from desktop.ui.dialogs import DialogService
from desktop.ui.main_window import MainWindow
from desktop.ui.tour import DISMISSED_KEY, RING, Ring, Tour
from tests.packs import CAS
from tests.ui.test_tour import real_tour

Role = QPalette.ColorRole
SCHEMES = [Qt.ColorScheme.Light, Qt.ColorScheme.Dark]


@pytest.fixture(params=SCHEMES, ids=["light", "dark"])
def scheme(request: pytest.FixtureRequest, qapp: QApplication) -> Iterator[Qt.ColorScheme]:
    theme.apply(qapp, request.param)
    yield request.param
    theme.apply(qapp, Qt.ColorScheme.Light)


def test_the_tour_ring_stands_3_to_1_against_the_window(scheme: Qt.ColorScheme, qtbot: QtBot,
                                                        window: MainWindow) -> None:
    """Round each of its parts in turn, the ring's accent band, as drawn on the window, is at
    least 3:1 against the window's ground and the lists' (the sidebar, a page's boxes)."""
    colours = theme.palette(scheme)
    grounds = [colours.color(role) for role in (Role.Window, Role.Base, Role.AlternateBase)]
    window.settings.remove(DISMISSED_KEY)
    window.resize(1366, 728)
    DialogService().show_tour(window, lambda: real_tour(window))
    tour = window.findChild(Tour, "tour")
    ring = window.findChild(Ring, "tour-ring")
    assert tour is not None and ring is not None
    for step in range(len(tour.stops)):
        tour.show_step(step)
        QApplication.processEvents()
        place = ring.geometry()
        picture = window.grab(place).toImage()
        middle = picture.height() // 2
        band = QColor(picture.pixel(1 + RING // 2, middle))  # the accent band, as drawn
        assert theme.contrast(band, colours.color(Role.Highlight)) < 1.1, step
        weakest = min(theme.contrast(band, ground) for ground in grounds)
        assert weakest >= 3, (step, band.name(), round(weakest, 2))
        # its edges, whole pixels in the colour of words on the accent, stand 3:1 against the
        # band: the ring shows on an accent ground too (the selected line of the sidebar)
        for edge in (QColor(picture.pixel(0, middle)), QColor(picture.pixel(RING + 1, middle))):
            assert theme.contrast(edge, colours.color(Role.HighlightedText)) < 1.1, step
            assert theme.contrast(edge, band) >= 3, step
    tour.close()


def test_every_card_title_reads_at_4_5_to_1_on_its_card(scheme: Qt.ColorScheme,
                                                         sample_window: MainWindow) -> None:
    """Each card's heading on each page (under both kinds of framework), by the palette the
    card is drawn with, and one in its pixels."""
    sample_window.resize(1366, 728)
    measured: dict[str, float] = {}
    for framework in (None, CAS):
        if framework:
            sample_window.choose_framework(framework)
        for key in list(sample_window.pages):
            sample_window.go_to(key)
            QApplication.processEvents()
            for card in sample_window.pages[key].findChildren(look.Card):
                text = card.heading.palette().color(card.heading.foregroundRole())
                ground = card.palette().color(card.backgroundRole())
                measured[f"{key}: {card.title()}"] = theme.contrast(text, ground)
    assert len(measured) >= 15
    low = {where: round(ratio, 2) for where, ratio in measured.items() if ratio < 4.5}
    assert low == {}
    sample_window.go_to("dashboard")
    QApplication.processEvents()
    card = sample_window.pages["dashboard"].findChild(look.Card)
    assert card is not None
    picture = card.heading.grab().toImage()
    ground = card.palette().color(card.backgroundRole())
    strongest = max(theme.contrast(QColor(picture.pixel(x, y)), ground)
                    for x in range(picture.width()) for y in range(picture.height()))
    assert strongest >= 4.5
