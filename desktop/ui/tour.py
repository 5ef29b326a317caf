"""The first minute: a short tour of four plain sentences, each shown beside the part it is about
(the sidebar, the dashboard, the questionnaire, the Help menu).

The part each sentence is about has a ring drawn round it on the window (`Ring`: a thick outline
in the accent colour between two thin ones in the colour of words on the accent, so it shows on
any ground, the accent's included, and is not the colour alone), and the tour says in words what
the ring is round ("Shown: …").

It opens once the working pages first show, unless it was dismissed before: Done, Skip or
closing it all count, and settings.ini remembers (`DISMISSED_KEY`). Help → Take the tour opens it
again at any time. It goes through the dialog service (`dialogs.service.show_tour`), so tests
answer it without a real window, and one test runs the real one off screen.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass

from PySide6.QtCore import QCoreApplication, QPoint, QRect, QRectF, QSettings, Qt
from PySide6.QtGui import QPainter, QPaintEvent, QPalette, QPen
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QMainWindow,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from desktop.ui import look
from desktop.ui.qt_helpers import name, wrapped_label

DISMISSED_KEY = "help/tour-dismissed"


@dataclass(frozen=True, slots=True)
class Stop:
    """One sentence, the part of the window (in window coordinates) it is shown beside, and
    that part named in words (what the ring is round)."""

    text: str
    place: Callable[[], QRect]
    part: str = ""


RING = 4  # the ring's outline, in logical pixels: the accent colour, inside a 1-pixel edge


class Ring(QWidget):
    """A ring round one part of the window, drawn over it and letting every click through."""

    def __init__(self, window: QWidget) -> None:
        super().__init__(window)
        self.window_ = window
        self.setObjectName("tour-ring")
        self.setAttribute(Qt.WidgetAttribute.WA_TransparentForMouseEvents)
        self.setAttribute(Qt.WidgetAttribute.WA_NoSystemBackground)
        self.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.hide()

    def ring(self, part: QRect) -> None:
        """Round `part` (window coordinates), kept inside the window."""
        outer = part.adjusted(-RING, -RING, RING, RING).intersected(self.window_.rect())
        self.setGeometry(outer)
        self.show()
        self.raise_()
        self.update()

    def paintEvent(self, _event: QPaintEvent) -> None:
        """A 1-pixel edge, the 4-pixel accent band, a 1-pixel edge, each on whole pixels (an
        edge drawn across two pixels would be half its colour). The band stands 3:1 on the
        window's grounds; the edges, in the colour of words on the accent, stand 3:1 against
        the band, so the ring shows on an accent ground too (a selected line)."""
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        palette = self.palette()
        edge = QPen(palette.color(QPalette.ColorRole.HighlightedText), 1)
        box = QRectF(self.rect())
        painter.setPen(edge)
        painter.drawRoundedRect(box.adjusted(0.5, 0.5, -0.5, -0.5), RING + 1, RING + 1)
        painter.setPen(QPen(palette.color(QPalette.ColorRole.Highlight), RING))
        band = 1 + RING / 2
        painter.drawRoundedRect(box.adjusted(band, band, -band, -band), RING, RING)
        painter.setPen(edge)
        inner = RING + 1.5
        painter.drawRoundedRect(box.adjusted(inner, inner, -inner, -inner), 2, 2)
        painter.end()


def dismissed(settings: QSettings) -> bool:
    return str(settings.value(DISMISSED_KEY, "false")).lower() == "true"


class Tour(QDialog):
    """Step by step: Back, Next (Done at the last) and Skip; remembered as seen when it ends."""

    def __init__(self, window: QWidget, stops: list[Stop], settings: QSettings) -> None:
        super().__init__(window)
        self.setObjectName("tour")
        self.setWindowTitle(self.tr("A quick tour"))
        name(self, self.windowTitle())
        self.window_, self.stops, self.settings = window, stops, settings
        self.step = 0
        self.counter = look.caption("")
        self.ring = Ring(window)
        self.shown = look.caption("")
        self.text = wrapped_label("")
        self.text.setMinimumWidth(self.fontMetrics().averageCharWidth() * 40)
        self.text.setMaximumWidth(self.fontMetrics().averageCharWidth() * 60)
        font = self.text.font()
        font.setPointSizeF(font.pointSizeF() * look.SECTION)
        self.text.setFont(font)
        self.back = QPushButton(self.tr("&Back"))
        self.next = look.PrimaryButton()
        self.skip = QPushButton(self.tr("&Skip the tour"))
        for button in (self.back, self.skip):
            name(button, button.text().replace("&", ""))
        buttons = QDialogButtonBox()
        buttons.addButton(self.skip, QDialogButtonBox.ButtonRole.RejectRole)
        buttons.addButton(self.back, QDialogButtonBox.ButtonRole.ActionRole)
        buttons.addButton(self.next, QDialogButtonBox.ButtonRole.ActionRole)
        self.back.clicked.connect(lambda: self.show_step(self.step - 1))
        self.next.clicked.connect(self._forward)
        self.skip.clicked.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(look.MEDIUM, look.MEDIUM, look.MEDIUM, look.MEDIUM)
        layout.setSpacing(look.SMALL)
        layout.addWidget(self.counter)
        layout.addWidget(self.text)
        layout.addWidget(self.shown)
        layout.addWidget(buttons)
        self.finished.connect(lambda _result: self._remember())
        self.finished.connect(lambda _result: self._drop_ring())
        self.show_step(0)

    def show_step(self, step: int) -> None:
        self.step = max(0, min(step, len(self.stops) - 1))
        last = self.step == len(self.stops) - 1
        stop = self.stops[self.step]
        self.counter.setText(self.tr("{step} of {steps}").format(step=self.step + 1,
                                                                 steps=len(self.stops)))
        self.text.setText(stop.text)
        name(self.text, stop.text)
        self.shown.setText(self.tr("Shown with a ring: {part}").format(part=stop.part)
                           if stop.part else "")
        self.shown.setVisible(bool(stop.part))
        self.back.setEnabled(self.step > 0)
        self.next.setText(self.tr("&Done") if last else self.tr("&Next"))
        name(self.next, self.next.text().replace("&", ""))
        self.next.setDefault(True)
        self.next.setFocus()
        self.adjustSize()
        part = stop.place()
        self.ring.ring(part)
        self._place(part)

    def _forward(self) -> None:
        if self.step == len(self.stops) - 1:
            self.accept()
        else:
            self.show_step(self.step + 1)

    def _place(self, part: QRect) -> None:
        """Just right of the part the sentence is about (else below it), kept on the window."""
        frame = self.window_.geometry()
        corner = self.window_.mapToGlobal(QPoint(part.right() + look.MEDIUM, part.top()))
        if corner.x() + self.width() > frame.right():
            corner = self.window_.mapToGlobal(QPoint(part.left() + look.MEDIUM,
                                                     part.bottom() + look.SMALL))
        x = max(frame.left(), min(corner.x(), frame.right() - self.width()))
        y = max(frame.top(), min(corner.y(), frame.bottom() - self.height()))
        self.move(x, y)

    def _drop_ring(self) -> None:
        """The ring goes with the tour (while both still exist: never from `destroyed`)."""
        self.ring.hide()
        self.ring.deleteLater()

    def _remember(self) -> None:
        """Done, Skip, Esc or the close button: never shown again unless asked for."""
        self.settings.setValue(DISMISSED_KEY, True)
        self.settings.sync()


def stops(window: QMainWindow, sidebar: QWidget, page: QWidget,
          item_place: Callable[[str], QRect]) -> list[Stop]:
    """The four sentences, each beside its part: the sidebar, the page (the dashboard), the
    questionnaire's line in the sidebar, the menu bar."""

    def of(widget: QWidget) -> Callable[[], QRect]:
        return lambda: QRect(widget.mapTo(window, QPoint(0, 0)), widget.size())

    tour = QCoreApplication
    return [
        Stop(tour.translate("Tour", "The list on the left has every page. A number beside a "
                                    "page says how many things wait for you there."),
             of(sidebar), tour.translate("Tour", "the list of pages, on the left")),
        Stop(tour.translate("Tour", "The Dashboard shows how ready you are and what is due. "
                                    "Its blue button takes you to your next step."),
             lambda: QRect(page.mapTo(window, QPoint(0, 0)), page.size() / 3),
             tour.translate("Tour", "the top of the Dashboard")),
        Stop(tour.translate("Tour", "The Selection questionnaire asks what the buyer asks. "
                                    "Your answers are saved as you type."),
             lambda: item_place("questionnaire"),
             tour.translate("Tour", "the Selection questionnaire, in the list of pages")),
        Stop(tour.translate("Tour", "You can see this tour again from the Help menu, with "
                                    "every keyboard shortcut."), of(window.menuBar()),
             tour.translate("Tour", "the menu bar, with Help at its end")),
    ]

