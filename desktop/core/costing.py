"""Full-cost-recovery costing of a bid: staff with on-costs, other costs with VAT, a fair share
of the charity's central costs, and the price against full cost and the opportunity's value.

Plain arithmetic, no database. Money is integer pence; each line's cost for a contract year is
worked out exactly (Decimal) and rounded to the penny once, half up, and totals are sums of those
rounded figures, so a finance volunteer adding the lines by hand gets the same totals. Rates
(employer NI, pension minimum, levy, VAT) come from `costing_rates`, never from this module.

Months are numbered from 1, the contract's first month; month 0 is mobilisation, the month
before the contract starts, and counts towards year 1.
"""

from __future__ import annotations

import math
from collections import defaultdict
from dataclasses import dataclass, replace
from decimal import ROUND_HALF_UP, Decimal
from enum import StrEnum

from desktop.core.costing_rates import Rates
from desktop.i18n import pounds, tr

# What "absurd" means for a figure typed into a costing (flagged, with a reason, not refused).
FTE_LIMIT = Decimal(5)
SALARY_LIMIT = 100_000_000  # £1m a year, in pence
PERCENT_LIMIT = Decimal(100)
MONTHS_LIMIT = 120
MOBILISATION = 0


class Apportionment(StrEnum):
    """How the charity's central costs are shared out to this contract."""

    STAFF_TIME = "staff-time"
    DIRECT_COSTS = "direct-costs"
    FLOOR_SPACE = "floor-space"

    @property
    def label(self) -> str:
        return {Apportionment.STAFF_TIME: tr("Share of staff time"),
                Apportionment.DIRECT_COSTS: tr("Share of direct costs"),
                Apportionment.FLOOR_SPACE: tr("Share of floor space")}[self]


class Vat(StrEnum):
    STANDARD = "standard"
    REDUCED = "reduced"
    ZERO = "zero"
    EXEMPT = "exempt"
    OUTSIDE = "outside"

    @property
    def label(self) -> str:
        return {Vat.STANDARD: tr("Standard rate VAT"), Vat.REDUCED: tr("Reduced rate VAT"),
                Vat.ZERO: tr("Zero rate VAT"), Vat.EXEMPT: tr("Exempt from VAT"),
                Vat.OUTSIDE: tr("Outside the scope of VAT")}[self]


class CostKind(StrEnum):
    PREMISES = "premises"
    TRAVEL = "travel"
    IT = "it"
    VOLUNTEERS = "volunteers"
    TRAINING = "training"
    DBS = "dbs"
    SUBCONTRACTOR = "subcontractor"
    OTHER = "other"

    @property
    def label(self) -> str:
        return {CostKind.PREMISES: tr("Premises"), CostKind.TRAVEL: tr("Travel"),
                CostKind.IT: tr("IT and phones"),
                CostKind.VOLUNTEERS: tr("Volunteers' expenses"),
                CostKind.TRAINING: tr("Training"), CostKind.DBS: tr("DBS checks"),
                CostKind.SUBCONTRACTOR: tr("Subcontractor payments"),
                CostKind.OTHER: tr("Other")}[self]


@dataclass(frozen=True, slots=True)
class StaffLine:
    role: str
    salary: int  # pence a year for one full-time post, in year 1
    fte: Decimal
    pension_percent: Decimal  # employer's contribution, of pay
    start_month: int = 1
    uplift_percent: Decimal = Decimal(0)  # a year, from year 2


@dataclass(frozen=True, slots=True)
class CostLine:
    kind: CostKind
    description: str
    amount: int  # pence before VAT: a year, or once when one_off
    vat: Vat = Vat.OUTSIDE
    one_off: bool = False
    start_month: int = 1
    uplift_percent: Decimal = Decimal(0)


@dataclass(frozen=True, slots=True)
class Overheads:
    central_costs: int = 0  # pence a year: the charity's management, finance, HR, governance…
    method: Apportionment = Apportionment.STAFF_TIME
    # The whole charity's figure for the method: FTE, direct costs a year in pence, or m².
    organisation_basis: Decimal = Decimal(0)
    contract_floor_space: Decimal = Decimal(0)  # m², for the floor-space method


