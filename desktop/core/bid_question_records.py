"""Saving and reading an opportunity's bid questions and answers (one transaction per change).

A question is saved whole, checked against the version the page read (a colleague's save in
between is a RecordConflict, settled by the page). Each new wording of an answer is kept as a
version, as the questionnaire keeps its answers: saves within DRAFT_WINDOW of each other while
someone types are one version, so the history holds what people meant to keep.
"""

from __future__ import annotations

import json
from collections.abc import Sequence

from sqlalchemy import func, select

from desktop.core.answers import DRAFT_WINDOW, AnswerVersionInfo
from desktop.core.bid_questions import BidQuestion, LimitUnit, Status, check_question
from desktop.core.conflict_records import checked_transaction, locked_at
from desktop.store import models
from desktop.store.engine import Database
from desktop.store.types import utc_now


def _info(row: models.BidQuestion) -> BidQuestion:
    return BidQuestion(
        id=row.id, number=row.number, text=row.text, guidance=row.guidance, limit=row.limit,
        limit_unit=LimitUnit(row.limit_unit), weighting=row.weighting, scoring=row.scoring,
        pass_fail=row.pass_fail, attachment_required=row.attachment_required,
        attachment_id=row.attachment_id,
        lots=tuple(json.loads(row.lots)), answer=row.answer, owner=row.owner,
        status=Status(row.status), comments=row.comments, version=row.version_id)


def _write(row: models.BidQuestion, question: BidQuestion, keep_version: bool = False) -> None:
    row.number, row.text, row.guidance = question.number, question.text, question.guidance
    row.limit, row.limit_unit = question.limit, question.limit_unit.value
    row.weighting, row.scoring = question.weighting, question.scoring
    row.pass_fail, row.attachment_required = question.pass_fail, question.attachment_required
    row.attachment_id = question.attachment_id
    row.lots = json.dumps(list(question.lots), ensure_ascii=False)
    row.owner, row.status, row.comments = question.owner, question.status.value, question.comments
    if row.answer != question.answer or keep_version:
        row.answer = question.answer
        now = utc_now()
        latest = row.versions[-1] if row.versions else None
        if latest is not None and not keep_version and now - latest.saved_at < DRAFT_WINDOW:
            latest.text, latest.saved_at = question.answer, now
        elif question.answer or latest is not None:
            row.versions.append(models.BidAnswerVersion(text=question.answer, saved_at=now))


def load_questions(database: Database, opportunity_id: int) -> list[BidQuestion]:
    with database.sessions() as session:
        rows = session.scalars(select(models.BidQuestion).where(
            models.BidQuestion.opportunity_id == opportunity_id)
            .order_by(models.BidQuestion.position, models.BidQuestion.id))
        return [_info(row) for row in rows]


def _read(database: Database, question_id: int | None) -> BidQuestion | None:
    with database.sessions() as session:
        row = session.get(models.BidQuestion, question_id) if question_id else None
        return _info(row) if row is not None else None


def save_question(database: Database, opportunity_id: int, question: BidQuestion, *,
                  keep_version: bool = False) -> BidQuestion:
    """Add (id None) or change a question; InvalidQuestion says what to fix, nothing saved.
    `keep_version` makes the answer a version of its own (a restored wording)."""
    check_question(question)
    with checked_transaction(database, lambda: _read(database, question.id)) as session:
        if question.id is None:
            position = session.scalar(select(func.coalesce(func.max(
                models.BidQuestion.position), 0)).where(
                models.BidQuestion.opportunity_id == opportunity_id)) or 0
            row = models.BidQuestion(opportunity_id=opportunity_id, position=position + 1,
                                     text=question.text)
            session.add(row)
        else:
            row = locked_at(session, models.BidQuestion, question.id, question.version, _info)
        _write(row, question, keep_version)
        session.flush()
        return _info(row)


def add_questions(database: Database, opportunity_id: int,
                  questions: Sequence[BidQuestion]) -> int:
    """Add every question after those already there, in one transaction (all or none)."""
    for question in questions:
        check_question(question)
    with database.transaction() as session:
        position = session.scalar(select(func.coalesce(func.max(
            models.BidQuestion.position), 0)).where(
            models.BidQuestion.opportunity_id == opportunity_id)) or 0
        for offset, question in enumerate(questions, start=1):
            row = models.BidQuestion(opportunity_id=opportunity_id, position=position + offset,
                                     text=question.text)
            session.add(row)
            _write(row, question)
    return len(questions)


def delete_question(database: Database, question_id: int, *, version: int | None) -> None:
    with checked_transaction(database, lambda: _read(database, question_id)) as session:
        session.delete(locked_at(session, models.BidQuestion, question_id, version, _info))


def answer_history(database: Database, question_id: int) -> list[AnswerVersionInfo]:
    """Every saved wording of one answer, newest first (the questionnaire's history shape)."""
    with database.sessions() as session:
        versions = session.scalars(select(models.BidAnswerVersion).where(
            models.BidAnswerVersion.question_id == question_id)
            .order_by(models.BidAnswerVersion.id.desc()))
        return [AnswerVersionInfo(v.id, v.text, v.saved_at) for v in versions]
