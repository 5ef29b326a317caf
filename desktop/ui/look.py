"""The app's one visual language (docs/design.md), made once: type scale, spacing steps, cards,
chips, progress bars, links, the one prominent button and the page icons.

Colours come from the palette and `theme` (tested for contrast in light and dark); style sheets
only where the palette cannot do it (a chip's rounded edge). Every page builds its titles,
sections, cards and chips here, so a change of look is a change in one file.
"""

from __future__ import annotations

import html
from collections.abc import Callable
from functools import cache
from pathlib import Path
from typing import TypeVar

from PySide6.QtCore import QEvent, Qt
from PySide6.QtGui import QColor, QImage, QPainter, QPalette, QPixmap
from PySide6.QtWidgets import (
    QApplication,
    QFrame,
    QHBoxLayout,
    QLabel,
    QLayout,
    QProgressBar,
    QPushButton,
    QSizePolicy,
    QVBoxLayout,
    QWidget,
)

from desktop.datafiles import data_folder
from desktop.ui.theme import set_tone

# The type scale: multiples of the person's own font size (so large text stays large).
TITLE, SECTION, BODY, CAPTION = 1.5, 1.2, 1.0, 0.9
# Spacing steps, in logical pixels (Qt scales them with the screen): between words in a row,
# between lines of a card, inside a card, between cards.
TIGHT, SMALL, MEDIUM, LARGE = 4, 8, 16, 24
# Which icon (resources/icons/tabler/) each page has in the sidebar; any other page has FALLBACK.
PAGE_ICONS = {
    "dashboard": "layout-dashboard", "profile": "building-community",
    "questionnaire": "clipboard-list", "psq": "clipboard-text", "exclusions": "gavel",
    "journey": "route", "evidence": "folders",
    "result": "certificate", "lots": "target-arrow", "opportunities": "briefcase",
    "partners": "users-group", "reports": "file-text", "bid-writing": "pencil",
    "costing": "calculator", "settings": "settings", "catalogue": "books",
    "framework": "calendar-event", "frameworks": "stack-2", "supplier-route": "id-badge-2",
    "welcome": "home", "opening": "hourglass",
}
FALLBACK = "file"
Filled = TypeVar("Filled", bound=QLayout)


def escape(text: str) -> str:
    return html.escape(text, quote=True)


def _sized(label: QLabel, scale: float, bold: bool) -> QLabel:
    font = label.font()
    font.setPointSizeF(font.pointSizeF() * scale)
    font.setBold(bold)
    label.setFont(font)
    return label


def _plain(text: str, object_name: str) -> QLabel:
    label = QLabel(text)
    label.setObjectName(object_name)
    label.setTextFormat(Qt.TextFormat.PlainText)  # titles may come from data: never markup
    label.setWordWrap(True)
    return label


def page_title(text: str) -> QLabel:
    """The one title at the top of a page."""
    return _sized(_plain(text, "page-title"), TITLE, True)


def section_heading(text: str) -> QLabel:
    """A heading inside a page: a card's, a step's, a part of a form."""
    return _sized(_plain(text, "section-heading"), SECTION, True)


def caption(text: str) -> QLabel:
    """A quiet line under something: what a figure means, what to do first."""
    label = _sized(_plain(text, "caption"), CAPTION, False)
    set_tone(label, "quiet")
    return label


def chip(text: str, status: str) -> QLabel:
    """A short word or two on a rounded, coloured ground ("In 7 days", "Overdue"): the words
    say it, the colour (theme.STATUSES) only repeats it."""
    label = QLabel(text)
    label.setObjectName("chip")
    label.setTextFormat(Qt.TextFormat.PlainText)
    label.setSizePolicy(QSizePolicy.Policy.Maximum, QSizePolicy.Policy.Fixed)
    set_tone(label, f"chip-{status}")
    label.setAccessibleName(text)
    return label


def set_chip(label: QLabel, text: str, status: str) -> None:
    label.setText(text)
    label.setAccessibleName(text)
    set_tone(label, f"chip-{status}")


