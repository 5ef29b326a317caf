"""The opportunity list: one row per opportunity, filtered and sorted as the person types.

Filtering and sorting happen in Python over plain rows and the model is reset once, rather than
asking a proxy model about each row: with 10,000 opportunities a keystroke stays well under a
frame (benchmarks/scale.py).
"""

from __future__ import annotations

from datetime import UTC, datetime
from typing import Any

from PySide6.QtCore import Qt

from desktop.core.opportunities import UK, Status, days_left
from desktop.core.opportunity_records import OpportunitySummary
from desktop.core.targets import OVERDUE
from desktop.i18n import short_pounds
from desktop.ui.models.table import ReadOnlyTableModel

ALL = ""
STATUS_ORDER = {status: number for number, status in enumerate(Status)}


def sort_key(column: int) -> Any:
    """How one column sorts: words alphabetically, dates and numbers by value, blanks last."""
    return [
        lambda r: r.title.casefold(),
        lambda r: r.buyer_reference.casefold(),
        lambda r: STATUS_ORDER[r.status],
        lambda r: r.deadline.timestamp() if r.deadline else float("inf"),
        lambda r: r.value if r.value is not None else -1,
        lambda r: r.open_tasks,
    ][column]


class OpportunityTableModel(ReadOnlyTableModel[OpportunitySummary]):
    def __init__(self, rows: list[OpportunitySummary], parent: Any = None) -> None:
        super().__init__(rows, [self.tr("Opportunity"), self.tr("Reference"), self.tr("Status"),
                                self.tr("Deadline"), self.tr("Value"), self.tr("Open tasks")],
                         parent)
        self.now = datetime.now(UTC)
        self.everything: list[OpportunitySummary] = []
        self.haystacks: list[str] = []
        self._texts: dict[tuple[int, int], str] = {}  # (id, column) → what the cell says
        self._sorted_by: tuple[int, Qt.SortOrder] | None = None
        self._last: tuple[str, str, list[int]] | None = None  # text, status, rows shown
        self.load(rows)

    def load(self, rows: list[OpportunitySummary]) -> None:
        """Take a fresh list from the database (then `show` narrows and orders it)."""
        self.everything = list(rows)
        self._texts, self._sorted_by, self._last = {}, None, None  # all worked out afresh
        self.set_rows(rows)

    def show(self, text: str, status: str = ALL, column: int = 3,
             order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:
        """Show the rows matching every typed word (and `status`), sorted by `column`.

        The full list is kept sorted, so a filter never re-sorts; and typing one more letter
        only looks again at the rows the shorter text matched.
        """
        if self._sorted_by != (column, order):
            self.everything.sort(key=sort_key(column),
                                 reverse=order == Qt.SortOrder.DescendingOrder)
            self.haystacks = [f"{r.title} {r.buyer_reference}".casefold()
                              for r in self.everything]
            self._sorted_by, self._last = (column, order), None
        text = text.casefold()
        words = text.split()
        candidates: range | list[int] = range(len(self.everything))
        if self._last is not None and self._last[1] == status and text.startswith(self._last[0]):
            candidates = self._last[2]
        rows, haystacks = self.everything, self.haystacks
        shown = list(candidates)
        if status == OVERDUE:
            shown = [n for n in shown if rows[n].overdue_tasks]
        elif status:
            shown = [n for n in shown if rows[n].status.value == status]
        for word in words:  # one pass per word: no generator per row on the hot path
            shown = [n for n in shown if word in haystacks[n]]
        self._last = (text, status, shown)
        self.beginResetModel()
        self._rows = tuple(map(rows.__getitem__, shown))
        self.endResetModel()

    def find(self, opportunity_id: int) -> int | None:
        """The shown row of this opportunity, if it is shown."""
        return next((n for n, row in enumerate(self._rows) if row.id == opportunity_id), None)

    def cell_text(self, row: OpportunitySummary, column: int) -> str:
        """Worked out once per cell and kept: repainting while typing only looks it up."""
        key = (row.id, column)
        text = self._texts.get(key)
        if text is None:
            text = self._texts[key] = self._cell_text(row, column)
        return text

    def _cell_text(self, row: OpportunitySummary, column: int) -> str:
        if column == 3:
            if row.deadline is None:
                return ""
            left = days_left(row.deadline, self.now)
            when = row.deadline.astimezone(UK).strftime("%d/%m/%Y %H:%M")
            return self.tr("{when}\n{days} days left").format(when=when, days=left) \
                if left >= 0 and not row.status.final else when
        return (row.title, row.buyer_reference, row.status.label, "",
                short_pounds(row.value) if row.value is not None else "",
                self._tasks_text(row))[column]

    def _tasks_text(self, row: OpportunitySummary) -> str:
        """How many tasks are open, and how many of them are overdue (⚠ and words)."""
        if not row.overdue_tasks:
            return str(row.open_tasks)
        return self.tr("{count} · ⚠ {overdue} overdue").format(count=row.open_tasks,
                                                                overdue=row.overdue_tasks)
