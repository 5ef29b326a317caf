"""The costing's arithmetic against a hand-worked example, rounding, VAT, levy and bad input."""

from __future__ import annotations

from dataclasses import replace
from decimal import Decimal

import pytest

from desktop.core.costing import (
    Apportionment,
    CostingInputs,
    CostKind,
    CostLine,
    Overheads,
    StaffLine,
    Vat,
    calculate,
    check_inputs,
    penny,
    respread_note,
)
from desktop.core.costing_rates import current_rates

RATES = current_rates()

# The hand-worked example (2026/27 rates: employer NI 15% above £5,000; VAT 20%):
#
# A 24-month contract valued at £115,000, for 40 people a year.
# Project worker: £30,000, 1 FTE, pension 5%, from month 1, 2% rise a year.
#   Year 1: pay £30,000.00; NI 15% × (30,000 − 5,000) = £3,750.00; pension £1,500.00
#   Year 2: pay £30,600.00; NI 15% × 25,600 = £3,840.00; pension £1,530.00
# Coordinator: £24,000, 0.5 FTE, pension 3%, from month 7.
#   Year 1 (6 months): pay 12,000 × 6/12 = £6,000.00; NI 15% × (12,000 − 5,000) × 6/12 = £525.00;
#                      pension £180.00
#   Year 2: pay £12,000.00; NI £1,050.00; pension £360.00
# IT £1,000.01 a year, standard VAT not recoverable: VAT £200.002 → £200.00 each year.
# DBS checks £53.50 once, in mobilisation (month 0), outside VAT: year 1 only.
# Premises £6,000 a year, exempt.
# Central costs £50,000 a year shared by staff time over the charity's 10 FTE:
#   Year 1: (1 × 12/12 + 0.5 × 6/12) / 10 = 12.5% → £6,250.00
#   Year 2: 1.5 / 10 = 15% → £7,500.00
# Year 1: staff 30,000 + 3,750 + 1,500 + 6,000 + 525 + 180 = £41,955.00
#         other 1,000.01 + 53.50 + 6,000 = £7,053.51; VAT £200.00; overheads £6,250.00
#         full cost £55,458.51
# Year 2: staff 30,600 + 3,840 + 1,530 + 12,000 + 1,050 + 360 = £49,380.00
#         other £7,000.01; VAT £200.00; overheads £7,500.00; full cost £64,080.01
# Full cost £119,538.52; price (the value) £115,000.00; deficit £4,538.52.
# Price per month 11,500,000p / 24 = 479,166p and 16 odd pennies to the first 16 months:
#   year 1 £57,500.04, year 2 £57,499.96. Per person: 115,000 / 80 = £1,437.50.

EXAMPLE = CostingInputs(
    length_months=24,
    staff=(
        StaffLine("Project worker", 3_000_000, Decimal(1), Decimal(5), 1, Decimal(2)),
        StaffLine("Coordinator", 2_400_000, Decimal("0.5"), Decimal(3), 7),
    ),
    lines=(
        CostLine(CostKind.IT, "Laptops and phones", 100_001, Vat.STANDARD),
        CostLine(CostKind.DBS, "Enhanced checks", 5_350, Vat.OUTSIDE, one_off=True,
                 start_month=0),
        CostLine(CostKind.PREMISES, "Office share", 600_000, Vat.EXEMPT),
    ),
    overheads=Overheads(5_000_000, Apportionment.STAFF_TIME, Decimal(10)),
    value=11_500_000,
    units_per_year=40,
    unit_label="people supported",
)


def _with(**changes: object) -> CostingInputs:
    return replace(EXAMPLE, **changes)  # type: ignore[arg-type]


