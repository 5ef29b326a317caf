"""The dashboard at a glance: a card per part, chips in words and colour, counts that open their
lists, and empty states that say what to do first. Its figures are read off the GUI thread."""

from __future__ import annotations

from datetime import date, timedelta
from pathlib import Path

from PySide6.QtWidgets import QLabel, QPushButton
from pytestqt.qtbot import QtBot

from desktop.core.evidence import EvidenceDetails
from desktop.core.evidence_records import add_evidence
from desktop.core.opportunity_records import overdue_tasks
from desktop.core.targets import ATTENTION, OVERDUE
from desktop.ui import look
from desktop.ui.main_window import MainWindow
from desktop.ui.models.table import ROW_ROLE
from desktop.ui.pages.dashboard import DashboardPage, deadline_status
from desktop.ui.pages.evidence import EvidencePage
from desktop.ui.pages.opportunities import OpportunitiesPage
from tests.ui.dashboard_helpers import shown_dashboard


def words(card: QLabel | look.Card) -> list[str]:
    return [label.text() for label in card.findChildren(QLabel) if label.isVisibleTo(card)]


def button(card: look.Card, text: str) -> QPushButton:
    return next(b for b in card.findChildren(QPushButton) if b.text() == text)


def test_a_new_charity_is_told_what_to_do_first(qtbot: QtBot, window: MainWindow) -> None:
    dashboard = shown_dashboard(qtbot, window)
    assert [card.heading.text() for card in dashboard.cards] == [
        "Frameworks you follow", "How ready you are: 1 %", "Needs attention", "Next deadlines",
        "Opportunities"]
    assert any(text.startswith("No opportunities yet: add your first one")
               for text in words(dashboard.pipeline))
    assert any(text.startswith("No deadlines yet: add your first opportunity")
               for text in words(dashboard.deadlines))
    assert "None overdue" in words(dashboard.attention)
    assert dashboard.bars["evidence"].text() == "none added yet"
    button(dashboard.pipeline, "Add your first opportunity…").click()
    assert window.current_page_key() == "opportunities"
    dashboard = shown_dashboard(qtbot, window)
    button(dashboard.attention, "Open the evidence library").click()
    assert window.current_page_key() == "evidence"


def test_no_card_stands_stretched_beside_a_taller_one(
        qtbot: QtBot, sample_window: MainWindow) -> None:
    """The frameworks' dates (a line each) take a row of their own across the page, as tall as
    their lines; the other cards pair up two to a row on a laptop screen."""
    dashboard = shown_dashboard(qtbot, sample_window)
    assert dashboard.columns() == 2
    place = dashboard.grid.getItemPosition(dashboard.grid.indexOf(dashboard.framework_dates))
    assert place == (0, 0, 1, 2)
    card = dashboard.framework_dates
    assert card.height() <= card.sizeHint().height() + 2
    rows = {dashboard.grid.getItemPosition(dashboard.grid.indexOf(each))[:2]: each.heading.text()
            for each in dashboard.cards if each is not card}
    assert rows == {(1, 0): "How ready you are: 34 %", (1, 1): "Needs attention",
                    (2, 0): "Next deadlines", (2, 1): "Opportunities"}


