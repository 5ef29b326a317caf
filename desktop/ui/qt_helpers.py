"""Small helpers the pages share: accessible labelled fields and plain-text HTML."""

from __future__ import annotations

import html
from collections.abc import Iterable

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtGui import QAccessible, QAccessibleAnnouncementEvent, QMouseEvent
from PySide6.QtWidgets import (
    QAbstractSpinBox,
    QCheckBox,
    QComboBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QScrollArea,
    QSplitter,
    QWidget,
)

from desktop.ui.look import page_title as page_title  # where the pages look for it
from desktop.ui.theme import set_tone

PROBLEM_TONE = "problem"  # see desktop.ui.theme: readable in light and dark
QUIET_TONE = "quiet"


def example(value: str) -> str:
    """A grey example in an empty box, marked as one, so that "12:00" or "31/03/2027" is never
    taken for something already filled in."""
    return QCoreApplication.translate("qt_helpers", "e.g. {value}").format(value=value)


def say_when_empty(widget: QListWidget, text: str) -> None:
    """An empty list says so in words (shown greyed, never chosen) rather than as a blank box."""
    if widget.count() == 0:
        placeholder = QListWidgetItem(text)
        placeholder.setFlags(Qt.ItemFlag.NoItemFlags)
        widget.addItem(placeholder)


def wrapping_list() -> QListWidget:
    """A list whose long lines wrap onto a second line: never a sideways scroll to read one."""
    widget = QListWidget()
    widget.setWordWrap(True)
    widget.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
    return widget


def wrapped_label(text: str, tone: str = "") -> QLabel:
    label = QLabel(text)
    label.setWordWrap(True)
    label.setTextFormat(Qt.TextFormat.PlainText)  # typed or pack text is never markup
    if tone:
        set_tone(label, tone)
    return label


def _send_announcement(widget: QWidget, text: str) -> None:
    event = QAccessibleAnnouncementEvent(widget, text)
    event.setPoliteness(QAccessible.AnnouncementPoliteness.Assertive)
    QAccessible.updateAccessibility(event)


announcer = _send_announcement  # tests put a recorder here


def show_problem(label: QLabel, problem: str) -> None:
    """Show a problem in words with a ⚠ sign (never colour alone) and have screen readers say
    it at once; saying it again only when it changes, not at every key press."""
    text = "⚠ " + problem if problem else ""
    if text and text != label.text():
        announcer(label, problem)
    label.setText(text)
    label.setVisible(bool(problem))


def name(widget: QWidget, accessible_name: str, description: str = "") -> QWidget:
    """Give `widget` its accessible name (and description), for screen readers."""
    widget.setAccessibleName(accessible_name)
    if description:
        widget.setAccessibleDescription(description)
    if isinstance(widget, QComboBox):  # its pop-up list is a focusable widget of its own
        widget.view().setAccessibleName(f"{accessible_name}: choices")
    if isinstance(widget, QAbstractSpinBox):  # so is the box you type the number in
        inner = widget.findChild(QLineEdit)
        if inner is not None:
            inner.setAccessibleName(accessible_name)
    return widget


def buddy_label(text: str, buddy: QWidget) -> QLabel:
    """A label with an &mnemonic that moves focus to `buddy`."""
    label = QLabel(text)
    label.setBuddy(buddy)
    return label


def add_rows(form: QFormLayout, rows: Iterable[tuple[str, QWidget]]) -> None:
    """Each (label text with its &-key, widget) as a row of `form`, the label its buddy."""
    for label, widget in rows:
        form.addRow(buddy_label(label, widget), widget)


def escape(text: str) -> str:
    """Text typed by people or read from a pack, made safe to put inside rich text."""
    return html.escape(text, quote=True).replace("\n", "<br>")


def side_by_side(left: QWidget, right: QWidget, sizes: tuple[int, int],
                 stretch_right: bool = True) -> QSplitter:
    """Two panes the person can resize but never collapse to nothing by accident."""
    splitter = QSplitter(Qt.Orientation.Horizontal)
    splitter.addWidget(left)
    splitter.addWidget(right)
    if stretch_right:
        splitter.setStretchFactor(1, 1)
    splitter.setSizes(list(sizes))
    splitter.setChildrenCollapsible(False)
    return splitter


def scrolling(body: QWidget, accessible_name: str) -> QScrollArea:
    """`body` in a scroll area, so large text or a long language never squeezes its words."""
    scroll = QScrollArea()
    scroll.setWidgetResizable(True)
    scroll.setWidget(body)
    name(scroll, accessible_name)
    return scroll


def line(placeholder: str, accessible: str, description: str = "") -> QLineEdit:
    """A one-line text box with an example in grey and its accessible name."""
    edit = QLineEdit()
    edit.setPlaceholderText(placeholder)
    edit.setMaxLength(300)
    name(edit, accessible, description)
    return edit


def hold_still(page: QWidget) -> None:
    """A read-only database: every box to type in becomes read-only (text can still be read,
    selected and copied). Choices stay usable, as many only change what is shown; one that
    would save is refused with the banner's reason."""
    from PySide6.QtWidgets import QPlainTextEdit, QTextEdit

    for box in page.findChildren(QLineEdit):
        box.setReadOnly(True)
    for text in page.findChildren(QPlainTextEdit) + page.findChildren(QTextEdit):
        text.setReadOnly(True)
    for spin in page.findChildren(QAbstractSpinBox):
        spin.setReadOnly(True)


class _TickingLabel(QLabel):
    """The words of a wrapped tick box: clicking them ticks it, as a tick box's own words do."""

    def __init__(self, text: str, check: QCheckBox) -> None:
        super().__init__(text)
        self.check = check
        self.setWordWrap(True)
        self.setTextFormat(Qt.TextFormat.PlainText)

    def mouseReleaseEvent(self, event: QMouseEvent) -> None:
        if event.button() == Qt.MouseButton.LeftButton and self.check.isEnabled():
            self.check.toggle()
            self.check.setFocus(Qt.FocusReason.MouseFocusReason)
        super().mouseReleaseEvent(event)


def wrapped_check(text: str) -> tuple[QCheckBox, QWidget]:
    """A tick box whose words wrap onto more lines when the pane is narrow (a QCheckBox's own
    words never wrap, so a long question would widen the whole pane). Returns the box, to read
    and tick, and the row to lay out."""
    check = QCheckBox()
    name(check, text)
    row = QWidget()
    layout = QHBoxLayout(row)
    layout.setContentsMargins(0, 0, 0, 0)
    layout.addWidget(check, 0, Qt.AlignmentFlag.AlignTop)
    layout.addWidget(_TickingLabel(text, check), 1)
    return check, row
