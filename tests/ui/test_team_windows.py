"""Two colleagues' windows on one PostgreSQL database, and a team database that goes away.

Each window has its own connection, as two laptops would. Changes to different parts of the same
opportunity or portal step are merged without a word; the same part changed by both is the
"theirs or yours" question, and whichever is kept, the other person's other changes stay. When
the server cannot be reached, the page says so, keeps what was typed, and saves it by itself once
the server is back.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator
from typing import TYPE_CHECKING, Any

import pytest
from pytestqt.qtbot import QtBot
from sqlalchemy import create_engine, text

from desktop.app.first_paint import first_paint
from desktop.app.workspace import Workspace, open_workspace
from desktop.core.journey import StepStatus
from desktop.core.journey_records import load_journey
from desktop.core.opportunities import OpportunityInfo
from desktop.core.opportunity_records import load_opportunity, save_opportunity
from desktop.core.organisation_records import create_organisation
from desktop.paths import DatabaseLocation, resolve_database
from desktop.ui.app import settings
from desktop.ui.main_window import MainWindow
from desktop.ui.pages.journey import JourneyPage
from desktop.ui.pages.opportunities import OpportunitiesPage

if TYPE_CHECKING:
    from tests.conftest import PrivateServer

Opener = Callable[[DatabaseLocation], MainWindow]


@pytest.fixture
def open_window(qtbot: QtBot) -> Iterator[Opener]:
    """Open a colleague's window on a database: its own workspace, so its own connections."""
    workspaces: list[Workspace] = []
    windows: list[MainWindow] = []

    def opened(location: DatabaseLocation) -> MainWindow:
        workspace = open_workspace(location)
        workspaces.append(workspace)
        window = MainWindow(settings())
        qtbot.addWidget(window)
        window.show()
        window.attach(first_paint(workspace))
        windows.append(window)
        return window

    yield opened
    for window in windows:  # their background reads end before their databases are closed
        window.operations.wait()
    for workspace in workspaces:
        workspace.close()


def typed(edit: Any, text_typed: str) -> None:
    """Replace the text as a person would (the signal the page listens to comes too)."""
    edit.setText(text_typed)
    edit.textEdited.emit(text_typed)


def editor_of(window: MainWindow, opportunity_id: int) -> Any:
    window.go_to("opportunities")
    page = window.pages["opportunities"]
    assert isinstance(page, OpportunitiesPage)
    page.editor.show_opportunity(opportunity_id)
    return page.editor


def step_page(window: MainWindow, row: int) -> JourneyPage:
    window.go_to("journey")
    page = window.pages["journey"]
    assert isinstance(page, JourneyPage)
    page.table.selectRow(row)
    return page


def test_two_windows_editing_the_same_opportunity(
        open_window: Opener, postgres_location: DatabaseLocation, recorded_dialogs: Any) -> None:
    setup = open_workspace(postgres_location)
    organisation = create_organisation(setup.database, "Riverside")
    opportunity = save_opportunity(setup.database, organisation.id,
                                   OpportunityInfo(None, "Accommodation Wales")).id or 0
    ann, bob = (editor_of(open_window(postgres_location), opportunity) for _ in range(2))

    typed(ann.title, "Accommodation Services for Wales")
    assert ann.flush_edits()
    bob.notes.setPlainText("Ask the buyer about the TUPE list")  # a different part: merged
    assert bob.flush_edits()
    stored = load_opportunity(setup.database, opportunity)
    assert (stored.title, stored.notes) == ("Accommodation Services for Wales",
                                            "Ask the buyer about the TUPE list")
    assert bob.title.text() == "Accommodation Services for Wales"  # Bob sees Ann's title now
    assert recorded_dialogs.shown == []

    typed(ann.title, "Ann's title")
    assert ann.flush_edits()
    typed(bob.title, "Bob's title")
    recorded_dialogs.choice = 1  # "Use theirs"
    assert bob.flush_edits()
    [(kind, title, message)] = recorded_dialogs.shown
    assert (kind, title) == ("choose", "Someone else changed this opportunity")
    assert "Theirs:\nTitle: Ann's title" in message and "Yours:\nTitle: Bob's title" in message
    assert recorded_dialogs.offered == [["Keep mine", "Use theirs"]]
    stored = load_opportunity(setup.database, opportunity)
    assert (stored.title, stored.notes) == ("Ann's title", "Ask the buyer about the TUPE list")
    assert bob.title.text() == "Ann's title"
    setup.close()


