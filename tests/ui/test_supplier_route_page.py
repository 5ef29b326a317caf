"""Procurement Act: supplier registration, driven as a person would: steps, PPON, the date
confirmed, users and share codes, the warnings, and a read-only database."""

from __future__ import annotations

from datetime import date, timedelta
from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLineEdit
from pytestqt.qtbot import QtBot

from desktop.core.journey import StepStatus
from desktop.core.opportunities import OpportunityInfo
from desktop.core.opportunity_records import save_opportunity
from desktop.core.supplier_route import shipped_route
from desktop.core.supplier_route_records import load_route_state
from desktop.questionnaire.values import typed_date
from desktop.ui import qt_helpers
from desktop.ui.main_window import MainWindow
from desktop.ui.pages.supplier_route import SupplierRoutePage
from tests.packs import CAS, PSDF

ROUTE = shipped_route()


def route_page(window: MainWindow) -> SupplierRoutePage:
    """The page, under a framework of the Procurement Act 2023 (the only regime that has it)."""
    window.choose_framework(CAS)
    window.go_to("supplier-route")
    page = window.pages["supplier-route"]
    assert isinstance(page, SupplierRoutePage)
    return page


def stored(window: MainWindow) -> Any:
    assert window.workspace and window.organisation
    return load_route_state(window.workspace.database, window.organisation.id, ROUTE,
                            date.today())


def type_into(qtbot: QtBot, edit: QLineEdit, text: str) -> None:
    """Typed key by key; Welsh letters and dashes (which the test keyboard lacks) pasted."""
    edit.setFocus()
    edit.selectAll()
    if text.isascii():
        qtbot.keyClicks(edit, text)
    else:
        edit.setText(text)
        edit.textEdited.emit(text)


def test_the_page_lists_the_steps_and_saves_one(qtbot: QtBot, window: MainWindow,
                                                qtmodeltester: Any) -> None:
    page = route_page(window)
    qtmodeltester.check(page.model)
    assert page.model.rowCount() == len(ROUTE.steps)
    assert page.table.accessibleName() == "Registration steps"
    assert page.source_note.text().startswith("Source: ") and "https://" in page.source_note.text()
    assert "Steps done: 0 of" in page.progress.text()
    assert "not recorded when" in page.warnings.text()
    page.status.setCurrentIndex(page.status.findData(StepStatus.DONE.value))
    page.status.activated.emit(page.status.currentIndex())
    assert stored(window).steps[0].status is StepStatus.DONE
    assert "Steps done: 1 of" in page.progress.text()
    assert page.link.isVisible() or page.tabs.currentIndex() == 0
    qtbot.mouseClick(page.link, Qt.MouseButton.LeftButton)


def test_ppon_is_checked_and_kept_as_published(qtbot: QtBot, window: MainWindow) -> None:
    page = route_page(window)
    page.tabs.setCurrentIndex(1)
    type_into(qtbot, page.ppon, "12345")
    assert not page.flush_edits() or page.registration_problem.isVisible()
    assert "PZPR-8554-XHNX" in page.registration_problem.text()
    assert stored(window).registration.ppon == ""
    type_into(qtbot, page.ppon, "gb-ppon-pzpr-8554-xhnx")
    qtbot.keyClick(page.ppon, Qt.Key.Key_Tab)
    assert stored(window).registration.ppon == "PZPR-8554-XHNX"
    assert page.ppon.text() == "PZPR-8554-XHNX"
    assert not page.registration_problem.isVisible()
    assert "PPON: PZPR-8554-XHNX" in page.progress.text()


def test_confirmed_today_clears_the_warning_and_an_old_date_brings_it_back(
        qtbot: QtBot, window: MainWindow) -> None:
    page = route_page(window)
    page.tabs.setCurrentIndex(1)
    qtbot.mouseClick(page.confirmed_today, Qt.MouseButton.LeftButton)
    assert stored(window).registration.confirmed_on == date.today()
    assert not page.warnings.isVisible()
    old = date.today() - timedelta(days=800)
    type_into(qtbot, page.confirmed_on, typed_date(old))
    qtbot.keyClick(page.confirmed_on, Qt.Key.Key_Tab)
    assert stored(window).registration.confirmed_on == old
    assert "months ago" in page.warnings.text()
    type_into(qtbot, page.confirmed_on, "next Tuesday")
    qtbot.keyClick(page.confirmed_on, Qt.Key.Key_Tab)
    assert page.registration_problem.isVisible()
    assert stored(window).registration.confirmed_on == old


