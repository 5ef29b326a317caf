"""The portal journey: the framework pack's qualification steps, and how far the charity is.

The steps come from the pack (`Catalogue.portal_steps`); the status, date and notes are the
organisation's own, kept per step code so a pack update that rewords a step keeps them (read and
saved by `core.journey_records`).
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, replace
from datetime import date
from enum import StrEnum

from desktop.core.catalogue import Entry
from desktop.i18n import tr

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


def check_step(state: StepState, today: date) -> None:
    """Raise InvalidStep if the step's date or notes cannot be saved as given."""
    if state.done_on is not None and state.done_on > today:
        raise InvalidStep(tr("The date cannot be in the future."))
    if len(state.notes) > NOTES_LIMIT:
        raise InvalidStep(tr("The notes are too long: keep them under {limit} characters.").format(
            limit=f"{NOTES_LIMIT:,}"))


def route_key(route: str) -> str:
    """The code a supplier route's steps are kept under in journey_step (never a framework's)."""
    return f"route:{route}"


def done_on_route(step: StepState) -> bool:
    """A framework's step whose work is the supplier route's (see `through_route`)."""
    return bool(step.step.done_on_route)


def through_route(states: list[StepState],
                  route: Mapping[str, tuple[StepStatus, date | None]]) -> list[StepState]:
    """The framework's steps, each one done on the supplier route shown as the route has it
    (`route`: each route step's status and date, by code; one not there is not started): done
    when every route step it names is finished (on the day the last was), in progress once any
    is started, else not started. What was once ticked on the step itself is not used, so the
    two can never disagree."""
    shown = []
    for state in states:
        if not done_on_route(state):
            shown.append(state)
            continue
        named = [route.get(code, (StepStatus.NOT_STARTED, None))
                 for code in state.step.done_on_route]
        if all(status.finished for status, _day in named):
            days = [day for _status, day in named if day is not None]
            status, done_on = StepStatus.DONE, max(days) if days else None
        elif any(status is not StepStatus.NOT_STARTED for status, _day in named):
            status, done_on = StepStatus.IN_PROGRESS, None
        else:
            status, done_on = StepStatus.NOT_STARTED, None
        shown.append(replace(state, status=status, done_on=done_on))
    return shown


def next_step(states: list[StepState]) -> StepState | None:
    """The first of the framework's own steps not yet done (or marked not needed); a step done
    on the supplier route is the route's to suggest."""
    return next((state for state in states
                 if not state.status.finished and not done_on_route(state)), None)


def journey_fraction(states: list[StepState]) -> float:
    """How much of the framework's own steps is finished. A step done on the supplier route
    counts in the route's figure only, so the same work is never counted twice."""
    own = [state for state in states if not done_on_route(state)]
    if not own:
        return 1.0
    return sum(1 for state in own if state.status.finished) / len(own)
