"""Questionnaire answers: saved as typed, each change kept as a version that can be restored.

Saving an unchanged answer does nothing, so autosaving as often as the page likes is cheap. Values
are stored as JSON of what was typed or chosen (`questionnaire.values.interpret` says what they
mean), so a half-typed or not-yet-valid answer is never lost.
"""

from __future__ import annotations

import json
from dataclasses import dataclass
from datetime import datetime
from typing import Any

from sqlalchemy import select

from desktop.store import models
from desktop.store.engine import Database


@dataclass(frozen=True, slots=True)
class AnswerVersionInfo:
    id: int
    raw: Any
    saved_at: datetime


def encode(raw: Any) -> str:
    return json.dumps(raw, ensure_ascii=False, sort_keys=True)


def load_answers(database: Database, organisation_id: int, form_code: str) -> dict[str, Any]:
    with database.sessions() as session:
        rows = session.scalars(select(models.Answer).where(
            models.Answer.organisation_id == organisation_id,
            models.Answer.form_code == form_code))
        return {row.field_key: json.loads(row.raw) for row in rows}


def save_answer(database: Database, organisation_id: int, form_code: str, field_key: str,
                raw: Any) -> bool:
    """Save one answer in its own transaction; True when it changed (a version was added)."""
    text = encode(raw)
    with database.transaction() as session:
        row = session.scalar(select(models.Answer).where(
            models.Answer.organisation_id == organisation_id,
            models.Answer.form_code == form_code, models.Answer.field_key == field_key))
        if row is not None and row.raw == text:
            return False
        if row is None:
            row = models.Answer(organisation_id=organisation_id, form_code=form_code,
                                field_key=field_key, raw=text)
            session.add(row)
        else:
            row.raw = text
        row.versions.append(models.AnswerVersion(raw=text))
    return True


def history(database: Database, organisation_id: int, form_code: str,
            field_key: str) -> list[AnswerVersionInfo]:
    """Every saved version of one answer, newest first."""
    with database.sessions() as session:
        versions = session.scalars(
            select(models.AnswerVersion).join(models.Answer).where(
                models.Answer.organisation_id == organisation_id,
                models.Answer.form_code == form_code, models.Answer.field_key == field_key)
            .order_by(models.AnswerVersion.id.desc()))
        return [AnswerVersionInfo(v.id, json.loads(v.raw), v.saved_at) for v in versions]


def restore(database: Database, organisation_id: int, form_code: str, field_key: str,
            version_id: int) -> Any:
    """Make an earlier version the current answer (itself a new version); return its value."""
    chosen = next(v for v in history(database, organisation_id, form_code, field_key)
                  if v.id == version_id)
    save_answer(database, organisation_id, form_code, field_key, chosen.raw)
    return chosen.raw
