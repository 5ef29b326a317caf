"""Saving and reading the board's review of an opportunity: its risks, the TUPE figures, and
the decision the board records, which becomes the opportunity's bid / no-bid decision in the
same transaction (checked against a colleague's save, like every other record)."""

from __future__ import annotations

import json
from dataclasses import replace
from datetime import UTC, date, datetime, time
from typing import Any

from sqlalchemy import select

from desktop.core.board import (
    BoardDecision,
    BoardReview,
    Decision,
    Level,
    RiskView,
    check_decision,
    check_review,
    decided_by,
)
from desktop.core.conflict_records import checked_transaction, locked_at
from desktop.core.conflicts import RecordConflict
from desktop.core.opportunity_records import set_decision
from desktop.store import models
from desktop.store.engine import Database

OBJECTS = "objects"  # the profile's question: the charity's objects, from its governing document


class InvalidReview(ValueError):
    """The review or decision cannot be saved as it stands; the message says why."""


class UnreadableReview(ValueError):
    """The stored risks are not what this version writes (a damaged or foreign row)."""


def _risks(text: str) -> dict[str, RiskView]:
    try:
        data = json.loads(text or "{}")
        return {str(code): RiskView(Level(item.get("level", "")), str(item.get("note", "")))
                for code, item in data.items()}
    except (AttributeError, TypeError, ValueError) as error:
        raise UnreadableReview(str(error)) from None


def _risks_json(risks: dict[str, RiskView]) -> str:
    return json.dumps({code: {"level": view.level.value, "note": view.note}
                       for code, view in sorted(risks.items())
                       if view.level is not Level.NOT_ASSESSED or view.note},
                      ensure_ascii=False)


def _review(row: models.BoardReview) -> BoardReview:
    try:
        decision = Decision(row.decision)
    except ValueError as error:
        raise UnreadableReview(str(error)) from None
    return BoardReview(
        row.opportunity_id, _risks(row.risks), row.tupe_staff, row.tupe_cost, row.tupe_pension,
        BoardDecision(row.met_on, row.meeting, row.minute, decision, row.conditions),
        row.id, row.version_id)


def _find(session: Any, opportunity_id: int) -> models.BoardReview | None:
    return session.scalar(select(models.BoardReview).where(
        models.BoardReview.opportunity_id == opportunity_id))


def load_review(database: Database, opportunity_id: int) -> BoardReview:
    """The saved review, or an empty one (nothing weighed, nothing decided)."""
    with database.sessions() as session:
        row = _find(session, opportunity_id)
        return _review(row) if row is not None else BoardReview(opportunity_id)


def _read(database: Database, opportunity_id: int) -> BoardReview | None:
    with database.sessions() as session:
        row = _find(session, opportunity_id)
        return _review(row) if row is not None else None


def _row(session: Any, review: BoardReview) -> models.BoardReview:
    """The review's row, locked at the version read; a new one the first time."""
    if review.id is None:
        theirs = _find(session, review.opportunity_id)
        if theirs is not None:  # a colleague made it since this one was read
            raise RecordConflict(_review(theirs))
        row = models.BoardReview(opportunity_id=review.opportunity_id)
        session.add(row)
        return row
    return locked_at(session, models.BoardReview, review.id, review.version, _review)


def save_review(database: Database, review: BoardReview) -> BoardReview:
    """Save the risks and the TUPE figures (the decision is recorded on its own, below).
    InvalidReview says what is wrong; RecordConflict if a colleague saved first."""
    flags = check_review(review)
    if flags:
        raise InvalidReview("\n".join(f"{flag.where}: {flag.message}" for flag in flags))
    with checked_transaction(database, lambda: _read(database, review.opportunity_id)) \
            as session:
        row = _row(session, review)
        row.risks = _risks_json(review.risks)
        row.tupe_staff, row.tupe_cost = review.tupe_staff, review.tupe_cost
        row.tupe_pension = review.tupe_pension
        session.flush()
        return _review(row)


def record_board_decision(database: Database, review: BoardReview, decision: BoardDecision,
                          today: date) -> BoardReview:
    """Record the board's decision; from now on it is the opportunity's bid / no-bid decision
    (a decision not to bid withdraws the opportunity), all in one transaction. The opportunity
    keeps its own "why" (the board's conditions become it when it has none)."""
    problem = check_decision(decision, today)
    if problem:
        raise InvalidReview(problem)
    decision = replace(decision, meeting=decision.meeting.strip(),
                       minute=decision.minute.strip(), conditions=decision.conditions.strip())
    assert decision.met_on is not None
    with checked_transaction(database, lambda: _read(database, review.opportunity_id)) \
            as session:
        row = _row(session, review)
        row.met_on, row.meeting, row.minute = decision.met_on, decision.meeting, decision.minute
        row.decision, row.conditions = decision.decision.value, decision.conditions
        opportunity = session.get_one(models.Opportunity, review.opportunity_id)
        set_decision(opportunity, decision.decision.value, decided_by(decision),
                     opportunity.decision_why or decision.conditions,
                     datetime.combine(decision.met_on, time(12), tzinfo=UTC))
        session.flush()
        return _review(row)


def charity_objects(database: Database, organisation_id: int) -> str:
    """The charity's objects as written in its profile ("" when not given yet)."""
    from desktop.core.answer_records import load_answers
    from desktop.core.qualification import PROFILE

    raw = load_answers(database, organisation_id, PROFILE).get(OBJECTS)
    return raw.strip() if isinstance(raw, str) else ""
