"""The costing as a spreadsheet with live formulas, for a finance volunteer to check the sums.

Six sheets: Inputs (every figure typed in the app, and the year's rates with their sources),
Staff and Non-staff (one row per line and contract year), Overheads, Summary and Cash flow.
Everything after Inputs is a formula over the input cells, rounded to the penny exactly where
the app rounds (`desktop.core.costing`), so after a spreadsheet recalculates, its totals equal
the app's to the penny (tests/reports/test_costing_workbook.py checks it with LibreOffice).
Money cells are pounds with a £ format; text that starts like a formula (= + - @) is stored as
text with a leading apostrophe, never run. The file is written atomically.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, field
from functools import partial
from pathlib import Path
from typing import Any

from openpyxl import Workbook
from openpyxl.styles import Font
from openpyxl.utils import get_column_letter
from openpyxl.worksheet.worksheet import Worksheet

from desktop.app.costing import CostingView
from desktop.atomic import atomic_file
from desktop.core.costing import Apportionment, contract_years
from desktop.core.costing_cashflow import DAYS_IN_MONTH, months_late
from desktop.i18n import tr
from desktop.reports.spreadsheets import MONEY_FORMAT, safe_cell_text

PERCENT_FORMAT = "0.00%"
BOLD = Font(bold=True)


def quoted(title: str) -> str:
    """A sheet's name as a formula refers to it: 'Cash flow'!A1 (quotes doubled inside)."""
    return "'" + title.replace("'", "''") + "'"


@dataclass(frozen=True, slots=True)
class Formula:
    """A formula the workbook must run (every other text is stored as text)."""

    text: str


@dataclass(slots=True)
class Page:
    """One sheet being written: rows appended in order, cells found again by name."""

    sheet: Worksheet
    cells: dict[str, str] = field(default_factory=dict)
    row: int = 1  # the next row to write

    def ref(self, key: str) -> str:
        return f"{quoted(self.sheet.title)}!{self.cells[key]}"

    def add(self, values: Sequence[Any], formats: Sequence[str | None] = (),
            bold: bool = False) -> int:
        row, self.row = self.row, self.row + 1
        for column, value in enumerate(values, start=1):
            cell = self.sheet.cell(row=row, column=column)
            if isinstance(value, Formula):
                cell.value = value.text
            elif isinstance(value, str):
                cell.value = safe_cell_text(value)  # text, never a formula
            else:
                cell.value = value
            number_format = formats[column - 1] if column <= len(formats) else None
            if number_format:
                cell.number_format = number_format
            if bold:
                cell.font = BOLD
        return row

    def named(self, key: str, label: str, value: Any, number_format: str | None = None,
              note: str = "") -> str:
        """A labelled input on its own row (label, value, note); its cell is kept by `key`."""
        row = self.add([label, value, note], [None, number_format])
        self.cells[key] = f"$B${row}"
        return self.cells[key]


def _held(column: str, value: Any, *, row: int, home: int) -> Any:
    """A line's own figure on its first year's row; on later years' rows, that cell again."""
    return value if row == home else Formula(f"={column}{home}")


def _pounds(pence: int | None) -> float | None:
    return None if pence is None else pence / 100


def _widths(sheet: Worksheet, widths: Sequence[int]) -> None:
    for number, width in enumerate(widths, start=1):
        sheet.column_dimensions[get_column_letter(number)].width = width


