"""What the layout tests look for on a page: words cut short, and parts to scroll sideways."""

from __future__ import annotations

from PySide6.QtWidgets import QAbstractButton, QAbstractScrollArea, QLabel, QWidget


def clipped(root: QWidget) -> list[str]:
    """Shown labels and buttons narrower (or, wrapped, shorter) than their words need."""
    found = []
    for widget in root.findChildren(QWidget):
        if not widget.isVisibleTo(root) or widget.width() <= 1:
            continue
        if isinstance(widget, QLabel) and widget.text() and widget.pixmap().isNull():
            if widget.wordWrap():
                short = widget.height() + 1 < widget.heightForWidth(widget.width())
            else:
                short = widget.width() + 1 < widget.minimumSizeHint().width()
            if short:
                found.append(f"label {widget.text()[:50]!r}")
        elif isinstance(widget, QAbstractButton) and widget.text() and \
                widget.width() + 1 < widget.minimumSizeHint().width():
            found.append(f"button {widget.text()[:50]!r}")
    return found


def scrolled_sideways(root: QWidget) -> list[str]:
    """Shown lists, tables and panes that need a sideways scroll to show all they hold."""
    return [f"{type(area).__name__} {area.accessibleName()!r}"
            for area in root.findChildren(QAbstractScrollArea)
            if area.isVisibleTo(root) and area.horizontalScrollBar().isVisibleTo(root)]
