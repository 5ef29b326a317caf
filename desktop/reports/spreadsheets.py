"""Spreadsheet exports (CSV and XLSX) of lots, eligibility, opportunities, tasks, evidence and
partners.

Columns hold plain words, not the app's codes ("Writing the bid", the lot's title with its area),
and technical columns (a lot's code, a file's SHA-256) come last. Cells that begin with =, +, - or
@ get a leading apostrophe so no spreadsheet runs them as a formula; in XLSX, dates are real dates
and money is a number in pounds with a £ format, each column is as wide as what it holds (long
text wraps), the heading row stays in view and has filters. Files are written atomically.
openpyxl is used in write-only mode, so memory stays flat however long the sheet.
"""

from __future__ import annotations

import csv
import io
import re
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from datetime import date, datetime
from pathlib import Path
from typing import Any

from desktop.app.documents import DocumentSources
from desktop.app.queries import eligibility
from desktop.atomic import atomic_file, write_bytes_atomically
from desktop.core.catalogue import certainty_label
from desktop.core.evidence import warnings
from desktop.core.evidence_records import list_evidence
from desktop.core.opportunity_records import all_opportunities
from desktop.core.supply_chain import PartnerYearInfo
from desktop.core.supply_chain_records import list_partners, partner_years
from desktop.i18n import tr

FORMULA_START = ("=", "+", "-", "@", "\t", "\r")
MONEY_FORMAT = '"£"#,##0.00'
DATE_FORMAT = "dd/mm/yyyy"
WIDEST = 60  # characters: a longer text wraps within its column
CELL_LIMIT = 32_767  # characters an XLSX cell holds (Excel's limit): a longer text is cut, with …
ILLEGAL = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f]")  # control characters bar \t \n \r


@dataclass(frozen=True, slots=True)
class Money:
    """An amount in pence: a number in pounds with a £ format in XLSX, "1234.50" in CSV."""

    pence: int


@dataclass(frozen=True, slots=True)
class Sheet:
    title: str
    headings: list[str]
    rows: list[list[Any]]


def safe_text(value: str) -> str:
    """Text that a spreadsheet shows and never runs as a formula."""
    return "'" + value if value.startswith(FORMULA_START) else value


def _lots(source: DocumentSources) -> Sheet:
    catalogue = source.catalogue
    return Sheet(tr("Lots"), [tr("Lot"), tr("Family"), tr("Categories"), tr("Area"),
                              tr("Region"), tr("How sure"), tr("Code")],
                 [[lot.title, lot.family_name,
                   ", ".join(catalogue.category_names(lot.categories + lot.cohorts)),
                   lot.area_name, lot.region_name, certainty_label(lot.provenance.certainty),
                   lot.code]
                  for lot in catalogue.lots])


def _eligibility(source: DocumentSources) -> Sheet:
    results = eligibility(source.database, source.organisation.id, source.catalogue,
                          source.forms, source.library, source.today)
    return Sheet(tr("Eligibility"), [tr("Lot"), tr("Area"), tr("Can you bid?"), tr("Why"),
                                     tr("Code")],
                 [[r.lot.title, r.lot.area_name, f"{r.standing.symbol} {r.standing.label}",
                   "; ".join(x.text for x in (r.problems or r.reasons)), r.lot.code]
                  for r in results])


def _decision(code: str) -> str:
    return {"bid": tr("Bid"), "no-bid": tr("No bid")}.get(code, tr("Not decided yet"))


def _opportunities(source: DocumentSources) -> Sheet:
    titles = {lot.code: lot.title for lot in source.catalogue.lots}
    every = source.only_framework is None
    rows = []
    for o in all_opportunities(source.database, source.organisation.id, source.only_framework,
                               with_tasks=False):
        deadline = o.deadline
        rows.append([o.title, o.buyer_reference, o.kind.label, o.status.label,
                     Money(o.value) if o.value is not None else None, o.length_months,
                     deadline.local.replace(tzinfo=None) if deadline else None,
                     "; ".join(titles.get(code, code) for code in o.lot_codes),
                     _decision(o.decision), o.notes]
                    + ([source.framework_names.get(o.framework_code, o.framework_code)
                        or tr("Not yet under a framework")] if every else []))
    return Sheet(tr("Opportunities"), [tr("Title"), tr("Reference"), tr("Contract or grant"),
                                       tr("Status"), tr("Value"), tr("Months"),
                                       tr("Submission deadline (UK)"), tr("Lots"),
                                       tr("Decision"), tr("Notes")]
                 + ([tr("Framework")] if every else []), rows)


def _tasks(source: DocumentSources) -> Sheet:
    from desktop.reports.at_a_glance import task_state  # with ReportLab: only for this sheet

    return Sheet(tr("Tasks"), [tr("Opportunity"), tr("Task"), tr("Who"), tr("Due"), tr("Done")],
                 [[o.title, t.title, t.owner, t.due, task_state(t, source.today)]
                  for o in all_opportunities(source.database, source.organisation.id,
                                             source.only_framework)
                  for t in o.tasks])


def _evidence(source: DocumentSources) -> Sheet:
    return Sheet(tr("Evidence"), [tr("Title"), tr("Type"), tr("Issued"), tr("Valid until"),
                                  tr("Review by"), tr("Status"), tr("File"), tr("SHA-256")],
                 [[d.title, d.details.kind.label, d.details.issued_on, d.details.valid_until,
                   d.details.review_by, " ".join(warnings(d, source.today)) or tr("In date"),
                   d.file_name, d.sha256]
                  for d in list_evidence(source.database, source.library,
                                         source.organisation.id)])


