"""Reading and saving questionnaire answers and their versions (the rules: `core.answers`)."""

from __future__ import annotations

import json
from collections.abc import Mapping
from typing import Any

from sqlalchemy import select
from sqlalchemy.exc import IntegrityError
from sqlalchemy.orm import Session

from desktop import __version__
from desktop.core.answers import (
    DRAFT_WINDOW,
    EXPORT_KIND,
    UNCHECKED,
    AnswerConflict,
    AnswersImportError,
    AnswerVersionInfo,
    check_import,
    encode,
)
from desktop.core.form_codes import SCOPE, stored_form
from desktop.i18n import tr
from desktop.questionnaire.model import Form
from desktop.store import models
from desktop.store.engine import Database
from desktop.store.locks import bulk_change
from desktop.store.types import utc_now


def load_answers(database: Database, organisation_id: int, form_code: str,
                 framework_code: str = "") -> dict[str, Any]:
    """A form's answers: the shared ones, and those kept for `framework_code` (see
    `form_codes.stored_form`), which another framework's never mix with."""
    scoped = f"{form_code}{SCOPE}{framework_code}" if framework_code else form_code
    with database.sessions() as session:
        rows = list(session.scalars(select(models.Answer).where(
            models.Answer.organisation_id == organisation_id,
            models.Answer.form_code.in_({form_code, scoped}))))
    rows.sort(key=lambda row: row.form_code == scoped)  # a framework's own answer wins
    return {row.field_key: json.loads(row.raw) for row in rows}


def save_answer(database: Database, organisation_id: int, form_code: str, field_key: str,
                raw: Any, *, keep_version: bool = False, expected: Any = UNCHECKED) -> bool:
    """Save one answer in its own transaction; True when it changed.

    `keep_version` starts a new version even inside the drafting window (used by restore, so
    the restored wording is always a version of its own). `expected` is the answer as the page
    last saw it: if someone else has saved a different one since (a colleague on the shared
    database), AnswerConflict is raised with theirs and nothing is written.
    """
    try:
        return _save_once(database, organisation_id, form_code, field_key, raw, keep_version,
                          expected)
    except IntegrityError:
        # Someone else saved this answer for the first time at the same moment: go again, now
        # that it is there (checked against theirs, like any other save).
        return _save_once(database, organisation_id, form_code, field_key, raw, keep_version,
                          expected)


def _save_once(database: Database, organisation_id: int, form_code: str, field_key: str,
               raw: Any, keep_version: bool, expected: Any) -> bool:
    with database.transaction() as session:
        if expected is not UNCHECKED:
            row = session.scalar(select(models.Answer).where(
                models.Answer.organisation_id == organisation_id,
                models.Answer.form_code == form_code, models.Answer.field_key == field_key)
                .with_for_update())
            stored = json.loads(row.raw) if row is not None else None
            if stored != expected and stored != raw:
                raise AnswerConflict(stored)
        return save_in(session, organisation_id, form_code, field_key, raw, keep_version)


def save_in(session: Session, organisation_id: int, form_code: str, field_key: str, raw: Any,
            keep_version: bool = False) -> bool:
    """Save one answer inside the caller's transaction (see `save_answer`)."""
    text = encode(raw)
    row = session.scalar(select(models.Answer).where(
        models.Answer.organisation_id == organisation_id,
        models.Answer.form_code == form_code, models.Answer.field_key == field_key)
        .with_for_update())  # held to the commit: nobody's save lands between read and write
    if row is not None and row.raw == text:
        return False
    now = utc_now()
    if row is None:
        row = models.Answer(organisation_id=organisation_id, form_code=form_code,
                            field_key=field_key, raw=text)
        session.add(row)
    row.raw = text
    latest = row.versions[-1] if row.versions else None
    if latest is not None and not keep_version and now - latest.saved_at < DRAFT_WINDOW:
        latest.raw, latest.saved_at = text, now
    else:
        row.versions.append(models.AnswerVersion(raw=text, saved_at=now))
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
    save_answer(database, organisation_id, form_code, field_key, chosen.raw, keep_version=True)
    return chosen.raw


def export_answers(database: Database, organisation_id: int, organisation_name: str,
                   forms: Mapping[str, Form], framework_code: str = "") -> dict[str, Any]:
    """Every form's current answers (those kept for `framework_code` with the shared ones), as a
    JSON-ready document that `import_answers` reads."""
    return {
        "kind": EXPORT_KIND,
        "app_version": __version__,
        "organisation": organisation_name,
        "framework": framework_code,
        "forms": {code: {"version": form.version,
                         "answers": load_answers(database, organisation_id, code,
                                                 framework_code)}
                  for code, form in forms.items()},
    }


def import_answers(database: Database, organisation_id: int, forms: Mapping[str, Form],
                   document: Any, framework_code: str = "") -> int:
    """Check every answer in `document`, then save them all in one transaction (or none).

    Answers that belong to one framework are saved for `framework_code`.
    Returns how many answers changed. Each imported change is a version of its own, so the
    answers from before the import can be restored. Two imports for one organisation never mix:
    the second waits for the first (see `store.locks.bulk_change`), then applies in full, or
    raises BulkChangeBusy if the first takes too long.
    """
    problems = check_import(forms, document)
    if problems:
        raise AnswersImportError(problems)
    changed = 0
    with database.transaction() as session:
        bulk_change(session, organisation_id, tr(
            "Someone else is importing answers for this organisation; try again in a moment."))
        for code, part in document["forms"].items():
            for key, raw in part["answers"].items():  # a framework's own go to the one open
                changed += save_in(session, organisation_id,
                                   stored_form(forms[code], key, framework_code), key, raw,
                                   keep_version=True)
    return changed
