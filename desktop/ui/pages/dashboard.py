"""The dashboard: what needs doing now, read at a glance. Everything on it opens the page where it
is done.

A list of cards (`self.cards`, laid two to a row): how ready the organisation is (a progress bar
per part and the next step as the one prominent button), what needs attention (overdue tasks and
evidence, as counts that open their lists), the next deadlines (with "in 7 days" chips: colour and
words) and the opportunities pipeline. A card with nothing to show says what to do first. Its
figures are read off the GUI thread (`queries.glance`) each time the page is shown; another part
of the app adds a card with `add_card()`.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QResizeEvent, QShowEvent
from PySide6.QtWidgets import (
    QFormLayout,
    QFrame,
    QGridLayout,
    QLabel,
    QProgressBar,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from desktop.core.form_codes import regime_supplier_route
from desktop.core.opportunities import Status, days_left
from desktop.core.qualification import READINESS_FORMS
from desktop.core.targets import ATTENTION, OVERDUE, Target
from desktop.i18n import long_date
from desktop.ui import dialogs, look
from desktop.ui.context import PageContext
from desktop.ui.pages.frameworks import FrameworkDates
from desktop.ui.pages.journey import readiness_text
from desktop.ui.qt_helpers import name, scrolling

SHOWN = 3  # lines of overdue tasks or documents listed under their count
PIPELINE = (Status.IDENTIFIED, Status.DECIDING, Status.WRITING, Status.SUBMITTED)
SOON, URGENT = 7, 2  # days: a deadline this near is "soon", and this near "urgent"
ROUTE = "supplier-route"  # the supplier registration's bar (the page's key)
WIDE = 150  # characters of the page's font: the least width for two cards side by side


def deadline_status(days: int) -> str:
    """The chip colour for a deadline `days` away (the chip's words say the days)."""
    if days <= URGENT:
        return "urgent"
    return "soon" if days <= SOON else "neutral"


class DashboardPage(QWidget):
    open_requested = Signal(str, object)  # page key, and what to show there (or None)
    target_requested = Signal(object)  # a Target: the next step's question, document or step
    counted = Signal(object)  # the sidebar's counts (queries.Attention), read with the figures
    shown_figures = Signal()  # the cards show the latest figures

    def __init__(self, context: PageContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.context = context
        self.setObjectName("dashboard-page")
        self.next_target: Target | None = None
        self._reading = False  # a read asked for and not yet shown

        # How ready: one bar a part, and the next step.
        self.ready = look.Card(self.tr("How ready you are"))
        self.bars: dict[str, QProgressBar] = {}
        bars = QFormLayout()
        bars.setSpacing(look.SMALL)
        # the chosen framework's own journey; under the Procurement Act the shared supplier
        # registration too (the Central Digital Platform route)
        route = [(ROUTE, self.tr("Supplier registration"))] if regime_supplier_route(
            context.catalogue.framework.regime) else []
        parts = [("journey", self.tr("Portal journey")), *route] + [
            (code, context.forms[code].title) for code in READINESS_FORMS
            if code in context.forms] + [("evidence", self.tr("Evidence asked for, in date"))]
        for key, title in parts:
            self.bars[key] = look.progress(title)
            bars.addRow(QLabel(title), self.bars[key])
        self.ready.body.addLayout(bars)
        self.next_caption = look.caption(self.tr("Your next step:"))
        self.next_button = look.PrimaryButton(self.tr("Next step"))
        name(self.next_button, self.tr("Next step"))  # until the figures are read
        self.next_button.setEnabled(False)
        self.next_button.clicked.connect(self._go_next)
        self.ready.body.addWidget(self.next_caption)
        self.ready.body.addWidget(self.next_button, 0, Qt.AlignmentFlag.AlignLeft)

        self.attention = look.Card(self.tr("Needs attention"))
        self.deadlines = look.Card(self.tr("Next deadlines"))
        self.deadline_rows = QGridLayout()
        self.deadline_rows.setHorizontalSpacing(look.SMALL)
        self.deadline_rows.setVerticalSpacing(look.SMALL)
        self.deadline_rows.setColumnStretch(1, 1)
        self.deadlines.body.addLayout(self.deadline_rows)
        self.calendar_button = QPushButton(self.tr("Add deadlines to your &calendar…"))
        name(self.calendar_button, self.tr("Add deadlines to your calendar"),
             self.tr("Saves an .ics file that Outlook, Google or Apple Calendar can import"))
        self.calendar_button.clicked.connect(self.export_calendar)
        self.deadlines.body.addWidget(self.calendar_button, 0, Qt.AlignmentFlag.AlignLeft)
        self.pipeline = look.Card(self.tr("Opportunities"))
        self.cards: list[look.Card] = []
        self._laid = 0  # columns the cards are laid in

        self.status = look.caption(self.tr("Reading your figures…"))
        self.grid = QGridLayout()
        self.grid.setSpacing(look.LARGE)  # the design's gap between cards
        body = self.body = QWidget()
        layout = QVBoxLayout(body)
        layout.setSpacing(look.MEDIUM)
        layout.addWidget(look.page_title(self.tr("Dashboard")))
        layout.addWidget(self.status)
        layout.addLayout(self.grid)
        layout.addStretch(1)
        outer = QVBoxLayout(self)
        outer.setContentsMargins(0, 0, 0, 0)
        scroll = scrolling(body, self.tr("Dashboard"))
        scroll.setFrameShape(QFrame.Shape.NoFrame)
        outer.addWidget(scroll)
        self.framework_dates = FrameworkDates()  # each followed framework's next date
        for card in (self.framework_dates, self.ready, self.attention, self.deadlines,
                     self.pipeline):
            self.add_card(card)

    def add_card(self, card: QWidget) -> None:
        """One more card, after the others (two to a row when the page is wide enough)."""
        self.cards.append(card)  # type: ignore[arg-type]
        self._lay_cards()

    def columns(self) -> int:
        """Two cards a row on a laptop; one when large text or a narrow window needs it."""
        return 2 if self.width() >= self.fontMetrics().averageCharWidth() * WIDE else 1

    def _lay_cards(self) -> None:
        """In order, two to a row; the frameworks' dates, a line or two each, take a whole row
        of their own, so no card stands stretched beside a taller one."""
        columns = self.columns()
        for card in self.cards:
            self.grid.removeWidget(card)
        row, column = 0, 0
        for card in self.cards:
            if card is self.framework_dates:
                if column:
                    row, column = row + 1, 0
                self.grid.addWidget(card, row, 0, 1, columns)
                row += 1
                continue
            self.grid.addWidget(card, row, column)
            row, column = (row, column + 1) if column + 1 < columns else (row + 1, 0)
        for column in range(2):
            self.grid.setColumnStretch(column, 1 if column < columns else 0)
        self._laid = columns

    def _settle(self) -> None:
        """Lay the new lines out now, not a few turns of the event loop later (words would be
        measured, or read by a screen reader, before they had their room)."""
        for card in self.cards:
            for child in card.findChildren(QWidget):  # new ones: shown now, not at the next turn
                if not child.testAttribute(Qt.WidgetAttribute.WA_WState_ExplicitShowHide):
                    child.show()
        layout = self.body.layout()
        assert layout is not None
        layout.activate()
        self.body.adjustSize()

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        if self.columns() != self._laid:
            self._lay_cards()

    @property
    def loading(self) -> bool:
        return self._reading

    @staticmethod
    def links(card: QWidget) -> list[QLabel]:
        """The lines of a card that open something, in order (for tests and the tour)."""
        return [label for label in card.findChildren(QLabel, "link") if label.isVisibleTo(card)]

    # -- reading ----------------------------------------------------------------------------
    def refresh(self) -> None:
        """Read the figures again, in the background (the window's operations: only the newest
        read is shown); the cards change when they come."""
        self._reading = True
        self.context.operations.query(self, self._read, self.show_figures)

    def _read(self) -> Any:
        """Off the GUI thread: the database only, never a widget."""
        from desktop.app.queries import glance

        context = self.context
        return glance(context.database, context.organisation.id, context.catalogue,
                      context.forms, context.evidence_folder, datetime.now(UTC))

    def show_figures(self, figures: Any) -> None:
        self._reading = False
        self.status.hide()
        self._show_readiness(figures.readiness)
        self._show_attention(figures)
        self._show_deadlines(figures.deadlines, sum(figures.pipeline.values()))
        self._show_pipeline(figures.pipeline)
        self._settle()
        self.counted.emit(figures.attention)
        self.shown_figures.emit()

    # -- the cards ----------------------------------------------------------------------------
    def _show_readiness(self, figures: Any) -> None:
        self.ready.heading.setText(self.tr("How ready you are: {percent} %").format(
            percent=round(figures.overall * 100)))
        name(self.ready, readiness_text(figures))
        fractions = {"journey": figures.journey, ROUTE: figures.supplier_route or 0.0,
                     **figures.forms, "evidence": figures.evidence}
        for key, bar in self.bars.items():
            percent = round(fractions.get(key, 0.0) * 100)
            bar.setValue(percent)
            words = f"{percent} %"
            if key == "evidence":
                words = self.tr("none added yet") if not figures.documents else self.tr(
                    "{in_date} of {total}").format(in_date=figures.evidence_in_date,
                                                   total=figures.evidence_total)
                bar.setValue(percent if figures.documents else 0)
            bar.setFormat(words)
            name(bar, f"{self.bars_label(key)}: {words}")
        self.next_target = figures.next_target
        self.next_button.setText(self.tr("Next: {action}").format(action=figures.next_action))
        name(self.next_button, self.next_button.text(), self.tr("Opens the place where it is done"))
        self.next_button.setEnabled(self.next_target is not None)

    def bars_label(self, key: str) -> str:
        if key in self.context.forms:
            return self.context.forms[key].title
        return {"journey": self.tr("Portal journey"),
                ROUTE: self.tr("Supplier registration")}.get(
            key, self.tr("Evidence asked for, in date"))

    def _show_attention(self, figures: Any) -> None:
        body = self.attention.body
        look.clear(body)
        overdue, documents = figures.overdue, figures.evidence
        if overdue:
            body.addLayout(look.row(
                look.chip(self.tr("Overdue"), "urgent"),
                self._count_button(self.tr("Tasks overdue: {count}").format(count=len(overdue)),
                                   self._page_opener("opportunities", OVERDUE))))
            for late in overdue[:SHOWN]:
                text = self.tr("{task} ({opportunity}), due {day}").format(
                    task=late.task.title, opportunity=late.opportunity_title,
                    day=long_date(late.task.due)) if late.task.due else late.task.title
                body.addWidget(look.link(text, self._opener(Target(
                    "opportunities", item=late.opportunity_id, task=late.task.id))))
        else:
            body.addLayout(look.row(look.chip(self.tr("None overdue"), "good"),
                                    look.caption(self.tr("No tasks are overdue."))))
        if documents:
            body.addLayout(look.row(
                look.chip(self.tr("Evidence"), "soon"),
                self._count_button(self.tr("Documents that need attention: {count}").format(
                    count=len(documents)),
                                   self._page_opener("evidence", ATTENTION))))
            for doc, found in documents[:SHOWN]:
                body.addWidget(look.link(f"⚠ {doc.title}: {' '.join(found)}",
                                         self._page_opener("evidence", doc.id)))
        elif figures.documents:
            body.addLayout(look.row(look.chip(self.tr("In date"), "good"),
                                    look.caption(self.tr("All your evidence is in date."))))
        else:
            body.addWidget(look.caption(self.tr(
                "No documents yet: add your policies, accounts and insurance certificates to "
                "the evidence library first.")))
            body.addWidget(self._count_button(self.tr("Open the evidence library"),
                                              lambda: self.open_requested.emit("evidence", None)),
                           0, Qt.AlignmentFlag.AlignLeft)

    def _show_deadlines(self, deadlines: list[Any], opportunities: int) -> None:
        rows, now = self.deadline_rows, datetime.now(UTC)
        look.clear(rows)
        for place, coming in enumerate(deadlines):
            days = days_left(coming.milestone.due, now)
            words = self._days(days)
            text = f"{coming.milestone.describe()} · {coming.milestone.label}: " \
                f"{coming.opportunity_title}"
            rows.addWidget(look.chip(words, deadline_status(days)), place, 0,
                           Qt.AlignmentFlag.AlignTop)
            rows.addWidget(look.link(text, self._page_opener("opportunities",
                                                             coming.opportunity_id),
                                     f"{words}: {text}"), place, 1)
        if not deadlines:
            rows.addWidget(look.caption(self.tr(
                "No deadlines coming up. Add an opportunity with its timetable and its "
                "deadlines show here.") if opportunities else self.tr(
                "No deadlines yet: add your first opportunity, a tender you mean to bid for, "
                "and its deadlines show here.")))

    def _show_pipeline(self, counts: dict[Status, int]) -> None:
        body = self.pipeline.body
        look.clear(body)
        if not any(counts.values()):
            body.addWidget(look.caption(self.tr(
                "No opportunities yet: add your first one, a tender you have seen, on the "
                "Opportunities page.")))
            body.addWidget(self._count_button(self.tr("Add your first opportunity…"),
                                              lambda: self.open_requested.emit("opportunities",
                                                                               None)),
                           0, Qt.AlignmentFlag.AlignLeft)
            return
        stages = QGridLayout()
        stages.setHorizontalSpacing(look.SMALL)
        stages.setVerticalSpacing(look.TIGHT)
        ended = [Status.WON, Status.LOST]
        for place, status in enumerate([*PIPELINE, None]):
            shown = [status] if status else ended
            marks = look.row(*[self._stage(s, counts.get(s, 0)) for s in shown])
            stages.addWidget(QLabel("→" if place else ""), place, 0)
            stages.addLayout(marks, place, 1)
        body.addLayout(stages)
        withdrawn = counts.get(Status.WITHDRAWN, 0)
        if withdrawn:
            body.addWidget(look.caption(self.tr("Withdrawn: {count}").format(count=withdrawn)))

    def _stage(self, status: Status, count: int) -> QWidget:
        """One stage: its count as a chip (accent when there is any) and its name as a link to
        the list of opportunities at that stage."""
        holder = QWidget()
        stage = look.link(status.label, self._page_opener("opportunities", status.value),
                          self.tr("{stage}: {count}").format(stage=status.label, count=count))
        stage.setWordWrap(False)
        marks = look.row(
            look.chip(str(count), "good" if status is Status.WON and count else "neutral"),
            stage, stretch=False)
        marks.setContentsMargins(0, 0, 0, 0)
        holder.setLayout(marks)
        return holder

    def _count_button(self, text: str, clicked: Callable[[], object]) -> QPushButton:
        button = QPushButton(text)
        name(button, text)
        button.clicked.connect(lambda: clicked())
        return button

    def _page_opener(self, page: str, item: object) -> Callable[[], None]:
        return lambda: self.open_requested.emit(page, item)

    def _opener(self, target: Target) -> Callable[[], None]:
        return lambda: self.target_requested.emit(target)

    def _days(self, days: int) -> str:
        if days == 0:
            return self.tr("Today")
        if days == 1:
            return self.tr("Tomorrow")
        return self.tr("In {days} days").format(days=days)

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