def _partners(source: DocumentSources) -> Sheet:
    rows = []
    for partner in list_partners(source.database, source.organisation.id):
        years: Sequence[PartnerYearInfo | None] = (
            partner_years(source.database, partner.id) if partner.id else []) or [None]
        for figures in years:
            rows.append([partner.name, partner.charity_number, partner.company_number,
                         figures.year if figures else None, figures.services if figures else "",
                         Money(figures.spend) if figures else None,
                         figures.started_on if figures else None,
                         figures.ended_on if figures else None])
    return Sheet(tr("Partners"), [tr("Partner"), tr("Charity number"), tr("Company number"),
                                  tr("Year"), tr("Services"), tr("Spend"), tr("From"),
                                  tr("To")], rows)


SHEETS: dict[str, Callable[[DocumentSources], Sheet]] = {
    "lots": _lots, "eligibility": _eligibility, "opportunities": _opportunities,
    "tasks": _tasks, "evidence": _evidence, "partners": _partners}


def export(kind: str, source: DocumentSources, path: Path, file_format: str) -> int:
    """Write one sheet to `path` as "csv" or "xlsx"; return the number of rows."""
    sheet = SHEETS[kind](source)
    write_sheet(sheet, path, file_format)
    return len(sheet.rows)


def write_sheet(sheet: Sheet, path: Path, file_format: str) -> None:
    """One sheet to `path` as "csv" or "xlsx", atomically."""
    if file_format == "csv":
        write_bytes_atomically(path, _csv(sheet).encode("utf-8-sig"))  # Excel reads the BOM
    else:
        _xlsx(sheet, path)


def _csv_cell(value: Any) -> str:
    if value is None:
        return ""
    if isinstance(value, Money):
        return f"{value.pence / 100:.2f}"
    if isinstance(value, datetime):
        return value.strftime("%d/%m/%Y %H:%M")
    if isinstance(value, date):
        return value.strftime("%d/%m/%Y")
    return safe_text(str(value))


def _csv(sheet: Sheet) -> str:
    buffer = io.StringIO()
    writer = csv.writer(buffer, lineterminator="\r\n")
    writer.writerow(sheet.headings)
    writer.writerows([_csv_cell(value) for value in row] for row in sheet.rows)
    return buffer.getvalue()


def _shown_width(value: Any) -> int:
    """About how many characters wide a value shows in a spreadsheet cell."""
    if value is None:
        return 0
    if isinstance(value, Money):
        return len(f"£{value.pence / 100:,.2f}")
    if isinstance(value, datetime):
        return len("31/12/2027 23:59")
    if isinstance(value, date):
        return len("31/12/2027")
    return max(len(line) for line in str(value).splitlines() or [""])


def column_widths(sheet: Sheet) -> list[int]:
    """Each column as wide as its heading and its widest value (a little over, so nothing shows
    as ###), up to WIDEST characters."""
    return [min(WIDEST, max(_shown_width(value) for value in column) + 2)
            for column in zip(sheet.headings, *sheet.rows, strict=True)]


def _xlsx(sheet: Sheet, path: Path) -> None:
    from openpyxl import Workbook
    from openpyxl.cell import WriteOnlyCell
    from openpyxl.styles import Alignment, Font
    from openpyxl.utils import get_column_letter

    book = Workbook(write_only=True)
    page = book.create_sheet(sheet.title[:31])
    widths = column_widths(sheet)
    for number, width in enumerate(widths, start=1):
        page.column_dimensions[get_column_letter(number)].width = width
    page.freeze_panes = "A2"
    page.auto_filter.ref = f"A1:{get_column_letter(len(sheet.headings))}{len(sheet.rows) + 1}"
    bold, wrapped = Font(bold=True), Alignment(wrap_text=True, vertical="top")
    header = []
    for text in sheet.headings:
        cell = WriteOnlyCell(page, value=text)
        cell.font = bold
        header.append(cell)
    page.append(header)
    for row in sheet.rows:
        cells: list[Any] = []
        for value, width in zip(row, widths, strict=True):
            if isinstance(value, str) and _shown_width(value) + 2 <= width:
                cells.append(_xlsx_value(value))  # plain text needs no cell of its own
                continue
            cell = WriteOnlyCell(page, value=_xlsx_value(value))
            if isinstance(value, Money):
                cell.number_format = MONEY_FORMAT
            elif isinstance(value, datetime):
                cell.number_format = DATE_FORMAT + " hh:mm"
            elif isinstance(value, date):
                cell.number_format = DATE_FORMAT
            elif isinstance(value, str):
                cell.alignment = wrapped  # wider than WIDEST: wraps within its column
            cells.append(cell)
        page.append(cells)
    with atomic_file(path) as stream:
        book.save(stream)


def _xlsx_value(value: Any) -> Any:
    if isinstance(value, Money):
        return value.pence / 100
    if isinstance(value, str):
        return safe_cell_text(value)
    return value


def safe_cell_text(value: str) -> str:
    """Text for an XLSX cell: never run as a formula, without the characters XLSX cannot hold,
    and no longer than a cell holds."""
    text = safe_text(_strip_illegal(value))
    return text if len(text) <= CELL_LIMIT else text[:CELL_LIMIT - 1] + "…"


def _strip_illegal(text: str) -> str:
    """XLSX cannot hold control characters other than tab and line breaks."""
    return ILLEGAL.sub("", text)