class Card(QFrame):
    """A panel on the page's base colour with an edge (theme.EDGES, 3:1), a section heading and
    a body to fill. The dashboard is a list of these; any page may use one."""

    def __init__(self, title: str = "", parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("card")
        self.setFrameShape(QFrame.Shape.StyledPanel)
        self.setAutoFillBackground(True)
        self.setBackgroundRole(QPalette.ColorRole.Base)
        self.heading = section_heading(title)
        self.setAccessibleName(title)
        self.body = QVBoxLayout()
        self.body.setSpacing(SMALL)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(MEDIUM, MEDIUM, MEDIUM, MEDIUM)
        layout.setSpacing(SMALL)
        layout.addWidget(self.heading)
        layout.addLayout(self.body)
        layout.addStretch(1)  # a card taller than its words (beside a longer one) keeps them up

    def title(self) -> str:
        return self.heading.text()

    def setTitle(self, title: str) -> None:
        """A new heading (a numbered row's "Referee 2"); the card is named by it too."""
        self.heading.setText(title)
        self.setAccessibleName(title)

    def fill(self, layout: Filled) -> Filled:
        """Put `layout` (a form, a grid, a column) under the heading, with the card's own margins
        only, and give it back to be filled: a titled section of any page, in place of Qt's grey
        group box."""
        layout.setContentsMargins(0, 0, 0, 0)
        self.body.addLayout(layout)
        return layout


def link(text: str, activated: Callable[[], None], accessible: str = "") -> QLabel:
    """A line that opens something, as a link (Tab reaches it, Enter opens it); `text` is plain
    and may come from data."""
    label = QLabel(f'<a href="open">{escape(text)}</a>')
    label.setObjectName("link")
    label.setTextFormat(Qt.TextFormat.RichText)
    label.setWordWrap(True)
    label.setTextInteractionFlags(Qt.TextInteractionFlag.LinksAccessibleByMouse
                                  | Qt.TextInteractionFlag.LinksAccessibleByKeyboard)
    label.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
    label.linkActivated.connect(lambda _href: activated())
    label.setAccessibleName(accessible or text)
    return label


class PrimaryButton(QPushButton):
    """The one prominent button of a page (its next step): in the accent colour (the palette's
    highlight, 4.5:1 with its text in light and dark), bold, and the page's default."""

    def __init__(self, text: str = "", parent: QWidget | None = None) -> None:
        super().__init__(text, parent)
        self.setObjectName("primary")
        font = self.font()
        font.setBold(True)
        self.setFont(font)
        self.setAutoDefault(True)
        self._colour()

    def _colour(self) -> None:
        colours = QPalette(self.palette())
        app = QApplication.palette()
        for group in (QPalette.ColorGroup.Active, QPalette.ColorGroup.Inactive):
            colours.setColor(group, QPalette.ColorRole.Button,
                             app.color(QPalette.ColorRole.Highlight))
            colours.setColor(group, QPalette.ColorRole.ButtonText,
                             app.color(QPalette.ColorRole.HighlightedText))
        self.setPalette(colours)

    def event(self, event: QEvent) -> bool:
        if event.type() == QEvent.Type.ApplicationPaletteChange:  # light ↔ dark
            self._colour()
        return super().event(event)


def clear(layout: QLayout) -> None:
    """Take every widget and row out of `layout` (to fill it again)."""
    while (entry := layout.takeAt(0)) is not None:
        if (widget := entry.widget()) is not None:
            widget.hide()
            widget.deleteLater()
        elif (inner := entry.layout()) is not None:
            clear(inner)
            inner.deleteLater()


def row(*widgets: QWidget, stretch: bool = True) -> QHBoxLayout:
    """Widgets side by side, `TIGHT` apart, pushed to the left."""
    layout = QHBoxLayout()
    layout.setSpacing(SMALL)
    for widget in widgets:
        layout.addWidget(widget)
    if stretch:
        layout.addStretch(1)
    return layout


def progress(accessible: str) -> QProgressBar:
    """A progress bar with its percentage in words on it (not the bar alone)."""
    bar = QProgressBar()
    bar.setRange(0, 100)
    bar.setTextVisible(True)
    bar.setFormat("%p %")
    bar.setAccessibleName(accessible)
    return bar


# -- icons -----------------------------------------------------------------------------------
# The sizes, in pixels, packaging/make_page_icons.py draws each SVG at.
MASKS = (14, 16, 20, 24, 28, 32, 48)


def _mask_file(icon: str, pixels: int) -> Path:
    """The drawn mask nearest above `pixels` (the largest if none is), of `icon` or FALLBACK."""
    folder = data_folder("resources") / "icons" / "tabler" / "masks"
    size = next((mask for mask in MASKS if mask >= pixels), MASKS[-1])
    path = folder / f"{icon}-{size}.png"
    return path if path.is_file() else folder / f"{FALLBACK}-{size}.png"


@cache
def _rendered(icon: str, colour: str, size: int, ratio: float) -> QPixmap:
    """Drawn once for each colour and size, then kept (a handful of small pixmaps): the icon's
    mask (its SVG drawn ahead, so Qt's SVG library never loads) read on first use, scaled and
    filled with `colour`."""
    pixels = max(1, round(size * ratio))
    mask = QImage(str(_mask_file(icon, pixels)))
    if mask.width() != pixels:
        mask = mask.scaled(pixels, pixels, Qt.AspectRatioMode.IgnoreAspectRatio,
                           Qt.TransformationMode.SmoothTransformation)
    image = mask.convertToFormat(QImage.Format.Format_ARGB32_Premultiplied)
    painter = QPainter(image)
    painter.setCompositionMode(QPainter.CompositionMode.CompositionMode_SourceIn)
    painter.fillRect(image.rect(), QColor(colour))
    painter.end()
    pixmap = QPixmap.fromImage(image)
    pixmap.setDevicePixelRatio(ratio)
    return pixmap


def icon_pixmap(icon: str, colour: QColor, size: int, ratio: float = 1.0) -> QPixmap:
    """`icon` in `colour`, `size` logical pixels square on a screen of device pixel `ratio`."""
    return _rendered(icon, colour.name(), size, ratio)


def page_icon(key: str) -> str:
    return PAGE_ICONS.get(key, FALLBACK)