@dataclass(frozen=True, slots=True)
class CostingInputs:
    length_months: int
    staff: tuple[StaffLine, ...] = ()
    lines: tuple[CostLine, ...] = ()
    overheads: Overheads = Overheads()
    price: int | None = None  # the price the charity means to bid, pence; None: the value
    value: int | None = None  # the opportunity's value, pence
    units_per_year: int = 0
    unit_label: str = ""
    vat_recoverable: bool = False
    pays_levy: bool = False
    arrears_days: int = 30


@dataclass(frozen=True, slots=True)
class YearCost:
    year: int
    months: int  # contract months in the year
    salaries: int
    employer_ni: int
    pension: int
    levy: int
    non_staff: int  # before VAT
    vat: int  # VAT the charity cannot recover
    overheads: int
    price: int

    @property
    def staff(self) -> int:
        return self.salaries + self.employer_ni + self.pension + self.levy

    @property
    def direct(self) -> int:
        return self.staff + self.non_staff + self.vat

    @property
    def full_cost(self) -> int:
        return self.direct + self.overheads


@dataclass(frozen=True, slots=True)
class CostingResult:
    years: tuple[YearCost, ...]
    price: int
    value: int | None
    price_per_unit: int | None
    monthly_costs: dict[int, int]  # month -> pence spent that month (month 0: mobilisation)
    monthly_price: dict[int, int]  # contract month -> pence invoiced for it
    warnings: tuple[str, ...] = ()
    notes: tuple[str, ...] = ()

    @property
    def full_cost(self) -> int:
        return sum(year.full_cost for year in self.years)

    @property
    def direct(self) -> int:
        return sum(year.direct for year in self.years)

    @property
    def overheads(self) -> int:
        return sum(year.overheads for year in self.years)

    @property
    def margin(self) -> int:
        """The price less full cost: negative is a deficit the charity pays for."""
        return self.price - self.full_cost

    @property
    def below_full_cost(self) -> bool:
        return self.margin < 0


@dataclass(frozen=True, slots=True)
class Flag:
    """A figure that looks wrong: where it is (e.g. "staff 2") and why, in plain words."""

    where: str
    message: str


def penny(amount: Decimal) -> int:
    """Round an exact amount of pence to a whole penny, half up (as a person would)."""
    return int(amount.quantize(Decimal(1), rounding=ROUND_HALF_UP))


def contract_years(length_months: int) -> int:
    return max(1, math.ceil(length_months / 12))


def year_months(year: int, length_months: int) -> range:
    """The contract months of `year` (1-based); year 1 also holds month 0, mobilisation."""
    first = MOBILISATION if year == 1 else 12 * (year - 1) + 1
    return range(first, min(12 * year, length_months) + 1)


def _active(start_month: int, year: int, length_months: int) -> list[int]:
    return [m for m in year_months(year, length_months) if m >= start_month]


def split(amount: int, months: list[int]) -> dict[int, int]:
    """Share `amount` pence across `months` exactly: the odd pennies go to the first months."""
    if not months:
        return {}
    each, odd = divmod(amount, len(months))
    return {month: each + (1 if i < odd else 0) for i, month in enumerate(months)}


def _uplift(percent: Decimal, year: int) -> Decimal:
    return (1 + percent / 100) ** (year - 1)


