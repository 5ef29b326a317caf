"""The rates a costing uses (employer NI, pension minimums, apprenticeship levy, VAT), read from
`forms/costing/rates-YYYY-YY.toml`: every figure with its source and year, none in code."""

from __future__ import annotations

import tomllib
from dataclasses import dataclass
from decimal import Decimal
from functools import cache
from pathlib import Path

from desktop.datafiles import forms_folder


@dataclass(frozen=True, slots=True)
class RateSource:
    """Where a group of rates comes from, to print beside the figures."""

    label: str
    source: str
    url: str


@dataclass(frozen=True, slots=True)
class Rates:
    year: str
    ni_rate: Decimal  # a fraction: 0.15
    ni_threshold: int  # pence a year, per employee
    pension_minimum: Decimal  # employer's minimum, a fraction
    levy_rate: Decimal
    levy_pay_bill_threshold: int  # pence
    vat: dict[str, Decimal]  # treatment -> fraction; "exempt" and "outside" are 0
    sources: tuple[RateSource, ...]


def _pence(text: str) -> int:
    pounds, _, pence = text.replace(",", "").partition(".")
    return int(pounds) * 100 + int(pence.ljust(2, "0"))


def _fraction(text: str) -> Decimal:
    return Decimal(text) / 100


def read_rates(path: Path) -> Rates:
    data = tomllib.loads(path.read_text(encoding="utf-8"))
    ni, pension = data["employer_ni"], data["pension"]
    levy, vat = data["apprenticeship_levy"], data["vat"]
    return Rates(
        year=data["year"],
        ni_rate=_fraction(ni["rate_percent"]),
        ni_threshold=_pence(ni["secondary_threshold"]),
        pension_minimum=_fraction(pension["employer_minimum_percent"]),
        levy_rate=_fraction(levy["rate_percent"]),
        levy_pay_bill_threshold=_pence(levy["pay_bill_threshold"]),
        vat={"standard": _fraction(vat["standard_percent"]),
             "reduced": _fraction(vat["reduced_percent"]),
             "zero": _fraction(vat["zero_percent"]),
             "exempt": Decimal(0), "outside": Decimal(0)},
        sources=tuple(RateSource(part["label"], part["source"], part["url"])
                      for part in (ni, pension, levy, vat)),
    )


@cache
def current_rates() -> Rates:
    """The newest year's rates shipped with the app."""
    newest = sorted((forms_folder() / "costing").glob("rates-*.toml"))[-1]
    return read_rates(newest)
