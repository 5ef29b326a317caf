"""The sidebar: one line per page, with its icon and, where work waits, a count badge.

Icons (resources/icons/tabler/) are drawn in the list's own text colour, or the selected line's,
so they follow light, dark and the selection with no repainting code; each is tinted from its
drawn-ahead mask once per colour and size (look.icon_pixmap), on first paint. A badge shows how
many things need attention on that page ("2"); its words are in the line's accessible name and
tip ("Evidence library, 2 need attention"), so it is never told by colour alone. The counts come
from the app's `attention` query, read off the GUI thread.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QModelIndex, QPersistentModelIndex, QRect, QSize, Qt
from PySide6.QtGui import QFont, QFontMetrics, QIcon, QPainter, QPalette, QResizeEvent
from PySide6.QtWidgets import (
    QListWidget,
    QListWidgetItem,
    QStyle,
    QStyledItemDelegate,
    QStyleOptionViewItem,
    QWidget,
)

from desktop.ui import look, theme

if TYPE_CHECKING:  # the query module brings the database library: not needed to draw the list
    from desktop.app.queries import Attention

KEY_ROLE = Qt.ItemDataRole.UserRole  # the page's key
COUNT_ROLE = Qt.ItemDataRole.UserRole + 1  # things needing attention there (0: no badge)
TITLE_ROLE = Qt.ItemDataRole.UserRole + 2  # the page's name alone
MOST = 99  # a larger count shows as "99+"
# The pages a badge can show on (queries.Attention counts for these): only their lines keep room
# for one, so a long page name without a badge ("Ble gallwch chi wneud cais") widens nothing.
BADGED = frozenset({"evidence", "opportunities", "profile", "questionnaire", "psq", "exclusions"})
Index = QModelIndex | QPersistentModelIndex


def badge_text(count: int) -> str:
    return f"{MOST}+" if count > MOST else str(count)


def spoken(title: str, count: int) -> str:
    """A line's accessible name: the page, and what waits there if anything does."""
    if not count:
        return title
    return QCoreApplication.translate("Sidebar", "{page}, {count} need attention").format(
        page=title, count=count)


class SidebarDelegate(QStyledItemDelegate):
    """Paints a line's icon in the line's text colour and its badge at the right."""

    def icon_size(self, option: QStyleOptionViewItem) -> int:
        return round(option.fontMetrics.height() * 0.9)

    def badge_room(self, option: QStyleOptionViewItem) -> int:
        """Kept for a two-figure badge on every line, so the sidebar's width never jumps as
        counts come (the pages keep every pixel they can on a 1366-pixel laptop)."""
        metrics = QFontMetrics(self._badge_font(option))
        return metrics.horizontalAdvance(str(MOST)) + 2 * look.TIGHT + 2

    @staticmethod
    def _badge_font(option: QStyleOptionViewItem) -> QFont:
        font = QFont(option.font)
        font.setPointSizeF(font.pointSizeF() * look.CAPTION)
        font.setBold(True)
        return font

    def initStyleOption(self, option: QStyleOptionViewItem, index: Index) -> None:
        super().initStyleOption(option, index)
        selected = bool(option.state & QStyle.StateFlag.State_Selected)
        colour = option.palette.color(QPalette.ColorRole.HighlightedText if selected
                                      else QPalette.ColorRole.Text)
        size = self.icon_size(option)
        ratio = option.widget.devicePixelRatioF() if option.widget is not None else 1.0
        option.icon = QIcon(look.icon_pixmap(look.page_icon(str(index.data(KEY_ROLE))),
                                             colour, size, ratio))
        option.decorationSize = QSize(size, size)
        option.features |= QStyleOptionViewItem.ViewItemFeature.HasDecoration

    def sizeHint(self, option: QStyleOptionViewItem, index: Index) -> QSize:
        hint = super().sizeHint(option, index)
        room = self.badge_room(option) if index.data(KEY_ROLE) in BADGED else 0
        return QSize(hint.width() + room,
                     max(hint.height(), option.fontMetrics.height() + 2 * look.SMALL))

    def paint(self, painter: QPainter, option: QStyleOptionViewItem, index: Index) -> None:
        super().paint(painter, option, index)
        count = int(index.data(COUNT_ROLE) or 0)
        if not count:
            return
        text = badge_text(count)
        font = self._badge_font(option)
        painter.save()
        painter.setFont(font)
        metrics = painter.fontMetrics()
        height = metrics.height() + 2
        width = max(height, metrics.horizontalAdvance(text) + look.SMALL)
        rect = QRect(option.rect.right() - 1 - width,
                     option.rect.center().y() - height // 2 + 1, width, height)
        words, ground = theme.badge_colours()
        painter.setRenderHint(QPainter.RenderHint.Antialiasing, True)
        painter.setPen(Qt.PenStyle.NoPen)
        painter.setBrush(ground)
        painter.drawRoundedRect(rect, height / 2, height / 2)
        painter.setPen(words)
        painter.drawText(rect, Qt.AlignmentFlag.AlignCenter, text)
        painter.restore()


class Sidebar(QListWidget):
    """The list of pages, with `add_page()` for each and `show_counts()` for the badges."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setItemDelegate(SidebarDelegate(self))
        self.setFrameShape(QListWidget.Shape.NoFrame)  # on the window's ground: every pixel
        # goes to the pages, which need them on a 1366-pixel laptop in Welsh

    def fit_width(self) -> None:
        """As wide as the longest page name (with its icon and badge room) in this language and
        font size, and no wider: room for a scroll bar only when the lines do not all fit."""
        rows = sum(self.sizeHintForRow(row) for row in range(self.count()))
        scroll = self.verticalScrollBar().sizeHint().width() \
            if rows > self.height() - 2 * self.frameWidth() else 0
        self.setFixedWidth(self.sizeHintForColumn(0) + 2 * self.frameWidth() + scroll)

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        if event.size().height() != event.oldSize().height():
            self.fit_width()  # taller or shorter: a scroll bar may be needed, or not

    def add_page(self, title: str, key: str) -> QListWidgetItem:
        item = QListWidgetItem(title)
        item.setData(KEY_ROLE, key)
        item.setData(TITLE_ROLE, title)
        item.setData(Qt.ItemDataRole.AccessibleTextRole, title)
        self.addItem(item)
        return item

    def show_counts(self, attention: Attention) -> None:
        """Badge each page where something needs attention; say it in its name and tip."""
        for row in range(self.count()):
            item = self.item(row)
            count = attention.on_page(str(item.data(KEY_ROLE)))
            title = str(item.data(TITLE_ROLE))
            item.setData(COUNT_ROLE, count)
            item.setData(Qt.ItemDataRole.AccessibleTextRole, spoken(title, count))
            item.setToolTip(spoken(title, count) if count else "")

    def count_on(self, key: str) -> int:
        for row in range(self.count()):
            if self.item(row).data(KEY_ROLE) == key:
                return int(self.item(row).data(COUNT_ROLE) or 0)
        return 0
