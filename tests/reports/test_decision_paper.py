"""The trustees' decision paper, made from the sample charity's worked costing and read back
with pypdf, in English and in Welsh; and from hostile text and an opportunity with no value."""

from __future__ import annotations

from dataclasses import replace
from datetime import date
from decimal import Decimal
from pathlib import Path

import pytest
from pypdf import PdfReader

from desktop.app.documents import DocumentRequest
from desktop.app.workspace import Workspace
from desktop.cli.main import main
from desktop.core.costing import CostingInputs, CostKind, CostLine, StaffLine, calculate
from desktop.core.costing_cashflow import cash_flow
from desktop.core.costing_rates import current_rates
from desktop.core.costing_records import free_reserves, load_costing, save_costing
from desktop.core.opportunities import OpportunityInfo
from desktop.core.opportunity_records import opportunity_named, save_opportunity
from desktop.core.organisation import OrganisationInfo
from desktop.core.organisation_records import current_organisation
from desktop.core.sample import ensure_sample
from desktop.i18n import WELSH, money_cell, pounds, prepare
from desktop.reports.registry import make_document
from tests.reports.pdf_reading import pages_ending_on_a_heading

TODAY = date(2026, 11, 25)
REFERENCE = "PSDF-CO-ACC-D-01"


@pytest.fixture
def sample(workspace: Workspace) -> Workspace:
    ensure_sample(workspace.database, TODAY)
    return workspace


def paper(workspace: Workspace, tmp_path: Path, reference: str = REFERENCE,
          language: str = "en") -> tuple[str, PdfReader]:
    organisation = current_organisation(workspace.database)
    assert organisation is not None
    path = tmp_path / f"paper-{language}.pdf"
    make_document(workspace, organisation, DocumentRequest("trustee-paper", reference,
                                                           language=language), path,
                  today=TODAY)
    reader = PdfReader(path)
    return " ".join(page.extract_text().replace("\n", " ") for page in reader.pages), reader


def reference_id(sample: Workspace, organisation: OrganisationInfo) -> int:
    found = opportunity_named(sample.database, organisation.id, REFERENCE).id
    assert found is not None
    return found


def test_the_sample_has_a_worked_costing(sample: Workspace) -> None:
    organisation = current_organisation(sample.database)
    assert organisation is not None
    costing = load_costing(sample.database,
                           reference_id(sample, organisation))
    assert len(costing.inputs.staff) == 4 and len(costing.inputs.lines) == 8
    assert costing.inputs.length_months == 36 and costing.inputs.value == 240_000_000
    assert free_reserves(sample.database, organisation.id) == 9_600_000


def test_the_paper_in_english_carries_the_figures(sample: Workspace, tmp_path: Path) -> None:
    organisation = current_organisation(sample.database)
    assert organisation is not None
    costing = load_costing(sample.database,
                           reference_id(sample, organisation))
    result = calculate(costing.inputs, current_rates())
    flow = cash_flow(costing.inputs, result, 9_600_000)
    text, reader = paper(sample, tmp_path)
    for expected in ("Trustees' decision paper", "Accommodation Services for Wales",
                     "The board's decision is recorded: Bid: the board decided on "
                     "22 November 2026 (minute 7/2026)",
                     "Full cost against the price",
                     pounds(result.full_cost), pounds(result.price), "£2,400,000",
                     "Free reserves: £96,000", "Risks the board must weigh", "TUPE",
                     "What the charity commits to", "Service manager",
                     "Tenovus Housing (sample)", "Bid / no-bid checklist",
                     "The board's decision", "Minute reference",
                     "https://www.gov.uk/guidance/rates-and-thresholds-for-employers-2026-to-2027"):
        assert expected in text, expected
    assert pounds(-flow.lowest.balance) in text  # the lowest cash point, as −£…
    # Money in the tables and figures always shows its pence, whole pounds too (£2,400,000.00
    # beside £1,250.50), so a column lines up; sentences keep "£96,000".
    assert "Value £2,400,000.00" in " ".join(text.split())
    for year in result.years:
        for pence in (year.staff, year.overheads, year.full_cost, year.price):
            assert money_cell(pence) in text, money_cell(pence)
    assert money_cell(flow.months[0].balance) in text
    assert pages_ending_on_a_heading(reader) == []
    # The risks as the board weighed them, TUPE's figures, the objects beside the mission fit.
    flat = " ".join(text.split())
    for expected in ("High Four support workers may transfer from the current provider",
                     "Medium The buyer expects about 120 people a year",
                     "Staff who may transfer 4", "Their pay and on-costs a year £118,000.00",
                     "Local Government Pension Scheme", "The charity's objects",
                     "To relieve poverty and hardship among people in Wales",
                     "charities-and-public-service-delivery-an-introduction-cc37",
                     "legislation.gov.uk/uksi/2006/246"):
        assert expected in flat, expected
    # The decision as recorded, printed on this later copy instead of lines to write on.
    for expected in ("As recorded in the app:", "Date of the meeting 22 November 2026",
                     "Meeting Trustees' meeting", "Minute reference 7/2026", "Decision Bid",
                     "Bid at no less than full cost"):
        assert expected in flat, expected
    assert "_" * 40 not in flat