def test_the_hand_worked_example_year_by_year() -> None:
    result = calculate(EXAMPLE, RATES)
    one, two = result.years
    assert (one.salaries, one.employer_ni, one.pension, one.levy) == (
        3_600_000, 427_500, 168_000, 0)
    assert (one.staff, one.non_staff, one.vat, one.overheads) == (
        4_195_500, 705_351, 20_000, 625_000)
    assert one.full_cost == 5_545_851
    assert (two.salaries, two.employer_ni, two.pension) == (4_260_000, 489_000, 189_000)
    assert (two.staff, two.non_staff, two.vat, two.overheads) == (
        4_938_000, 700_001, 20_000, 750_000)
    assert two.full_cost == 6_408_001


def test_the_hand_worked_example_price_margin_and_warning() -> None:
    result = calculate(EXAMPLE, RATES)
    assert result.full_cost == 11_953_852
    assert result.price == 11_500_000
    assert result.margin == -453_852
    assert result.below_full_cost
    assert [year.price for year in result.years] == [5_750_004, 5_749_996]
    assert result.price_per_unit == 143_750
    assert any("£4,538.52 below full cost" in warning for warning in result.warnings)


def test_every_penny_spent_lands_in_one_month() -> None:
    result = calculate(EXAMPLE, RATES)
    assert sum(result.monthly_costs.values()) == result.full_cost
    assert sum(result.monthly_price.values()) == result.price
    assert result.monthly_costs[0] == 5_350  # mobilisation: the DBS checks alone
    assert set(result.monthly_price) == set(range(1, 25))


def test_a_price_at_full_cost_has_no_warning() -> None:
    result = calculate(_with(price=11_953_852), RATES)
    assert result.margin == 0 and not result.below_full_cost
    assert not any("below full cost" in warning for warning in result.warnings)


def test_a_price_above_the_value_is_warned_about() -> None:
    result = calculate(_with(price=12_000_000), RATES)
    assert result.margin == 46_148
    assert any("£5,000 more than the opportunity's value" in w for w in result.warnings)


def test_no_value_still_works_and_says_so() -> None:
    result = calculate(_with(value=None), RATES)
    assert result.price == result.full_cost == 11_953_852
    assert result.value is None
    assert any("no value" in note for note in result.notes)


def test_rounding_is_to_the_penny_half_up() -> None:
    assert penny(Decimal("0.5")) == 1
    assert penny(Decimal("2.4999")) == 2
    assert penny(Decimal("-0.5")) == -1
    # 5% VAT on 10p is half a penny: it rounds up.
    inputs = CostingInputs(12, lines=(CostLine(CostKind.OTHER, "Stamps", 10, Vat.REDUCED),))
    assert calculate(inputs, RATES).years[0].vat == 1


def test_recoverable_vat_is_not_a_cost() -> None:
    assert calculate(_with(vat_recoverable=True), RATES).years[0].vat == 0
    assert calculate(_with(vat_recoverable=False), RATES).years[0].vat == 20_000


def test_zero_rated_and_exempt_lines_carry_no_vat() -> None:
    lines = tuple(CostLine(CostKind.OTHER, vat.value, 100_000, vat)
                  for vat in (Vat.ZERO, Vat.EXEMPT, Vat.OUTSIDE))
    assert calculate(CostingInputs(12, lines=lines), RATES).years[0].vat == 0


def test_the_levy_applies_only_when_the_charity_pays_it() -> None:
    staff = (StaffLine("Worker", 3_000_000, Decimal(1), Decimal(3)),)
    assert calculate(CostingInputs(12, staff=staff), RATES).years[0].levy == 0
    paid = calculate(CostingInputs(12, staff=staff, pays_levy=True), RATES).years[0]
    assert paid.levy == 15_000  # 0.5% of £30,000


def test_national_insurance_is_worked_out_per_person() -> None:
    # 2.5 FTE at £20,000 is three people sharing £50,000: each has the £5,000 threshold.
    # 3 × 15% × (50,000 / 3 − 5,000) = £5,250.
    staff = (StaffLine("Support workers", 2_000_000, Decimal("2.5"), Decimal(3)),)
    assert calculate(CostingInputs(12, staff=staff), RATES).years[0].employer_ni == 525_000
    # Pay under the threshold carries no employer NI.
    low = (StaffLine("Sessional", 2_000_000, Decimal("0.2"), Decimal(3)),)
    assert calculate(CostingInputs(12, staff=low), RATES).years[0].employer_ni == 0


