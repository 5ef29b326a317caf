"""Item models for the Lots page: the category × region matrix and the lot list with reasons.

Every cell says its standing in words and a symbol (✓ ◐ ✗) as well as colour, and has an
accessible text a screen reader can read on its own ("Accommodation in Wales: partner or
subcontractor only, 1 lot").
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QPersistentModelIndex, Qt
from PySide6.QtGui import QBrush, QColor

from desktop.core.catalogue import Catalogue, CategoryInfo, Place
from desktop.core.eligibility import LotEligibility, Standing
from desktop.i18n import plural
from desktop.ui.models.table import ROW_ROLE, AnyIndex, ReadOnlyTableModel

CELL_COLOURS = {Standing.LEAD: "#d5efd5", Standing.PARTNER: "#fdeebd",
                Standing.NOT_ELIGIBLE: "#ececec"}
CELL_TEXT = "#1a1a1a"  # dark on every cell colour: contrast above 4.5:1 in light and dark themes


LONG_HEADING = 24  # characters: a row heading longer than this goes on two lines


def two_lines(text: str) -> str:
    """Break a long heading at the space nearest its middle."""
    if len(text) <= 10 or " " not in text:
        return text
    middle = len(text) // 2
    spaces = [n for n, char in enumerate(text) if char == " "]
    cut = min(spaces, key=lambda n: abs(n - middle))
    return text[:cut] + "\n" + text[cut + 1:]


def short_lines(text: str, width: int = 10) -> str:
    """Wrap a heading into lines of about `width` characters, at spaces and after hyphens
    ("Gogledd-ddwyrain Lloegr" → "Gogledd-", "ddwyrain", "Lloegr"); words are never cut."""
    pieces = text.replace("-", "-\0").replace(" ", " \0").split("\0")
    lines = [""]
    for piece in pieces:
        if lines[-1] and len(lines[-1].rstrip() + piece.rstrip()) > width:
            lines.append("")
        lines[-1] += piece
    return "\n".join(line.rstrip() for line in lines)


def cell_lots(results: list[LotEligibility], category: CategoryInfo,
              region: str) -> list[LotEligibility]:
    """The lots in one matrix cell: in `region` (any of its areas), those delivering `category`,
    or for a cohort (women, young adults) those only for it."""
    if category.kind == "cohort":
        return [r for r in results if category.code in r.lot.cohorts
                and r.lot.region_code == region]
    return [r for r in results if category.code in r.lot.categories
            and r.lot.region_code == region]


class EligibilityMatrixModel(QAbstractTableModel):
    """Need categories down (then the cohorts that have lots of their own), regions across."""

    def __init__(self, catalogue: Catalogue, parent: Any = None) -> None:
        super().__init__(parent)
        used = {code for lot in catalogue.lots for code in lot.categories}
        cohorts = {code for lot in catalogue.lots for code in lot.cohorts}
        self.categories: list[CategoryInfo] = [
            *(c for c in catalogue.categories if c.code in used and c.kind != "cohort"),
            *(c for c in catalogue.categories if c.code in cohorts and c.kind == "cohort")]
        self.regions: list[Place] = list(catalogue.regions)
        self.results: list[LotEligibility] = []

    def set_results(self, results: list[LotEligibility]) -> None:
        self.results = results
        if self.categories and self.regions:
            self.dataChanged.emit(self.index(0, 0), self.index(len(self.categories) - 1,
                                                               len(self.regions) - 1))

    def rowCount(self, parent: AnyIndex = QModelIndex()) -> int:  # noqa: B008 - Qt's signature
        return 0 if parent.isValid() else len(self.categories)

    def columnCount(self, parent: AnyIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.regions)

    def headerData(self, section: int, orientation: Qt.Orientation,
                   role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if role not in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole):
            return None
        if orientation == Qt.Orientation.Vertical:
            names = [self.tr("Only for {cohort}").format(cohort=c.name) if c.kind == "cohort"
                     else c.name for c in self.categories]
            if role == Qt.ItemDataRole.DisplayRole:  # long names (cohorts, Welsh) on two lines
                names = [two_lines(text) if c.kind == "cohort" or len(text) > LONG_HEADING
                         else text for c, text in zip(self.categories, names, strict=True)]
        else:  # region names in short lines, so twelve columns fit a laptop in either language
            names = [r.name if role == Qt.ItemDataRole.ToolTipRole else short_lines(r.name)
                     for r in self.regions]
        return names[section] if 0 <= section < len(names) else None

    def lots_at(self, index: QModelIndex | QPersistentModelIndex) -> list[LotEligibility]:
        if not index.isValid():
            return []
        return cell_lots(self.results, self.categories[index.row()],
                         self.regions[index.column()].code)

    def data(self, index: AnyIndex, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        lots = self.lots_at(index)
        best = max((r.standing for r in lots), default=None)
        if role == Qt.ItemDataRole.DisplayRole:
            if best is None:
                return "—"
            return f"{best.symbol} {self._short(best)}"
        if role in (Qt.ItemDataRole.AccessibleTextRole, Qt.ItemDataRole.ToolTipRole):
            where = self.tr("{category} in {region}").format(
                category=self.categories[index.row()].name,
                region=self.regions[index.column()].name)
            if best is None:
                return self.tr("{where}: no lot").format(where=where)
            return self.tr("{where}: {standing}, {lots}").format(
                where=where, standing=best.label.lower(),
                lots=plural(len(lots), self.tr("1 lot"), self.tr("{count} lots")))
        if role == Qt.ItemDataRole.BackgroundRole and best is not None:
            return QBrush(QColor(CELL_COLOURS[best]))
        if role == Qt.ItemDataRole.ForegroundRole and best is not None:
            return QBrush(QColor(CELL_TEXT))
        if role == Qt.ItemDataRole.TextAlignmentRole:
            return int(Qt.AlignmentFlag.AlignCenter)
        return None

    def _short(self, standing: Standing) -> str:
        return {Standing.LEAD: self.tr("Lead"), Standing.PARTNER: self.tr("Partner"),
                Standing.NOT_ELIGIBLE: self.tr("No")}[standing]


class LotEligibilityModel(ReadOnlyTableModel[LotEligibility]):
    """One lot a row: its area, family, standing and the reasons against it (full title as a
    tip on the family)."""

    def __init__(self, rows: list[LotEligibility], parent: Any = None) -> None:
        super().__init__(rows, [self.tr("Area"), self.tr("Lot"), self.tr("Can you bid?"),
                                self.tr("Why")], parent)

    def cell_text(self, row: LotEligibility, column: int) -> str:
        """The area first, as on the Catalogue page: it is where lots of a family differ."""
        if column == 0:
            return row.lot.area_name
        if column == 1:
            return row.lot.family_name
        if column == 2:
            return f"{row.standing.symbol} {row.standing.label}"
        return "; ".join(r.text for r in (row.problems or row.reasons))

    def data(self, index: AnyIndex, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if role == Qt.ItemDataRole.ToolTipRole and index.isValid() and index.column() == 1:
            return self.data(index, ROW_ROLE).lot.title
        if role == Qt.ItemDataRole.BackgroundRole and index.isValid() and index.column() == 2:
            return QBrush(QColor(CELL_COLOURS[self.data(index, ROW_ROLE).standing]))
        if role == Qt.ItemDataRole.ForegroundRole and index.isValid() and index.column() == 2:
            return QBrush(QColor(CELL_TEXT))
        return super().data(index, role)
