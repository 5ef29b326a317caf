"""`framework-ready frameworks`, and `--framework CODE` on catalogue, eligibility, readiness and
pack: the second (test) pack beside the shipped one."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from pypdf import PdfReader

from desktop.app.workspace import open_workspace
from desktop.cli.main import main
from desktop.core.organisation_records import current_organisation
from desktop.core.sample import ensure_sample
from desktop.datafiles import framework_packs
from desktop.paths import resolve_database
from tests.packs import CAS, PSDF, SECOND, SECOND_PACK
from tests.reports.pdf_reading import text_of


@pytest.fixture
def database(tmp_path: Path) -> str:
    """The sample charity, with the second pack loaded beside the shipped one."""
    path = str(tmp_path / "fr.sqlite3")
    workspace = open_workspace(resolve_database(path), [*framework_packs(), SECOND_PACK])
    ensure_sample(workspace.database)
    workspace.close()
    return path


def run(capsys: pytest.CaptureFixture[str], *args: str) -> tuple[int, str, str]:
    status = main(list(args))
    captured = capsys.readouterr()
    return status, captured.out, captured.err


def test_frameworks_lists_each_with_regime_and_dates(
        capsys: pytest.CaptureFixture[str], database: str) -> None:
    status, out, _ = run(capsys, "--database", database, "frameworks", "--format", "json")
    assert status == 0
    listed = {entry["code"]: entry for entry in json.loads(out)}
    assert list(listed) == [CAS, PSDF, SECOND]  # by name
    second = listed[SECOND]
    assert (second["regime"], second["status"], second["procedure"]) == (
        "procurement-act-2023", "open", "open-framework")
    # the plain-English name beside the code, from the regime's data (forms/regimes/)
    assert second["procedure_label"] == "Open framework (Procurement Act 2023)"
    assert listed[PSDF]["procedure_label"] == (
        "Dynamic framework under the Light Touch Regime (PCR 2015)")
    assert second["closes"] == {"date": "2027-01-15", "certainty": "check",
                                "source": "Test tender notice (made up for the tests)"}
    assert second["deadline_date"] is None
    assert [r["opens"] for r in second["reopenings"]] == ["2028-04-01", "2030-04-01"]
    assert listed[PSDF]["chosen"] and listed[PSDF]["following"]  # the sample follows it
    assert listed[CAS]["following"] and not listed[CAS]["chosen"]  # and CAS, second
    assert not second["following"] and not second["chosen"]

    status, out, _ = run(capsys, "--database", database, "frameworks")
    assert status == 0
    assert "Procurement Act 2023" in out and "15 January 2027 (check)" in out
    assert "1 April 2028 – 31 May 2028 (check)" in out
    assert "Open framework (Procurement Act 2023)" in out and "open-framework" not in out
    assert out.splitlines()[0].startswith("• community-accommodation-services")  # by name
    assert "▶ probation-dynamic-framework: Probation Services Dynamic Framework" in out


def test_framework_option_works_on_that_framework(
        capsys: pytest.CaptureFixture[str], database: str, tmp_path: Path) -> None:
    status, out, _ = run(capsys, "--database", database, "catalogue", "--framework", SECOND,
                         "--format", "json")
    assert status == 0
    assert [lot["code"] for lot in json.loads(out)] == ["GRW-UPPER", "GRW-LOWER", "OLD"]
    status, out, _ = run(capsys, "--database", database, "eligibility", "--framework", SECOND,
                         "--format", "json")
    assert status == 0 and [r["lot"] for r in json.loads(out)] == ["GRW-UPPER", "GRW-LOWER",
                                                                   "OLD"]
    status, out, _ = run(capsys, "--database", database, "readiness", "--framework", SECOND,
                         "--format", "json")
    assert status == 0 and json.loads(out)["organisation"].startswith("Riverside Futures")
    pdf = tmp_path / "pack.pdf"
    status, _, _ = run(capsys, "--database", database, "pack", "qualification",
                       "--framework", SECOND, "--out", str(pdf))
    assert status == 0
    assert "Riverbank Wellbeing Open Framework" in " ".join(text_of(PdfReader(pdf)).split())
    status, out, _ = run(capsys, "--database", database, "catalogue", "--format", "json")
    assert len(json.loads(out)) == 109  # the option chose for that command only


def test_without_the_option_the_chosen_framework_is_used(
        capsys: pytest.CaptureFixture[str], database: str) -> None:
    workspace = open_workspace(resolve_database(database), [*framework_packs(), SECOND_PACK])
    organisation = current_organisation(workspace.database)
    assert organisation is not None
    workspace.choose_framework(organisation.id, SECOND)
    workspace.close()
    status, out, _ = run(capsys, "--database", database, "catalogue", "--format", "json")
    assert status == 0 and len(json.loads(out)) == 3


@pytest.mark.parametrize("command", ["catalogue", "eligibility", "readiness"])
def test_an_unknown_framework_says_which_there_are(
        capsys: pytest.CaptureFixture[str], database: str, command: str) -> None:
    status, out, err = run(capsys, "--database", database, command, "--framework", "psdf")
    assert status == 2 and out == ""
    assert err.strip() == ('There is no framework with the code "psdf". Known: '
                           "community-accommodation-services, probation-dynamic-framework, "
                           "riverbank-wellbeing.")


def test_deadlines_list_the_chosen_frameworks_opportunities_or_those_of_framework(
        capsys: pytest.CaptureFixture[str], database: str) -> None:
    def opportunities(*args: str) -> set[str]:
        status, out, _ = run(capsys, "deadlines", "--format", "json", "--limit", "100",
                             "--database", database, *args)
        assert status == 0
        return {line["opportunity"] for line in json.loads(out)}

    psdf = {"Accommodation Services for Wales", "Women's Services for Gwent: grant round"}
    cas = {"Community Accommodation Services: Accommodation and Support (sample)"}
    assert opportunities() == psdf  # the sample works on the PSDF
    assert opportunities("--framework", PSDF) == psdf
    assert opportunities("--framework", CAS) == cas
    assert opportunities("--framework", SECOND) == set()
    status, out, _ = run(capsys, "deadlines", "--framework", SECOND, "--database", database)
    assert status == 0 and "No deadlines coming up." in out
    assert opportunities() == psdf  # --framework is for that run only: nothing moved
    status, _, err = run(capsys, "deadlines", "--framework", "no-such", "--database", database)
    assert status != 0 and "no-such" in err
