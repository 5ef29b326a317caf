"""The sidebar shows where work waits: an icon per page, and a count badge whose words are in the
line's accessible name ("Opportunities, 1 need attention"), counted off the GUI thread."""

from __future__ import annotations

from dataclasses import replace
from datetime import date, timedelta

from PySide6.QtGui import QAccessible, QColor
from pytestqt.qtbot import QtBot

from desktop.app.first_paint import first_paint
from desktop.app.queries import Attention
from desktop.app.workspace import Workspace
from desktop.core.opportunity_records import list_summaries, load_opportunity, save_task
from desktop.core.sample import ensure_sample
from desktop.ui import theme
from desktop.ui.main_window import MainWindow
from desktop.ui.sidebar import COUNT_ROLE, badge_text, spoken


def accessible_names(window: MainWindow) -> list[str]:
    """What a screen reader hears for each line of the sidebar."""
    interface = QAccessible.queryAccessibleInterface(window.sidebar)
    assert interface is not None
    return [interface.child(row).text(QAccessible.Text.Name)
            for row in range(interface.childCount())]


def test_badges_count_what_waits_and_say_it_in_words(qtbot: QtBot,
                                                      sample_window: MainWindow) -> None:
    window = sample_window
    qtbot.waitUntil(lambda: window.sidebar.count_on("opportunities") == 1, timeout=5000)
    unanswered = window.sidebar.count_on("questionnaire")
    assert unanswered > 0
    names = accessible_names(window)
    assert "Opportunities, 1 need attention" in names
    assert f"Selection questionnaire, {unanswered} need attention" in names
    assert "Partners" in names  # nothing waits there: its name alone
    assert window.sidebar.count_on("evidence") == 0  # the sample has no documents

    # The overdue task is done: the badge goes at the next change of page.
    database, organisation = window.workspace.database, window.organisation  # type: ignore
    for summary in list_summaries(database, organisation.id):  # type: ignore[union-attr]
        for task in load_opportunity(database, summary.id).tasks:
            if task.overdue(date.today()):
                save_task(database, summary.id, replace(task, done=True))
    window.go_to("partners")
    qtbot.waitUntil(lambda: window.sidebar.count_on("opportunities") == 0, timeout=5000)
    assert "Opportunities" in accessible_names(window)


def test_a_badge_is_painted_in_its_colours_with_its_number(qtbot: QtBot,
                                                            window: MainWindow) -> None:
    window.sidebar.show_counts(Attention(evidence=2))
    row = next(r for r in range(window.sidebar.count())
               if window.sidebar.item(r).data(COUNT_ROLE))
    item = window.sidebar.item(row)
    assert item.toolTip() == "Evidence library, 2 need attention"
    rect = window.sidebar.visualItemRect(item)
    image = window.sidebar.viewport().grab(rect).toImage()
    ground = theme.badge_colours()[1]

    def near(colour: QColor) -> bool:
        return max(abs(colour.red() - ground.red()), abs(colour.green() - ground.green()),
                   abs(colour.blue() - ground.blue())) < 12

    badge = [x for x in range(image.width()) if near(QColor(image.pixel(x, image.height() // 2)))]
    assert len(badge) > 10 and min(badge) > image.width() // 2  # at the right end of the line


def test_large_counts_are_shortened_and_none_is_silent() -> None:
    assert badge_text(7) == "7" and badge_text(250) == "99+"
    assert spoken("Partners", 0) == "Partners"
    assert spoken("Evidence library", 3) == "Evidence library, 3 need attention"


def test_the_sidebar_counts_come_from_the_attention_query(workspace: Workspace) -> None:
    from desktop.app.queries import attention
    from desktop.core.qualification import qualification_forms

    organisation = ensure_sample(workspace.database)
    catalogue = first_paint(workspace).catalogue
    forms = qualification_forms(catalogue)
    found = attention(workspace.database, organisation.id, forms, catalogue.framework.code,
                      workspace.evidence_folder,
                      date.today())
    assert found.overdue_tasks == 1 and found.evidence == 0
    assert found.on_page("profile") >= 0 and found.on_page("questionnaire") > 0
    later = attention(workspace.database, organisation.id, forms, catalogue.framework.code,
                      workspace.evidence_folder,
                      date.today() - timedelta(days=400))
    assert later.overdue_tasks == 0  # a year ago nothing was late yet


def test_room_for_a_badge_is_kept_on_the_lines_that_can_have_one() -> None:
    from desktop.ui.sidebar import BADGED

    assert set(Attention.PAGES) == BADGED
