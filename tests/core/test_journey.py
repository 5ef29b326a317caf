"""The portal journey: steps from the pack, status kept per organisation, the next step."""

from __future__ import annotations

from dataclasses import replace
from datetime import date

import pytest

from desktop.app.workspace import Workspace
from desktop.core.catalogue_records import load_catalogue
from desktop.core.journey import InvalidStep, StepStatus, journey_fraction, next_step
from desktop.core.journey_records import load_journey, save_step
from desktop.core.organisation import OrganisationInfo
from tests.packs import PSDF

TODAY = date(2026, 11, 25)


def test_steps_come_from_the_pack_and_start_not_started(
        workspace: Workspace, organisation: OrganisationInfo) -> None:
    catalogue = load_catalogue(workspace.database, PSDF)
    steps = load_journey(workspace.database, organisation.id, catalogue)
    assert len(steps) == 9
    assert [s.number for s in steps] == list(range(1, 10))
    assert "PQQs open to all suppliers" in steps[1].step.label
    assert steps[0].step.url.startswith("https://")
    assert {s.status for s in steps} == {StepStatus.NOT_STARTED}
    assert next_step(steps) == steps[0]
    assert journey_fraction(steps) == 0.0


def test_status_date_and_notes_are_kept(workspace: Workspace, organisation: OrganisationInfo,
                                        hostile_texts: list[str]) -> None:
    db, catalogue = workspace.database, load_catalogue(workspace.database, PSDF)
    code = catalogue.framework.code
    steps = load_journey(db, organisation.id, catalogue)
    save_step(db, organisation.id, code, replace(steps[0], status=StepStatus.DONE,
                                                 done_on=date(2026, 11, 2),
                                                 notes=hostile_texts[0]), TODAY)
    save_step(db, organisation.id, code, replace(steps[1], status=StepStatus.NOT_NEEDED), TODAY)
    save_step(db, organisation.id, code, replace(steps[2], status=StepStatus.IN_PROGRESS), TODAY)
    again = load_journey(db, organisation.id, catalogue)
    assert again[0].status is StepStatus.DONE
    assert again[0].done_on == date(2026, 11, 2)
    assert again[0].notes == hostile_texts[0]
    assert next_step(again) == again[2]
    assert journey_fraction(again) == pytest.approx(2 / 9)


def test_a_future_date_or_huge_notes_are_refused(workspace: Workspace,
                                                 organisation: OrganisationInfo) -> None:
    db, catalogue = workspace.database, load_catalogue(workspace.database, PSDF)
    step = load_journey(db, organisation.id, catalogue)[0]
    with pytest.raises(InvalidStep, match="future"):
        save_step(db, organisation.id, catalogue.framework.code,
                  replace(step, done_on=date(2027, 1, 1)), TODAY)
    with pytest.raises(InvalidStep, match="too long"):
        save_step(db, organisation.id, catalogue.framework.code,
                  replace(step, notes="x" * 200_001), TODAY)
    assert load_journey(db, organisation.id, catalogue)[0] == step
