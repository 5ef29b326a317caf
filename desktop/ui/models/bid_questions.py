"""The table of an opportunity's bid questions: number, question, weighting, count, status."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from desktop.core.bid_questions import BidQuestion, count_text, weighting_text
from desktop.ui.models.table import ReadOnlyTableModel

SHOWN = 120  # characters of a question in its cell (the whole of it is on the right)


class BidQuestionModel(ReadOnlyTableModel[BidQuestion]):
    def __init__(self, questions: Sequence[BidQuestion], parent: Any = None) -> None:
        super().__init__(questions, [self.tr("No."), self.tr("Question"), self.tr("Weighting"),
                                     self.tr("Length"), self.tr("Status"), self.tr("Owner")],
                         parent)

    def cell_text(self, row: BidQuestion, column: int) -> str:
        if column == 1:
            text = " ".join(row.text.split())
            return text if len(text) <= SHOWN else text[:SHOWN] + "…"
        return (row.number, "", weighting_text(row.weighting), count_text(row),
                row.status.label, row.owner)[column]
