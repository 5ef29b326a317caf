"""Saving and reading a costing (one transaction per save, checked against a colleague's).

The staff and cost lines are stored as JSON with the costing; rates and percentages are kept as
text so that 0.1 FTE stays exactly 0.1. The opportunity's value and length come from the
opportunity itself; the charity's free reserves from its profile.
"""

from __future__ import annotations

import json
from dataclasses import dataclass
from decimal import Decimal, InvalidOperation
from typing import Any

from sqlalchemy import select

from desktop.core.conflict_records import checked_transaction, locked_at
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
from desktop.store import models
from desktop.store.engine import Database

FREE_RESERVES = "free_reserves"  # the profile's question
DEFAULT_MONTHS = 12


@dataclass(frozen=True, slots=True)
class SavedCosting:
    """A costing with what it is for; `version` 0 and `id` None until first saved."""

    opportunity_id: int
    inputs: CostingInputs
    lot_code: str = ""
    id: int | None = None
    version: int = 0


class UnreadableCosting(ValueError):
    """The stored lines are not what this version writes (a damaged or foreign row)."""


def _decimal(text: Any) -> Decimal:
    try:
        return Decimal(str(text))
    except InvalidOperation:
        raise UnreadableCosting(str(text)) from None


def _staff_json(line: StaffLine) -> dict[str, Any]:
    return {"role": line.role, "salary": line.salary, "fte": str(line.fte),
            "pension_percent": str(line.pension_percent), "start_month": line.start_month,
            "uplift_percent": str(line.uplift_percent)}


def _line_json(line: CostLine) -> dict[str, Any]:
    return {"kind": line.kind.value, "description": line.description, "amount": line.amount,
            "vat": line.vat.value, "one_off": line.one_off, "start_month": line.start_month,
            "uplift_percent": str(line.uplift_percent)}


def _staff(data: dict[str, Any]) -> StaffLine:
    return StaffLine(str(data["role"]), int(data["salary"]), _decimal(data["fte"]),
                     _decimal(data["pension_percent"]), int(data["start_month"]),
                     _decimal(data["uplift_percent"]))


def _line(data: dict[str, Any]) -> CostLine:
    return CostLine(CostKind(data["kind"]), str(data["description"]), int(data["amount"]),
                    Vat(data["vat"]), bool(data["one_off"]), int(data["start_month"]),
                    _decimal(data["uplift_percent"]))


def _overheads_json(over: Overheads) -> str:
    return json.dumps({"central_costs": over.central_costs, "method": over.method.value,
                       "organisation_basis": str(over.organisation_basis),
                       "contract_floor_space": str(over.contract_floor_space)})


def _overheads(text: str) -> Overheads:
    data = json.loads(text) or {}
    if not data:
        return Overheads()
    return Overheads(int(data["central_costs"]), Apportionment(data["method"]),
                     _decimal(data["organisation_basis"]), _decimal(data["contract_floor_space"]))


def _saved(row: models.Costing, opportunity: models.Opportunity) -> SavedCosting:
    try:
        inputs = CostingInputs(
            length_months=row.length_months,
            staff=tuple(_staff(item) for item in json.loads(row.staff)),
            lines=tuple(_line(item) for item in json.loads(row.lines)),
            overheads=_overheads(row.overheads), price=row.price, value=opportunity.value,
            units_per_year=row.units_per_year, unit_label=row.unit_label,
            vat_recoverable=row.vat_recoverable, pays_levy=row.pays_levy,
            arrears_days=row.arrears_days)
    except (KeyError, TypeError, ValueError) as error:
        raise UnreadableCosting(str(error)) from None
    return SavedCosting(row.opportunity_id, inputs, row.lot_code, row.id, row.version_id)


def _find(session: Any, opportunity_id: int, lot_code: str) -> models.Costing | None:
    return session.scalar(select(models.Costing).where(
        models.Costing.opportunity_id == opportunity_id, models.Costing.lot_code == lot_code))


def load_costing(database: Database, opportunity_id: int, lot_code: str = "") -> SavedCosting:
    """The saved costing, or a new empty one over the opportunity's length and value."""
    with database.sessions() as session:
        opportunity = session.get_one(models.Opportunity, opportunity_id)
        row = _find(session, opportunity_id, lot_code)
        if row is not None:
            return _saved(row, opportunity)
        length = opportunity.length_months or DEFAULT_MONTHS
        return SavedCosting(opportunity_id, CostingInputs(length, value=opportunity.value),
                            lot_code)


