"""Ask the search index (kept by the database's triggers, migration 0008) and say what each
result is and where the window shows it.

SQLite: FTS5's MATCH, best matches first (bm25) among the newest 2,000; if the SQLite in use
had no FTS5 when the database was made, the same table is searched with LIKE. PostgreSQL:
to_tsvector @@ to_tsquery over the GIN index, ranked by ts_rank. A result whose row has gone
since (or belongs to another framework's journey) is left out.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Mapping

from sqlalchemy import select, text
from sqlalchemy.orm import Session

from desktop.core.catalogue import Catalogue
from desktop.core.form_codes import form_of, question, stored_form
from desktop.core.search import (
    Found,
    Kind,
    SearchResults,
    excerpt,
    fts5_query,
    query_words,
    split_id,
)
from desktop.core.targets import Target
from desktop.i18n import tr
from desktop.questionnaire.model import Form
from desktop.store import models
from desktop.store.engine import Database

SHOWN = 50  # results shown at once; a longer list asks for another word instead

RANKED = 2000  # the best are chosen among the newest this many matches, so a word found
# everywhere (in 60,000 rows, say) is still answered in milliseconds
FTS5 = ("SELECT rowid, body FROM (SELECT rowid, body, rank FROM search_index WHERE "
        "search_index MATCH :query AND organisation_id = :organisation ORDER BY rowid DESC "
        f"LIMIT {RANKED}) ORDER BY rank LIMIT :limit")
# The typed words are read by PostgreSQL's own parser, exactly as the index reads the text
# ("KF-77" is the words kf and -77 to both), and each may start a longer word.
POSTGRESQL = (
    "WITH wanted AS (SELECT to_tsquery('simple', (SELECT string_agg(quote_literal(word) || ':*',"
    " ' & ') FROM unnest(tsvector_to_array(to_tsvector('simple', :query))) AS word)) AS query) "
    "SELECT id, body FROM (SELECT id, body FROM search_index, wanted WHERE organisation_id = "
    "  :organisation AND to_tsvector('simple', body) @@ wanted.query "
    f" ORDER BY id DESC LIMIT {RANKED}) AS newest, wanted "
    "ORDER BY ts_rank(to_tsvector('simple', body), wanted.query) DESC LIMIT :limit")
MOST_TYPED = 200  # characters of a search read (the box takes no more)


def search(database: Database, organisation_id: int, typed: str, forms: Mapping[str, Form],
           catalogue: Catalogue, shown: int = SHOWN) -> SearchResults:
    """The best `shown` matches for the words in `typed`, each with where it is."""
    words = query_words(typed)
    if not words:
        return SearchResults()
    with database.sessions() as session:
        typed = typed[:MOST_TYPED].replace("\x00", " ")  # PostgreSQL's text holds no NUL
        rows = _matches(session, organisation_id, typed, words, shown + 1)
        found = _describe(session, rows[:shown], words, forms, catalogue)
    return SearchResults(tuple(found), more=len(rows) > shown)


def _matches(session: Session, organisation_id: int, typed: str, words: list[str],
             limit: int) -> list[tuple[int, str]]:
    """(index id, body) of the best matches."""
    if session.bind is not None and session.bind.dialect.name == "postgresql":
        query, parameter = POSTGRESQL, typed
    elif _has_fts5(session):
        query, parameter = FTS5, fts5_query(words)
    else:
        return _like_matches(session, organisation_id, words, limit)
    rows = session.execute(text(query), {"query": parameter, "organisation": organisation_id,
                                         "limit": limit})
    return [(int(index_id), body or "") for index_id, body in rows]


def _has_fts5(session: Session) -> bool:
    made = session.execute(text(
        "SELECT sql FROM sqlite_master WHERE name = 'search_index'")).scalar()
    return "fts5" in (made or "").lower()


def _like_matches(session: Session, organisation_id: int, words: list[str],
                  limit: int) -> list[tuple[int, str]]:
    """Without FTS5: every word somewhere in the text (slower, still correct)."""
    conditions = " AND ".join(f"body LIKE :word{n} ESCAPE '\\'" for n in range(len(words)))
    values = {f"word{n}": "%" + word.replace("\\", "\\\\").replace("%", "\\%").replace(
        "_", "\\_") + "%" for n, word in enumerate(words)}
    rows = session.execute(text(
        f"SELECT rowid, body FROM search_index WHERE organisation_id = :organisation AND "
        f"{conditions} ORDER BY rowid DESC LIMIT :limit"),
        {"organisation": organisation_id, "limit": limit, **values})
    return [(int(index_id), body or "") for index_id, body in rows]


def _describe(session: Session, rows: list[tuple[int, str]], words: list[str],
              forms: Mapping[str, Form], catalogue: Catalogue) -> list[Found]:
    """Each match as a person reads it, in the index's order."""
    wanted: dict[Kind, list[int]] = defaultdict(list)
    for index_id, _body in rows:
        kind, source = split_id(index_id)
        if kind is not None:
            wanted[kind].append(source)
    described: dict[tuple[Kind, int], tuple[str, str, Target]] = {}
    for kind, ids in wanted.items():
        for source, what in _DESCRIBERS[kind](session, ids, forms, catalogue).items():
            described[kind, source] = what
    found = []
    for index_id, body in rows:
        kind, source = split_id(index_id)
        if kind is not None and (kind, source) in described:
            title, where, target = described[kind, source]
            found.append(Found(title, where, excerpt(body, words), target))
    return found


