"""Money as text: `pounds` in a sentence (£1,200, £1,250.50, −£500) and `money_cell` in a
table's column, where every amount shows its pence so whole pounds line up with the rest."""

from __future__ import annotations

import pytest

from desktop.i18n import money_cell, pounds


@pytest.mark.parametrize(("pence", "cell", "sentence"), [
    (120_000, "£1,200.00", "£1,200"), (125_050, "£1,250.50", "£1,250.50"),
    (0, "£0.00", "£0"), (5, "£0.05", "£0.05"), (240_000_000_000, "£2,400,000,000.00",
                                                 "£2,400,000,000"),
    (-4_550, "−£45.50", "−£45.50"), (-50_000, "−£500.00", "−£500"), (-1, "−£0.01", "−£0.01"),
])
def test_money_in_a_table_always_shows_its_pence(pence: int, cell: str, sentence: str) -> None:
    assert money_cell(pence) == cell
    assert pounds(pence) == sentence


def test_no_money_is_a_dash() -> None:
    assert money_cell(None) == "—"
