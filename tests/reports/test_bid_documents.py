"""The bid response, compliance matrix (PDF and XLSX) and submission receipt, made on the
sample charity and read back: every question, its answer and count against the limit, the
weighting; hostile text and text pasted from Word (smart quotes, tabs, soft hyphens) printed as
typed and counted as the buyer counts it; the receipt's files with their SHA-256."""

from __future__ import annotations

from datetime import UTC, date, datetime, timedelta
from pathlib import Path

import pytest
from openpyxl import load_workbook
from pypdf import PdfReader

from desktop.app.documents import DocumentRequest
from desktop.app.workspace import Workspace
from desktop.core.bid_question_records import add_questions
from desktop.core.bid_questions import BidQuestion, Status
from desktop.core.organisation_records import current_organisation
from desktop.core.sample import ensure_sample
from desktop.core.submission import SubmissionInfo
from desktop.core.submission_records import record_submission
from desktop.reports import registry
from desktop.reports.bid_sheets import make_compliance_workbook
from desktop.ui.translations import prepare
from tests.reports.pdf_reading import text_of

TODAY = date(2026, 12, 3)
REFERENCE = "psdf-co-acc-d-01"
WORD = "“Smart” quotes,\tTŷ <b>&</b> co-\u00adoperate 🙂"  # 6 words, as the buyer counts


@pytest.fixture
def sample(workspace: Workspace) -> Workspace:
    ensure_sample(workspace.database, TODAY)
    add_questions(workspace.database, 1, [
        BidQuestion(None, "1.1", "Describe <your> service & approach", limit=5,
                    weighting=1250, answer=WORD, status=Status.FINAL),
        BidQuestion(None, "1.2", "Safeguarding", limit=100, weighting=2000,
                    attachment_required=True, pass_fail=True)])
    return workspace


def make(workspace: Workspace, document: str, path: Path, language: str = "en") -> str:
    organisation = current_organisation(workspace.database)
    assert organisation is not None
    prepare(language)
    registry.make_document(workspace, organisation, DocumentRequest(
        document, REFERENCE, language=language), path, today=TODAY)
    return text_of(PdfReader(path))


def test_the_response_prints_each_answer_with_its_count(sample: Workspace,
                                                        tmp_path: Path) -> None:
    text = make(sample, "response", tmp_path / "response.pdf")
    flat = " ".join(text.split())
    assert "Describe <your> service & approach" in flat
    assert "“Smart” quotes, Tŷ <b>&</b> co-operate" in flat  # soft hyphen gone, tab a space
    assert "⚠ 6 of 5 words — 1 over the limit" in flat
    assert "12.5 %" in flat and "20 %" in flat and "Not answered yet." in flat
    assert "Marks covered by final answers 12.5 % of 32.5 %" in flat


def test_the_compliance_matrix_in_pdf_and_xlsx(sample: Workspace, tmp_path: Path) -> None:
    flat = " ".join(make(sample, "compliance", tmp_path / "matrix.pdf").split())
    assert "5 words" in flat and "✗ No" in flat and "Needed: none chosen" in flat
    assert "Question 1.2: not answered yet. It is a pass or fail question." in flat
    organisation = current_organisation(sample.database)
    assert organisation is not None
    rows = make_compliance_workbook(sample, organisation, DocumentRequest(
        "compliance", REFERENCE), tmp_path / "matrix.xlsx")
    assert rows == 2
    sheet = list(load_workbook(tmp_path / "matrix.xlsx").active.iter_rows(values_only=True))
    assert sheet[0][:5] == ("Number", "Question", "Limit", "Count", "Within the limit")
    assert sheet[1][:7] == ("1.1", "Describe <your> service & approach", "5 words", 6, "No",
                            "Final", "Not needed")
    assert sheet[2][6] == "Needed: none chosen" and "pass or fail" in sheet[2][7]


def test_the_receipt_lists_the_files_sent(sample: Workspace, tmp_path: Path) -> None:
    assert "No submission is logged for this bid yet." in make(
        sample, "receipt", tmp_path / "none.pdf")
    sent = tmp_path / "Ymateb Tŷ & co.pdf"
    sent.write_bytes(b"%PDF-1.4 sent")
    now = datetime.now(UTC)
    saved = record_submission(sample.database, sample.evidence_folder, 1, SubmissionInfo(
        None, "Jaggaer <eSourcing> & co", now - timedelta(hours=1), "Siân", "ITT_42"), [sent],
        now)
    flat = " ".join(make(sample, "receipt", tmp_path / "receipt.pdf").split())
    assert "Jaggaer <eSourcing> & co" in flat and "ITT_42" in flat and "Siân" in flat
    assert "Ymateb Tŷ & co.pdf" in flat and saved.when in flat
    assert saved.files[0].sha256[:32] in flat.replace(" ", "")
    welsh = " ".join(make(sample, "receipt", tmp_path / "derbynneb.pdf", "cy").split())
    assert "ITT_42" in welsh