def test_floor_space_share_follows_the_months() -> None:
    # £10,000 of central costs, 20 m² of the charity's 200 m²: £1,000 a full year, £500 for 6.
    overheads = Overheads(1_000_000, Apportionment.FLOOR_SPACE, Decimal(200), Decimal(20))
    result = calculate(CostingInputs(18, overheads=overheads), RATES)
    assert [year.overheads for year in result.years] == [100_000, 50_000]


def test_direct_costs_share() -> None:
    # Direct costs of £50,000 out of the charity's £500,000: 10% of £40,000 = £4,000.
    overheads = Overheads(4_000_000, Apportionment.DIRECT_COSTS, Decimal(50_000_000))
    lines = (CostLine(CostKind.OTHER, "Everything", 5_000_000, Vat.OUTSIDE),)
    result = calculate(CostingInputs(12, lines=lines, overheads=overheads), RATES)
    assert result.years[0].overheads == 400_000


def test_a_shorter_contract_keeps_the_lines_and_respreads_the_years() -> None:
    result = calculate(_with(length_months=18), RATES)
    assert [year.months for year in result.years] == [12, 6]
    assert result.years[0].full_cost == 5_545_851  # the first year is as before
    assert result.years[1].salaries == (3_060_000 + 1_200_000) // 2
    note = respread_note(24, 18)
    assert "18" in note and "24" in note and "kept" in note


@pytest.mark.parametrize(("change", "reason"), [
    ({"staff": (StaffLine("X", 3_000_000, Decimal(6), Decimal(3)),)}, "full-time posts"),
    ({"staff": (StaffLine("X", 100_000_001, Decimal(1), Decimal(3)),)}, "not believable"),
    ({"staff": (StaffLine("X", -1, Decimal(1), Decimal(3)),)}, "not believable"),
    ({"staff": (StaffLine("X", 3_000_000, Decimal(1), Decimal(101)),)}, "over 100%"),
    ({"staff": (StaffLine("X", 3_000_000, Decimal(1), Decimal(1)),)}, "legal minimum"),
    ({"lines": (CostLine(CostKind.OTHER, "X", -5),)}, "minus sign"),
    ({"lines": (CostLine(CostKind.OTHER, "X", 5, start_month=30),)}, "after the contract"),
    ({"length_months": 0}, "unusual"),
    ({"overheads": Overheads(100, Apportionment.STAFF_TIME, Decimal(0))}, "whole charity"),
    ({"price": -1}, "price cannot be below"),
    ({"overheads": Overheads(-100, Apportionment.STAFF_TIME, Decimal(3))}, "below nothing"),
    ({"overheads": Overheads(100, Apportionment.FLOOR_SPACE, Decimal(3), Decimal(-1))},
     "below nothing"),
])
def test_absurd_figures_are_flagged_with_a_reason(change: dict[str, object],
                                                  reason: str) -> None:
    flags = check_inputs(_with(**change), RATES)
    assert any(reason in flag.message for flag in flags), flags


def test_the_worked_example_has_no_flags() -> None:
    assert check_inputs(EXAMPLE, RATES) == []


def test_the_rates_are_data_with_their_sources() -> None:
    assert RATES.year == "2026/27"
    assert RATES.ni_rate == Decimal("0.15") and RATES.ni_threshold == 500_000
    assert RATES.pension_minimum == Decimal("0.03")
    assert RATES.levy_rate == Decimal("0.005")
    assert RATES.vat["standard"] == Decimal("0.2")
    assert len(RATES.sources) == 4
    assert all(source.url.startswith("https://www.gov.uk/") for source in RATES.sources)
