"""The portal journey's records: each step's status, date and notes, read and saved (the steps
and the rules: `core.journey`)."""

from __future__ import annotations

from collections.abc import Iterable
from datetime import date
from functools import partial

from sqlalchemy import select
from sqlalchemy.orm import Session

from desktop.core.catalogue import Catalogue, Entry
from desktop.core.conflict_records import checked_transaction
from desktop.core.conflicts import check_version
from desktop.core.form_codes import regime_supplier_route
from desktop.core.journey import (
    StepState,
    StepStatus,
    check_step,
    done_on_route,
    route_key,
    through_route,
)
from desktop.store import models
from desktop.store.engine import Database


def load_journey(database: Database, organisation_id: int, catalogue: Catalogue) -> list[StepState]:
    """The framework's steps, those done on the supplier route as the route has them."""
    states = load_steps(database, organisation_id, catalogue.framework.code,
                        catalogue.portal_steps)
    route = regime_supplier_route(catalogue.framework.regime)
    if not route or not any(done_on_route(state) for state in states):
        return states
    on_route = {code: (StepStatus(row.status), row.done_on)
                for code, row in _saved(database, organisation_id, route_key(route)).items()}
    return through_route(states, on_route)


def _saved(database: Database, organisation_id: int, key: str) -> dict[str, models.JourneyStep]:
    with database.sessions() as session:
        return {row.step_code: row for row in session.scalars(select(models.JourneyStep).where(
            models.JourneyStep.organisation_id == organisation_id,
            models.JourneyStep.framework_code == key))}


def load_steps(database: Database, organisation_id: int, key: str,
               steps: Iterable[Entry]) -> list[StepState]:
    """The steps with how far the organisation is with each, kept under `key` (a framework's
    code, or a route's: see core.supplier_route_records)."""
    saved = _saved(database, organisation_id, key)
    states = []
    for number, step in enumerate(steps, start=1):
        row = saved.get(step.code)
        states.append(_state(number, step, row))
    return states


def _state(number: int, step: Entry, row: models.JourneyStep | None) -> StepState:
    if row is None:
        return StepState(number, step, version=0)
    return StepState(number, step, StepStatus(row.status), row.done_on, row.notes,
                     row.version_id)


def save_step(database: Database, organisation_id: int, framework_code: str, state: StepState,
              today: date) -> StepState:
    """Save one step's status, date and notes in its own transaction; return it as saved.

    If someone else saved the step since `state.version` was read, RecordConflict is raised
    with theirs and nothing is written.
    """
    check_step(state, today)

    def stored(session: Session) -> models.JourneyStep | None:
        return session.scalar(select(models.JourneyStep).where(
            models.JourneyStep.organisation_id == organisation_id,
            models.JourneyStep.framework_code == framework_code,
            models.JourneyStep.step_code == state.step.code).with_for_update())

    def theirs() -> StepState:
        with database.sessions() as session:
            return _state(state.number, state.step, stored(session))

    with checked_transaction(database, theirs) as session:
        row = stored(session)
        check_version(row, state.version, partial(_state, state.number, state.step))
        if row is None:
            row = models.JourneyStep(organisation_id=organisation_id,
                                     framework_code=framework_code, step_code=state.step.code)
            session.add(row)
        row.status, row.done_on, row.notes = state.status.value, state.done_on, state.notes
        session.flush()
        return _state(state.number, state.step, row)
