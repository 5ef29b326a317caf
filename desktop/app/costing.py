"""One opportunity's costing as everyone shows it: the Costing page, `framework-ready costing
show`, the costing spreadsheet and the trustees' paper all gather it here, so their figures can
never disagree."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from desktop.core.board import BoardReview, RiskKind, load_risk_kinds
from desktop.core.board_records import charity_objects, load_review
from desktop.core.costing import CostingResult, Flag, calculate, check_inputs
from desktop.core.costing_cashflow import CashFlow, cash_flow
from desktop.core.costing_rates import Rates, current_rates
from desktop.core.costing_records import SavedCosting, free_reserves, load_costing
from desktop.core.opportunities import OpportunityInfo
from desktop.core.opportunity_records import load_opportunity
from desktop.store.engine import Database


@dataclass(frozen=True, slots=True)
class CostingView:
    opportunity: OpportunityInfo
    costing: SavedCosting
    rates: Rates
    result: CostingResult
    flow: CashFlow
    flags: tuple[Flag, ...]
    review: BoardReview
    risk_kinds: tuple[RiskKind, ...]
    objects: str  # the charity's objects, from its profile

    @property
    def reserves(self) -> int | None:
        return self.flow.free_reserves


def costing_view(database: Database, organisation_id: int, opportunity_id: int) -> CostingView:
    """Everything about one opportunity's costing, worked out from what is saved now."""
    rates = current_rates()
    costing = load_costing(database, opportunity_id)
    result = calculate(costing.inputs, rates)
    flow = cash_flow(costing.inputs, result, free_reserves(database, organisation_id))
    return CostingView(load_opportunity(database, opportunity_id), costing, rates, result,
                       flow, tuple(check_inputs(costing.inputs, rates)),
                       load_review(database, opportunity_id), load_risk_kinds(),
                       charity_objects(database, organisation_id))


def as_json(view: CostingView) -> dict[str, Any]:
    """The costing as plain data for scripts (money in pence, as integers)."""
    inputs, result, flow = view.costing.inputs, view.result, view.flow
    decision = view.review.decision
    return {
        "opportunity": {"id": view.opportunity.id, "title": view.opportunity.title,
                        "buyer_reference": view.opportunity.buyer_reference,
                        "value_pence": inputs.value, "length_months": inputs.length_months},
        "full_cost_pence": result.full_cost, "direct_pence": result.direct,
        "overheads_pence": result.overheads, "price_pence": result.price,
        "margin_pence": result.margin, "below_full_cost": result.below_full_cost,
        "price_per_unit_pence": result.price_per_unit, "unit": inputs.unit_label,
        "years": [{"year": y.year, "months": y.months, "salaries_pence": y.salaries,
                   "employer_ni_pence": y.employer_ni, "pension_pence": y.pension,
                   "levy_pence": y.levy, "staff_pence": y.staff,
                   "non_staff_pence": y.non_staff, "vat_pence": y.vat,
                   "overheads_pence": y.overheads, "full_cost_pence": y.full_cost,
                   "price_pence": y.price} for y in result.years],
        "cash_flow": {"lowest_month": flow.lowest.month,
                      "lowest_balance_pence": flow.lowest.balance,
                      "needed_pence": flow.needed, "free_reserves_pence": flow.free_reserves,
                      "covered": flow.covered,
                      "months": [{"month": m.month, "out_pence": m.out,
                                  "income_pence": m.income, "balance_pence": m.balance}
                                 for m in flow.months]},
        "warnings": [*result.warnings, *flow.warnings],
        "flags": [{"where": flag.where, "message": flag.message} for flag in view.flags],
        "notes": list(result.notes),
        "risks": [{"code": kind.code, "risk": kind.label,
                   "level": view.review.view(kind.code).level.value,
                   "view": view.review.view(kind.code).note} for kind in view.risk_kinds],
        "tupe": {"staff": view.review.tupe_staff, "cost_pence": view.review.tupe_cost,
                 "pension": view.review.tupe_pension},
        "board_decision": None if not decision.recorded else {
            "decision": decision.decision.value,
            "met_on": decision.met_on.isoformat() if decision.met_on else None,
            "meeting": decision.meeting, "minute": decision.minute,
            "conditions": decision.conditions},
        "rates": {"year": view.rates.year,
                  "sources": [{"label": s.label, "source": s.source, "url": s.url}
                              for s in view.rates.sources]},
    }
