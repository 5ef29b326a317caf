"""The sample's opportunities get their regime's usual timetable (forms/regimes/): the PSDF's
(PCR 2015) an award decision and a standstill of 10 calendar days; the CAS one (Procurement Act
2023) the contract award notice and a standstill of 8 working days counted from it."""

from __future__ import annotations

from datetime import date

from desktop.app.workspace import Workspace
from desktop.core.opportunity_records import all_opportunities
from desktop.core.sample import ensure_sample
from desktop.core.timetables import ACT_2023, PCR_2015, regime

TODAY = date(2026, 11, 25)


def test_each_sample_opportunity_follows_its_regimes_timetable(workspace: Workspace) -> None:
    organisation = ensure_sample(workspace.database, TODAY)
    found = {info.title: info for info in all_opportunities(workspace.database,
                                                            organisation.id)}
    cas = found["Community Accommodation Services: Accommodation and Support (sample)"]
    assert cas.regime == ACT_2023
    codes = [m.code for m in cas.milestones]
    assert "award" not in codes and codes.index("award-notice") < codes.index("standstill")
    notice, end = cas.milestone("award-notice"), cas.milestone("standstill")
    assert notice is not None and end is not None
    assert end.local.date() == regime(ACT_2023).standstill.last_day(notice.local.date())
    assert f"{end.local:%H:%M}" == "23:59"

    wales = found["Accommodation Services for Wales"]
    assert wales.regime == PCR_2015
    award, end = wales.milestone("award"), wales.milestone("standstill")
    assert award is not None and end is not None
    assert end.local.date() == regime(PCR_2015).standstill.last_day(award.local.date())
