"""Partners and supply-chain rules: exclusivity flagged, key subcontractor changes need
permission once a bid is in, partners on bids are never deleted silently, yearly figures."""

from __future__ import annotations

from datetime import date

import pytest

from desktop.app.workspace import Workspace
from desktop.core.opportunities import OpportunityInfo, Status
from desktop.core.opportunity_records import move, record_decision, save_opportunity
from desktop.core.organisation import OrganisationInfo
from desktop.core.supply_chain import (
    BidPartnerInfo,
    PartnerInfo,
    PartnerYearInfo,
    Role,
    SupplyChainError,
    chain_warnings,
)
from desktop.core.supply_chain_records import (
    bid_partners,
    bids_naming,
    delete_partner,
    list_partners,
    name_on_bid,
    partner_years,
    record_permission,
    save_partner,
    save_year,
    take_off_bid,
)


@pytest.fixture
def bid(workspace: Workspace, organisation: OrganisationInfo) -> int:
    return save_opportunity(workspace.database, organisation.id,
                            OpportunityInfo(None, "Accommodation Services for Wales")).id or 0


def submit(workspace: Workspace, opportunity_id: int) -> None:
    from datetime import UTC, datetime

    move(workspace.database, opportunity_id, Status.DECIDING)
    record_decision(workspace.database, opportunity_id, "bid", "Megan", "", {},
                    datetime(2026, 11, 25, tzinfo=UTC))
    move(workspace.database, opportunity_id, Status.WRITING)
    from tests.core.test_submission import log_submission

    log_submission(workspace.database, workspace.evidence_folder, opportunity_id)
    move(workspace.database, opportunity_id, Status.SUBMITTED)


def test_partners_are_checked_and_listed(workspace: Workspace, organisation: OrganisationInfo,
                                         hostile_texts: list[str]) -> None:
    db = workspace.database
    with pytest.raises(SupplyChainError, match="partner organisation's name"):
        save_partner(db, organisation.id, PartnerInfo(None, " "))
    with pytest.raises(SupplyChainError, match="charity number"):
        save_partner(db, organisation.id, PartnerInfo(None, "Tenovus", charity_number="12"))
    save_partner(db, organisation.id, PartnerInfo(None, hostile_texts[1], "sc 012345",
                                                  notes=hostile_texts[-1]))
    [partner] = list_partners(db, organisation.id)
    assert partner.name == hostile_texts[1].strip() and partner.charity_number == "SC012345"
    assert partner.notes == hostile_texts[-1]


def test_roles_shares_and_exclusivity(workspace: Workspace, organisation: OrganisationInfo,
                                      bid: int) -> None:
    db = workspace.database
    first = save_partner(db, organisation.id, PartnerInfo(None, "Tenovus Housing")).id or 0
    second = save_partner(db, organisation.id, PartnerInfo(None, "Cymru Works")).id or 0
    name_on_bid(db, bid, BidPartnerInfo(None, first, "", Role.KEY_SUBCONTRACTOR, 60,
                                        "Housing in North Wales", exclusivity=True))
    name_on_bid(db, bid, BidPartnerInfo(None, second, "", Role.SUBCONTRACTOR, 50))
    chain = bid_partners(db, bid)
    assert [(p.partner_name, p.role) for p in chain] == [
        ("Tenovus Housing", Role.KEY_SUBCONTRACTOR), ("Cymru Works", Role.SUBCONTRACTOR)]
    assert chain_warnings(chain) == [
        "Tenovus Housing: the framework does not allow a lead to require a subcontractor to "
        "work only with it (exclusivity).",
        "The partners' shares add up to 110%, more than 100%."]
    with pytest.raises(SupplyChainError, match="percentage from 0 to 100"):
        name_on_bid(db, bid, BidPartnerInfo(None, second, "", Role.SUBCONTRACTOR, 150))


def test_a_key_subcontractor_on_a_submitted_bid_needs_permission_to_go(
        workspace: Workspace, organisation: OrganisationInfo, bid: int) -> None:
    db = workspace.database
    partner = save_partner(db, organisation.id, PartnerInfo(None, "Tenovus Housing")).id or 0
    entry = name_on_bid(db, bid, BidPartnerInfo(None, partner, "", Role.KEY_SUBCONTRACTOR)).id
    assert entry is not None
    submit(workspace, bid)
    with pytest.raises(SupplyChainError, match="needs the buyer's permission"):
        take_off_bid(db, bid, partner)
    with pytest.raises(SupplyChainError, match="needs the buyer's permission"):
        name_on_bid(db, bid, BidPartnerInfo(None, partner, "", Role.SUBCONTRACTOR))
    with pytest.raises(SupplyChainError, match="buyer's reference"):
        record_permission(db, entry, "terminate", date(2026, 11, 20), " ")
    record_permission(db, entry, "terminate", date(2026, 11, 20), "PSDF/CHG/0042")
    take_off_bid(db, bid, partner)
    assert bid_partners(db, bid) == []


def test_a_partner_on_a_bid_is_deleted_only_when_asked_to_leave_the_bids(
        workspace: Workspace, organisation: OrganisationInfo, bid: int) -> None:
    db = workspace.database
    partner = save_partner(db, organisation.id, PartnerInfo(None, "Cymru Works")).id or 0
    name_on_bid(db, bid, BidPartnerInfo(None, partner, "", Role.SUBCONTRACTOR))
    assert bids_naming(db, partner) == ["Accommodation Services for Wales"]
    with pytest.raises(SupplyChainError, match="named on 1 bid"):
        delete_partner(db, partner, remove_from_bids=False)
    assert len(list_partners(db, organisation.id)) == 1
    delete_partner(db, partner, remove_from_bids=True)
    assert list_partners(db, organisation.id) == [] and bid_partners(db, bid) == []


def test_yearly_figures_for_the_report(workspace: Workspace,
                                       organisation: OrganisationInfo) -> None:
    db = workspace.database
    partner = save_partner(db, organisation.id, PartnerInfo(None, "Cymru Works")).id or 0
    save_year(db, PartnerYearInfo(partner, 2026, "Employment support", 4_500_000,
                                  date(2026, 4, 1)))
    save_year(db, PartnerYearInfo(partner, 2026, "Employment support", 5_000_000,
                                  date(2026, 4, 1)))
    assert partner_years(db, partner) == [PartnerYearInfo(partner, 2026, "Employment support",
                                                          5_000_000, date(2026, 4, 1), None, 2)]
    with pytest.raises(SupplyChainError, match="four digits"):
        save_year(db, PartnerYearInfo(partner, 26))
    with pytest.raises(SupplyChainError, match="end date is before"):
        save_year(db, PartnerYearInfo(partner, 2026, started_on=date(2026, 5, 1),
                                      ended_on=date(2026, 4, 1)))
