"""What the layout tests look for on a page: words cut short, and parts to scroll sideways."""

from __future__ import annotations

from collections.abc import Iterator

from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractScrollArea,
    QComboBox,
    QLabel,
    QStyle,
    QStyleOptionComboBox,
    QWidget,
)

from desktop.ui.main_window import MainWindow
from desktop.ui.questionnaire.page import QuestionnairePage


def every_view(window: MainWindow) -> Iterator[tuple[str, int | None]]:
    """Go to each page in turn and, on a questionnaire, to each of its sections: yields the
    page's key and the section shown (None once the page's own walk is over)."""
    for key in list(window.pages):
        window.go_to(key)
        page = window.pages[key]
        if isinstance(page, QuestionnairePage):
            for index in range(len(page.form.sections)):
                page.go_to_section(index)
                yield key, index
        yield key, None


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
        elif isinstance(widget, QComboBox) and not widget.isEditable() and \
                widget.currentText() and _room(widget) + 1 < \
                widget.fontMetrics().horizontalAdvance(widget.currentText()):
            found.append(f"choice {widget.currentText()[:50]!r}")
    return found


def _room(combo: QComboBox) -> int:
    """How wide the text of a closed combo box can be, by the style's own measure."""
    option = QStyleOptionComboBox()
    combo.initStyleOption(option)
    return combo.style().subControlRect(QStyle.ComplexControl.CC_ComboBox, option,
                                        QStyle.SubControl.SC_ComboBoxEditField, combo).width()


def scrolled_sideways(root: QWidget) -> list[str]:
    """Shown lists, tables and panes that need a sideways scroll to show all they hold."""
    return [f"{type(area).__name__} {area.accessibleName()!r}"
            for area in root.findChildren(QAbstractScrollArea)
            if area.isVisibleTo(root) and area.horizontalScrollBar().isVisibleTo(root)]
