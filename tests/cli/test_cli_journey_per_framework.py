"""`framework-ready readiness --framework CODE` counts the chosen framework's journey: a step
ticked on CAS moves CAS's figures only; under the Act the supplier registration is shown too."""

from __future__ import annotations

import json
from dataclasses import replace
from datetime import date
from pathlib import Path

import pytest

from desktop.app.workspace import open_workspace
from desktop.cli.main import main
from desktop.core.catalogue_records import load_catalogue
from desktop.core.journey import StepStatus, next_step
from desktop.core.journey_records import load_journey, save_step
from desktop.core.organisation_records import current_organisation
from desktop.core.sample import ensure_sample
from desktop.core.supplier_route import shipped_route
from desktop.core.supplier_route_records import load_route_state, save_route_step
from desktop.datafiles import framework_packs
from desktop.paths import resolve_database
from tests.packs import CAS, PSDF


@pytest.fixture
def database(tmp_path: Path) -> str:
    path = str(tmp_path / "fr.sqlite3")
    workspace = open_workspace(resolve_database(path), framework_packs())
    ensure_sample(workspace.database)
    workspace.close()
    return path


def figures(capsys: pytest.CaptureFixture[str], database: str, code: str) -> dict[str, object]:
    assert main(["--database", database, "readiness", "--framework", code,
                 "--format", "json"]) == 0
    found: dict[str, object] = json.loads(capsys.readouterr().out)
    return found


def tick(database: str, code: str, route: bool = False) -> None:
    """Mark the first step not done of `code`'s journey (or of the supplier route) done; a step
    done on the supplier route is not ticked on the journey."""
    workspace = open_workspace(resolve_database(database), framework_packs())
    try:
        organisation = current_organisation(workspace.database)
        assert organisation is not None
        organisation_id = organisation.id
        if route:
            state = load_route_state(workspace.database, organisation_id, shipped_route(),
                                     date.today())
            step = next(s for s in state.steps if not s.status.finished)
            save_route_step(workspace.database, organisation_id, shipped_route(),
                            replace(step, status=StepStatus.DONE), date.today())
            return
        steps = load_journey(workspace.database, organisation_id,
                             load_catalogue(workspace.database, code))
        step = next_step(steps)
        assert step is not None
        save_step(workspace.database, organisation_id, code,
                  replace(step, status=StepStatus.DONE), date.today())
    finally:
        workspace.close()


def test_a_step_ticked_on_cas_leaves_the_psdfs_readiness_unchanged(
        capsys: pytest.CaptureFixture[str], database: str) -> None:
    psdf, cas = figures(capsys, database, PSDF), figures(capsys, database, CAS)
    assert (psdf["framework"], cas["framework"]) == (PSDF, CAS)
    assert psdf["journey"] == 22 and cas["journey"] == 0  # the sample's steps are the PSDF's
    assert psdf["supplier_route"] is None and cas["supplier_route"] == 0

    tick(database, CAS)
    assert figures(capsys, database, PSDF) == psdf
    moved = figures(capsys, database, CAS)
    # CAS's own steps are 4 of its 6: steps 1 and 2 are done on the supplier route
    assert moved["journey"] == 25 and moved["overall"] != cas["overall"]

    tick(database, CAS, route=True)  # the Central Digital Platform route: the Act's only
    assert figures(capsys, database, PSDF) == psdf
    assert figures(capsys, database, CAS)["supplier_route"] == 10

    tick(database, PSDF)
    assert figures(capsys, database, PSDF)["journey"] == 33
    assert figures(capsys, database, CAS)["journey"] == moved["journey"]


def test_the_table_names_the_framework_and_the_supplier_registration(
        capsys: pytest.CaptureFixture[str], database: str) -> None:
    assert main(["--database", database, "readiness", "--framework", CAS]) == 0
    out = capsys.readouterr().out
    assert "Community Accommodation Services open framework" in out
    assert "Supplier registration" in out and "Portal journey" in out
    assert main(["--database", database, "readiness", "--framework", PSDF]) == 0
    out = capsys.readouterr().out
    assert "Probation Services Dynamic Framework" in out
    assert "Supplier registration" not in out
