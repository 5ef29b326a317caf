"""Partners page and each bid's supply chain, as a bid lead would use them."""

from __future__ import annotations

from datetime import UTC, datetime
from typing import Any

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from desktop.core.opportunities import OpportunityInfo, Status
from desktop.core.opportunity_records import move, record_decision, save_opportunity
from desktop.core.supply_chain import PartnerInfo
from desktop.core.supply_chain_records import (
    bid_partners,
    list_partners,
    partner_years,
    save_partner,
)
from desktop.ui.main_window import MainWindow
from desktop.ui.pages.opportunities import OpportunitiesPage
from desktop.ui.pages.partners import PartnersPage


@pytest.fixture
def partners(qtbot: QtBot, window: MainWindow) -> PartnersPage:
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow, timeout=2000)
    window.go_to("partners")
    page = window.pages["partners"]
    assert isinstance(page, PartnersPage)
    return page


def database(window: MainWindow) -> Any:
    assert window.workspace is not None
    return window.workspace.database


def test_a_partner_added_by_keyboard_with_a_year_of_figures(
        qtbot: QtBot, window: MainWindow, partners: PartnersPage) -> None:
    qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_N, Qt.KeyboardModifier.ControlModifier)
    qtbot.waitUntil(lambda: QApplication.focusWidget() is partners.name_edit, timeout=2000)
    qtbot.keyClicks(partners.name_edit, "Tenovus Housing <Cymru>")
    qtbot.keyClick(partners.name_edit, Qt.Key.Key_Tab)
    assert [p.name for p in list_partners(database(window), window.organisation.id)] == [
        "Tenovus Housing <Cymru>"]
    qtbot.keyClicks(partners.charity, "12")
    qtbot.keyClick(partners.charity, Qt.Key.Key_Tab)
    assert "does not look like a charity number" in partners.problem.text()
    partners.charity.setText("1123456")
    partners.charity.textEdited.emit("1123456")
    partners.flush_edits()
    assert not partners.problem.isVisible()
    partners.categories.item(0).setCheckState(Qt.CheckState.Checked)  # Accommodation
    [saved] = list_partners(database(window), window.organisation.id)
    assert saved.categories == ("ACC",) and saved.charity_number == "1123456"
    for edit, text in ((partners.year, "2026"), (partners.year_services, "Housing support"),
                       (partners.spend, "45,000"), (partners.started, "01/04/2026")):
        qtbot.keyClicks(edit, text)
    # no year yet: the card says what to do first, not a blank list
    assert partners.no_years.isVisibleTo(partners) and not partners.years.isVisibleTo(partners)
    partners.year_button.click()
    assert partners.years.item(0).text() == "2026: £45,000 — Housing support"
    assert partners.years.isVisibleTo(partners) and not partners.no_years.isVisibleTo(partners)
    [year] = partner_years(database(window), partners.current.id)
    assert year.spend == 4_500_000


def test_deleting_a_partner_on_a_bid_names_the_bids_first(
        qtbot: QtBot, window: MainWindow, partners: PartnersPage,
        recorded_dialogs: Any) -> None:
    db, organisation = database(window), window.organisation.id
    partner = save_partner(db, organisation, PartnerInfo(None, "Cymru Works")).id or 0
    bid = save_opportunity(db, organisation, OpportunityInfo(None, "ETE Wales")).id or 0
    from desktop.core.supply_chain import BidPartnerInfo, Role
    from desktop.core.supply_chain_records import name_on_bid

    name_on_bid(db, bid, BidPartnerInfo(None, partner, "", Role.SUBCONTRACTOR))
    partners.reload(partner)
    assert partners.named_on.text() == "Named on: ETE Wales"
    recorded_dialogs.answer = False
    partners.delete_button.click()
    assert recorded_dialogs.shown[-1][2] == ("Cymru Works is named on: ETE Wales. Take it off "
                                             "those bids and delete it?")
    assert len(list_partners(db, organisation)) == 1
    recorded_dialogs.answer = True
    partners.delete_button.click()
    assert list_partners(db, organisation) == [] and bid_partners(db, bid) == []


def test_a_bids_supply_chain_and_the_permission_rule(qtbot: QtBot, window: MainWindow) -> None:
    db, organisation = database(window), window.organisation.id
    partner = save_partner(db, organisation, PartnerInfo(None, "Tenovus Housing")).id or 0
    bid = save_opportunity(db, organisation, OpportunityInfo(None, "Accommodation Wales")).id or 0
    window.go_to("opportunities")
    page = window.pages["opportunities"]
    assert isinstance(page, OpportunitiesPage)
    page.open_item(bid)
    box = page.editor.partners
    box.partner.setCurrentIndex(box.partner.findData(partner))
    box.role.setCurrentIndex(box.role.findData("key-subcontractor"))
    box.share.setText("40")
    box.exclusive.setChecked(True)
    box.add_button.click()
    assert box.list.item(0).text() == "Tenovus Housing: Key subcontractor, 40%"
    assert "does not allow a lead to require a subcontractor" in box.warning.text()
    move(db, bid, Status.DECIDING)
    record_decision(db, bid, "bid", "Megan", "", {}, datetime(2026, 11, 25, tzinfo=UTC))
    move(db, bid, Status.WRITING)
    from tests.core.test_submission import log_submission

    assert window.workspace is not None
    log_submission(db, window.workspace.evidence_folder, bid)
    move(db, bid, Status.SUBMITTED)
    page.open_item(bid)
    box.partner.setCurrentIndex(box.partner.findData(partner))
    box.remove_button.click()
    assert "needs the buyer's permission" in box.problem.text()
    box.permitted_on.setText("20/11/2026")
    box.permission_reference.setText("PSDF/CHG/0042")
    box.permission_button.click()
    box.remove_button.click()
    assert bid_partners(db, bid) == [] and box.list.count() == 0
