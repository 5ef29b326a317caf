"""The first minute: the tour is offered once the pages show, never again once dismissed, and
from Help at any time; the real tour runs off screen, step by step; the About box has the icon."""

from __future__ import annotations

from PySide6.QtCore import QPoint, QRect
from PySide6.QtGui import QPalette
from pytestqt.qtbot import QtBot

from desktop.app.workspace import Workspace
from desktop.ui.about import AboutDialog
from desktop.ui.app import settings
from desktop.ui.dialogs import DialogService
from desktop.ui.main_window import MainWindow
from desktop.ui.tour import DISMISSED_KEY, RING, Ring, Tour, dismissed, stops
from tests.ui.conftest import DialogRecorder, shown_window


def real_tour(window: MainWindow) -> Tour:
    return Tour(window, stops(window, window.sidebar, window.stack, window._sidebar_place),
                window.settings)


def test_offered_once_then_never_unless_asked_from_help(
        qtbot: QtBot, window: MainWindow, workspace: Workspace,
        recorded_dialogs: DialogRecorder) -> None:
    qtbot.waitUntil(lambda: recorded_dialogs.tours == 1, timeout=2000)
    tour = real_tour(window)
    qtbot.addWidget(tour)
    tour.show()
    tour.skip.click()  # skipped: dismissed for good
    assert dismissed(settings())
    again = shown_window(qtbot, workspace)
    qtbot.wait(50)
    assert recorded_dialogs.tours == 1
    help_menu = next(action.menu() for action in again.menuBar().actions()
                     if action.text() == "&Help")
    next(action for action in help_menu.actions() if action.text() == "Take the &tour").trigger()
    assert recorded_dialogs.tours == 2


def test_the_real_tour_walks_four_plain_sentences_beside_their_parts(
        qtbot: QtBot, window: MainWindow) -> None:
    window.settings.remove(DISMISSED_KEY)
    DialogService().show_tour(window, lambda: real_tour(window))
    tour = window.findChild(Tour, "tour")
    assert tour is not None and tour.isVisible()
    seen = []
    for _ in range(len(tour.stops)):
        seen.append((tour.counter.text(), tour.text.text(), tour.pos()))
        tour.next.click()
    assert [counter for counter, _text, _pos in seen] == ["1 of 4", "2 of 4", "3 of 4",
                                                          "4 of 4"]
    assert seen[0][1].startswith("The list on the left has every page")
    assert "Selection questionnaire" in seen[2][1]
    assert len({pos.toTuple() for _c, _t, pos in seen}) >= 3  # moved beside each part
    assert all(len(text.split(". ")) <= 3 for _c, text, _p in seen)  # a sentence or two
    assert not tour.isVisible()  # Done closed it
    assert dismissed(window.settings)


def test_back_goes_back_and_closing_also_dismisses(qtbot: QtBot, window: MainWindow) -> None:
    window.settings.remove(DISMISSED_KEY)
    tour = real_tour(window)
    qtbot.addWidget(tour)
    tour.show()
    assert not tour.back.isEnabled()
    tour.next.click()
    tour.back.click()
    assert tour.counter.text() == "1 of 4" and tour.next.text() == "&Next"
    tour.close()
    assert dismissed(window.settings)


def test_the_about_box_shows_the_icon_and_what_the_app_is_for(qtbot: QtBot,
                                                               window: MainWindow) -> None:
    about = window.show_about()
    qtbot.addWidget(about)
    assert isinstance(about, AboutDialog)
    assert not about.icon.pixmap().isNull() and about.icon.pixmap().width() == 64
    assert "qualify onto public-sector frameworks" in about.label.text()


def test_each_step_rings_its_part_and_says_what_it_rings(qtbot: QtBot,
                                                          window: MainWindow) -> None:
    """A thick ring round the part (drawn, seen in its pixels) and its name in words."""
    window.settings.remove(DISMISSED_KEY)
    window.resize(1366, 728)
    DialogService().show_tour(window, lambda: real_tour(window))
    tour = window.findChild(Tour, "tour")
    assert tour is not None
    sidebar = QRect(window.sidebar.mapTo(window, QPoint(0, 0)), window.sidebar.size())
    ring = window.findChild(Ring, "tour-ring")
    assert ring is tour.ring and ring.isVisible()
    assert ring.geometry().contains(sidebar.intersected(window.rect()).adjusted(1, 1, -1, -1))
    assert tour.shown.text() == "Shown with a ring: the list of pages, on the left"
    picture = ring.grab().toImage()
    accent = window.palette().color(QPalette.ColorRole.Highlight)
    middle = picture.height() // 2
    edge = [picture.pixelColor(x, middle) for x in range(RING + 2)]
    assert any(abs(colour.red() - accent.red()) + abs(colour.green() - accent.green())
               + abs(colour.blue() - accent.blue()) < 40 for colour in edge)
    places = [ring.geometry()]
    for _ in range(len(tour.stops) - 1):
        tour.next.click()
        places.append(ring.geometry())
        assert tour.shown.text().startswith("Shown with a ring: the ")
    assert len(set(map(QRect.getRect, places))) == 4  # round each part in turn
    questionnaire = window._sidebar_place("questionnaire")
    assert places[2].contains(questionnaire.intersected(window.rect()).adjusted(1, 1, -1, -1))
    tour.next.click()  # Done: the ring goes with the tour
    assert not ring.isVisible()
