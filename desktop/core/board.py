"""What the board weighs before it decides to bid, and the decision it records.

The risks (TUPE, payment by results, volume, exit, mission fit, independence) are data in
`forms/costing/board-risks.toml`, each with its source; per opportunity the board gives each a
level and its view in words, and for TUPE the staff who may transfer, their cost and pensions.
The board's decision (date, meeting, minute reference, bid or no bid, conditions), once recorded,
is the opportunity's bid / no-bid decision and prints on later copies of the trustees' paper.
Plain rules, no database (see `board_records`).
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date
from enum import StrEnum
from pathlib import Path

from desktop.core.costing import Flag
from desktop.datafiles import forms_folder
from desktop.declarative import (
    TEXT,
    DefinitionError,
    TomlReader,
    in_language,
    read_toml,
    with_welsh,
)
from desktop.i18n import language, long_date, pounds, tr

TEXT_LIMIT = 20_000  # characters in one view or the conditions: a long paste, not a book
NAME_LIMIT = 300  # the meeting's name and the minute reference (the columns' width)
TUPE_STAFF_LIMIT = 1_000
TUPE_COST_LIMIT = 10_000_000_000  # £100m a year, in pence


class RiskError(DefinitionError):
    """The risks file is broken: file, line and reason."""


class Level(StrEnum):
    """How much a risk worries the board."""

    NOT_ASSESSED = ""
    LOW = "low"
    MEDIUM = "medium"
    HIGH = "high"

    @property
    def label(self) -> str:
        return {Level.NOT_ASSESSED: tr("Not weighed yet"), Level.LOW: tr("Low"),
                Level.MEDIUM: tr("Medium"), Level.HIGH: tr("High")}[self]


class Decision(StrEnum):
    NONE = ""
    BID = "bid"
    NO_BID = "no-bid"

    @property
    def label(self) -> str:
        return {Decision.NONE: tr("Not decided yet"), Decision.BID: tr("Bid"),
                Decision.NO_BID: tr("Do not bid")}[self]


@dataclass(frozen=True, slots=True)
class RiskKind:
    code: str
    label: str
    guidance: str
    source: str
    url: str
    certainty: str


RISK_KEYS = with_welsh({"code": TEXT, "label": TEXT, "guidance": TEXT, "source": TEXT,
                        "url": TEXT, "certainty": TEXT}, "label", "guidance")


def risks_path() -> Path:
    return forms_folder() / "costing" / "board-risks.toml"


def load_risk_kinds(path: Path | None = None) -> tuple[RiskKind, ...]:
    """The risks, in the language `tr()` speaks on this thread."""
    path = path or risks_path()
    _, text, data = read_toml(path, RiskError)
    reader = TomlReader(path, text, RiskError)
    kinds = tuple(RiskKind(**in_language(reader.entry("risks", index, raw, RISK_KEYS),
                                         language(), "label", "guidance"))
                  for index, raw in enumerate(data.get("risks", [])))
    if not kinds or len({kind.code for kind in kinds}) != len(kinds):
        raise RiskError(path, "risks", "list at least one risk, each with its own code")
    return kinds


@dataclass(frozen=True, slots=True)
class RiskView:
    level: Level = Level.NOT_ASSESSED
    note: str = ""


@dataclass(frozen=True, slots=True)
class BoardDecision:
    """The board's decision as minuted; `decision` NONE until one is recorded."""

    met_on: date | None = None
    meeting: str = ""
    minute: str = ""
    decision: Decision = Decision.NONE
    conditions: str = ""

    @property
    def recorded(self) -> bool:
        return self.decision is not Decision.NONE

    def describe(self) -> str:
        """One line: "Bid: the board decided on 10 December 2026 (minute 7/26)"."""
        when = long_date(self.met_on) if self.met_on else "—"
        said = tr("{decision}: the board decided on {day}").format(
            decision=self.decision.label, day=when)
        return said + (" " + tr("(minute {minute})").format(minute=self.minute)
                       if self.minute else "")


@dataclass(frozen=True, slots=True)
class BoardReview:
    """The board's view of one opportunity: its risks and its decision."""

    opportunity_id: int
    risks: dict[str, RiskView] = field(default_factory=dict)
    tupe_staff: int = 0  # people who may transfer
    tupe_cost: int | None = None  # their pay and on-costs a year, pence; None: not known
    tupe_pension: str = ""  # which pension they have, and what matching it means
    decision: BoardDecision = BoardDecision()
    id: int | None = None
    version: int = 0

    def view(self, code: str) -> RiskView:
        return self.risks.get(code, RiskView())


def check_review(review: BoardReview) -> list[Flag]:
    """Figures that cannot be right, with the reason (nothing is saved until they are)."""
    flags = []
    where = tr("TUPE")
    if not 0 <= review.tupe_staff <= TUPE_STAFF_LIMIT:
        flags.append(Flag(where, tr("The number of staff who may transfer must be from 0 to "
                                    "{limit}.").format(limit=TUPE_STAFF_LIMIT)))
    if review.tupe_cost is not None and not 0 <= review.tupe_cost <= TUPE_COST_LIMIT:
        flags.append(Flag(where, tr("Their cost a year must be from nothing to {limit}.")
                          .format(limit=pounds(TUPE_COST_LIMIT))))
    too_long = [view.note for view in review.risks.values()] + [review.tupe_pension]
    if any(len(text) > TEXT_LIMIT for text in too_long):
        flags.append(Flag(tr("Risks"), tr("A view is longer than {limit} characters: shorten "
                                          "it.").format(limit=f"{TEXT_LIMIT:,}")))
    return flags


def check_decision(decision: BoardDecision, today: date) -> str:
    """Why the decision cannot be recorded as it stands, in plain words; "" when it can."""
    if not decision.recorded:
        return tr("Choose what the board decided: bid or do not bid.")
    if decision.met_on is None:
        return tr("Give the date of the meeting that decided.")
    if decision.met_on > today:
        return tr("The meeting's date is after today: record the decision once it is made.")
    if not (decision.meeting.strip() or decision.minute.strip()):
        return tr("Name the meeting or give the minute reference, so the decision can be "
                  "found in the minutes.")
    if max(len(decision.meeting), len(decision.minute)) > NAME_LIMIT:
        return tr("The meeting's name and the minute reference must be under {limit} "
                  "characters.").format(limit=NAME_LIMIT)
    if len(decision.conditions) > TEXT_LIMIT:
        return tr("The conditions are longer than {limit} characters: shorten them.").format(
            limit=f"{TEXT_LIMIT:,}")
    return ""


def decided_by(decision: BoardDecision) -> str:
    """Who decided, as the opportunity records it once the board's decision is in."""
    minute = decision.minute.strip()
    return tr("The board of trustees, minute {minute}").format(minute=minute) if minute \
        else tr("The board of trustees")
