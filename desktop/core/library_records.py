"""Saving the answer library and searching every answer written (through the search index of
migrations 0008 and 0013: FTS5 on SQLite, to_tsvector on PostgreSQL).

A search looks only at answers: library entries, answers drafted for bids and the selection
questionnaire's written answers; each result carries its full text, so "use this answer" copies
words, never a link.
"""

from __future__ import annotations

import json
from collections.abc import Mapping

from sqlalchemy import select
from sqlalchemy.orm import Session

from desktop.core.conflict_records import checked_transaction, locked_at
from desktop.core.form_codes import question
from desktop.core.library import LibraryEntry, LibraryHit, Outcome, Source, check_entry
from desktop.core.opportunities import Status
from desktop.core.search import Kind, query_words, split_id
from desktop.core.search_records import MOST_TYPED, SHOWN, matches
from desktop.core.targets import Target
from desktop.i18n import tr
from desktop.questionnaire.model import FieldType, Form
from desktop.store import models
from desktop.store.engine import Database

ANSWER_KINDS = (Kind.LIBRARY, Kind.BID_ANSWER, Kind.ANSWER)


def _entry(row: models.LibraryEntry) -> LibraryEntry:
    return LibraryEntry(row.id, row.title, row.text, tuple(json.loads(row.tags)), row.review_on,
                        row.used_in, Outcome(row.outcome), row.score, row.version_id)


def _read(database: Database, entry_id: int | None) -> LibraryEntry | None:
    with database.sessions() as session:
        row = session.get(models.LibraryEntry, entry_id) if entry_id else None
        return _entry(row) if row is not None else None


def save_entry(database: Database, organisation_id: int, entry: LibraryEntry) -> LibraryEntry:
    """Add (id None) or change a library entry; InvalidEntry says what to fix, nothing saved."""
    check_entry(entry)
    with checked_transaction(database, lambda: _read(database, entry.id)) as session:
        if entry.id is None:
            row = models.LibraryEntry(organisation_id=organisation_id)
            session.add(row)
        else:
            row = locked_at(session, models.LibraryEntry, entry.id, entry.version, _entry)
        row.title, row.text = entry.title.strip(), entry.text
        row.tags = json.dumps(list(entry.tags), ensure_ascii=False)
        row.review_on, row.used_in = entry.review_on, entry.used_in
        row.outcome, row.score = entry.outcome.value, entry.score.strip()
        session.flush()
        return _entry(row)


def delete_entry(database: Database, entry_id: int, *, version: int | None) -> None:
    with checked_transaction(database, lambda: _read(database, entry_id)) as session:
        session.delete(locked_at(session, models.LibraryEntry, entry_id, version, _entry))


def load_entries(database: Database, organisation_id: int) -> list[LibraryEntry]:
    with database.sessions() as session:
        rows = session.scalars(select(models.LibraryEntry).where(
            models.LibraryEntry.organisation_id == organisation_id).order_by(
            models.LibraryEntry.title, models.LibraryEntry.id))
        return [_entry(row) for row in rows]


def search_library(database: Database, organisation_id: int, typed: str,
                   forms: Mapping[str, Form], shown: int = SHOWN) -> tuple[list[LibraryHit], bool]:
    """The best `shown` answers for the words in `typed`, and whether there were more."""
    words = query_words(typed)
    if not words:
        return [], False
    typed = typed[:MOST_TYPED].replace("\x00", " ")
    with database.sessions() as session:
        rows = matches(session, organisation_id, typed, words, shown + 1, ANSWER_KINDS)
        wanted: dict[Kind, list[int]] = {kind: [] for kind in ANSWER_KINDS}
        for index_id, _body in rows[:shown]:
            kind, source = split_id(index_id)
            if kind in wanted:
                wanted[kind].append(source)
        found = {**_library_hits(session, wanted[Kind.LIBRARY]),
                 **_bid_hits(session, wanted[Kind.BID_ANSWER]),
                 **_questionnaire_hits(session, wanted[Kind.ANSWER], forms)}
    ordered = [found[key] for index_id, _body in rows[:shown]
               if (key := split_id(index_id)) in found]
    return ordered, len(rows) > shown


Hits = dict[tuple[Kind | None, int], LibraryHit]


def _library_hits(session: Session, ids: list[int]) -> Hits:
    rows = session.scalars(select(models.LibraryEntry).where(models.LibraryEntry.id.in_(ids)))
    return {(Kind.LIBRARY, row.id): LibraryHit(
        Source.LIBRARY, row.id, row.title, row.text, row.used_in or tr("Answer library"),
        row.updated_at, Target("bid-writing", panel="library"), Outcome(row.outcome), row.score,
        tuple(json.loads(row.tags)), row.review_on) for row in rows}


def _bid_hits(session: Session, ids: list[int]) -> Hits:
    rows = session.execute(select(models.BidQuestion, models.Opportunity.title,
                                  models.Opportunity.buyer_reference,
                                  models.Opportunity.status).join(
        models.Opportunity, models.Opportunity.id == models.BidQuestion.opportunity_id).where(
        models.BidQuestion.id.in_(ids)))
    hits: Hits = {}
    for asked, title, reference, status in rows:
        if not asked.answer.strip():
            continue  # the question's words matched, but nothing is written yet
        outcome = {Status.WON.value: Outcome.WON, Status.LOST.value: Outcome.LOST}.get(
            status, Outcome.NONE)
        where = tr("{opportunity}, question {number}").format(
            opportunity=title + (f" ({reference})" if reference else ""), number=asked.number)
        hits[Kind.BID_ANSWER, asked.id] = LibraryHit(
            Source.BID, asked.id, asked.text, asked.answer, where, asked.updated_at,
            Target("bid-writing", item=asked.opportunity_id, question=asked.id), outcome)
    return hits


def _questionnaire_hits(session: Session, ids: list[int], forms: Mapping[str, Form]) -> Hits:
    rows = session.scalars(select(models.Answer).where(models.Answer.id.in_(ids)))
    hits: Hits = {}
    for row in rows:
        form = forms.get(row.form_code)
        for section in form.sections if form else ():
            field = next((f for f in section.fields if f.key == row.field_key), None)
            if form is None or field is None or field.type is not FieldType.LONG_TEXT:
                continue
            try:
                text = json.loads(row.raw)
            except ValueError:
                continue
            if isinstance(text, str) and text.strip():
                hits[Kind.ANSWER, row.id] = LibraryHit(
                    Source.QUESTIONNAIRE, row.id, field.label, text,
                    f"{form.title} › {section.title}", row.updated_at,
                    question(row.form_code, row.field_key))
    return hits
