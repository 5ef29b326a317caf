"""Cash flow against a hand-worked example: mobilisation, payment in arrears, the lowest point."""

from __future__ import annotations

from dataclasses import replace

from desktop.core.costing import CostingInputs, CostKind, CostLine, Vat, calculate
from desktop.core.costing_cashflow import cash_flow, months_late
from desktop.core.costing_rates import current_rates

# A 3-month contract: running costs £1,200 a year (£100 a month), £500 of mobilisation in
# month 0, a price of £600 (£200 a month) paid 30 days after each month's end:
#   month  out    in     balance
#   0      £500   —      −£500
#   1      £100   —      −£600   ← lowest: the charity carries £600
#   2      £100   £200   −£500
#   3      £100   £200   −£400
#   4      —      £200   −£200   (the price is £200 below full cost of £800)
INPUTS = CostingInputs(
    3,
    lines=(CostLine(CostKind.PREMISES, "Rooms", 120_000, Vat.EXEMPT),
           CostLine(CostKind.TRAINING, "Induction", 50_000, Vat.EXEMPT, one_off=True,
                    start_month=0)),
    price=60_000, arrears_days=30)


def test_the_hand_worked_cash_flow() -> None:
    flow = cash_flow(INPUTS, calculate(INPUTS, current_rates()), free_reserves=50_000)
    assert [(m.month, m.out, m.income, m.balance) for m in flow.months] == [
        (0, 50_000, 0, -50_000), (1, 10_000, 0, -60_000), (2, 10_000, 20_000, -50_000),
        (3, 10_000, 20_000, -40_000), (4, 0, 20_000, -20_000)]
    assert flow.lowest.month == 1 and flow.needed == 60_000
    assert flow.covered is False
    assert "month 1" in flow.warnings[0] and "£600" in flow.warnings[0]
    assert "£500" in flow.warnings[0]


def test_reserves_that_cover_the_low_point_give_no_warning() -> None:
    flow = cash_flow(INPUTS, calculate(INPUTS, current_rates()), free_reserves=60_000)
    assert flow.covered is True and flow.warnings == ()


def test_unknown_reserves_say_where_to_add_them() -> None:
    flow = cash_flow(INPUTS, calculate(INPUTS, current_rates()), free_reserves=None)
    assert flow.covered is None and "organisation profile" in flow.warnings[0]


def test_arrears_move_the_income_later() -> None:
    assert [months_late(days) for days in (0, 1, 30, 31, 60, 90)] == [0, 1, 1, 2, 2, 3]
    prompt = replace(INPUTS, arrears_days=0)
    flow = cash_flow(prompt, calculate(prompt, current_rates()), free_reserves=None)
    assert [m.income for m in flow.months] == [0, 20_000, 20_000, 20_000]
    assert flow.needed == 50_000  # mobilisation alone
    late = replace(INPUTS, arrears_days=60)
    flow = cash_flow(late, calculate(late, current_rates()), free_reserves=None)
    assert flow.needed == 70_000 and flow.months[-1].month == 5


def test_a_contract_that_pays_its_way_needs_nothing() -> None:
    paid = CostingInputs(2, price=1_000, arrears_days=0)
    flow = cash_flow(paid, calculate(paid, current_rates()), free_reserves=0)
    assert flow.needed == 0 and flow.covered is True
