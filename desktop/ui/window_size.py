"""Where the main window goes on the screen: never larger than the screen's available area.

The available area leaves out the taskbar, dock or panels. Before a window is first shown its
frame (title bar and borders) is not known yet, so a usual title bar is allowed for; once shown,
the real frame is measured and the window moved or shrunk if it still sticks out.
"""

from __future__ import annotations

from PySide6.QtCore import QMargins, QRect, QSize

PREFERRED = QSize(1440, 900)  # the first window on a screen with room to spare
USUAL_FRAME = QMargins(1, 32, 1, 1)  # a title bar and thin borders, until the real one is known


def first_geometry(available: QRect, frame: QMargins = USUAL_FRAME) -> QRect:
    """The first window's inside (client) geometry: the preferred size, or the available area
    less the frame when that is smaller, centred in the available area."""
    room = available.marginsRemoved(frame)
    size = PREFERRED.boundedTo(room.size())
    inside = QRect(room.topLeft(), size)
    inside.moveCenter(room.center())
    return inside


def kept_on_screen(inside: QRect, available: QRect, frame: QMargins) -> QRect:
    """`inside` (a window's client geometry) moved, and shrunk only if it must be, so that the
    window with its frame lies wholly within the available area."""
    room = available.marginsRemoved(frame)
    fitted = QRect(inside.topLeft(), inside.size().boundedTo(room.size()))
    if fitted.right() > room.right():
        fitted.moveRight(room.right())
    if fitted.bottom() > room.bottom():
        fitted.moveBottom(room.bottom())
    if fitted.left() < room.left():
        fitted.moveLeft(room.left())
    if fitted.top() < room.top():
        fitted.moveTop(room.top())
    return fitted


def frame_of(outside: QRect, inside: QRect) -> QMargins:
    """The frame around a shown window (title bar and borders), or the usual one if none is
    known yet (before it is shown, or off screen where windows have none)."""
    frame = QMargins(inside.left() - outside.left(), inside.top() - outside.top(),
                     outside.right() - inside.right(), outside.bottom() - inside.bottom())
    return frame if not frame.isNull() else USUAL_FRAME
