"""The costing spreadsheet: its formulas, recalculated by LibreOffice headless, give the app's
totals to the penny (the sample charity's costing, and awkward ones: part years, one-off costs,
VAT, the levy, every way of sharing overheads, a contract with no value or price); money is
formatted in pounds; hostile text is stored as text and never run."""

from __future__ import annotations

import subprocess
from dataclasses import replace
from decimal import Decimal
from pathlib import Path
from typing import Any

import pytest
from openpyxl import load_workbook

from desktop.app.costing import CostingView, costing_view
from desktop.app.workspace import Workspace
from desktop.core.costing import (
    Apportionment,
    CostingInputs,
    CostKind,
    CostLine,
    Overheads,
    StaffLine,
    Vat,
)
from desktop.core.costing_records import load_costing, save_costing
from desktop.core.opportunities import OpportunityInfo
from desktop.core.opportunity_records import save_opportunity
from desktop.core.organisation_records import create_organisation, current_organisation
from desktop.core.sample import ensure_sample
from desktop.reports.costing_workbook import write as write_costing_workbook
from desktop.reports.spreadsheets import MONEY_FORMAT
from tests.needs import need_soffice

SHEETS = ["Inputs", "Staff", "Non-staff", "Overheads", "Summary", "Cash flow"]


def recalculated(path: Path, tmp_path: Path) -> Any:
    """The workbook as LibreOffice saves it after loading it (which recalculates every formula),
    read back with the values it worked out."""
    soffice = need_soffice()
    out = tmp_path / "recalculated"
    done = subprocess.run(
        [soffice, f"-env:UserInstallation={(tmp_path / 'lo-profile').as_uri()}", "--headless",
         "--convert-to", "xlsx", "--outdir", str(out), str(path)],
        capture_output=True, text=True, timeout=300)
    assert done.returncode == 0 and (out / path.name).exists(), done.stderr
    return load_workbook(out / path.name, data_only=True)


def pence(value: Any) -> int:
    assert isinstance(value, int | float), value
    return round(value * 100)


def labelled(sheet: Any, label: str) -> Any:
    """The value beside `label` in column A."""
    for row in sheet.iter_rows(values_only=True):
        if row[0] == label:
            return row[1]
    raise AssertionError(f"no row {label!r}")


def assert_same_figures(view: CostingView, book: Any) -> None:
    result, flow = view.result, view.flow
    summary = book["Summary"]
    rows = list(summary.iter_rows(min_row=2, values_only=True))
    years = rows[:len(result.years)]
    for year, row in zip(result.years, years, strict=True):
        assert row[0] == year.year
        assert [pence(v) for v in row[1:12]] == [
            year.salaries, year.employer_ni, year.pension, year.levy, year.staff,
            year.non_staff, year.vat, year.direct, year.overheads, year.full_cost,
            year.price], f"year {year.year}"
    assert pence(labelled(summary, "Full cost (£)")) == result.full_cost
    assert pence(labelled(summary, "Price (£)")) == result.price
    assert pence(labelled(summary, "Margin: price less full cost (£)")) == result.margin
    per_unit = labelled(summary, "Price per unit (£)")
    assert (pence(per_unit) if per_unit not in (None, "") else None) == result.price_per_unit
    cash = book["Cash flow"]
    months = [row for row in cash.iter_rows(min_row=2, values_only=True)
              if isinstance(row[0], int)]
    assert [(row[0], pence(row[1]), pence(row[2]), pence(row[3])) for row in months] == [
        (m.month, m.out, m.income, m.balance) for m in flow.months]
    assert pence(labelled(cash, "Lowest point (£)")) == flow.lowest.balance
    assert labelled(cash, "In month") == flow.lowest.month


@pytest.fixture
def sample_view(workspace: Workspace) -> CostingView:
    from datetime import date

    ensure_sample(workspace.database, date(2026, 11, 25))
    organisation = current_organisation(workspace.database)
    assert organisation is not None
    return costing_view(workspace.database, organisation.id, 1)


def test_the_samples_spreadsheet_recalculates_to_the_apps_figures(
        sample_view: CostingView, tmp_path: Path) -> None:
    path = tmp_path / "costing.xlsx"
    assert write_costing_workbook(sample_view, path) == 6
    written = load_workbook(path)
    assert written.sheetnames == SHEETS
    # Live formulas, not numbers: the staff pay and the summary's totals are worked out.
    assert str(written["Staff"]["K2"].value).startswith("=ROUND(")
    assert str(written["Summary"]["K2"].value) == "=I2+J2"
    assert "'Inputs'!$B$" in str(written["Staff"]["I2"].value) or \
        "'Inputs'!$B$" in str(written["Staff"]["Q2"].value)
    assert written["Summary"]["K2"].number_format == MONEY_FORMAT
    assert written["Inputs"]["B6"].number_format == MONEY_FORMAT
    book = recalculated(path, tmp_path)
    assert_same_figures(sample_view, book)
    assert labelled(book["Cash flow"], "Do the free reserves cover it?") == "Yes"


