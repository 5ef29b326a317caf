"""`library search` and `check-bid` on the command line: the same answers and problems the
window shows; check-bid's status says whether anything was found (1) or nothing (0)."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from desktop.app.workspace import open_workspace
from desktop.core.bid_question_records import save_question
from desktop.core.bid_questions import BidQuestion, Status
from desktop.core.library import LibraryEntry
from desktop.core.library_records import save_entry
from desktop.core.supply_chain import BidPartnerInfo, Role
from desktop.core.supply_chain_records import name_on_bid
from desktop.paths import resolve_database
from tests.cli.test_cli_work import database, run

__all__ = ["database"]  # the fixture, shared

HOSTILE = "Tŷ <b>&</b> “smart” 🙂 ŵ ŷ\u00ad\t'quotes' \"double\""




def test_library_search_finds_answers_in_table_and_json(
        capsys: pytest.CaptureFixture[str], database: str) -> None:
    workspace = open_workspace(resolve_database(database))
    try:
        save_entry(workspace.database, 1, LibraryEntry(None, "Kingfisher " + HOSTILE,
                                                       "Our kingfisher plan " + HOSTILE,
                                                       ("housing",)))
    finally:
        workspace.close()
    status, out, _ = run(capsys, "library", "search", "kingfisher", "--database", database)
    assert status == 0 and "Kingfisher " + HOSTILE in out and "Library entry" in out
    status, out, _ = run(capsys, "library", "search", "safeguarding policy", "--format", "json",
                         "--database", database)
    found = json.loads(out)
    assert status == 0 and found[0]["source"] == "questionnaire"
    assert found[0]["text"].startswith("Our safeguarding policy is reviewed")
    status, out, _ = run(capsys, "library", "search", "kingfisher", "--format", "json",
                         "--database", database)
    assert json.loads(out)[0]["text"] == "Our kingfisher plan " + HOSTILE
    status, out, _ = run(capsys, "library", "search", "zzzqqq", "--database", database)
    assert (status, out) == (0, "No answer holds these words.\n")


def test_check_bid_says_what_to_put_right_and_exits_1(
        capsys: pytest.CaptureFixture[str], database: str) -> None:
    status, out, _ = run(capsys, "check-bid", "--opportunity", "psdf-co-acc-d-01",
                         "--database", database)
    assert status == 1
    assert "⚠ No questions have been entered for this bid yet." in out
    assert "⚠ Lot ACC-D: ◐ Partner or subcontractor only" in out
    status, out, _ = run(capsys, "check-bid", "--opportunity", "1", "--format", "json",
                         "--database", database)
    report = json.loads(out)
    assert status == 1 and report["ready"] is False
    assert {p["page"] for p in report["problems"]} == {"bid-writing", "questionnaire"}
    status, out, err = run(capsys, "check-bid", "--opportunity", "NOPE", "--database", database)
    assert status == 2 and out == "" and 'No opportunity has the reference or number "NOPE"' in err


def test_check_bid_is_clean_when_nothing_is_left(capsys: pytest.CaptureFixture[str],
                                                database: str) -> None:
    """The sample's bid put right: its question answered and final, and another charity
    leading it (so the sample needs only to be able to partner on its lot)."""
    workspace = open_workspace(resolve_database(database))
    try:
        save_question(workspace.database, 1, BidQuestion(
            None, "1", "Why?", answer=HOSTILE, status=Status.FINAL))
        name_on_bid(workspace.database, 1, BidPartnerInfo(
            None, 2, "Cymru Works (sample)", Role.LEAD, 10, "Leads the bid"))
    finally:
        workspace.close()
    status, out, _ = run(capsys, "check-bid", "--opportunity", "1", "--database", database)
    assert (status, out) == (0, "Before submitting Accommodation Services for Wales:\n"
                                "  ✓ Nothing found to put right.\n")


def test_submitted_only_once_logged(capsys: pytest.CaptureFixture[str], database: str,
                                    tmp_path: Path) -> None:
    status, out, err = run(capsys, "move", "--opportunity", "1", "--to", "submitted",
                           "--database", database)
    assert status == 2 and out == "" and "Log the submission first" in err
    sent = tmp_path / "Ymateb Tŷ.pdf"
    sent.write_bytes(b"%PDF-1.4")
    args = ["submission", "log", str(sent), "--opportunity", "1", "--portal", HOSTILE,
            "--by", "Siân", "--confirmation", "ITT-1", "--database", database]
    status, _, err = run(capsys, *args, "--when", "03/12/2026 25:00")
    assert status == 2 and "24-hour clock" in err
    status, out, err = run(capsys, "submission", "list", "--opportunity", "1",
                           "--database", database)
    assert (status, out) == (0, "No submission logged yet.\n")
    status, out, _ = run(capsys, *args, "--when", "01/07/2026 09:30")
    assert status == 0 and "1 July 2026, 09:30" in out and "1 file kept" in out
    assert "now marked submitted" in out
    status, out, _ = run(capsys, "submission", "list", "--opportunity", "1", "--format",
                         "json", "--database", database)
    [entry] = json.loads(out)
    assert entry["portal"] == HOSTILE and entry["submitted_at"] == "2026-07-01T08:30:00+00:00"
    assert entry["files"][0]["name"] == "Ymateb Tŷ.pdf" and len(entry["files"][0]["sha256"]) == 64


def test_questions_import_with_chosen_columns_then_export(
        capsys: pytest.CaptureFixture[str], database: str, tmp_path: Path) -> None:
    from openpyxl import load_workbook

    sheet = tmp_path / "questions.csv"
    sheet.write_text("Ref,Words,Question\n1.1,300,=SUM(A1) " + HOSTILE + "\n,,\n"
                     "1.2,,Safeguarding (max 500 words)\n", encoding="utf-8")
    base = ["questions", "import", str(sheet), "--opportunity", "1", "--database", database]
    status, out, _ = run(capsys, *base, "--columns", "number=A,limit=2,text=Question",
                         "--preview")
    assert status == 0 and "Preview only: nothing saved." in out and "300 words" in out
    status, out, err = run(capsys, *base, "--columns", "text=Z")
    assert status == 2 and "The file has only 3 columns." in err
    status, out, err = run(capsys, *base, "--columns", "text=Colour")
    assert status == 2 and "There is no column" in err
    status, out, err = run(capsys, *base, "--columns", "colour=A")
    assert status == 2 and '"colour" is not something a column can hold' in err
    status, out, err = run(capsys, *base, "--sheet", "Nope")
    assert status == 2 and 'There is no sheet "Nope"' in err
    status, out, _ = run(capsys, *base, "--columns", "number=A,limit=B,text=C")
    assert status == 0 and "2 questions imported." in out

    for file_format in ("xlsx", "csv"):
        target = tmp_path / f"out.{file_format}"
        status, out, _ = run(capsys, "questions", "export", "--opportunity", "1", "--format",
                             file_format, "--out", str(target), "--database", database)
        assert status == 0 and "2 rows written" in out
    rows = list(load_workbook(tmp_path / "out.xlsx").active.iter_rows(values_only=True))
    assert rows[1][:5] == ("1.1", "'=SUM(A1) " + HOSTILE, None, 300, "words")  # never a formula
    assert rows[2][3] == 500
    import csv

    with (tmp_path / "out.csv").open(encoding="utf-8-sig", newline="") as stream:
        assert list(csv.reader(stream))[1][1] == "'=SUM(A1) " + HOSTILE
    bad = tmp_path / "questions.xlsm"
    bad.write_bytes(b"PK")
    status, _, err = run(capsys, "questions", "import", str(bad), "--opportunity", "1",
                         "--database", database)
    assert status == 2 and "macros" in err
