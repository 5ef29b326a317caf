"""The portal journey: the framework pack's qualification steps, and how far the charity is.

The steps come from the pack (`Catalogue.portal_steps`); the status, date and notes are the
organisation's own, kept per step code so a pack update that rewords a step keeps them (read and
saved by `core.journey_records`).
"""

from __future__ import annotations

from dataclasses import dataclass
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


def next_step(states: list[StepState]) -> StepState | None:
    """The first step not yet done (or marked not needed)."""
    return next((state for state in states if not state.status.finished), None)


def journey_fraction(states: list[StepState]) -> float:
    if not states:
        return 1.0
    return sum(1 for state in states if state.status.finished) / len(states)