def check_inputs(inputs: CostingInputs, rates: Rates) -> list[Flag]:
    """Every figure that is negative or absurd, with the reason (the costing still works)."""
    flags: list[Flag] = []
    if not 1 <= inputs.length_months <= MONTHS_LIMIT:
        flags.append(Flag(tr("Contract"), tr("A contract of {months} months is unusual: check "
                                             "the length.").format(months=inputs.length_months)))
    for number, staff in enumerate(inputs.staff, start=1):
        where = tr("Staff {number}").format(number=number)
        if staff.salary < 0 or staff.salary > SALARY_LIMIT:
            flags.append(Flag(where, tr("A salary of {salary} a year is not believable: check "
                                        "it.").format(salary=pounds(staff.salary))))
        if staff.fte <= 0 or staff.fte > FTE_LIMIT:
            flags.append(Flag(where, tr("{fte} full-time posts on one line is not believable: "
                                        "use a number from 0.1 to 5.").format(fte=staff.fte)))
        if staff.pension_percent < 0 or staff.pension_percent > PERCENT_LIMIT:
            flags.append(Flag(where, tr("A pension of {percent}% is over 100% of pay or below "
                                        "nothing.").format(percent=staff.pension_percent)))
        elif staff.pension_percent < rates.pension_minimum * 100:
            flags.append(Flag(where, tr("The employer's pension is below the legal minimum of "
                                        "{percent}% for staff who are enrolled.").format(
                percent=rates.pension_minimum * 100)))
        if abs(staff.uplift_percent) > PERCENT_LIMIT:
            flags.append(Flag(where, tr("A pay rise of {percent}% a year is not believable.")
                              .format(percent=staff.uplift_percent)))
        flags.extend(_start_flags(where, staff.start_month, inputs.length_months))
    for number, line in enumerate(inputs.lines, start=1):
        where = tr("Cost {number}").format(number=number)
        if line.amount < 0:
            flags.append(Flag(where, tr("A cost cannot be below nothing: type it without a "
                                        "minus sign.")))
        if abs(line.uplift_percent) > PERCENT_LIMIT:
            flags.append(Flag(where, tr("A rise of {percent}% a year is not believable.")
                              .format(percent=line.uplift_percent)))
        flags.extend(_start_flags(where, line.start_month, inputs.length_months))
    if inputs.price is not None and inputs.price < 0:
        flags.append(Flag(tr("Price"), tr("A price cannot be below nothing: type it without a "
                                          "minus sign.")))
    over = inputs.overheads
    if over.central_costs < 0 or min(over.organisation_basis, over.contract_floor_space) < 0:
        flags.append(Flag(tr("Overheads"), tr("Central costs, the whole charity's figure and "
                                              "floor space cannot be below nothing.")))
    if inputs.overheads.central_costs and inputs.overheads.organisation_basis <= 0:
        flags.append(Flag(tr("Overheads"), tr("Give the whole charity's figure to share the "
                                              "central costs by (staff, costs or floor space).")))
    return flags


def _start_flags(where: str, start_month: int, length_months: int) -> list[Flag]:
    if start_month < MOBILISATION:
        return [Flag(where, tr("The start month cannot be before mobilisation (month 0)."))]
    if start_month > length_months:
        return [Flag(where, tr("It starts after the contract ends (month {months}), so it costs "
                               "nothing.").format(months=length_months))]
    return []


def _staff_year(staff: StaffLine, year: int, months: int, inputs: CostingInputs,
                rates: Rates) -> tuple[int, int, int, int]:
    """Salaries, employer NI, pension and levy for one staff line in one year."""
    part = Decimal(months) / 12
    annual_pay = Decimal(staff.salary) * staff.fte * _uplift(staff.uplift_percent, year)
    pay = annual_pay * part
    # NI is per person: a line of 2.5 FTE is three people sharing the pay, each with a threshold.
    people = max(1, math.ceil(staff.fte))
    per_person = annual_pay / people
    ni = people * rates.ni_rate * max(Decimal(0), per_person - rates.ni_threshold) * part
    pension = pay * staff.pension_percent / 100
    levy = pay * rates.levy_rate if inputs.pays_levy else Decimal(0)
    return penny(pay), penny(ni), penny(pension), penny(levy)


def _line_year(line: CostLine, year: int, months: int, length_months: int) -> Decimal:
    if line.one_off:
        in_year = line.start_month in year_months(year, length_months)
        return Decimal(line.amount) if in_year else Decimal(0)
    return Decimal(line.amount) * _uplift(line.uplift_percent, year) * months / 12


def _overhead_year(inputs: CostingInputs, year: int, direct: int, staff_years: Decimal) -> int:
    over = inputs.overheads
    if not over.central_costs or over.organisation_basis <= 0:
        return 0
    if over.method is Apportionment.STAFF_TIME:
        share = staff_years / over.organisation_basis
    elif over.method is Apportionment.DIRECT_COSTS:
        share = Decimal(direct) / over.organisation_basis
    else:
        contract_months = len([m for m in year_months(year, inputs.length_months) if m >= 1])
        share = over.contract_floor_space / over.organisation_basis * contract_months / 12
    return penny(Decimal(over.central_costs) * share)