Described = dict[int, tuple[str, str, Target]]


def _answers(session: Session, ids: list[int], forms: Mapping[str, Form],
             catalogue: Catalogue) -> Described:
    rows = session.execute(select(models.Answer.id, models.Answer.form_code,
                                  models.Answer.field_key).where(models.Answer.id.in_(ids)))
    described: Described = {}
    for answer_id, stored, field_key in rows:
        form = forms.get(form_of(stored))
        if form is None or stored not in (form.code, stored_form(form, field_key,
                                                                  catalogue.framework.code)):
            continue  # a form the app no longer has, or another framework's own answer
        section = next((s for s in form.sections if any(f.key == field_key for f in s.fields)),
                       None)
        if section is None:
            continue  # an answer to a question the forms no longer ask
        label = next(f.label for f in section.fields if f.key == field_key)
        described[answer_id] = (label, f"{form.title} › {section.title}",
                                question(form.code, field_key))
    return described


def _evidence(session: Session, ids: list[int], _forms: Mapping[str, Form],
              _catalogue: Catalogue) -> Described:
    rows = session.execute(select(models.Evidence.id, models.Evidence.title).where(
        models.Evidence.id.in_(ids)))
    return {row_id: (title, tr("Evidence library"), Target("evidence", item=row_id))
            for row_id, title in rows}


def _opportunities(session: Session, ids: list[int], _forms: Mapping[str, Form],
                   _catalogue: Catalogue) -> Described:
    rows = session.execute(select(models.Opportunity.id, models.Opportunity.title,
                                  models.Opportunity.buyer_reference).where(
        models.Opportunity.id.in_(ids)))
    return {row_id: (title, tr("Opportunities") + (f" · {reference}" if reference else ""),
                     Target("opportunities", item=row_id))
            for row_id, title, reference in rows}


def _tasks(session: Session, ids: list[int], _forms: Mapping[str, Form],
           _catalogue: Catalogue) -> Described:
    rows = session.execute(select(models.Task.id, models.Task.title, models.Opportunity.id,
                                  models.Opportunity.title).join(
        models.Opportunity, models.Opportunity.id == models.Task.opportunity_id).where(
        models.Task.id.in_(ids)))
    return {task_id: (title, tr("Task for {opportunity}").format(opportunity=opportunity),
                      Target("opportunities", item=opportunity_id, task=task_id))
            for task_id, title, opportunity_id, opportunity in rows}


def _partners(session: Session, ids: list[int], _forms: Mapping[str, Form],
              _catalogue: Catalogue) -> Described:
    rows = session.execute(select(models.Partner.id, models.Partner.name).where(
        models.Partner.id.in_(ids)))
    return {row_id: (partner, tr("Partners"), Target("partners", item=row_id))
            for row_id, partner in rows}


def _journey(session: Session, ids: list[int], _forms: Mapping[str, Form],
             catalogue: Catalogue) -> Described:
    rows = session.execute(select(models.JourneyStep.id, models.JourneyStep.step_code).where(
        models.JourneyStep.id.in_(ids),
        models.JourneyStep.framework_code == catalogue.framework.code))
    steps = {step.code: (number, step.label)
             for number, step in enumerate(catalogue.portal_steps, start=1)}
    described: Described = {}
    for row_id, code in rows:
        if code in steps:
            number, label = steps[code]
            described[row_id] = (
                tr("Step {number}: {title}").format(number=number, title=label),
                tr("Portal journey · notes"), Target("journey", item=code))
    return described


_DESCRIBERS = {Kind.ANSWER: _answers, Kind.EVIDENCE: _evidence,
               Kind.OPPORTUNITY: _opportunities, Kind.TASK: _tasks, Kind.PARTNER: _partners,
               Kind.JOURNEY: _journey}