def _inputs(book: Workbook, view: CostingView) -> Page:
    page = Page(book.active or book.create_sheet())
    page.sheet.title = tr("Inputs")
    inputs, rates = view.costing.inputs, view.rates
    page.add([tr("Costing: {title}").format(title=view.opportunity.title)], bold=True)
    page.add([tr("Change a figure in column B: every other sheet is worked out from these.")])
    page.add([])
    page.add([tr("Contract")], bold=True)
    page.named("length", tr("Contract length (months)"), inputs.length_months)
    page.named("price", tr("Price you will bid (£)"), _pounds(inputs.price), MONEY_FORMAT,
               tr("Empty: the opportunity's value is used, or the full cost when there is "
                  "no value"))
    page.named("value", tr("Opportunity's value (£)"), _pounds(inputs.value), MONEY_FORMAT,
               "" if inputs.value is not None else tr("The opportunity has no value yet"))
    page.named("units", tr("People or sessions a year"), inputs.units_per_year)
    page.named("unit", tr("Unit"), inputs.unit_label)
    page.named("arrears", tr("Days after the month's end the buyer pays"), inputs.arrears_days)
    page.named("recoverable", tr("VAT can be recovered (1 yes, 0 no)"),
               int(inputs.vat_recoverable))
    page.named("levy", tr("Pays the apprenticeship levy (1 yes, 0 no)"), int(inputs.pays_levy))
    page.named("reserves", tr("Free reserves (£), from the profile"), _pounds(view.reserves),
               MONEY_FORMAT)
    page.add([])
    page.add([tr("Rates for {year}").format(year=rates.year)], bold=True)
    page.named("ni_rate", tr("Employer National Insurance rate"), float(rates.ni_rate),
               PERCENT_FORMAT)
    page.named("ni_threshold", tr("Employer NI threshold a year, per person (£)"),
               rates.ni_threshold / 100, MONEY_FORMAT)
    page.named("levy_rate", tr("Apprenticeship levy rate"), float(rates.levy_rate),
               PERCENT_FORMAT)
    first = page.row
    for code, rate in rates.vat.items():
        page.add([tr("VAT: {treatment}").format(treatment=code), float(rate), code],
                 [None, PERCENT_FORMAT])
    page.cells["vat_rates"] = f"$B${first}:$B${page.row - 1}"
    page.cells["vat_codes"] = f"$C${first}:$C${page.row - 1}"
    page.add([])
    page.add([tr("Overheads")], bold=True)
    over = inputs.overheads
    page.named("central", tr("Central costs a year (£)"), over.central_costs / 100,
               MONEY_FORMAT)
    page.named("method", tr("Shared by ({codes})").format(
        codes=", ".join(method.value for method in Apportionment)), over.method.value,
               note=over.method.label)
    direct = over.method is Apportionment.DIRECT_COSTS
    page.named("basis", tr("The whole charity's figure (FTE, direct costs a year in £, or "
                           "m²)"), float(over.organisation_basis / 100 if direct
                                         else over.organisation_basis),
               MONEY_FORMAT if direct else None)
    page.named("floor", tr("The contract's floor space (m²)"),
               float(over.contract_floor_space))
    page.add([])
    page.add([tr("Where the rates come from")], bold=True)
    for source in rates.sources:
        page.add([source.label, source.source, source.url])
    _widths(page.sheet, [52, 18, 60])
    return page


def _year_bounds(year: str, length: str) -> tuple[str, str]:
    """The first and last month of a contract year (year 1 starts at month 0, mobilisation)."""
    return f"IF({year}=1,0,12*({year}-1)+1)", f"MIN(12*{year},{length})"


def _staff(book: Workbook, view: CostingView, inputs_page: Page) -> Page:
    page = Page(book.create_sheet(tr("Staff")))
    length = inputs_page.ref("length")
    page.add([tr("Role"), tr("Year"), tr("Salary a year, year 1 (£)"), tr("FTE"),
              tr("Pension %"), tr("Start month"), tr("Rise a year %"), tr("People"),
              tr("Months"), tr("Pay a year, this year (£)"), tr("Pay (£)"),
              tr("Employer NI (£)"), tr("Pension (£)"), tr("Levy (£)"), tr("Total (£)"),
              tr("First month"), tr("Last month")], bold=True)
    years = contract_years(view.costing.inputs.length_months)
    money = [None, None, MONEY_FORMAT, None, None, None, None, None, None, *[MONEY_FORMAT] * 6]
    for staff in view.costing.inputs.staff:
        home = page.row  # the line's first year holds its figures; later years point at them
        for year in range(1, years + 1):
            r = page.row

            own = partial(_held, row=r, home=home)
            first, last = _year_bounds(f"B{r}", length)
            ni, threshold = inputs_page.ref("ni_rate"), inputs_page.ref("ni_threshold")
            page.add([
                own("A", staff.role), year, own("C", staff.salary / 100),
                own("D", float(staff.fte)), own("E", float(staff.pension_percent)),
                own("F", staff.start_month), own("G", float(staff.uplift_percent)),
                Formula(f"=MAX(1,ROUNDUP(D{r},0))"), Formula(f"=MAX(0,Q{r}-P{r}+1)"),
                Formula(f"=C{r}*D{r}*(1+G{r}/100)^(B{r}-1)"),
                Formula(f"=ROUND(J{r}*I{r}/12,2)"),
                Formula(f"=ROUND(H{r}*{ni}*MAX(0,J{r}/H{r}-{threshold})*I{r}/12,2)"),
                Formula(f"=ROUND(J{r}*I{r}/12*E{r}/100,2)"),
                Formula(f"=IF({inputs_page.ref('levy')}=1,"
                        f"ROUND(J{r}*I{r}/12*{inputs_page.ref('levy_rate')},2),0)"),
                Formula(f"=K{r}+L{r}+M{r}+N{r}"),
                Formula(f"=MAX({first},F{r})"), Formula(f"={last}")], money)
    page.cells["rows"] = f"2:{max(2, page.row - 1)}"
    _widths(page.sheet, [36, 6, 16, 8, 10, 8, 10, 8, 8, 16, 14, 14, 14, 12, 14, 8, 8])
    page.sheet.freeze_panes = "B2"
    return page


