"""The list of a questionnaire's sections, each with how much of it is done (in words and ✓)."""

from __future__ import annotations

from typing import Any

from desktop.questionnaire.progress import SectionProgress
from desktop.ui.models.table import ReadOnlyTableModel


class SectionListModel(ReadOnlyTableModel[SectionProgress]):
    def __init__(self, sections: list[SectionProgress], parent: Any = None) -> None:
        super().__init__(sections, [self.tr("Section")], parent)

    def cell_text(self, row: SectionProgress, column: int) -> str:
        if row.complete and not any(state.answered for state in row.fields):
            return self.tr("{title}: optional, nothing added").format(title=row.section.title)
        if row.complete:
            return self.tr("✓ {title}: done").format(title=row.section.title)
        if row.required and row.answered_required < row.required:
            return self.tr("{title}: {answered} of {required} answered").format(
                title=row.section.title, answered=row.answered_required, required=row.required)
        return self.tr("{title}: {count} to check").format(title=row.section.title,
                                                           count=len(row.problems))
