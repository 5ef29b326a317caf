"""Bid summary, deadline calendar, supply-chain report, eligibility matrix and spreadsheets,
made from the sample charity and read back: title blocks, overdue tasks, the checklist,
spreadsheets a person can read."""

from __future__ import annotations

import csv
import re
from datetime import UTC, date, datetime
from pathlib import Path

import pytest
from openpyxl import load_workbook
from pypdf import PageObject, PdfReader

from desktop.app.documents import DocumentRequest, document_sources
from desktop.app.operations import OperationError
from desktop.app.workspace import Workspace
from desktop.core.opportunities import OpportunityInfo
from desktop.core.opportunity_records import save_opportunity
from desktop.core.organisation_records import current_organisation
from desktop.core.sample import ensure_sample
from desktop.reports.registry import make_document
from desktop.reports.spreadsheets import export, safe_text

TODAY = date(2026, 11, 25)


@pytest.fixture
def sample(workspace: Workspace) -> Workspace:
    ensure_sample(workspace.database, TODAY)
    return workspace


def make(workspace: Workspace, tmp_path: Path, request: DocumentRequest,
         today: date = TODAY) -> str:
    return "\n".join(page.extract_text() for page in pages(workspace, tmp_path, request, today))


def pages(workspace: Workspace, tmp_path: Path, request: DocumentRequest,
          today: date = TODAY) -> list[PageObject]:
    organisation = current_organisation(workspace.database)
    assert organisation is not None
    path = tmp_path / f"{request.document}.pdf"
    make_document(workspace, organisation, request, path, today=today)
    return list(PdfReader(path).pages)


def test_bid_summary(sample: Workspace, tmp_path: Path) -> None:
    text = make(sample, tmp_path, DocumentRequest("bid", "psdf-co-acc-d-01"))
    flat = text.replace("\n", " ")
    for expected in ("Accommodation Services for Wales", "PSDF-CO-ACC-D-01", "£2,400,000",
                     "Not qualified for Accommodation yet", "Submission deadline",
                     "13 December 2026, 12:00", "Tenovus Housing (sample)", "Key subcontractor",
                     "Decided by", "The board of trustees, minute 7/2026",
                     "Send clarification questions"):
        assert expected in flat, expected


@pytest.mark.parametrize("document", ["bid", "calendar", "eligibility", "supply-chain"])
def test_short_documents_start_on_a_title_block(sample: Workspace, tmp_path: Path,
                                                document: str) -> None:
    made = pages(sample, tmp_path, DocumentRequest(document, "psdf-co-acc-d-01", year=2026))
    first = made[0].extract_text()
    assert "Riverside Futures" in first and "Probation Services Dynamic Framework" in first
    assert "Made on 25 November 2026" in first and "At a glance" in first
    assert f"Page 1 of {len(made)}" in first  # no cover page: the document starts here
    assert not any("Contents" in page.extract_text() for page in made)
    assert not any("Draft —" in page.extract_text() for page in made)


def test_bid_summary_says_not_scored_and_flags_overdue_tasks(sample: Workspace,
                                                             tmp_path: Path) -> None:
    made = pages(sample, tmp_path, DocumentRequest("bid", "psdf-co-acc-d-01"))
    glance = made[0].extract_text().replace("\n", " ")
    flat = " ".join(page.extract_text() for page in made).replace("\n", " ")
    assert "Decision Bid (The board of trustees, minute 7/2026, 22 November 2026)" in glance
    assert "Tasks 3 open, ⚠ 1 overdue" in glance  # the sample's sign-off was due 2 days ago
    assert "13 December 2026, 12:00 (18 days left)" in glance
    assert "Checklist score Not scored" in flat and "/ 100" not in flat
    assert "Does the work fit our mission" not in flat  # unticked: not printed as "No"
    assert "Trustees sign off the price Chair 23 November 2026 ⚠ Overdue" in flat
    earlier = make(sample, tmp_path, DocumentRequest("bid", "psdf-co-acc-d-01"),
                   date(2026, 11, 20))
    assert "Overdue" not in earlier and "overdue" not in earlier


def test_bid_summary_prints_only_the_ticked_checklist_items(sample: Workspace,
                                                            tmp_path: Path) -> None:
    from desktop.core.checklist import load_checklist
    from desktop.core.opportunity_records import all_opportunities, record_decision

    organisation = current_organisation(sample.database)
    assert organisation is not None
    bid = next(o for o in all_opportunities(sample.database, organisation.id)
               if o.buyer_reference == "PSDF-CO-ACC-D-01")
    assert bid.id is not None
    items = load_checklist()
    record_decision(sample.database, bid.id, "bid", "Megan Pryce", "Our core work.",
                    {item.code: item.code == "fits-mission" for item in items},
                    bid.decided_at or datetime(2026, 11, 20, tzinfo=UTC))
    text = make(sample, tmp_path, DocumentRequest("bid", "psdf-co-acc-d-01"))
    flat = text.replace("\n", " ").rsplit("Bid / no-bid decision", 1)[1]
    assert "Does the work fit our mission and the people we already support? Yes" in flat
    assert "Can we lead it" not in flat and not re.search(r"\bNo\b", flat)
    assert f"Checklist score {round(100 * 3 / sum(i.weight for i in items))} / 100" in flat