def _non_staff(book: Workbook, view: CostingView, inputs_page: Page) -> Page:
    page = Page(book.create_sheet(tr("Non-staff")))
    length = inputs_page.ref("length")
    page.add([tr("Kind"), tr("Description"), tr("Year"), tr("Amount a year, or once (£)"),
              tr("VAT treatment"), tr("VAT rate"), tr("Once only (1 yes)"), tr("Start month"),
              tr("Rise a year %"), tr("First month"), tr("Last month"), tr("Months"),
              tr("Cost before rounding (£)"), tr("Cost (£)"), tr("VAT you cannot recover (£)"),
              tr("Total (£)")], bold=True)
    years = contract_years(view.costing.inputs.length_months)
    formats = [None, None, None, MONEY_FORMAT, None, PERCENT_FORMAT, None, None, None, None,
               None, None, MONEY_FORMAT, MONEY_FORMAT, MONEY_FORMAT, MONEY_FORMAT]
    for line in view.costing.inputs.lines:
        home = page.row
        for year in range(1, years + 1):
            r = page.row

            own = partial(_held, row=r, home=home)
            first, last = _year_bounds(f"C{r}", length)
            page.add([
                own("A", line.kind.label), own("B", line.description), year,
                own("D", line.amount / 100), own("E", line.vat.value),
                Formula(f"=INDEX({inputs_page.ref('vat_rates')},MATCH(E{r},"
                        f"{inputs_page.ref('vat_codes')},0))"),
                own("G", int(line.one_off)), own("H", line.start_month),
                own("I", float(line.uplift_percent)),
                Formula(f"=IF(G{r}=1,H{r},MAX({first},H{r}))"),
                Formula(f"=IF(G{r}=1,H{r},{last})"),
                Formula(f"=IF(G{r}=1,IF(AND(H{r}>={first},H{r}<={last}),1,0),"
                        f"MAX(0,K{r}-J{r}+1))"),
                Formula(f"=IF(G{r}=1,D{r}*L{r},D{r}*(1+I{r}/100)^(C{r}-1)*L{r}/12)"),
                Formula(f"=ROUND(M{r},2)"),
                Formula(f"=IF({inputs_page.ref('recoverable')}=1,0,ROUND(M{r}*F{r},2))"),
                Formula(f"=N{r}+O{r}")], formats)
    page.cells["rows"] = f"2:{max(2, page.row - 1)}"
    _widths(page.sheet, [20, 40, 6, 16, 12, 10, 10, 8, 10, 8, 8, 8, 16, 14, 16, 14])
    page.sheet.freeze_panes = "C2"
    return page


def _column(page: Page, column: str) -> str:
    first, last = page.cells["rows"].split(":")
    return f"{quoted(page.sheet.title)}!${column}${first}:${column}${last}"


