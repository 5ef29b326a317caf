"""Answering a real modal box in a test: a timer finds it and presses what a person would."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QAbstractButton, QApplication, QDialog, QWidget

GIVE_UP_MS = 10_000


class Modal:
    """While open, runs `act` on the first modal window to appear, and closes that window after
    GIVE_UP_MS if `act` did not, so a test fails instead of hanging:

        with Modal(press("OK")) as modal:
            service.show_error(...)
        assert modal.box.text() == ...
    """

    def __init__(self, act: Callable[[QWidget], None]) -> None:
        self.act, self.seen, self.titles = act, list[QWidget](), list[str]()
        self.gave_up = False
        self.finder = QTimer(interval=20)
        self.finder.timeout.connect(self._look)
        self.limit = QTimer(singleShot=True, interval=GIVE_UP_MS)
        self.limit.timeout.connect(self._give_up)

    def __enter__(self) -> Modal:
        self.finder.start()
        self.limit.start()
        return self

    def __exit__(self, *_exception: object) -> None:
        self.finder.stop()
        self.limit.stop()

    def _look(self) -> None:
        widget = QApplication.activeModalWidget()
        if widget is None:
            return
        self.finder.stop()
        self.seen.append(widget)
        self.titles.append(widget.windowTitle())  # static QFileDialog calls delete their box
        try:
            self.act(widget)
        except BaseException:
            self._close(widget)
            raise

    def _give_up(self) -> None:
        self.finder.stop()
        widget = QApplication.activeModalWidget()
        if widget is not None:
            self.gave_up = True
            self._close(widget)

    @staticmethod
    def _close(widget: QWidget) -> None:
        if isinstance(widget, QDialog):
            widget.reject()
        widget.close()

    @property
    def box(self) -> QWidget:
        """The one modal window that opened (and closed on the button pressed)."""
        assert not self.gave_up, "the box did not close on the button pressed"
        assert len(self.seen) == 1, "no modal window opened"
        return self.seen[0]


def button(box: QWidget, text: str) -> QAbstractButton:
    found = [b for b in box.findChildren(QAbstractButton) if b.text().replace("&", "") == text]
    assert len(found) == 1, [b.text() for b in box.findChildren(QAbstractButton)]
    return found[0]
