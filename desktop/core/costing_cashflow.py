"""Cash flow of a costed contract, month by month: money goes out as it is spent (mobilisation
first), and comes in when the buyer pays each month's invoice, in arrears. The lowest point of
the running balance is what the charity must carry from its free reserves."""

from __future__ import annotations

import math
from dataclasses import dataclass

from desktop.core.costing import CostingInputs, CostingResult
from desktop.i18n import pounds, tr

DAYS_IN_MONTH = 30  # "30 days after the month's end" is paid in the next month


@dataclass(frozen=True, slots=True)
class MonthCash:
    month: int  # 0: mobilisation, before the contract starts
    out: int  # pence spent
    income: int  # pence received
    balance: int  # running total since mobilisation: income less spending


@dataclass(frozen=True, slots=True)
class CashFlow:
    months: tuple[MonthCash, ...]
    free_reserves: int | None

    @property
    def lowest(self) -> MonthCash:
        """The month the balance is lowest (the earliest, if several)."""
        return min(self.months, key=lambda month: (month.balance, month.month))

    @property
    def needed(self) -> int:
        """What the charity must put in from its reserves at the lowest point (0 if none)."""
        return max(0, -self.lowest.balance)

    @property
    def covered(self) -> bool | None:
        """Whether the free reserves cover the lowest point; None when they are not known."""
        return None if self.free_reserves is None else self.free_reserves >= self.needed

    @property
    def warnings(self) -> tuple[str, ...]:
        if self.free_reserves is None:
            return (tr("Add your free reserves to the organisation profile to check the cash "
                       "flow against them."),)
        if not self.covered:
            return (tr("At its lowest (month {month}) the contract needs {needed}, more than "
                       "your free reserves of {reserves}.").format(
                month=self.lowest.month, needed=pounds(self.needed),
                reserves=pounds(self.free_reserves)),)
        return ()


def months_late(arrears_days: int) -> int:
    """How many months after a month's invoice the money arrives (30 days: the next month)."""
    return max(0, math.ceil(arrears_days / DAYS_IN_MONTH))


def cash_flow(inputs: CostingInputs, result: CostingResult,
              free_reserves: int | None) -> CashFlow:
    late = months_late(inputs.arrears_days)
    income = {month + late: pence for month, pence in result.monthly_price.items()}
    last = max([*result.monthly_costs, *income, 0])
    balance = 0
    months = []
    for month in range(0, last + 1):
        out, received = result.monthly_costs.get(month, 0), income.get(month, 0)
        balance += received - out
        months.append(MonthCash(month, out, received, balance))
    return CashFlow(tuple(months), free_reserves)
