"""The command line: catalogue in three formats, demo, version, and plain-word failures."""

from __future__ import annotations

import csv
import hashlib
import io
import json
import subprocess
import sys
from pathlib import Path

import pytest

from desktop import __version__
from desktop.catalogue.loader import load_pack
from desktop.cli.main import main
from tests.packs import shipped_pack

PACK_LOTS = {lot.code: lot.title for lot in load_pack(shipped_pack()).lots}


def run(capsys: pytest.CaptureFixture[str], *args: str) -> tuple[int, str, str]:
    status = main(list(args))
    captured = capsys.readouterr()
    return status, captured.out, captured.err


def test_csv_parses_back_to_the_109_lots(capsys: pytest.CaptureFixture[str],
                                         tmp_path: Path) -> None:
    status, out, _ = run(capsys, "--database", str(tmp_path / "a.sqlite3"),
                         "catalogue", "--format", "csv")
    rows = list(csv.DictReader(io.StringIO(out)))
    assert status == 0
    assert {row["code"]: row["title"] for row in rows} == PACK_LOTS
    assert len(rows) == 109


def test_json_parses_back_to_the_109_lots(capsys: pytest.CaptureFixture[str]) -> None:
    status, out, _ = run(capsys, "catalogue", "--format", "json")
    lots = json.loads(out)
    assert status == 0
    assert {lot["code"]: lot["title"] for lot in lots} == PACK_LOTS
    wales_ya = next(lot for lot in lots if lot["code"] == "PWYA-D")
    assert wales_ya["cohorts"] == "YA" and wales_ya["region"] == "Wales"


def test_table_with_filters(capsys: pytest.CaptureFixture[str]) -> None:
    status, out, _ = run(capsys, "catalogue", "--region", "D", "--cohort", "WOM")
    lines = out.splitlines()
    assert status == 0
    assert lines[0].split() == ["CODE", "TITLE", "CATEGORIES", "COHORTS"]
    assert lines[-1] == "4 lots"
    assert sum("WOM-" in line for line in lines) == 4


def test_database_option_and_environment_are_honoured(
        capsys: pytest.CaptureFixture[str], tmp_path: Path,
        monkeypatch: pytest.MonkeyPatch) -> None:
    chosen = tmp_path / "chosen.sqlite3"
    status, out, _ = run(capsys, "--database", str(chosen), "demo")
    assert status == 0 and str(chosen) in out and "Riverside Futures" in out
    after = tmp_path / "after-the-command.sqlite3"
    assert run(capsys, "demo", "--database", str(after))[0] == 0 and after.exists()
    other = tmp_path / "from-env.sqlite3"
    monkeypatch.setenv("FRAMEWORK_READY_DATABASE", str(other))
    assert run(capsys, "demo")[0] == 0
    assert chosen.exists() and other.exists()


def test_demo_twice_keeps_one_organisation(capsys: pytest.CaptureFixture[str]) -> None:
    first = run(capsys, "demo")
    second = run(capsys, "demo")
    assert first == second and first[0] == 0


def test_not_a_database_is_refused_in_plain_words(capsys: pytest.CaptureFixture[str],
                                                  tmp_path: Path) -> None:
    path = tmp_path / "budget.xlsx"
    path.write_bytes(b"PK\x03\x04 a spreadsheet, not a database")
    before = hashlib.sha256(path.read_bytes()).hexdigest()
    status, out, err = run(capsys, "--database", str(path), "catalogue")
    assert status == 2 and out == ""
    assert "not a Framework Ready database" in err and "Traceback" not in err
    assert hashlib.sha256(path.read_bytes()).hexdigest() == before


def test_version_and_help_from_a_real_process() -> None:
    result = subprocess.run([sys.executable, "-m", "desktop", "--version"],
                            capture_output=True, text=True, check=True)
    assert result.stdout.strip() == f"Framework Ready {__version__}"
    helped = subprocess.run([sys.executable, "-m", "desktop", "--help"],
                            capture_output=True, text=True, check=True)
    assert "catalogue" in helped.stdout and "--self-test" in helped.stdout
