"""Hundreds of opportunities to a spreadsheet, streamed, and read back whole: every row, typed
cells, hostile text kept (bar the control characters XLSX cannot hold)."""

from __future__ import annotations

import csv
from datetime import date, timedelta
from pathlib import Path

from openpyxl import load_workbook

from desktop.app.documents import DocumentSources
from desktop.app.workspace import Workspace
from desktop.core.catalogue_records import load_catalogue
from desktop.core.opportunities import OpportunityInfo, Status, default_milestones
from desktop.core.opportunity_records import all_opportunities, save_opportunity
from desktop.core.organisation import OrganisationInfo
from desktop.core.qualification import qualification_forms
from desktop.reports.spreadsheets import ILLEGAL, export, safe_text
from tests.packs import PSDF

TODAY = date(2026, 11, 25)


def as_read(text: str) -> str:
    """Line ends as one line feed: openpyxl writes a carriage return as it is (which XML reads
    back as a line feed) or, with lxml installed (python-docx needs it), as &#13; (kept)."""
    return text.replace("\r\n", "\n").replace("\r", "\n")


def test_hundreds_of_opportunities_stream_to_xlsx_and_read_back(
        workspace: Workspace, organisation: OrganisationInfo, tmp_path: Path,
        hostile_texts: list[str]) -> None:
    catalogue = load_catalogue(workspace.database, PSDF)
    lots = tuple(lot.code for lot in catalogue.lots[:4])
    texts = [text[:290] for text in hostile_texts]  # a title holds under 300 characters
    for number in range(400):
        title = f"{texts[number % len(texts)]} {number}"
        save_opportunity(workspace.database, organisation.id, OpportunityInfo(
            None, title, f"REF-{number}", value=number * 123_45 if number % 5 else None,
            status=list(Status)[number % len(Status)], lot_codes=lots[:number % 5],
            notes="=SUM(A1)" if number % 7 == 0 else "",
            milestones=default_milestones(catalogue, TODAY + timedelta(days=number))))
    source = DocumentSources(workspace.database, organisation, catalogue,
                             qualification_forms(catalogue), tmp_path, TODAY,
                             only_framework=catalogue.framework.code)
    path = tmp_path / "opportunities.xlsx"
    assert export("opportunities", source, path, "xlsx") == 400
    sheet = load_workbook(path).active
    rows = list(sheet.iter_rows(min_row=2))
    assert len(rows) == 400
    titles = {lot.code: lot.title for lot in catalogue.lots}
    for opportunity, cells in zip(all_opportunities(workspace.database, organisation.id), rows,
                                  strict=True):
        title, reference, _, status, value, _, deadline, lot_titles, _, notes = cells
        assert as_read(title.value) == as_read(safe_text(ILLEGAL.sub("", opportunity.title)))
        assert reference.value == opportunity.buyer_reference
        assert status.value == opportunity.status.label
        if opportunity.value is None:
            assert value.value is None
        else:
            assert value.value == opportunity.value / 100 and "£" in value.number_format
        assert opportunity.deadline is not None
        assert deadline.value == opportunity.deadline.local.replace(tzinfo=None)
        assert deadline.number_format == "dd/mm/yyyy hh:mm"
        assert (lot_titles.value or "") == "; ".join(titles[c] for c in opportunity.lot_codes)
        assert (notes.value or "") == ("'=SUM(A1)" if opportunity.notes else "")
        if len(title.value) > 60:
            assert title.alignment.wrap_text  # wider than a column: wraps
    assert any("🙂" in str(cells[0].value) for cells in rows)
    assert any("ŵ" in str(cells[0].value) for cells in rows)
    export("opportunities", source, tmp_path / "o.csv", "csv")
    with (tmp_path / "o.csv").open(encoding="utf-8-sig", newline="") as stream:
        assert len(list(csv.DictReader(stream))) == 400