def _overheads(book: Workbook, view: CostingView, inputs_page: Page, staff: Page,
               other: Page) -> Page:
    page = Page(book.create_sheet(tr("Overheads")))
    ref = inputs_page.ref
    page.add([tr("Year"), tr("Contract months"), tr("Direct costs (£)"), tr("Staff years (FTE)"),
              tr("Share of central costs"), tr("Overheads (£)"), tr("First month"),
              tr("Last month")], bold=True)
    for year in range(1, contract_years(view.costing.inputs.length_months) + 1):
        r = page.row
        share = (f"=IF({ref('basis')}<=0,0,IF({ref('method')}=\"staff-time\",D{r}/{ref('basis')},"
                 f"IF({ref('method')}=\"direct-costs\",C{r}/{ref('basis')},"
                 f"{ref('floor')}/{ref('basis')}*B{r}/12)))")
        page.add([
            year, Formula(f"=MAX(0,H{r}-G{r}+1)"),
            Formula(f"=SUMIF({_column(staff, 'B')},A{r},{_column(staff, 'O')})"
                    f"+SUMIF({_column(other, 'C')},A{r},{_column(other, 'P')})"),
            Formula(f"=SUMPRODUCT(({_column(staff, 'B')}=A{r})*{_column(staff, 'D')}"
                    f"*{_column(staff, 'I')})/12"),
            Formula(share),
            Formula(f"=IF(OR({ref('central')}=0,{ref('basis')}<=0),0,"
                    f"ROUND({ref('central')}*E{r},2))"),
            Formula(f"=IF(A{r}=1,1,12*(A{r}-1)+1)"),
            Formula(f"=MIN(12*A{r},{ref('length')})")],
            [None, None, MONEY_FORMAT, "0.0000", "0.0000%", MONEY_FORMAT])
    page.cells["rows"] = f"2:{page.row - 1}"
    page.add([])
    page.add([tr("Shared by: {method}").format(
        method=view.costing.inputs.overheads.method.label)])
    _widths(page.sheet, [6, 10, 16, 12, 14, 16, 8, 8])
    return page


def _summary(book: Workbook, view: CostingView, inputs_page: Page, staff: Page, other: Page,
             overheads: Page) -> Page:
    page = Page(book.create_sheet(tr("Summary")))
    ref = inputs_page.ref
    page.add([tr("Year"), tr("Salaries (£)"), tr("Employer NI (£)"), tr("Pension (£)"),
              tr("Levy (£)"), tr("Staff with on-costs (£)"), tr("Other costs (£)"),
              tr("VAT you cannot recover (£)"), tr("Direct costs (£)"), tr("Overheads (£)"),
              tr("Full cost (£)"), tr("Price (£)")], bold=True)
    years = contract_years(view.costing.inputs.length_months)
    first_row = page.row
    total_row = first_row + years
    pence = f"$B${total_row + 3}"  # the price in pence, below (splitting it needs whole pence)

    def by_year(sheet: Page, column: str, r: int, year_column: str) -> Formula:
        return Formula(f"=SUMIF({_column(sheet, year_column)},A{r},{_column(sheet, column)})")

    for year in range(1, years + 1):
        r = page.row
        first, last = f"IF(A{r}=1,1,12*(A{r}-1)+1)", f"MIN(12*A{r},{ref('length')})"
        page.add([
            year, by_year(staff, "K", r, "B"), by_year(staff, "L", r, "B"),
            by_year(staff, "M", r, "B"), by_year(staff, "N", r, "B"),
            Formula(f"=SUM(B{r}:E{r})"), by_year(other, "N", r, "C"),
            by_year(other, "O", r, "C"), Formula(f"=F{r}+G{r}+H{r}"),
            Formula(f"={quoted(overheads.sheet.title)}!F{r}"), Formula(f"=I{r}+J{r}"),
            Formula(f"=(MAX(0,{last}-{first}+1)*INT({pence}/{ref('length')})"
                    f"+MAX(0,MIN({last},MOD({pence},{ref('length')}))-{first}+1))/100")],
            [None, *[MONEY_FORMAT] * 11])
    page.add([tr("Total"), *[Formula(f"=SUM({c}{first_row}:{c}{total_row - 1})")
                             for c in "BCDEFGHIJKL"]], [None, *[MONEY_FORMAT] * 11], bold=True)
    page.cells["full_cost"] = f"$K${total_row}"
    page.add([])
    price = page.named("price", tr("Price (£)"), Formula(
        f"=IF(ISBLANK({ref('price')}),IF(ISBLANK({ref('value')}),K{total_row},"
        f"{ref('value')}),{ref('price')})"), MONEY_FORMAT,
        tr("The price you will bid; the opportunity's value when none is set"))
    page.named("pence", tr("The price in pence (split across the months)"),
               Formula(f"=ROUND({price}*100,0)"))
    assert page.cells["pence"] == pence
    page.named("full", tr("Full cost (£)"), Formula(f"=K{total_row}"), MONEY_FORMAT)
    page.named("margin", tr("Margin: price less full cost (£)"),
               Formula(f"={price}-K{total_row}"), MONEY_FORMAT,
               tr("Below nought: the charity pays the difference itself"))
    page.named("per_unit", tr("Price per unit (£)"), Formula(
        f"=IF({ref('units')}>0,ROUND({price}/({ref('units')}*{ref('length')}/12),2),\"\")"),
        MONEY_FORMAT)
    page.named("against_value", tr("Price less the opportunity's value (£)"), Formula(
        f"=IF(ISBLANK({ref('value')}),\"\",{price}-{ref('value')})"), MONEY_FORMAT)
    _widths(page.sheet, [30, 16, 16, 14, 12, 18, 16, 16, 16, 14, 16, 16])
    page.sheet.freeze_panes = "B2"
    return page


