"""`framework-ready costing show` and `costing export`, on the sample charity's worked costing;
and `pack trustee-paper` without --opportunity, which says so in the paper's own words."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from openpyxl import load_workbook

from desktop.cli.main import main

REFERENCE = "PSDF-CO-ACC-D-01"


@pytest.fixture
def database(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> str:
    path = str(tmp_path / "charity.sqlite3")
    assert main(["demo", "--database", path]) == 0
    capsys.readouterr()
    return path


def test_show_as_a_table_and_as_json(database: str,
                                     capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["costing", "show", "--opportunity", REFERENCE.lower(),
                 "--database", database]) == 0
    table = capsys.readouterr().out
    assert "Accommodation Services for Wales" in table and "Total" in table
    assert "£2,400,000" in table and "Lowest cash point" in table
    assert "The board's decision: Bid: the board decided on" in table
    assert main(["costing", "show", "--opportunity", "1", "--format", "json",
                 "--database", database]) == 0
    data = json.loads(capsys.readouterr().out)
    assert data["price_pence"] == 240_000_000
    assert data["full_cost_pence"] == sum(year["full_cost_pence"] for year in data["years"])
    assert data["margin_pence"] == data["price_pence"] - data["full_cost_pence"]
    assert data["board_decision"]["decision"] == "bid"
    assert data["board_decision"]["minute"] == "7/2026"
    assert {risk["code"]: risk["level"] for risk in data["risks"]}["tupe"] == "high"
    assert data["tupe"] == {"staff": 4, "cost_pence": 11_800_000,
                            "pension": data["tupe"]["pension"]}
    assert f"£{data['full_cost_pence'] / 100:,.2f}" in table


def test_export_writes_the_workbook_and_will_not_overwrite_without_force(
        database: str, tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    out = tmp_path / "costing.xlsx"
    assert main(["costing", "export", "--opportunity", REFERENCE, "--format", "xlsx",
                 "--out", str(out), "--database", database]) == 0
    assert "6 sheets written" in capsys.readouterr().out
    assert load_workbook(out).sheetnames[0] == "Inputs"
    out.write_bytes(b"the finance volunteer's own notes")
    assert main(["costing", "export", "--opportunity", REFERENCE, "--out", str(out),
                 "--database", database]) == 2
    assert "add --force" in capsys.readouterr().err
    assert out.read_bytes() == b"the finance volunteer's own notes"
    assert main(["costing", "export", "--opportunity", REFERENCE, "--out", str(out),
                 "--force", "--database", database]) == 0
    assert load_workbook(out).sheetnames[-1] == "Cash flow"
    assert [p.name for p in tmp_path.iterdir() if p.name.endswith(".part")] == []


def test_an_unknown_opportunity_is_said_with_the_ones_there_are(
        database: str, tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["costing", "show", "--opportunity", "NOPE", "--database", database]) == 2
    err = capsys.readouterr().err
    assert 'No opportunity has the reference or number "NOPE"' in err and REFERENCE in err
    out = tmp_path / "x.xlsx"
    assert main(["costing", "export", "--opportunity", "NOPE", "--out", str(out),
                 "--database", database]) == 2
    assert not out.exists()
    capsys.readouterr()


def test_the_trustee_paper_without_an_opportunity_says_trustee_paper_words(
        database: str, tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["pack", "trustee-paper", "--out", str(tmp_path / "p.pdf"),
                 "--database", database]) == 2
    err = capsys.readouterr().err
    assert "A trustees' decision paper is for one opportunity" in err
    assert "bid summary" not in err and REFERENCE in err
    assert main(["pack", "bid", "--out", str(tmp_path / "b.pdf"), "--database", database]) == 2
    assert "A bid summary is for one opportunity" in capsys.readouterr().err
