"""Journey progress is the chosen framework's: each framework's portal steps are kept under its
own code, so ticking a step on one leaves every other framework's readiness as it was; under the
Procurement Act the shared Central Digital Platform supplier registration counts too (and only
there). Over the sample charity, which follows the PSDF (PCR 2015) and CAS (the Act)."""

from __future__ import annotations

from dataclasses import replace
from datetime import date

from desktop.app.workspace import Workspace
from desktop.core.catalogue_records import load_catalogue
from desktop.core.journey import StepStatus
from desktop.core.journey_records import load_journey, save_step
from desktop.core.qualification import Readiness, qualification_forms, readiness
from desktop.core.sample import ensure_sample
from desktop.core.supplier_route import shipped_route
from desktop.core.supplier_route_records import load_route_state, save_route_step
from desktop.core.targets import Target
from tests.packs import CAS, PSDF

TODAY = date(2026, 11, 25)


def figures(workspace: Workspace, organisation_id: int, code: str) -> Readiness:
    catalogue = load_catalogue(workspace.database, code)
    return readiness(workspace.database, organisation_id, catalogue,
                     qualification_forms(catalogue), workspace.evidence_folder, TODAY)


def tick(workspace: Workspace, organisation_id: int, code: str, number: int) -> None:
    catalogue = load_catalogue(workspace.database, code)
    step = load_journey(workspace.database, organisation_id, catalogue)[number - 1]
    save_step(workspace.database, organisation_id, code,
              replace(step, status=StepStatus.DONE, done_on=TODAY), TODAY)


def test_ticking_a_step_on_one_framework_leaves_the_other_as_it_was(
        workspace: Workspace) -> None:
    organisation = ensure_sample(workspace.database, TODAY)
    psdf, cas = (figures(workspace, organisation.id, code) for code in (PSDF, CAS))
    psdf_steps = len(load_catalogue(workspace.database, PSDF).portal_steps)
    cas_steps = len(own_steps(workspace, CAS))
    # the sample's journey is the PSDF's (steps 1 and 2 done); CAS's is untouched
    assert psdf.journey == 2 / psdf_steps and cas.journey == 0.0

    tick(workspace, organisation.id, CAS, 3)  # CAS's own step 3 (1 and 2 are the route's)
    after = figures(workspace, organisation.id, CAS)
    assert after.journey == 1 / cas_steps
    assert figures(workspace, organisation.id, PSDF) == psdf  # every figure as it was

    tick(workspace, organisation.id, PSDF, 4)
    assert figures(workspace, organisation.id, PSDF).journey == 3 / psdf_steps
    assert figures(workspace, organisation.id, CAS) == after


def test_the_supplier_registration_counts_under_the_act_only(workspace: Workspace) -> None:
    organisation = ensure_sample(workspace.database, TODAY)
    route = shipped_route()
    psdf, cas = (figures(workspace, organisation.id, code) for code in (PSDF, CAS))
    assert psdf.supplier_route is None  # PCR 2015: no Central Digital Platform route
    assert cas.supplier_route == 0.0
    assert cas.overall == (cas.journey + cas.questionnaires + cas.evidence + 0.0) / 4
    assert psdf.overall == (psdf.journey + psdf.questionnaires + psdf.evidence) / 3

    state = load_route_state(workspace.database, organisation.id, route, TODAY)
    for step in state.steps[:2]:
        save_route_step(workspace.database, organisation.id, route,
                        replace(step, status=StepStatus.DONE, done_on=TODAY), TODAY)
    moved = figures(workspace, organisation.id, CAS)
    assert moved.supplier_route == 2 / len(route.steps)
    assert moved.journey == cas.journey  # the framework's own steps are not the route's
    assert moved.overall > cas.overall
    assert figures(workspace, organisation.id, PSDF) == psdf


