"""The opportunity chooser of the Bid writing, Costing and Reports pages.

It lists the opportunities of the framework the pages work on (the toolbar's "Working on"),
as the Opportunities page does, so a charity following two frameworks sees one list at a time.
An opportunity of another framework is added only when it is asked for by id (from Find or the
answer library, which search everything), and then says which framework it is under.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QComboBox, QWidget

from desktop.core.opportunity_records import list_summaries, opportunity_if_there

if TYPE_CHECKING:
    from desktop.ui.context import PageContext


class OpportunityPicker(QComboBox):
    """A combo box of opportunities, each "title (buyer's reference)" (or, where the room is
    narrow, `with_reference=False`, the title alone), its data the id; the whole label shows on
    hovering."""

    def __init__(self, context: PageContext, parent: QWidget | None = None, *,
                 with_reference: bool = True) -> None:
        super().__init__(parent)
        self.context = context
        self.with_reference = with_reference

    def refill(self, keep: int | None = None) -> int:
        """Read the list again, keeping the one shown (or showing `keep`); how many of the
        chosen framework's opportunities it lists. Signals are blocked while it refills: the
        page reacts once, to what is shown at the end."""
        wanted = keep if keep is not None else self.current_id
        framework = self.context.catalogue.framework
        summaries = list_summaries(self.context.database, self.context.organisation.id,
                                   framework_code=framework.code)
        blocked = self.blockSignals(True)
        self.clear()
        for summary in summaries:
            self._add(summary.title, summary.buyer_reference, summary.id)
        if wanted is not None and self.findData(wanted) < 0 and keep is not None:
            self._add_other(keep)
        index = self.findData(wanted)
        self.setCurrentIndex(index if index >= 0 else 0)
        self.blockSignals(blocked)
        return len(summaries)

    def _add_other(self, opportunity_id: int) -> None:
        """An opportunity asked for by id that is listed under another framework."""
        info = opportunity_if_there(self.context.database, opportunity_id)
        if info is None:
            return
        names = {each.code: each.name for each in self.context.workspace.frameworks()}
        under = names.get(info.framework_code, info.framework_code)
        self._add(info.title, info.buyer_reference, opportunity_id,
                  self.tr(" — under {framework}").format(framework=under))

    def _add(self, title: str, reference: str, opportunity_id: int, after: str = "") -> None:
        whole = title + (f" ({reference})" if reference else "") + after
        self.addItem(whole if self.with_reference else title + after, opportunity_id)
        self.setItemData(self.count() - 1, whole, Qt.ItemDataRole.ToolTipRole)

    @property
    def current_id(self) -> int | None:
        data = self.currentData()
        return int(data) if data is not None else None

    def empty_text(self) -> str:
        """What an empty list means, and what to do about it."""
        return self.tr("No opportunities under {framework} yet: add one on the Opportunities "
                       "page, or choose another framework in “Working on”.").format(
            framework=self.context.catalogue.framework.name)