def test_the_paper_in_welsh(sample: Workspace, tmp_path: Path) -> None:
    prepare(WELSH)
    text, _ = paper(sample, tmp_path, language=WELSH)
    for expected in ("Papur penderfynu'r ymddiriedolwyr", "Cost lawn yn erbyn y pris",
                     "Llif arian", "Risgiau y mae'n rhaid i'r bwrdd eu pwyso",
                     "Penderfyniad y bwrdd", "Cyfeirnod y cofnod"):
        assert expected in text, expected
    assert "Trustees' decision paper" not in text and "Full cost against" not in text
    flat = " ".join(text.split())
    for expected in ("TUPE: staff a allai drosglwyddo i'r elusen", "Barn y bwrdd", "Uchel",
                     "Amcanion yr elusen", "Fel y'i cofnodwyd yn yr ap:",
                     "Cyfeirnod y cofnod 7/2026", "Dyddiad y cyfarfod 22 Tachwedd 2026",
                     "Mae penderfyniad y bwrdd wedi'i gofnodi"):
        assert expected in flat, expected


def test_hostile_text_and_no_value_still_make_a_paper(workspace: Workspace, tmp_path: Path,
                                                      hostile_texts: list[str]) -> None:
    from desktop.core.organisation_records import create_organisation

    organisation = create_organisation(workspace.database, "Tŷ <b>Gwyn</b> & Co", "1123456")
    info = OpportunityInfo(None, hostile_texts[0], "HOSTILE-1", "D", value=None,
                           length_months=12)
    opportunity = save_opportunity(workspace.database, organisation.id, info).id or 0
    blank = load_costing(workspace.database, opportunity)
    inputs = replace(CostingInputs(12), staff=tuple(
        StaffLine(text, 2_000_000, Decimal(1), Decimal(3)) for text in hostile_texts[:5]),
        lines=(CostLine(CostKind.OTHER, hostile_texts[-1], 100_000),))
    save_costing(workspace.database, replace(blank, inputs=inputs))
    text, _ = paper(workspace, tmp_path, "HOSTILE-1")
    assert "The opportunity has no value yet" in text
    assert "Add your free reserves to the organisation profile" in text
    # Nothing weighed or decided in the app: lines to write on, and where to add the objects.
    flat = " ".join(text.split())
    assert "None weighed in the app yet" in flat and "_" * 40 in flat
    assert "Not in the organisation profile yet" in flat
    assert "As recorded in the app" not in flat
    assert "Not scored yet: answer the checklist" in flat


def test_the_command_line_makes_the_paper(capsys: pytest.CaptureFixture[str],
                                          tmp_path: Path) -> None:
    database = str(tmp_path / "charity.sqlite3")
    assert main(["demo", "--database", database]) == 0
    out = tmp_path / "papur.pdf"
    status = main(["pack", "trustee-paper", "--opportunity", REFERENCE.lower(), "--out",
                   str(out), "--language", "cy", "--database", database])
    assert status == 0 and "Papur penderfynu'r ymddiriedolwyr" in " ".join(
        page.extract_text() for page in PdfReader(out).pages)
    status = main(["pack", "trustee-paper", "--out", str(tmp_path / "x.pdf"),
                   "--database", database])
    assert status == 2 and not (tmp_path / "x.pdf").exists()
    capsys.readouterr()