def calculate(inputs: CostingInputs, rates: Rates) -> CostingResult:
    """The costing: each year's costs, the price against full cost and value, and every warning."""
    length = max(1, min(inputs.length_months, MONTHS_LIMIT))
    monthly: dict[int, int] = defaultdict(int)
    years: list[YearCost] = []
    for year in range(1, contract_years(length) + 1):
        salaries = ni = pension = levy = non_staff = vat = 0
        staff_years = Decimal(0)  # FTE × part of the year, for the staff-time share
        for staff in inputs.staff:
            active = _active(staff.start_month, year, length)
            pay, line_ni, line_pension, line_levy = _staff_year(staff, year, len(active),
                                                                inputs, rates)
            salaries, ni, pension, levy = (salaries + pay, ni + line_ni,
                                           pension + line_pension, levy + line_levy)
            staff_years += staff.fte * len(active) / 12
            for month, pence in split(pay + line_ni + line_pension + line_levy, active).items():
                monthly[month] += pence
        for line in inputs.lines:
            active = _active(line.start_month, year, length)
            exact = _line_year(line, year, len(active), length)
            net = penny(exact)
            line_vat = 0 if inputs.vat_recoverable else penny(exact * rates.vat[line.vat])
            non_staff, vat = non_staff + net, vat + line_vat
            months = [line.start_month] if line.one_off else active
            for month, pence in split(net + line_vat, months if net else []).items():
                monthly[month] += pence
        direct = salaries + ni + pension + levy + non_staff + vat
        overheads = _overhead_year(inputs, year, direct, staff_years)
        contract_months = [m for m in year_months(year, length) if m >= 1]
        for month, pence in split(overheads, contract_months).items():
            monthly[month] += pence
        years.append(YearCost(year, len(contract_months), salaries, ni, pension, levy, non_staff,
                              vat, overheads, 0))
    full_cost = sum(year.full_cost for year in years)
    price = inputs.price if inputs.price is not None else (
        inputs.value if inputs.value is not None else full_cost)
    monthly_price = split(price, list(range(1, length + 1)))
    years = [YearCost(y.year, y.months, y.salaries, y.employer_ni, y.pension, y.levy,
                      y.non_staff, y.vat, y.overheads,
                      sum(monthly_price[m] for m in year_months(y.year, length) if m >= 1))
             for y in years]
    units = inputs.units_per_year * Decimal(length) / 12
    per_unit = penny(Decimal(price) / units) if units > 0 else None
    result = CostingResult(tuple(years), price, inputs.value, per_unit,
                           dict(sorted(monthly.items())), monthly_price)
    return replace(result, warnings=tuple(_warnings(inputs, result)),
                   notes=tuple(_notes(inputs)))


def _warnings(inputs: CostingInputs, result: CostingResult) -> list[str]:
    warnings = []
    if result.below_full_cost:
        warnings.append(tr("The price is {gap} below full cost ({full}): the charity would pay "
                           "the difference itself.").format(gap=pounds(-result.margin),
                                                            full=pounds(result.full_cost)))
    if inputs.value is not None and result.price > inputs.value:
        warnings.append(tr("The price is {over} more than the opportunity's value ({value}): "
                           "the buyer may not accept it.").format(
            over=pounds(result.price - inputs.value), value=pounds(inputs.value)))
    return warnings


def _notes(inputs: CostingInputs) -> list[str]:
    notes = []
    if inputs.value is None:
        notes.append(tr("The opportunity has no value yet, so the price cannot be checked "
                        "against it."))
    if inputs.price is None:
        notes.append(tr("No price is set: the opportunity's value is used, or the full cost "
                        "when there is no value."))
    if not inputs.units_per_year:
        notes.append(tr("No number of people or sessions is set, so there is no price per "
                        "unit."))
    return notes


def respread_note(old_months: int, new_months: int) -> str:
    """What to tell the person after the contract's length changes: the lines stay."""
    return tr("The contract is now {new} months instead of {old}: every line is kept and its "
              "costs are spread over the new years.").format(new=new_months, old=old_months)