def test_two_windows_editing_the_same_portal_step(
        open_window: Opener, postgres_location: DatabaseLocation, recorded_dialogs: Any) -> None:
    setup = open_workspace(postgres_location)
    organisation = create_organisation(setup.database, "Riverside")
    ann, bob = (step_page(open_window(postgres_location), 2) for _ in range(2))

    ann.status.setCurrentIndex(ann.status.findData(StepStatus.IN_PROGRESS.value))
    ann.status.activated.emit(ann.status.currentIndex())  # saves at once
    bob.notes.setPlainText("Bob's notes")
    assert bob.flush_edits()  # first saves of the same step, at once: merged
    assert bob.status.currentData() == StepStatus.IN_PROGRESS.value

    assert recorded_dialogs.shown == []

    ann.notes.setPlainText("Ann's notes")  # her page still shows no notes: she is asked
    recorded_dialogs.choice = 0  # "Keep mine"
    assert ann.flush_edits()
    bob.notes.setPlainText("Bob's better notes")
    recorded_dialogs.choice = 1  # "Use theirs"
    assert bob.flush_edits()
    asked_ann, asked_bob = recorded_dialogs.shown
    assert asked_ann[:2] == asked_bob[:2] == ("choose", "Someone else changed this step")
    assert "Theirs:\nNotes: Bob's notes\n\nYours:\nNotes: Ann's notes" in asked_ann[2]
    assert "Theirs:\nNotes: Ann's notes\n\nYours:\nNotes: Bob's better notes" in asked_bob[2]
    step = load_journey(setup.database, organisation.id,
                        first_paint(setup).catalogue)[2]  # type: ignore[arg-type]
    assert (step.status, step.notes) == (StepStatus.IN_PROGRESS, "Ann's notes")
    assert bob.notes.toPlainText() == "Ann's notes"
    setup.close()


def test_the_team_database_goes_away_and_comes_back(
        qtbot: QtBot, open_window: Opener, private_postgres: PrivateServer) -> None:
    admin = create_engine(private_postgres.url, isolation_level="AUTOCOMMIT")
    with admin.connect() as connection:
        connection.execute(text('DROP DATABASE IF EXISTS "away" WITH (FORCE)'))
        connection.execute(text('CREATE DATABASE "away"'))
    admin.dispose()
    location = resolve_database(private_postgres.url.replace("/postgres?", "/away?", 1))
    setup = open_workspace(location)
    organisation = create_organisation(setup.database, "Riverside")
    page = step_page(open_window(location), 0)
    problem = page.findChild(type(page.readiness), "save-problem")
    assert problem is not None

    private_postgres.stop()
    try:
        page.notes.setPlainText("Typed while the server was away")
        assert not page.flush_edits()
        assert problem.isVisibleTo(page)
        assert "Cannot reach the team database just now" in problem.text()
        assert page.notes.toPlainText() == "Typed while the server was away"
    finally:
        private_postgres.start()
    qtbot.waitUntil(lambda: not page.autosaver.pending, timeout=20_000)  # saved by itself
    assert not problem.isVisibleTo(page)
    [step, *_] = load_journey(setup.database, organisation.id,
                              first_paint(setup).catalogue)  # type: ignore[arg-type]
    assert step.notes == "Typed while the server was away"
    setup.close()
