"""`answers`, `readiness`, `eligibility` and `deadlines` on the command line."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from desktop.cli.main import main


def run(capsys: pytest.CaptureFixture[str], *args: str) -> tuple[int, str, str]:
    status = main(list(args))
    captured = capsys.readouterr()
    return status, captured.out, captured.err


@pytest.fixture
def database(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> str:
    path = str(tmp_path / "charity.sqlite3")
    assert run(capsys, "demo", "--database", path)[0] == 0
    return path


def test_without_an_organisation_it_says_what_to_do(
        capsys: pytest.CaptureFixture[str], tmp_path: Path) -> None:
    status, out, err = run(capsys, "readiness", "--database", str(tmp_path / "new.sqlite3"))
    assert status == 2 and out == ""
    assert 'run "framework-ready demo"' in err


def test_readiness_table_and_json_agree(capsys: pytest.CaptureFixture[str],
                                        database: str) -> None:
    status, out, _ = run(capsys, "readiness", "--database", database)
    assert status == 0
    assert "Organisation profile         100%" in out
    assert "Portal journey               22%" in out  # the sample has done 2 of 9 steps
    assert "Evidence asked for, in date  none added yet" in out
    assert ('Next                         Selection questionnaire: finish "Part 3: Experience '
            'and ability"') in out
    status, out, _ = run(capsys, "readiness", "--format", "json", "--database", database)
    figures = json.loads(out)
    assert figures["forms"] == {"organisation-profile": 100, "selection-questionnaire": 59}
    # The profile asks for accounts, policies and insurance certificates; none is added yet.
    assert figures["journey"] == 22 and figures["evidence_total"] == 3
    assert figures["documents"] == 0
    assert figures["overall"] == round((2 / 9 + (1 + 0.58) / 2 + 0) / 3 * 100)


def test_export_edit_import_round_trip(capsys: pytest.CaptureFixture[str], database: str,
                                       tmp_path: Path, hostile_texts: list[str]) -> None:
    exported = tmp_path / "answers.json"
    status, out, _ = run(capsys, "answers", "export", "--out", str(exported),
                         "--database", database)
    assert status == 0 and str(exported) in out
    document = json.loads(exported.read_text(encoding="utf-8"))
    document["forms"]["organisation-profile"]["answers"]["trading_name"] = hostile_texts[0]
    document["forms"]["selection-questionnaire"]["answers"]["safeguarding"] = hostile_texts[-1]
    exported.write_text(json.dumps(document), encoding="utf-8")
    status, out, _ = run(capsys, "answers", "import", str(exported), "--database", database)
    assert status == 0 and out.startswith("2 answers changed")  # the rest were the same
    status, out, _ = run(capsys, "answers", "export", "--database", database)
    again = json.loads(out)
    assert again["forms"]["organisation-profile"]["answers"]["trading_name"] == hostile_texts[0]
    assert again["forms"]["selection-questionnaire"]["answers"]["safeguarding"] == \
        hostile_texts[-1]


@pytest.mark.parametrize(("content", "expected"), [
    (None, "was not found"),
    (b"\xff\xfe not text", "not a Framework Ready answers file"),
    (b"{ broken json", "not a Framework Ready answers file"),
    (b'{"kind": "framework-ready-answers", "forms": {"organisation-profile": '
     b'{"answers": {"staff": 3}}}}', "Paid staff (headcount): this kind of value"),
])
def test_a_bad_file_imports_nothing_and_says_why(
        capsys: pytest.CaptureFixture[str], database: str, tmp_path: Path,
        content: bytes | None, expected: str) -> None:
    before = run(capsys, "answers", "export", "--database", database)[1]
    path = tmp_path / "bad.json"
    if content is not None:
        path.write_bytes(content)
    status, out, err = run(capsys, "answers", "import", str(path), "--database", database)
    assert status == 2 and out == ""
    assert expected in err and "Traceback" not in err
    assert run(capsys, "answers", "export", "--database", database)[1] == before


def test_export_to_a_folder_that_cannot_be_written(capsys: pytest.CaptureFixture[str],
                                                   database: str, tmp_path: Path) -> None:
    target = tmp_path / "a-file"
    target.write_text("not a folder")
    status, _, err = run(capsys, "answers", "export", "--out", str(target / "answers.json"),
                         "--database", database)
    assert status == 2 and "Could not write" in err
    assert target.read_text() == "not a folder"


def test_eligibility_in_three_formats(capsys: pytest.CaptureFixture[str], database: str) -> None:
    status, out, _ = run(capsys, "eligibility", "--format", "json", "--database", database)
    records = {r["lot"]: r for r in json.loads(out)}
    assert status == 0 and len(records) == 109
    assert records["ACC-D"]["standing"] == "partner"  # the sample has not qualified yet
    assert records["ACC-D"]["reasons"] == [
        'Not qualified for Accommodation yet: selection questionnaire "Part 3: Experience and '
        'ability" incomplete']
    assert records["ACC-A"]["standing"] == "not_eligible"
    status, out, _ = run(capsys, "eligibility", "--format", "csv", "--database", database)
    assert out.splitlines()[0] == "lot,title,standing,reasons" and len(out.splitlines()) == 110
    status, out, _ = run(capsys, "eligibility", "--database", database)
    assert out.splitlines()[-1] == "Partner or subcontractor only: 10; Not eligible: 99"


def test_eligibility_value_must_be_an_amount(capsys: pytest.CaptureFixture[str],
                                             database: str) -> None:
    with pytest.raises(SystemExit) as raised:
        main(["eligibility", "--value", "lots", "--database", database])
    assert raised.value.code == 2
    assert "Type an amount in pounds" in capsys.readouterr().err


def test_deadlines_list_and_calendar_file(capsys: pytest.CaptureFixture[str], database: str,
                                          tmp_path: Path) -> None:
    status, out, _ = run(capsys, "deadlines", "--format", "json", "--database", database)
    coming = json.loads(out)
    assert status == 0 and len(coming) == 11  # the sample's two opportunities
    assert coming[0]["days_left"] <= coming[-1]["days_left"]
    submission = next(c for c in coming if c["milestone"] == "Submission deadline")
    assert submission["due"].endswith(("T12:00:00+00:00", "T12:00:00+01:00"))
    path = tmp_path / "deadlines.ics"
    status, out, _ = run(capsys, "deadlines", "--ics", str(path), "--database", database)
    assert status == 0 and "Calendar written" in out
    from icalendar import Calendar

    events = Calendar.from_ical(path.read_bytes()).walk("VEVENT")
    # every framework's: 2 × 6 PSDF milestones, 6 CAS ones (the Act's timetable: contract
    # award notice and standstill), 3 tasks
    assert len(events) == 12 + 6 + 3


@pytest.mark.parametrize("document", ["qualification", "calendar", "supply-chain",
                                      "eligibility"])
def test_pack_writes_each_document(capsys: pytest.CaptureFixture[str], database: str,
                                   tmp_path: Path, document: str) -> None:
    out = tmp_path / f"{document}.pdf"
    status, text, _ = run(capsys, "pack", document, "--out", str(out), "--year", "2026",
                          "--database", database)
    assert status == 0 and "pages written" in text
    assert out.read_bytes().startswith(b"%PDF")


def test_pack_working_copy_keeps_the_drafting_notes(capsys: pytest.CaptureFixture[str],
                                                    database: str, tmp_path: Path) -> None:
    from pypdf import PdfReader

    def made(*options: str) -> str:
        out = tmp_path / "pack.pdf"
        status, _, _ = run(capsys, "pack", "qualification", "--out", str(out), *options,
                           "--database", database)
        assert status == 0
        return " ".join(page.extract_text() for page in PdfReader(out).pages)

    sendable, working = made(), made("--working-copy")
    assert "Draft — not complete" in sendable and "Working copy" not in sendable
    assert "words)" not in sendable  # the sample's "(35 of 150 words)"
    assert "Working copy, with drafting notes" in working
    assert "of 150 words)" in working.replace("\n", " ")


def test_pack_into_a_folder_that_cannot_be_written(capsys: pytest.CaptureFixture[str],
                                                   database: str, tmp_path: Path) -> None:
    blocked = tmp_path / "blocked"
    blocked.write_text("a file where a folder should be")
    status, _, err = run(capsys, "pack", "qualification", "--out", str(blocked / "p.pdf"),
                         "--database", database)
    assert status == 2 and "Could not write" in err and "Traceback" not in err
    status, _, err = run(capsys, "pack", "bid", "--opportunity", "nope", "--out",
                         str(tmp_path / "b.pdf"), "--database", database)
    assert status == 2 and 'No opportunity has the reference or number "nope"' in err
    assert not (tmp_path / "b.pdf").exists()


def test_a_bid_summary_without_an_opportunity_lists_the_choices(
        capsys: pytest.CaptureFixture[str], database: str, tmp_path: Path) -> None:
    status, _, err = run(capsys, "pack", "bid", "--language", "cy", "--out",
                         str(tmp_path / "b.pdf"), "--database", database)
    assert status == 2 and "say which with --opportunity" in err  # the command line's English
    assert "Accommodation Services for Wales" in err and "Traceback" not in err
    assert not (tmp_path / "b.pdf").exists()


def test_export_spreadsheet(capsys: pytest.CaptureFixture[str], database: str,
                            tmp_path: Path) -> None:
    out = tmp_path / "opportunities.xlsx"
    status, text, _ = run(capsys, "export", "opportunities", "--format", "xlsx", "--out",
                          str(out), "--database", database)
    assert status == 0 and text.startswith("2 rows written")  # the chosen framework's (PSDF)
    from openpyxl import load_workbook

    rows = list(load_workbook(out).active.iter_rows(values_only=True))
    assert rows[1][0] == "Accommodation Services for Wales"
    assert "Framework" not in rows[0]


@pytest.mark.parametrize(("framework", "listed"), [
    ("all", ["Community Accommodation Services open framework",
             "Probation Services Dynamic Framework", "Probation Services Dynamic Framework"]),
    ("community-accommodation-services", None)])
def test_export_opportunities_of_one_framework_or_all(
        capsys: pytest.CaptureFixture[str], database: str, tmp_path: Path, framework: str,
        listed: list[str] | None) -> None:
    from openpyxl import load_workbook

    out = tmp_path / "opportunities.xlsx"
    status, text, _ = run(capsys, "export", "opportunities", "--framework", framework,
                          "--out", str(out), "--database", database)
    rows = list(load_workbook(out).active.iter_rows(values_only=True))
    if listed is None:  # CAS's one opportunity only, and no column naming the framework
        assert status == 0 and text.startswith("1 rows written") and len(rows) == 2
        assert "Framework" not in rows[0] and "Community Accommodation" in str(rows[1][0])
    else:
        assert status == 0 and text.startswith("3 rows written")
        assert rows[0][-1] == "Framework" and sorted(row[-1] for row in rows[1:]) == listed


def test_export_of_an_unknown_framework_is_refused(
        capsys: pytest.CaptureFixture[str], database: str, tmp_path: Path) -> None:
    out = tmp_path / "opportunities.xlsx"
    status, _, err = run(capsys, "export", "opportunities", "--framework", "no-such",
                         "--out", str(out), "--database", database)
    assert status == 2 and "community-accommodation-services" in err and not out.exists()
