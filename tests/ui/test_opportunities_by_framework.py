"""Each opportunity belongs to a framework: the Opportunities page and the dashboard's pipeline
and deadlines show the chosen framework's, and switching back shows the others again."""

from __future__ import annotations

from datetime import date, timedelta

from pytestqt.qtbot import QtBot

from desktop.core.opportunity_records import list_summaries
from desktop.ui.main_window import MainWindow
from desktop.ui.pages.opportunities import OpportunitiesPage
from tests.packs import CAS, PSDF
from tests.ui.dashboard_helpers import shown_dashboard
from tests.ui.test_opportunities_page import create, opened


def opportunities_page(qtbot: QtBot, window: MainWindow) -> OpportunitiesPage:
    page = opened(qtbot, window)
    page.table.setFocus()  # where a bid lead starts: Ctrl+N from the list
    qtbot.waitUntil(page.table.hasFocus, timeout=2000)
    return page


def listed(page: OpportunitiesPage) -> list[str]:
    return [str(page.model.index(row, 0).data()) for row in range(page.model.rowCount())]


def by_framework(window: MainWindow) -> dict[str, list[str]]:
    assert window.workspace is not None and window.organisation is not None
    return {code: [s.title for s in list_summaries(window.workspace.database,
                                                   window.organisation.id,
                                                   framework_code=code)] for code in (PSDF, CAS)}


def pipeline_and_deadlines(qtbot: QtBot, window: MainWindow) -> tuple[list[str], list[str]]:
    dashboard = shown_dashboard(qtbot, window)
    return ([link.accessibleName() for link in dashboard.links(dashboard.pipeline)],
            [link.accessibleName() for link in dashboard.links(dashboard.deadlines)])


def test_a_new_opportunity_belongs_to_the_framework_worked_on(
        qtbot: QtBot, window: MainWindow) -> None:
    assert window.workspace is not None and window.workspace.framework_code == PSDF
    soon = date.today() + timedelta(days=2)
    create(qtbot, opportunities_page(qtbot, window), "Probation Wales & <b>", soon)
    window.choose_framework(CAS)
    page = opportunities_page(qtbot, window)
    assert listed(page) == []  # the PSDF's is not shown under CAS
    pipeline, deadlines = pipeline_and_deadlines(qtbot, window)
    assert "Identified: 1" not in pipeline and not any("Probation" in d for d in deadlines)
    create(qtbot, opportunities_page(qtbot, window), "Llety & <Cymru>", soon)
    assert by_framework(window) == {PSDF: ["Probation Wales & <b>"], CAS: ["Llety & <Cymru>"]}
    pipeline, deadlines = pipeline_and_deadlines(qtbot, window)
    assert "Identified: 1" in pipeline
    assert any("Llety & <Cymru>" in d for d in deadlines)
    assert not any("Probation" in d for d in deadlines)

    window.choose_framework(PSDF)  # back again: nothing was lost, nothing moved
    assert listed(opportunities_page(qtbot, window)) == ["Probation Wales & <b>"]
    pipeline, deadlines = pipeline_and_deadlines(qtbot, window)
    assert "Identified: 1" in pipeline and not any("Llety" in d for d in deadlines)
    assert by_framework(window) == {PSDF: ["Probation Wales & <b>"], CAS: ["Llety & <Cymru>"]}
    assert window.organisation is not None
    assert len(list_summaries(window.workspace.database, window.organisation.id)) == 2


def test_the_sample_keeps_its_act_opportunity_under_cas(
        qtbot: QtBot, sample_window: MainWindow) -> None:
    window = sample_window
    page = opportunities_page(qtbot, window)
    assert listed(page) == ["Accommodation Services for Wales",
                            "Women's Services for Gwent: grant round"]
    window.choose_framework(CAS)
    page = opportunities_page(qtbot, window)
    assert listed(page) == ["Community Accommodation Services: Accommodation and Support "
                            "(sample)"]
    window.choose_framework(PSDF)
    assert len(listed(opportunities_page(qtbot, window))) == 2