def test_users_are_added_checked_and_removed(qtbot: QtBot, window: MainWindow,
                                             qtmodeltester: Any, recorded_dialogs: Any) -> None:
    page = route_page(window)
    page.tabs.setCurrentIndex(1)
    type_into(qtbot, page.user_name, "Siân Jones <b>&</b>")
    type_into(qtbot, page.user_email, "not-an-email")
    qtbot.mouseClick(page.add_user_button, Qt.MouseButton.LeftButton)
    assert "is not an email address" in page.registration_problem.text()
    assert stored(window).registration.users == ()
    type_into(qtbot, page.user_email, "sian@tygwyn.example")
    page.user_role.setCurrentIndex(page.user_role.findData("editor"))
    qtbot.keyClick(page.user_email, Qt.Key.Key_Return)
    [user] = stored(window).registration.users
    assert (user.name, user.role) == ("Siân Jones <b>&</b>", "editor")
    qtmodeltester.check(page.users_model)
    assert page.users_model.data(page.users_model.index(0, 2)) == "Editor"
    assert page.user_name.text() == ""
    page.users.selectRow(0)
    qtbot.mouseClick(page.remove_user_button, Qt.MouseButton.LeftButton)
    assert recorded_dialogs.shown[-1][0] == "confirm"
    assert stored(window).registration.users == ()


def test_share_codes_are_recorded_for_an_opportunity_and_removed(
        qtbot: QtBot, window: MainWindow, qtmodeltester: Any) -> None:
    assert window.workspace and window.organisation
    opportunity = save_opportunity(window.workspace.database, window.organisation.id,
                                   OpportunityInfo(None, "Community Accommodation Services"))
    page = route_page(window)
    page.on_shown()
    page._reload_shares()
    page.tabs.setCurrentIndex(2)
    type_into(qtbot, page.share_code, "bad code!")
    type_into(qtbot, page.share_buyer, "Ministry of Justice")
    qtbot.mouseClick(page.add_share_button, Qt.MouseButton.LeftButton)
    assert "Ab12Cd34" in page.share_problem.text()
    assert stored(window).share_codes == []
    type_into(qtbot, page.share_code, "Xy98Zw76")
    type_into(qtbot, page.share_procurement, "CAS open framework, lot 2 — ŵ")
    page.share_opportunity.setCurrentIndex(page.share_opportunity.findData(opportunity.id))
    qtbot.mouseClick(page.add_share_button, Qt.MouseButton.LeftButton)
    [share] = stored(window).share_codes
    assert (share.code, share.buyer, share.opportunity_id, share.given_on) == (
        "Xy98Zw76", "Ministry of Justice", opportunity.id, date.today())
    qtmodeltester.check(page.shares_model)
    assert page.shares_model.data(page.shares_model.index(0, 3)) == \
        "Community Accommodation Services"
    page.shares.selectRow(0)
    qtbot.mouseClick(page.remove_share_button, Qt.MouseButton.LeftButton)
    assert stored(window).share_codes == []


def test_every_control_has_a_name_and_the_tabs_take_the_keyboard(
        qtbot: QtBot, window: MainWindow) -> None:
    page = route_page(window)
    for widget in (page.ppon, page.confirmed_on, page.confirmed_today, page.user_name,
                   page.user_email, page.user_role, page.add_user_button,
                   page.remove_user_button, page.users, page.share_code, page.share_buyer,
                   page.share_procurement, page.share_opportunity, page.share_given,
                   page.add_share_button, page.remove_share_button, page.shares, page.tabs,
                   page.table, page.status, page.done_on, page.notes):
        assert widget.accessibleName(), widget
        assert widget.focusPolicy() & Qt.FocusPolicy.TabFocus, widget
    page.tabs.setFocus()
    qtbot.keyClick(page.tabs, Qt.Key.Key_Tab, Qt.KeyboardModifier.ControlModifier)
    assert page.tabs.currentIndex() == 1


def test_read_only_boxes_cannot_be_typed_in(qtbot: QtBot, window: MainWindow) -> None:
    page = route_page(window)
    qt_helpers.hold_still(page)
    for box in (page.ppon, page.confirmed_on, page.share_code, page.user_email):
        assert box.isReadOnly()


def test_the_page_is_in_the_sidebar_only_under_the_procurement_act(
        qtbot: QtBot, window: MainWindow) -> None:
    """The regime's data (forms/regimes/) says whether it has a supplier route: PCR 2015 has
    none, so the PSDF shows no Supplier registration page nor Ctrl+R; choosing CAS (the Act)
    brings both, and choosing the PSDF again from the page takes them away, on the dashboard."""
    assert window.workspace is not None and window.workspace.framework_code == PSDF
    assert "supplier-route" not in window.pages
    assert "Ctrl+R" not in [a.shortcut().toString() for a in window.go_menu.actions()]
    page = route_page(window)  # chooses CAS
    assert window.current_page_key() == "supplier-route" and page.isVisible()
    assert "Ctrl+R" in [a.shortcut().toString() for a in window.go_menu.actions()]
    box = window.chooser.box  # the toolbar's chooser, as a click on its list does
    box.activated.emit(box.findData(PSDF))
    assert window.workspace.framework_code == PSDF
    assert "supplier-route" not in window.pages
    assert window.current_page_key() == "dashboard"
    box.activated.emit(box.findData(CAS))
    assert "supplier-route" in window.pages