def test_the_next_step_can_be_the_supplier_registrations(workspace: Workspace) -> None:
    """With nothing left to answer (no forms asked here), the next thing under the Act is the
    route's first step not done, on the Supplier registration page; under PCR 2015 the chosen
    framework's own portal step, never another framework's."""
    organisation = ensure_sample(workspace.database, TODAY)
    route = shipped_route()

    def next_of(code: str) -> tuple[str, Target | None]:
        catalogue = load_catalogue(workspace.database, code)
        found = readiness(workspace.database, organisation.id, catalogue, {},
                          workspace.evidence_folder, TODAY)
        return found.next_action, found.next_target

    action, target = next_of(CAS)
    assert action == f"Supplier registration step 1: {route.steps[0].label}"
    assert target == Target("supplier-route", item=route.steps[0].code)
    psdf_steps = load_catalogue(workspace.database, PSDF).portal_steps
    action, target = next_of(PSDF)  # the sample has done the PSDF's steps 1 and 2
    assert action == f"Portal step 3: {psdf_steps[2].label}"
    assert target == Target("journey", item=psdf_steps[2].code)

    state = load_route_state(workspace.database, organisation.id, route, TODAY)
    for step in state.steps:
        save_route_step(workspace.database, organisation.id, route,
                        replace(step, status=StepStatus.DONE, done_on=TODAY), TODAY)
    cas_steps = load_catalogue(workspace.database, CAS).portal_steps
    # the route done: CAS's own first step (its 3rd; 1 and 2 are done on the route), never the
    # PSDF's 3rd
    action, target = next_of(CAS)
    assert action == f"Portal step 3: {cas_steps[2].label}"
    assert target == Target("journey", item=cas_steps[2].code)


def own_steps(workspace: Workspace, code: str) -> list[str]:
    """The framework's steps that are not done on the supplier route."""
    return [step.code for step in load_catalogue(workspace.database, code).portal_steps
            if not step.done_on_route]


def test_a_step_done_on_the_supplier_route_is_done_there_and_counted_once(
        workspace: Workspace) -> None:
    """CAS's steps 1 (register on the platform) and 2 (supplier information and share code)
    are the route's work: they follow the route's ticks, and only the route's figure moves."""
    organisation = ensure_sample(workspace.database, TODAY)
    route = shipped_route()
    catalogue = load_catalogue(workspace.database, CAS)
    assert [step.done_on_route for step in catalogue.portal_steps[:2]] == [
        ("account", "organisation", "users", "ppon"),
        ("basic-information", "financial-information", "connected-persons", "exclusions",
         "confirm", "share")]
    assert own_steps(workspace, CAS) == [step.code for step in catalogue.portal_steps[2:]]
    before = figures(workspace, organisation.id, CAS)

    tick(workspace, organisation.id, CAS, 1)  # ticked on the step itself: not how it is done
    assert load_journey(workspace.database, organisation.id, catalogue)[0].status \
        is StepStatus.NOT_STARTED
    assert figures(workspace, organisation.id, CAS) == before

    state = load_route_state(workspace.database, organisation.id, route, TODAY)
    by_code = {step.step.code: step for step in state.steps}
    done_on = [date(2026, 11, 2), date(2026, 11, 20), date(2026, 11, 5)]
    for code, day in zip(("account", "organisation", "users"), done_on, strict=True):
        save_route_step(workspace.database, organisation.id, route,
                        replace(by_code[code], status=StepStatus.DONE, done_on=day), TODAY)
    first = load_journey(workspace.database, organisation.id, catalogue)[0]
    assert first.status is StepStatus.IN_PROGRESS  # the PPON is not recorded yet
    save_route_step(workspace.database, organisation.id, route,
                    replace(by_code["ppon"], status=StepStatus.NOT_NEEDED), TODAY)
    first, second = load_journey(workspace.database, organisation.id, catalogue)[:2]
    assert first.status is StepStatus.DONE and first.done_on == date(2026, 11, 20)
    assert second.status is StepStatus.NOT_STARTED
    after = figures(workspace, organisation.id, CAS)
    assert after.journey == before.journey  # counted once: in the route's figure only
    assert after.supplier_route == 4 / len(route.steps)