def test_the_sample_reads_at_a_glance_and_each_count_opens_its_list(
        qtbot: QtBot, sample_window: MainWindow) -> None:
    window = sample_window
    dashboard = shown_dashboard(qtbot, window)
    # Readiness: a bar per part with its figure in words on it, and the one prominent button.
    assert set(dashboard.bars) == {"journey", "organisation-profile", "selection-questionnaire",
                                   "evidence"}
    assert all(bar.text().endswith("%") for key, bar in dashboard.bars.items()
               if key != "evidence")
    assert isinstance(dashboard.next_button, look.PrimaryButton)
    assert dashboard.next_button.text().startswith("Next: ")
    # Deadlines: a chip that says the days (the colour only repeats it), and the line.
    chips = [label for label in dashboard.deadlines.findChildren(QLabel, "chip")
             if label.isVisibleTo(dashboard.deadlines)]
    assert chips and all(chip.text().startswith(("In ", "Today", "Tomorrow")) for chip in chips)
    assert chips[0].property("tone") in {"chip-urgent", "chip-soon", "chip-neutral"}
    # Opportunities: the pipeline, stage by stage, each opening its list.
    stages = [link.accessibleName() for link in dashboard.links(dashboard.pipeline)]
    assert stages[:4] == ["Identified: 1", "Bid / no-bid decision: 0", "Writing the bid: 1",
                          "Submitted: 0"]
    dashboard.links(dashboard.pipeline)[2].linkActivated.emit("open")
    page = window.pages["opportunities"]
    assert isinstance(page, OpportunitiesPage)
    assert page.status.currentData() == "writing"
    # Overdue tasks: the count opens the list of exactly the opportunities with a late task.
    dashboard = shown_dashboard(qtbot, window)
    assert "Overdue" in words(dashboard.attention)
    button(dashboard.attention, "Tasks overdue: 1").click()
    assert window.current_page_key() == "opportunities"
    assert page.status.currentData() == OVERDUE
    late = {task.opportunity_id for task in overdue_tasks(
        window.page_context().database, window.page_context().organisation.id, date.today())}
    listed = {page.model.index(row, 0).data(ROW_ROLE).id for row in range(page.model.rowCount())}
    assert listed == late and len(listed) < len(page.model.everything)
    assert page.editor.current is not None and page.editor.current.id in late
    # The sidebar's badges came with the figures.
    assert window.sidebar.count_on("opportunities") == 1


def test_the_evidence_count_opens_exactly_the_documents_that_need_attention(
        qtbot: QtBot, window: MainWindow, tmp_path: Path) -> None:
    context = window.page_context()
    for title, until in (("Insurance", date.today() - timedelta(days=3)),
                         ("Accounts", date.today() + timedelta(days=400)),
                         ("Policy", date.today() + timedelta(days=10))):
        source = tmp_path / f"{title}.pdf"
        source.write_bytes(b"%PDF-1.4 " + title.encode())
        add_evidence(context.database, context.evidence_folder, context.organisation.id,
                     source, EvidenceDetails(title, valid_until=until))
    dashboard = shown_dashboard(qtbot, window, again=True)
    button(dashboard.attention, "Documents that need attention: 2").click()
    page = window.pages["evidence"]
    assert isinstance(page, EvidencePage)
    assert window.current_page_key() == "evidence"
    assert page.showing.currentData() == ATTENTION
    assert sorted(info.title for info, _found in page.documents) == ["Insurance", "Policy"]
    assert page.model.rowCount() == 2
    page.showing.setCurrentIndex(0)
    page.showing.activated.emit(0)
    assert page.model.rowCount() == 3  # every document again, when chosen


def test_deadlines_are_urgent_then_soon_then_later() -> None:
    assert [deadline_status(days) for days in (0, 2, 3, 7, 8, 30)] == [
        "urgent", "urgent", "soon", "soon", "neutral", "neutral"]


def test_another_card_joins_the_list(qtbot: QtBot, window: MainWindow) -> None:
    dashboard = shown_dashboard(qtbot, window)
    extra = look.Card("Framework dates")
    dashboard.add_card(extra)
    assert dashboard.cards[-1] is extra
    assert dashboard.columns() == 2  # on the laptop
    # after the frameworks' row and two rows of two
    assert dashboard.grid.getItemPosition(dashboard.grid.indexOf(extra))[:2] == (3, 0)
    window.resize(700, window.height())  # narrow (or large text): one card a row
    qtbot.waitUntil(lambda: dashboard.columns() == 1)
    assert dashboard.grid.getItemPosition(dashboard.grid.indexOf(extra))[:2] == (5, 0)
    assert isinstance(dashboard, DashboardPage)

