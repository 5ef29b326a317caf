"""The cash-flow chart, drawn with QPainter (the app does not ship Qt Charts): a bar for each
month's running balance, a dashed line at minus the free reserves, and the lowest point marked
with ▼ and its figure. The same facts are in the table beside it and in the accessible
description, so nothing is told by the drawing (or its colours) alone."""

from __future__ import annotations

from PySide6.QtCore import QPointF, QRectF, QSize, Qt
from PySide6.QtGui import QPainter, QPaintEvent, QPalette, QPen
from PySide6.QtWidgets import QSizePolicy, QWidget

from desktop.core.costing_cashflow import CashFlow
from desktop.i18n import pounds

MARGIN = 8.0
LABEL_SPACE = 36.0


class CashFlowChart(QWidget):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.flow: CashFlow | None = None
        self.setMinimumHeight(180)
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Preferred)
        self.setAccessibleName(self.tr("Cash-flow chart"))

    def sizeHint(self) -> QSize:
        return QSize(480, 220)

    def show_flow(self, flow: CashFlow | None) -> None:
        self.flow = flow
        self.setAccessibleDescription(self.describe())
        self.update()

    def describe(self) -> str:
        """The chart in words, for screen readers and the tooltip."""
        if self.flow is None or not self.flow.months:
            return self.tr("No cash flow yet: add costs and a price.")
        lowest = self.flow.lowest
        text = self.tr("Lowest point {amount} in month {month}.").format(
            amount=pounds(lowest.balance), month=lowest.month)
        if self.flow.free_reserves is not None:
            text += " " + self.tr("Free reserves {amount}.").format(
                amount=pounds(self.flow.free_reserves))
        return text

    def paintEvent(self, event: QPaintEvent) -> None:
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        palette = self.palette()
        text_colour = palette.color(QPalette.ColorRole.WindowText)
        area = QRectF(self.rect()).adjusted(MARGIN, MARGIN + LABEL_SPACE / 2, -MARGIN,
                                            -MARGIN - LABEL_SPACE / 2)
        if self.flow is None or not self.flow.months or area.width() <= 0:
            painter.setPen(text_colour)
            painter.drawText(self.rect(), Qt.AlignmentFlag.AlignCenter, self.describe())
            return
        months = self.flow.months
        values = [month.balance for month in months]
        reserves = self.flow.free_reserves
        top = max(0, *values)
        bottom = min(0, *values, -(reserves or 0))
        span = (top - bottom) or 1

        def y(value: int) -> float:
            return area.top() + (top - value) / span * area.height()

        width = area.width() / len(months)
        painter.setPen(Qt.PenStyle.NoPen)
        painter.setBrush(palette.color(QPalette.ColorRole.Highlight))
        for index, month in enumerate(months):
            left = area.left() + index * width + width * 0.15
            painter.drawRect(QRectF(QPointF(left, y(max(0, month.balance))),
                                    QPointF(left + width * 0.7, y(min(0, month.balance)))))
        painter.setPen(QPen(text_colour, 1))
        painter.drawLine(QPointF(area.left(), y(0)), QPointF(area.right(), y(0)))
        if reserves is not None:
            painter.setPen(QPen(text_colour, 1, Qt.PenStyle.DashLine))
            painter.drawLine(QPointF(area.left(), y(-reserves)),
                             QPointF(area.right(), y(-reserves)))
            painter.drawText(QRectF(area.left(), y(-reserves), area.width(), LABEL_SPACE / 2),
                             Qt.AlignmentFlag.AlignRight,
                             self.tr("Free reserves {amount}").format(
                                 amount=pounds(reserves)))
        lowest = self.flow.lowest
        index = months.index(lowest)
        centre = area.left() + (index + 0.5) * width
        painter.setPen(text_colour)
        label_width = 240.0
        left = min(max(centre - label_width / 2, area.left()), area.right() - label_width)
        painter.drawText(QRectF(left, y(lowest.balance), label_width, LABEL_SPACE / 2),
                         Qt.AlignmentFlag.AlignHCenter | Qt.AlignmentFlag.AlignTop,
                         "▼ " + pounds(lowest.balance))
