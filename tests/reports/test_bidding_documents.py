"""Bid summary, deadline calendar, supply-chain report, eligibility matrix and spreadsheets,
made from the sample charity and read back."""

from __future__ import annotations

import csv
from datetime import date
from pathlib import Path

import pytest
from openpyxl import load_workbook
from pypdf import PdfReader

from desktop.core.opportunities import OpportunityInfo
from desktop.core.opportunity_records import save_opportunity
from desktop.core.organisation_records import current_organisation
from desktop.core.sample import ensure_sample
from desktop.core.workspace import Workspace
from desktop.reports.documents import DocumentRequest, export_source, make_document
from desktop.reports.spreadsheets import export, safe_text

TODAY = date(2026, 11, 25)


@pytest.fixture
def sample(workspace: Workspace) -> Workspace:
    ensure_sample(workspace.database, TODAY)
    return workspace


def make(workspace: Workspace, tmp_path: Path, request: DocumentRequest) -> str:
    organisation = current_organisation(workspace.database)
    assert organisation is not None
    path = tmp_path / f"{request.document}.pdf"
    make_document(workspace, organisation, request, path, today=TODAY)
    return "\n".join(page.extract_text() for page in PdfReader(path).pages)


def test_bid_summary(sample: Workspace, tmp_path: Path) -> None:
    text = make(sample, tmp_path, DocumentRequest("bid", "psdf-co-acc-d-01"))
    flat = text.replace("\n", " ")
    for expected in ("Accommodation Services for Wales", "PSDF-CO-ACC-D-01", "£2,400,000",
                     "Not qualified for Accommodation yet", "Submission deadline",
                     "13 December 2026, 12:00", "Tenovus Housing (sample)", "Key subcontractor",
                     "Decided by", "Megan Pryce", "Send clarification questions"):
        assert expected in flat, expected


def test_unknown_opportunity_is_a_plain_message(sample: Workspace, tmp_path: Path) -> None:
    with pytest.raises(LookupError, match='No opportunity has the reference or number "X-1"'):
        make(sample, tmp_path, DocumentRequest("bid", "X-1"))
    assert not (tmp_path / "bid.pdf").exists()


def test_calendar_is_month_by_month(sample: Workspace, tmp_path: Path) -> None:
    text = make(sample, tmp_path, DocumentRequest("calendar"))
    assert text.index("December 2026") < text.index("January 2027") < text.index("March 2027")
    assert "Task: Draft the method statement" in text


def test_supply_chain_report(sample: Workspace, tmp_path: Path) -> None:
    text = make(sample, tmp_path, DocumentRequest("supply-chain", year=2026)).replace("\n", " ")
    assert "Supply chain in 2026" in text and "£84,000" in text
    assert "Tenovus Housing (sample)" in text and "Key subcontractor" in text


def test_eligibility_matrix(sample: Workspace, tmp_path: Path) -> None:
    text = make(sample, tmp_path, DocumentRequest("eligibility")).replace("\n", " ")
    assert "Lead: 0 lots · partner only: 10 · not eligible: 99" in text
    assert "D Wales" in text and "You do not work in North East" in text


def test_spreadsheets_are_safe_and_typed(sample: Workspace, tmp_path: Path) -> None:
    organisation = current_organisation(sample.database)
    assert organisation is not None
    save_opportunity(sample.database, organisation.id,
                     OpportunityInfo(None, "=HYPERLINK(\"http://x\")", "@SUM(A1)", value=150))
    source = export_source(sample, organisation, TODAY)
    assert export("opportunities", source, tmp_path / "o.xlsx", "xlsx") == 3
    sheet = load_workbook(tmp_path / "o.xlsx").active
    rows = list(sheet.iter_rows(values_only=True))
    assert rows[0][0] == "Title"
    evil = next(row for row in rows if str(row[0]).startswith("'="))
    assert evil[0] == "'=HYPERLINK(\"http://x\")" and evil[1] == "'@SUM(A1)"
    wales = next(row for row in rows if row[0] == "Accommodation Services for Wales")
    assert wales[4] == 2_400_000  # a number, shown with a £ format
    money_cell = next(c for c in sheet.iter_rows(min_row=2) if c[0].value == wales[0])[4]
    assert "£" in money_cell.number_format
    assert wales[6].year == 2026  # a real date and time
    export("tasks", source, tmp_path / "t.csv", "csv")
    with (tmp_path / "t.csv").open(encoding="utf-8-sig", newline="") as stream:
        tasks = list(csv.DictReader(stream))
    assert {t["Task"] for t in tasks} >= {"Send clarification questions"}
    assert tasks[0]["Due"].count("/") == 2


@pytest.mark.parametrize(("typed", "safe"), [
    ("=1+1", "'=1+1"), ("+44 20", "'+44 20"), ("-5", "'-5"), ("@x", "'@x"), ("plain", "plain")])
def test_formula_lookalikes(typed: str, safe: str) -> None:
    assert safe_text(typed) == safe
