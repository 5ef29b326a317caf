"""`supplier-route` on the command line, and `deadlines` showing the standstill's end worked out
for an opportunity under the Procurement Act 2023."""

from __future__ import annotations

import json
from datetime import date

import pytest

from desktop.app.workspace import open_workspace
from desktop.core.opportunities import MilestoneInfo, OpportunityInfo, uk_time
from desktop.core.opportunity_records import save_opportunity
from desktop.core.organisation_records import current_organisation
from desktop.core.supplier_route import Registration, ShareCode, shipped_route
from desktop.core.supplier_route_records import save_registration, save_share_code
from desktop.paths import resolve_database
from tests.cli import test_cli_work

database = test_cli_work.database  # the sample charity, made by `framework-ready demo`
run = test_cli_work.run


def test_supplier_route_table_and_json(capsys: pytest.CaptureFixture[str], database: str) -> None:
    workspace = open_workspace(resolve_database(database))
    organisation = current_organisation(workspace.database)
    assert organisation is not None
    route = shipped_route()
    save_registration(workspace.database, organisation.id, route,
                      Registration("PZPR-8554-XHNX", date(2024, 1, 8), version=None),
                      date.today())  # over the sample's own registration
    save_share_code(workspace.database, organisation.id, route,
                    ShareCode(None, "Ab12Cd34", "Ministry of Justice", "CAS <lot 2> & ŵ",
                              given_on=date(2025, 3, 3)), date.today())
    workspace.close()
    status, out, _ = run(capsys, "supplier-route", "--database", database)
    assert status == 0
    assert "Procurement Act: supplier registration" in out and "PPON: PZPR-8554-XHNX" in out
    assert "Share code Ab12Cd34 given to Ministry of Justice for CAS <lot 2> & ŵ" in out
    assert "⚠ The supplier information was last confirmed on 8 January 2024" in out
    status, out, _ = run(capsys, "supplier-route", "--format", "json", "--database", database)
    data = json.loads(out)
    assert status == 0 and data["ppon"] == "PZPR-8554-XHNX"
    assert [step["code"] for step in data["steps"]][-1] == "share"
    assert all(step["source"].startswith("https://") for step in data["steps"])
    assert [share["procurement"] for share in data["share_codes"]
            if share["code"] == "Ab12Cd34"] == ["CAS <lot 2> & ŵ"]
    assert data["warnings"]


def test_deadlines_show_the_act_standstill_across_christmas(
        capsys: pytest.CaptureFixture[str], database: str) -> None:
    workspace = open_workspace(resolve_database(database))
    organisation = current_organisation(workspace.database)
    assert organisation is not None
    notice = MilestoneInfo("award-notice", "Contract award notice", uk_time(date(2027, 12, 20)),
                           all_day=True)
    save_opportunity(workspace.database, organisation.id, OpportunityInfo(
        None, "Community Accommodation Services", milestones=(notice,),
        regime="procurement-act-2023", procedure="open"))
    workspace.close()
    status, out, _ = run(capsys, "deadlines", "--format", "json", "--limit", "100",
                         "--database", database)
    ours = [c for c in json.loads(out) if c["opportunity"] == "Community Accommodation Services"]
    assert status == 0
    assert [c["milestone"] for c in ours] == [
        "Contract award notice", "Standstill ends"]
    assert ours[1]["due"].startswith("2027-12-31T23:59")  # 8 working days, two holidays skipped
