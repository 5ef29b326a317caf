"""The window's journey progress is the chosen framework's: over the sample charity (PSDF and
CAS), a step ticked on CAS's portal journey moves CAS's readiness bars and journey page only,
and the PSDF's are as they were when switching back. Under CAS (the Procurement Act) the shared
supplier registration has its own bar; under the PSDF (PCR 2015) it has none."""

from __future__ import annotations

from pytestqt.qtbot import QtBot

from desktop.core.journey import StepStatus
from desktop.ui.main_window import MainWindow
from desktop.ui.pages.dashboard import DashboardPage
from desktop.ui.pages.journey import JourneyPage
from desktop.ui.pages.supplier_route import SupplierRoutePage
from tests.packs import CAS, PSDF
from tests.ui.dashboard_helpers import shown_dashboard


def bars(qtbot: QtBot, window: MainWindow) -> dict[str, int]:
    dashboard: DashboardPage = shown_dashboard(qtbot, window, again=True)
    return {key: bar.value() for key, bar in dashboard.bars.items()}


def journey_page(window: MainWindow) -> JourneyPage:
    window.go_to("journey")
    page = window.pages["journey"]
    assert isinstance(page, JourneyPage)
    return page


def mark_done(page: JourneyPage | SupplierRoutePage, row: int) -> None:
    page.table.setCurrentIndex(page.model.index(row, 0))
    page.status.setCurrentIndex(page.status.findData(StepStatus.DONE.value))
    page.status.activated.emit(page.status.currentIndex())


def test_a_step_ticked_on_cas_leaves_the_psdf_as_it_was(
        qtbot: QtBot, sample_window: MainWindow) -> None:
    window = sample_window
    assert window.workspace is not None and window.workspace.framework_code == PSDF
    psdf = bars(qtbot, window)
    assert psdf["journey"] == 22 and "supplier-route" not in psdf  # 2 of the PSDF's 9 steps
    psdf_text = journey_page(window).readiness.text()
    assert "portal journey 22%" in psdf_text and "supplier registration" not in psdf_text

    window.choose_framework(CAS)
    cas = bars(qtbot, window)
    assert cas["journey"] == 0 and cas["supplier-route"] == 0
    page = journey_page(window)
    assert page.model.rowCount() == 6  # CAS's own steps, none of the PSDF's ticks
    assert all(page.model.index(row, 2).data() == "Not started" for row in range(6))
    mark_done(page, 2)  # CAS's 3rd step: its first own one (1 and 2 are done on the route)
    assert "portal journey 25%" in page.readiness.text()  # 1 of its 4 own steps
    assert "supplier registration 0%" in page.readiness.text()
    assert bars(qtbot, window)["journey"] == 25

    window.choose_framework(PSDF)
    assert bars(qtbot, window) == psdf
    page = journey_page(window)
    assert page.readiness.text() == psdf_text
    assert [page.model.index(row, 2).data() for row in range(3)] == [
        "Done", "Done", "In progress"]

    window.choose_framework(CAS)  # and CAS kept its tick
    assert bars(qtbot, window)["journey"] == 25


def test_the_supplier_registration_moves_the_act_frameworks_bar_only(
        qtbot: QtBot, sample_window: MainWindow) -> None:
    window = sample_window
    psdf = bars(qtbot, window)
    window.choose_framework(CAS)
    window.go_to("supplier-route")
    route = window.pages["supplier-route"]
    assert isinstance(route, SupplierRoutePage)
    mark_done(route, 0)
    after = bars(qtbot, window)
    assert after["supplier-route"] == 10 and after["journey"] == 0  # 1 of the route's 10
    dashboard = shown_dashboard(qtbot, window)
    assert dashboard.bars["supplier-route"].accessibleName() == "Supplier registration: 10 %"
    window.choose_framework(PSDF)
    assert bars(qtbot, window) == psdf


def test_cas_steps_done_on_the_supplier_registration_follow_it(
        qtbot: QtBot, sample_window: MainWindow) -> None:
    """CAS's steps 1 and 2 are the supplier registration's work: they cannot be ticked on the
    journey, say where they are done, open that page, and follow its ticks; the journey's
    figure does not move with them (they count in the route's)."""
    window = sample_window
    window.choose_framework(CAS)
    page = journey_page(window)
    page.table.setCurrentIndex(page.model.index(0, 0))
    assert page.route_note.isVisible() and page.route_button.isVisible()
    assert page.route_note.text().startswith("Do this on Supplier registration")
    assert not page.status.isEnabled() and not page.done_on.isEnabled()
    assert page.route_button.accessibleName() == "Open Supplier registration"
    page.table.setCurrentIndex(page.model.index(2, 0))  # its own step: ticked here
    assert not page.route_note.isVisible() and page.status.isEnabled()

    page.table.setCurrentIndex(page.model.index(0, 0))
    page.route_button.click()
    assert window.current_page_key() == "supplier-route"
    route = window.pages["supplier-route"]
    assert isinstance(route, SupplierRoutePage)
    codes = [state.step.code for state in route.steps]
    for code in ("account", "organisation", "users", "ppon"):
        mark_done(route, codes.index(code))
    page = journey_page(window)
    assert page.model.index(0, 2).data() == "Done"
    assert page.model.index(1, 2).data() == "Not started"
    page.table.setCurrentIndex(page.model.index(0, 0))
    assert page.route_note.text().startswith("Done on Supplier registration")
    assert "portal journey 0%" in page.readiness.text()
    assert "supplier registration 40%" in page.readiness.text()
    assert bars(qtbot, window)["journey"] == 0
