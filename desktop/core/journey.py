"""The portal journey: the framework pack's qualification steps, and how far the charity is.

The steps come from the pack (`Catalogue.portal_steps`); the status, date and notes are the
organisation's own, kept per step code so a pack update that rewords a step keeps them.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from datetime import date
from enum import StrEnum
from functools import partial

from sqlalchemy import select
from sqlalchemy.orm import Session

from desktop.core.catalogue import Catalogue, Entry
from desktop.core.conflicts import check_version, checked_transaction
from desktop.i18n import tr
from desktop.store import models
from desktop.store.engine import Database

NOTES_LIMIT = 200_000  # room for a long paste; far beyond any real note


class StepStatus(StrEnum):
    NOT_STARTED = "not-started"
    IN_PROGRESS = "in-progress"
    DONE = "done"
    NOT_NEEDED = "not-needed"

    @property
    def label(self) -> str:
        return {
            StepStatus.NOT_STARTED: tr("Not started"),
            StepStatus.IN_PROGRESS: tr("In progress"),
            StepStatus.DONE: tr("Done"),
            StepStatus.NOT_NEEDED: tr("Not needed"),
        }[self]

    @property
    def finished(self) -> bool:
        return self in (StepStatus.DONE, StepStatus.NOT_NEEDED)


@dataclass(frozen=True, slots=True)
class StepState:
    number: int
    step: Entry
    status: StepStatus = StepStatus.NOT_STARTED
    done_on: date | None = None
    notes: str = ""
    version: int | None = None  # as read (0: not saved yet); None: save without checking


class InvalidStep(ValueError):
    """The step's details cannot be saved as given; the message says why in plain words."""


def load_journey(database: Database, organisation_id: int, catalogue: Catalogue) -> list[StepState]:
    return load_steps(database, organisation_id, catalogue.framework.code, catalogue.portal_steps)


def load_steps(database: Database, organisation_id: int, key: str,
               steps: Iterable[Entry]) -> list[StepState]:
    """The steps with how far the organisation is with each, kept under `key` (a framework's
    code, or a route's: see core.supplier_route_records)."""
    with database.sessions() as session:
        saved = {row.step_code: row for row in session.scalars(select(models.JourneyStep).where(
            models.JourneyStep.organisation_id == organisation_id,
            models.JourneyStep.framework_code == key))}
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
    if state.done_on is not None and state.done_on > today:
        raise InvalidStep(tr("The date cannot be in the future."))
    if len(state.notes) > NOTES_LIMIT:
        raise InvalidStep(tr("The notes are too long: keep them under {limit} characters.").format(
            limit=f"{NOTES_LIMIT:,}"))

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


def next_step(states: list[StepState]) -> StepState | None:
    """The first step not yet done (or marked not needed)."""
    return next((state for state in states if not state.status.finished), None)


def journey_fraction(states: list[StepState]) -> float:
    if not states:
        return 1.0
    return sum(1 for state in states if state.status.finished) / len(states)