def awkward(workspace: Workspace, hostile: list[str], method: Apportionment,
            **changes: Any) -> CostingView:
    organisation = create_organisation(workspace.database, hostile[0], "1123456")
    info = OpportunityInfo(None, hostile[9], "AWK-1", "D", value=changes.pop("value", None),
                           length_months=18)
    opportunity = save_opportunity(workspace.database, organisation.id, info).id or 0
    basis = {Apportionment.STAFF_TIME: Decimal("12.5"),
             Apportionment.DIRECT_COSTS: Decimal(90_000_000),
             Apportionment.FLOOR_SPACE: Decimal(240)}[method]
    inputs = CostingInputs(
        18,
        staff=(StaffLine(hostile[9], 3_133_333, Decimal("2.5"), Decimal("5.5"), 0,
                         Decimal("3.1")),
               StaffLine(hostile[4], 1_111_111, Decimal("0.3"), Decimal(3), 7),
               StaffLine("Sessional", 250_000, Decimal("0.1"), Decimal(3), 14)),
        lines=(CostLine(CostKind.IT, hostile[1], 333_333, Vat.STANDARD, False, 2,
                        Decimal("2.5")),
               CostLine(CostKind.DBS, "=1+1", 77_777, Vat.OUTSIDE, True, 0),
               CostLine(CostKind.PREMISES, "@SUM(A1:A2)", 1_200_001, Vat.EXEMPT),
               CostLine(CostKind.TRAINING, "+1", 99_999, Vat.REDUCED, True, 13),
               CostLine(CostKind.OTHER, "-2", 10_001, Vat.ZERO, False, 5)),
        overheads=Overheads(7_654_321, method, basis, Decimal("17.5")),
        units_per_year=37, unit_label=hostile[2], pays_levy=True, arrears_days=45,
        **changes)
    blank = load_costing(workspace.database, opportunity)
    save_costing(workspace.database, replace(blank, inputs=inputs))
    return costing_view(workspace.database, organisation.id, opportunity)


@pytest.mark.parametrize("method", list(Apportionment))
def test_awkward_costings_recalculate_to_the_penny(workspace: Workspace, tmp_path: Path,
                                                   hostile_texts: list[str],
                                                   method: Apportionment) -> None:
    view = awkward(workspace, hostile_texts, method, price=None)
    assert view.costing.inputs.value is None  # no value and no price: priced at full cost
    path = tmp_path / "awkward.xlsx"
    write_costing_workbook(view, path)
    assert_same_figures(view, recalculated(path, tmp_path))


def test_a_price_below_full_cost_and_a_value(workspace: Workspace, tmp_path: Path,
                                             hostile_texts: list[str]) -> None:
    view = awkward(workspace, hostile_texts, Apportionment.STAFF_TIME, price=10_000_001,
                   value=12_345_678, vat_recoverable=True)
    assert view.result.below_full_cost
    path = tmp_path / "below.xlsx"
    write_costing_workbook(view, path)
    assert_same_figures(view, recalculated(path, tmp_path))


def test_hostile_text_is_stored_as_text_and_never_run(workspace: Workspace, tmp_path: Path,
                                                      hostile_texts: list[str]) -> None:
    view = awkward(workspace, hostile_texts, Apportionment.FLOOR_SPACE)
    path = tmp_path / "hostile.xlsx"
    write_costing_workbook(view, path)
    book = load_workbook(path)
    descriptions = [row[1] for row in book["Non-staff"].iter_rows(min_row=2, values_only=True)]
    for text in ("=1+1", "@SUM(A1:A2)", "+1", "-2"):
        assert "'" + text in descriptions  # an apostrophe first: text, not a formula
    staff = book["Staff"]
    assert staff["A2"].data_type == "s" and staff["A2"].value.startswith("'=HYPERLINK")
    title = book["Inputs"]["A1"].value
    assert title.startswith("Costing: ") and "HYPERLINK" in title
    assert staff["A4"].value == hostile_texts[4]  # Welsh ŵ ŷ, as it is
    # LibreOffice, too, keeps them as text: nothing was worked out from them.
    again = recalculated(path, tmp_path)["Non-staff"]
    worked_out = [row[1] for row in again.iter_rows(min_row=2, values_only=True)]
    for text in ("=1+1", "@SUM(A1:A2)", "+1", "-2"):
        assert worked_out.count("'" + text) == 2  # each line's two years, as text


@pytest.mark.parametrize("language", ["en", "cy"])
def test_every_spreadsheet_in_the_registry_is_made_in_both_languages(
        workspace: Workspace, tmp_path: Path, language: str) -> None:
    from datetime import date

    from desktop.app.documents import DocumentRequest
    from desktop.i18n import speaking
    from desktop.reports import registry
    from desktop.ui.translations import prepare

    ensure_sample(workspace.database, date(2026, 11, 25))
    organisation = current_organisation(workspace.database)
    assert organisation is not None
    prepare(language)
    for entry in registry.SPREADSHEETS:
        path = tmp_path / f"{entry.key}-{language}.xlsx"
        sheets = registry.make_spreadsheet(workspace, organisation, DocumentRequest(
            entry.key, "psdf-co-acc-d-01", language=language), path)
        book = load_workbook(path)
        assert sheets == len(book.worksheets) >= 1
    with speaking(language):
        view = costing_view(workspace.database, organisation.id, 1)
        names = [registry.tr(name) for name in SHEETS]
    assert load_workbook(tmp_path / f"costing-{language}.xlsx").sheetnames == names
    if language == "cy":
        assert names != SHEETS  # the sheets are named in Welsh, and the formulas follow them
        book = recalculated(tmp_path / "costing-cy.xlsx", tmp_path)
        summary = book[names[4]]
        assert pence(summary.cell(row=len(view.result.years) + 2, column=11).value) == \
            view.result.full_cost
