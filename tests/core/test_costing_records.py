"""Saving and reading a costing: every line and figure back exactly, hostile text, conflicts."""

from __future__ import annotations

from dataclasses import replace
from decimal import Decimal

import pytest

from desktop.app.workspace import Workspace
from desktop.core.answer_records import save_answer
from desktop.core.conflicts import RecordConflict
from desktop.core.costing import (
    Apportionment,
    CostingInputs,
    CostKind,
    CostLine,
    Overheads,
    StaffLine,
    Vat,
)
from desktop.core.costing_records import free_reserves, load_costing, save_costing
from desktop.core.opportunities import OpportunityInfo
from desktop.core.opportunity_records import save_opportunity
from desktop.core.organisation import OrganisationInfo
from desktop.core.qualification import PROFILE


def _opportunity(workspace: Workspace, organisation: OrganisationInfo,
                 value: int | None = 11_500_000) -> int:
    info = OpportunityInfo(None, "Accommodation", "ACC-1", "D", value=value, length_months=24)
    return save_opportunity(workspace.database, organisation.id, info).id or 0


def test_a_new_costing_starts_from_the_opportunity(workspace: Workspace,
                                                   organisation: OrganisationInfo) -> None:
    costing = load_costing(workspace.database, _opportunity(workspace, organisation))
    assert costing.id is None and costing.version == 0
    assert costing.inputs.length_months == 24 and costing.inputs.value == 11_500_000
    assert costing.inputs.staff == () and costing.inputs.lines == ()


def test_everything_comes_back_exactly(workspace: Workspace, organisation: OrganisationInfo,
                                       hostile_texts: list[str]) -> None:
    db = workspace.database
    opportunity = _opportunity(workspace, organisation)
    inputs = CostingInputs(
        24,
        staff=tuple(StaffLine(text, 2_345_678, Decimal("0.1"), Decimal("5.5"), 0,
                              Decimal("2.25")) for text in hostile_texts),
        lines=tuple(CostLine(CostKind.TRAVEL, text, 1_234, Vat.REDUCED, True, 3,
                             Decimal("1.5")) for text in hostile_texts),
        overheads=Overheads(5_000_000, Apportionment.FLOOR_SPACE, Decimal("210.5"),
                            Decimal("12.25")),
        price=12_000_000, value=11_500_000, units_per_year=40,
        unit_label=hostile_texts[0], vat_recoverable=True, pays_levy=True, arrears_days=45)
    saved = save_costing(db, replace(load_costing(db, opportunity), inputs=inputs))
    assert saved.id and saved.version == 1
    again = load_costing(db, opportunity)
    assert again.inputs == inputs and again.version == 1


def test_a_stale_save_is_refused_and_writes_nothing(workspace: Workspace,
                                                    organisation: OrganisationInfo) -> None:
    db = workspace.database
    opportunity = _opportunity(workspace, organisation)
    first = save_costing(db, load_costing(db, opportunity))
    mine = replace(first, inputs=replace(first.inputs, price=1))
    theirs = save_costing(db, replace(first, inputs=replace(first.inputs, price=2)))
    with pytest.raises(RecordConflict) as raised:
        save_costing(db, mine)
    assert raised.value.theirs.inputs.price == 2
    assert load_costing(db, opportunity) == theirs


def test_two_new_costings_at_once_are_a_conflict(workspace: Workspace,
                                                 organisation: OrganisationInfo) -> None:
    db = workspace.database
    opportunity = _opportunity(workspace, organisation)
    blank = load_costing(db, opportunity)
    save_costing(db, blank)
    with pytest.raises(RecordConflict):
        save_costing(db, blank)


def test_lots_are_costed_separately(workspace: Workspace,
                                    organisation: OrganisationInfo) -> None:
    db = workspace.database
    opportunity = _opportunity(workspace, organisation)
    whole = load_costing(db, opportunity)
    lot = load_costing(db, opportunity, "ACC-D")
    save_costing(db, replace(whole, inputs=replace(whole.inputs, price=1)))
    save_costing(db, replace(lot, inputs=replace(lot.inputs, price=2)))
    assert load_costing(db, opportunity).inputs.price == 1
    assert load_costing(db, opportunity, "ACC-D").inputs.price == 2


def test_no_value_still_loads(workspace: Workspace, organisation: OrganisationInfo) -> None:
    costing = load_costing(workspace.database, _opportunity(workspace, organisation, None))
    assert costing.inputs.value is None


def test_free_reserves_come_from_the_profile(workspace: Workspace,
                                             organisation: OrganisationInfo) -> None:
    db = workspace.database
    assert free_reserves(db, organisation.id) is None
    save_answer(db, organisation.id, PROFILE, "free_reserves", "96,000.50")
    assert free_reserves(db, organisation.id) == 9_600_050
    save_answer(db, organisation.id, PROFILE, "free_reserves", "lots")
    assert free_reserves(db, organisation.id) is None