def test_unknown_opportunity_is_a_plain_message(sample: Workspace, tmp_path: Path) -> None:
    with pytest.raises(OperationError, match='No opportunity has the reference or number "X-1"'):
        make(sample, tmp_path, DocumentRequest("bid", "X-1"))
    assert not (tmp_path / "bid.pdf").exists()


def test_calendar_is_month_by_month(sample: Workspace, tmp_path: Path) -> None:
    text = make(sample, tmp_path, DocumentRequest("calendar"))
    assert text.index("December 2026") < text.index("January 2027") < text.index("March 2027")
    assert "Task: Draft the method statement" in text
    assert "Task: Trustees sign off the price\n⚠ Overdue" in text  # due 2 days ago
    assert "⚠ 1 overdue" in text
    earlier = make(sample, tmp_path, DocumentRequest("calendar"), date(2026, 11, 20))
    assert "Overdue" not in earlier and "overdue" not in earlier


def test_supply_chain_report(sample: Workspace, tmp_path: Path) -> None:
    text = make(sample, tmp_path, DocumentRequest("supply-chain", year=2026)).replace("\n", " ")
    assert "Supply chain in 2026" in text and "£84,000.00" in text  # with its pence, as figures
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
    # the chosen framework's (the sample's two under PSDF) and this one, not yet under any
    assert export("opportunities", document_sources(sample, organisation, TODAY),
                  tmp_path / "psdf.xlsx", "xlsx") == 3
    assert "Framework" not in next(load_workbook(tmp_path / "psdf.xlsx").active.iter_rows(
        values_only=True))
    source = document_sources(sample, organisation, TODAY, every_framework=True)
    # every framework's: the sample's three (PSDF and CAS) and this one, each naming its own
    assert export("opportunities", source, tmp_path / "o.xlsx", "xlsx") == 4
    sheet = load_workbook(tmp_path / "o.xlsx").active
    rows = list(sheet.iter_rows(values_only=True))
    assert rows[0][0] == "Title" and rows[0][-1] == "Framework"
    assert sorted(str(row[-1]) for row in rows[1:]) == [
        "Community Accommodation Services open framework", "Not yet under a framework",
        "Probation Services Dynamic Framework", "Probation Services Dynamic Framework"]
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


def shown_as(value: object, number_format: str) -> str:
    """What a spreadsheet shows for a cell read back (openpyxl reads every date as a datetime)."""
    if isinstance(value, datetime):
        return value.strftime("%d/%m/%Y %H:%M" if "hh:mm" in number_format else "%d/%m/%Y")
    if "£" in number_format and isinstance(value, int | float):
        return f"£{value:,.2f}"
    return "" if value is None else str(value)


def test_spreadsheets_a_person_can_read(sample: Workspace, tmp_path: Path) -> None:
    """Columns as wide as their content, the heading row frozen and filtered, plain words in
    place of codes, technical columns last; the CSV has the same words."""
    from openpyxl.utils import get_column_letter

    organisation = current_organisation(sample.database)
    assert organisation is not None
    source = document_sources(sample, organisation, TODAY)
    for kind in ("lots", "eligibility", "opportunities", "tasks", "evidence", "partners"):
        path = tmp_path / f"{kind}.xlsx"
        rows = export(kind, source, path, "xlsx")
        sheet = load_workbook(path).active
        assert sheet.freeze_panes == "A2", kind
        last = get_column_letter(sheet.max_column)
        assert sheet.auto_filter.ref == f"A1:{last}{rows + 1}", kind
        for column in sheet.iter_cols():
            width = sheet.column_dimensions[column[0].column_letter].width
            for cell in column:
                shown = shown_as(cell.value, cell.number_format)
                longest = max((len(line) for line in shown.splitlines()), default=0)
                assert longest + 2 <= width or cell.alignment.wrap_text, (kind, cell.coordinate)
    lots = list(load_workbook(tmp_path / "lots.xlsx").active.iter_rows(values_only=True))
    assert lots[0] == ("Lot", "Family", "Categories", "Area", "Region", "How sure", "Code")
    gwent = next(row for row in lots if row[-1] == "WOM-gwent")
    assert gwent[:2] == ("Women's Services for Gwent", "Women's Services") and gwent[3] == "Gwent"
    assert gwent[5] == "Confirmed"
    opportunities = list(load_workbook(tmp_path / "opportunities.xlsx").active.iter_rows(
        values_only=True))
    wales = next(row for row in opportunities if row[0] == "Accommodation Services for Wales")
    assert wales[3] == "Writing the bid" and wales[8] == "Bid"
    assert wales[7] == "Accommodation Services for Wales"  # the lot's title, not "ACC-D"
    assert all("WOM-" not in str(cell) for row in opportunities for cell in row)
    evidence = next(load_workbook(tmp_path / "evidence.xlsx").active.iter_rows(values_only=True))
    assert evidence[-1] == "SHA-256"
    tasks = list(load_workbook(tmp_path / "tasks.xlsx").active.iter_rows(values_only=True))
    assert ("Trustees sign off the price", "⚠ Overdue") in {(r[1], r[4]) for r in tasks}
    export("opportunities", source, tmp_path / "o.csv", "csv")
    with (tmp_path / "o.csv").open(encoding="utf-8-sig", newline="") as stream:
        plain = next(r for r in csv.DictReader(stream)
                     if r["Title"] == "Accommodation Services for Wales")
    assert plain["Status"] == "Writing the bid" and plain["Decision"] == "Bid"
    assert plain["Lots"] == "Accommodation Services for Wales"