def _spent(sheet: Page, first: str, last: str, months: str, total: str, month: str) -> str:
    """What a group of rows spends in `month`: each row's total shared over its months in whole
    pence, the odd pennies to the first months (as the app shares them)."""
    f, la, n, t = (_column(sheet, c) for c in (first, last, months, total))
    whole = f"({n}+({n}=0))"
    pennies = f"ROUND({t}*100,0)"
    return (f"SUMPRODUCT(({f}<={month})*({la}>={month})*({n}>0)*(INT({pennies}/{whole})"
            f"+(({month}-{f})<MOD({pennies},{whole}))))/100")


def _cash_flow(book: Workbook, view: CostingView, inputs_page: Page, staff: Page,
               other: Page, overheads: Page, summary: Page) -> Page:
    page = Page(book.create_sheet(tr("Cash flow")))
    ref = inputs_page.ref
    page.add([tr("Month"), tr("Spent (£)"), tr("Paid to you (£)"), tr("Running balance (£)"),
              "", tr("Months paid late"), Formula(
                  f"=MAX(0,ROUNDUP({ref('arrears')}/{DAYS_IN_MONTH},0))")], bold=True)
    late, length, pence = "$G$1", ref("length"), summary.ref("pence")
    inputs = view.costing.inputs
    last = max(inputs.length_months + months_late(inputs.arrears_days),
               max(view.result.monthly_costs, default=0))
    first_row = page.row
    for month in range(0, last + 1):
        r = page.row
        spent = "+".join([_spent(staff, "P", "Q", "I", "O", f"A{r}"),
                          _spent(other, "J", "K", "L", "P", f"A{r}"),
                          _spent(overheads, "G", "H", "B", "F", f"A{r}")])
        k = f"(A{r}-{late})"
        page.add([
            month, Formula(f"={spent}"),
            Formula(f"=IF(AND({k}>=1,{k}<={length}),(INT({pence}/{length})"
                    f"+({k}<=MOD({pence},{length})))/100,0)"),
            Formula(f"=C{r}-B{r}" if r == first_row else f"=D{r - 1}+C{r}-B{r}")],
            [None, MONEY_FORMAT, MONEY_FORMAT, MONEY_FORMAT])
    balances = f"$D${first_row}:$D${page.row - 1}"
    page.add([])
    lowest = page.named("lowest", tr("Lowest point (£)"), Formula(f"=MIN({balances})"),
                        MONEY_FORMAT)
    page.named("lowest_month", tr("In month"), Formula(
        f"=INDEX($A${first_row}:$A${page.row - 2},MATCH({lowest},{balances},0))"))
    needed = page.named("needed", tr("Needed from the free reserves (£)"),
                        Formula(f"=MAX(0,-{lowest})"), MONEY_FORMAT)
    page.named("covered", tr("Do the free reserves cover it?"), Formula(
        f"=IF(ISBLANK({ref('reserves')}),\"\",IF({ref('reserves')}>={needed},"
        f"\"{_quote(tr('Yes'))}\",\"{_quote(tr('No'))}\"))"))
    _widths(page.sheet, [8, 16, 16, 18, 2, 34, 10])
    page.sheet.freeze_panes = "A2"
    return page


def _quote(text: str) -> str:
    """Text inside a formula's double quotes."""
    return text.replace('"', '""')


def costing_workbook(view: CostingView) -> Workbook:
    book = Workbook()
    inputs = _inputs(book, view)
    staff = _staff(book, view, inputs)
    other = _non_staff(book, view, inputs)
    overheads = _overheads(book, view, inputs, staff, other)
    summary = _summary(book, view, inputs, staff, other, overheads)
    _cash_flow(book, view, inputs, staff, other, overheads, summary)
    return book


def write(view: CostingView, path: Path) -> int:
    """Write the workbook to `path` atomically; return its number of sheets."""
    book = costing_workbook(view)
    with atomic_file(path) as stream:
        book.save(stream)
    return len(book.worksheets)

