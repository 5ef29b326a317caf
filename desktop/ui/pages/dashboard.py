"""The dashboard: what needs doing now. Every line opens the page where it is done.

Next deadlines with days left, overdue tasks, evidence running out, how ready the organisation
is and the next step, and opportunities by status. Re-read each time the page is shown.
"""

from __future__ import annotations

from datetime import UTC, date, datetime
from pathlib import Path
from typing import Any

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QShowEvent
from PySide6.QtWidgets import (
    QGridLayout,
    QGroupBox,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from desktop.core.evidence import warnings
from desktop.core.evidence_records import list_evidence
from desktop.core.opportunities import days_left
from desktop.core.opportunity_records import (
    overdue_tasks,
    status_counts,
    upcoming_milestones,
)
from desktop.core.qualification import readiness
from desktop.core.targets import Target
from desktop.i18n import long_date
from desktop.ui import dialogs
from desktop.ui.context import PageContext
from desktop.ui.pages.frameworks import FrameworkDates
from desktop.ui.pages.journey import readiness_text
from desktop.ui.qt_helpers import name, page_title, say_when_empty, wrapped_label, wrapping_list

TARGET_ROLE = Qt.ItemDataRole.UserRole  # (page key, item) the line opens


class DashboardPage(QWidget):
    open_requested = Signal(str, object)  # page key, and what to show there (or None)
    target_requested = Signal(object)  # a Target: the next step's question, document or step

    def __init__(self, context: PageContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.context = context
        self.setObjectName("dashboard-page")
        self.readiness = wrapped_label("")
        self.next_button = QPushButton()
        self.next_button.clicked.connect(self._go_next)
        self.next_target: Target | None = None
        self.calendar_button = QPushButton(self.tr("Add deadlines to your &calendar…"))
        name(self.calendar_button, self.tr("Add deadlines to your calendar"),
             self.tr("Saves an .ics file that Outlook, Google or Apple Calendar can import"))
        self.calendar_button.clicked.connect(self.export_calendar)
        self.deadlines = self._list(self.tr("Next deadlines"))
        self.overdue = self._list(self.tr("Overdue tasks"))
        self.evidence = self._list(self.tr("Evidence that needs attention"))
        self.pipeline = self._list(self.tr("Opportunities by status"))

        ready = QGroupBox(self.tr("How ready you are"))
        ready_layout = QVBoxLayout(ready)
        ready_layout.addWidget(self.readiness)
        ready_layout.addWidget(self.next_button, 0, Qt.AlignmentFlag.AlignLeft)
        grid = QGridLayout()
        grid.addWidget(self._box(self.tr("Next &deadlines"), self.deadlines), 0, 0)
        grid.addWidget(self._box(self.tr("&Overdue tasks"), self.overdue), 0, 1)
        grid.addWidget(self._box(self.tr("&Evidence that needs attention"), self.evidence), 1, 0)
        grid.addWidget(self._box(self.tr("Opportunities by &status"), self.pipeline), 1, 1)
        layout = QVBoxLayout(self)
        layout.addWidget(page_title(self.tr("Dashboard")))
        layout.addWidget(ready)
        self.framework_dates = FrameworkDates()  # each followed framework's next date
        layout.addWidget(self.framework_dates)
        layout.addWidget(self.calendar_button, 0, Qt.AlignmentFlag.AlignLeft)
        layout.addLayout(grid, 1)

    def _list(self, title: str) -> QListWidget:
        widget = wrapping_list()
        name(widget, title, self.tr("Enter opens the chosen line"))
        widget.itemActivated.connect(self._open)
        return widget

    @staticmethod
    def _box(title: str, widget: QListWidget) -> QGroupBox:
        box = QGroupBox(title.replace("&", ""))
        layout = QVBoxLayout(box)
        layout.addWidget(widget)
        return box

    @staticmethod
    def _fill(widget: QListWidget, lines: list[tuple[str, str, Any]], empty: str) -> None:
        widget.clear()
        for text, page, item in lines:
            entry = QListWidgetItem(text)
            entry.setData(TARGET_ROLE, (page, item))
            widget.addItem(entry)
        say_when_empty(widget, empty)

    def refresh(self) -> None:
        context, now, today = self.context, datetime.now(UTC), date.today()
        organisation = context.organisation.id
        figures = readiness(context.database, organisation, context.catalogue, context.forms,
                            context.evidence_folder, today)
        self.readiness.setText(readiness_text(figures))
        name(self.readiness, self.readiness.text())
        self.next_target = figures.next_target
        self.next_button.setText(self.tr("Next: {action}").format(action=figures.next_action))
        name(self.next_button, self.next_button.text(), self.tr("Opens the place where it is done"))
        self.next_button.setEnabled(self.next_target is not None)

        self._fill(self.deadlines, [
            (self._days(days_left(u.milestone.due, now)) + f" · {u.milestone.describe()} · "
             f"{u.milestone.label}: {u.opportunity_title}", "opportunities", u.opportunity_id)
            for u in upcoming_milestones(context.database, organisation, now)],
            self.tr("No deadlines coming up."))
        self._fill(self.overdue, [
            (self.tr("Due {day}: {task} ({opportunity})").format(
                day=long_date(o.task.due), task=o.task.title,
                opportunity=o.opportunity_title) if o.task.due else o.task.title,
             "opportunities", o.opportunity_id)
            for o in overdue_tasks(context.database, organisation, today)],
            self.tr("No overdue tasks."))
        documents = list_evidence(context.database, context.evidence_folder, organisation)
        self._fill(self.evidence, [
            (f"⚠ {doc.title}: {' '.join(found)}", "evidence", doc.id)
            for doc in documents if (found := warnings(doc, today))],
            self.tr("All your evidence is in date.") if documents else self.tr(
                "No documents yet: add your policies, accounts and insurance certificates to "
                "the evidence library."))
        counts = status_counts(context.database, organisation)
        self._fill(self.pipeline, [
            (f"{status.label}: {count}", "opportunities", status.value)
            for status, count in counts.items() if count],
            self.tr("No opportunities yet: add one on the Opportunities page."))

    def _days(self, days: int) -> str:
        if days == 0:
            return self.tr("Today")
        if days == 1:
            return self.tr("Tomorrow")
        return self.tr("In {days} days").format(days=days)

    def _open(self, entry: QListWidgetItem) -> None:
        target = entry.data(TARGET_ROLE)
        if target:
            self.open_requested.emit(*target)

    def _go_next(self) -> None:
        if self.next_target is not None:
            self.target_requested.emit(self.next_target)

    def export_calendar(self) -> Path | None:
        """Save every milestone and task as an .ics file where the person chooses."""
        from desktop.atomic import write_bytes_atomically
        from desktop.core.opportunity_records import all_opportunities, calendar_namespace
        from desktop.reports.calendar import build_calendar

        path = dialogs.service.choose_save_file(
            self, self.tr("Save the deadlines as a calendar file"), "deadlines.ics",
            self.tr("Calendar files (*.ics)"))
        if path is None:
            return None
        if path.suffix.lower() != ".ics":
            path = path.with_name(path.name + ".ics")
        context = self.context
        data = build_calendar(all_opportunities(context.database, context.organisation.id),
                              context.organisation.name,
                              calendar_namespace(context.database, context.organisation.id),
                              datetime.now(UTC))
        try:
            write_bytes_atomically(path, data)
        except OSError as error:
            dialogs.service.show_warning(self, self.tr("The calendar was not saved"), self.tr(
                "{file} could not be written: {reason}").format(
                    file=path, reason=error.strerror or error))
            return None
        return path

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        self.refresh()