def _read(database: Database, costing: SavedCosting) -> SavedCosting | None:
    with database.sessions() as session:
        row = _find(session, costing.opportunity_id, costing.lot_code)
        return _saved(row, session.get_one(models.Opportunity, row.opportunity_id)) \
            if row else None


def save_costing(database: Database, costing: SavedCosting) -> SavedCosting:
    """Save the whole costing; RecordConflict (and nothing written) if a colleague saved first."""
    inputs = costing.inputs
    with checked_transaction(database, lambda: _read(database, costing)) as session:
        opportunity = session.get_one(models.Opportunity, costing.opportunity_id)
        if costing.id is None:
            row = _find(session, costing.opportunity_id, costing.lot_code)
            if row is not None:  # someone made it since this one was read
                raise RecordConflict(_saved(row, opportunity))
            row = models.Costing(opportunity_id=costing.opportunity_id,
                                 lot_code=costing.lot_code)
            session.add(row)
        else:
            row = locked_at(session, models.Costing, costing.id, costing.version,
                            lambda stored: _saved(stored, opportunity))
        row.length_months, row.price = inputs.length_months, inputs.price
        row.units_per_year, row.unit_label = inputs.units_per_year, inputs.unit_label
        row.vat_recoverable, row.pays_levy = inputs.vat_recoverable, inputs.pays_levy
        row.arrears_days = inputs.arrears_days
        row.overheads = _overheads_json(inputs.overheads)
        row.staff = json.dumps([_staff_json(line) for line in inputs.staff], ensure_ascii=False)
        row.lines = json.dumps([_line_json(line) for line in inputs.lines], ensure_ascii=False)
        session.flush()
        return _saved(row, opportunity)


def free_reserves(database: Database, organisation_id: int) -> int | None:
    """The free reserves from the organisation's profile, in pence; None when not given."""
    from desktop.core.answer_records import load_answers
    from desktop.core.qualification import PROFILE

    raw = load_answers(database, organisation_id, PROFILE).get(FREE_RESERVES)
    try:
        return _typed_money(raw) if raw else None
    except UnreadableCosting:
        return None


def _typed_money(text: Any) -> int:
    from desktop.questionnaire.model import Field, FieldType
    from desktop.questionnaire.values import interpret

    result = interpret(Field("amount", "amount", FieldType.MONEY), text)
    if not result.ok or result.value is None:
        raise UnreadableCosting(str(text))
    return int(result.value)


def typed_costing(details: dict[str, Any], length_months: int,
                  value: int | None) -> CostingInputs:
    """A costing written as a person types it (money in pounds, "42,000"): the sample's."""
    over = details.get("overheads", {})
    method = Apportionment(over.get("method", Apportionment.STAFF_TIME.value))
    basis = over.get("organisation_basis", "0")
    return CostingInputs(
        length_months=length_months,
        staff=tuple(StaffLine(s["role"], _typed_money(s["salary"]), _decimal(s["fte"]),
                              _decimal(s["pension_percent"]), int(s.get("start_month", 1)),
                              _decimal(s.get("uplift_percent", "0")))
                    for s in details.get("staff", [])),
        lines=tuple(CostLine(CostKind(c["kind"]), c["description"], _typed_money(c["amount"]),
                             Vat(c.get("vat", "outside")), bool(c.get("one_off", False)),
                             int(c.get("start_month", 1)),
                             _decimal(c.get("uplift_percent", "0")))
                    for c in details.get("lines", [])),
        overheads=Overheads(_typed_money(over.get("central_costs", "0")), method,
                            # direct costs are money, typed in pounds like the rest
                            Decimal(_typed_money(basis)) if method is Apportionment.DIRECT_COSTS
                            else _decimal(basis),
                            _decimal(over.get("contract_floor_space", "0"))),
        price=_typed_money(details["price"]) if details.get("price") else None, value=value,
        units_per_year=int(details.get("units_per_year", 0)),
        unit_label=details.get("unit_label", ""),
        vat_recoverable=bool(details.get("vat_recoverable", False)),
        pays_levy=bool(details.get("pays_levy", False)),
        arrears_days=int(details.get("arrears_days", 30)))
