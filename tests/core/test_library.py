"""The answer library: library entries, bid answers and written questionnaire answers are found
by their words on SQLite (FTS5) and PostgreSQL, with where they were used, the outcome, score,
age and review date; hostile text comes back exactly; reusing copies, never links."""

from __future__ import annotations

from dataclasses import replace
from datetime import UTC, date, datetime, timedelta

import pytest
from sqlalchemy import text

from desktop.app.workspace import Workspace
from desktop.core.answer_records import save_answer
from desktop.core.bid_question_records import load_questions, save_question
from desktop.core.bid_questions import BidQuestion
from desktop.core.catalogue_records import load_catalogue
from desktop.core.conflicts import RecordConflict
from desktop.core.library import (
    InvalidEntry,
    LibraryEntry,
    LibraryHit,
    Outcome,
    Source,
    age_text,
    describe,
    tags_from,
)
from desktop.core.library_records import delete_entry, load_entries, save_entry, search_library
from desktop.core.opportunities import OpportunityInfo, Status
from desktop.core.opportunity_records import save_opportunity
from desktop.core.organisation_records import create_organisation
from desktop.core.qualification import PROFILE, QUESTIONNAIRE, qualification_forms
from desktop.core.search_records import search
from desktop.core.targets import Target
from tests.packs import PSDF

NOW = datetime(2026, 12, 3, 12, tzinfo=UTC)
HOSTILE = "Tŷ <b>&</b> “smart” 🙂 ŵ ŷ\u00ad\tquotes ' \" %_ \\ NEAR AND"


def find(workspace: Workspace, organisation_id: int, words: str) -> list[LibraryHit]:
    forms = qualification_forms(load_catalogue(workspace.database, PSDF))
    return search_library(workspace.database, organisation_id, words, forms)[0]


def test_every_kind_of_answer_is_found_with_where_it_was_used(any_workspace: Workspace) -> None:
    db = any_workspace.database
    organisation = create_organisation(db, "Riverside")
    other = create_organisation(db, "Someone else")
    won = save_opportunity(db, organisation.id, OpportunityInfo(
        None, "Kingfisher housing", "KF-77", status=Status.WON)).id
    assert won is not None
    question = save_question(db, won, BidQuestion(
        None, "3.1", "Describe your move-on support", answer="Our pelican mentors " + HOSTILE))
    save_question(db, won, BidQuestion(None, "3.2", "Describe pelican work"))  # not answered
    entry = save_entry(db, organisation.id, LibraryEntry(
        None, "Pelican safeguarding", "Every pelican volunteer is vetted.",
        tags_from("safeguarding, Wales; safeguarding"), date(2026, 1, 1), "KF-77", Outcome.WON,
        "8/10"))
    assert entry.tags == ("safeguarding", "Wales")
    save_entry(db, other.id, LibraryEntry(None, "Pelican", "Not ours: pelican"))
    save_answer(db, organisation.id, QUESTIONNAIRE, "experience_summary", "Pelican outreach")
    save_answer(db, organisation.id, PROFILE, "trading_name", "Pelican Trading")  # not an answer

    hits = find(any_workspace, organisation.id, "pelican")
    by_source = {hit.source: hit for hit in hits}
    assert len(hits) == 2 + ("experience_summary" in _long_fields(any_workspace))
    bid = by_source[Source.BID]
    assert bid.text == "Our pelican mentors " + HOSTILE  # the whole answer, exactly
    assert bid.where == "Kingfisher housing (KF-77), question 3.1"
    assert bid.outcome is Outcome.WON
    assert bid.target == Target("bid-writing", item=won, question=question.id)
    kept = by_source[Source.LIBRARY]
    assert (kept.title, kept.score, kept.outcome, kept.tags) == (
        "Pelican safeguarding", "8/10", Outcome.WON, ("safeguarding", "Wales"))
    assert kept.stale(date(2026, 12, 3)) and not kept.stale(date(2025, 12, 31))
    line = describe(kept, kept.written + timedelta(days=100))
    assert "score 8/10" in line and "⚠ stale: review was due 1 January 2026" in line
    assert "3 months old" in line
    assert find(any_workspace, organisation.id, "vetted")[0].source is Source.LIBRARY
    assert find(any_workspace, organisation.id, HOSTILE)[0].source is Source.BID
    assert find(any_workspace, organisation.id, "🙂 <> &") == []  # no words: nothing, no error
    # The window's Find also finds them, and says where they are.
    catalogue = load_catalogue(db, PSDF)
    found = search(db, organisation.id, "vetted", qualification_forms(catalogue), catalogue)
    assert [(f.title, f.where) for f in found.found] == [("Pelican safeguarding",
                                                          "Answer library")]


def _long_fields(workspace: Workspace) -> set[str]:
    forms = qualification_forms(load_catalogue(workspace.database, PSDF))
    return {field.key for section in forms[QUESTIONNAIRE].sections for field in section.fields
            if field.type.value == "long-text"}


def test_the_index_follows_every_change(any_workspace: Workspace) -> None:
    db = any_workspace.database
    organisation = create_organisation(db, "Riverside")
    opportunity = save_opportunity(db, organisation.id, OpportunityInfo(None, "Otters")).id
    assert opportunity is not None
    question = save_question(db, opportunity, BidQuestion(None, "1", "Q", answer="badger"))
    save_question(db, opportunity, replace(question, answer="heron"))
    assert find(any_workspace, organisation.id, "badger") == []
    assert [h.text for h in find(any_workspace, organisation.id, "heron")] == ["heron"]
    entry = save_entry(db, organisation.id, LibraryEntry(None, "Walrus", "kept"))
    changed = save_entry(db, organisation.id, replace(entry, title="Narwhal"))
    assert find(any_workspace, organisation.id, "walrus") == []
    with pytest.raises(RecordConflict):
        save_entry(db, organisation.id, replace(entry, title="Stale copy"))
    delete_entry(db, changed.id or 0, version=changed.version)
    assert find(any_workspace, organisation.id, "narwhal") == []
    assert load_entries(db, organisation.id) == []


def test_reusing_copies_the_words(workspace: Workspace) -> None:
    """An answer reused in another bid is its own text: changing one leaves the other alone."""
    db = workspace.database
    organisation = create_organisation(db, "Riverside")
    first, second = (save_opportunity(db, organisation.id, OpportunityInfo(None, title)).id
                     for title in ("First", "Second"))
    assert first is not None and second is not None
    entry = save_entry(db, organisation.id, LibraryEntry(None, "Kept", "Our kingfisher way"))
    hit = find(workspace, organisation.id, "kingfisher")[0]
    reused = save_question(db, second, BidQuestion(None, "1", "Q", answer=hit.text))
    save_entry(db, organisation.id, replace(entry, text="Changed in the library"))
    assert load_questions(db, second)[0].answer == "Our kingfisher way" == reused.answer


def test_bad_entries_are_refused_with_a_reason(workspace: Workspace) -> None:
    organisation = create_organisation(workspace.database, "Riverside")
    for entry, words in ((LibraryEntry(None, " ", "text"), "title"),
                         (LibraryEntry(None, "T", "  "), "no answer"),
                         (LibraryEntry(None, "T" * 301, "x"), "at most 300"),
                         (LibraryEntry(None, "T", "x", tuple(map(str, range(21)))), "tags")):
        with pytest.raises(InvalidEntry, match=words):
            save_entry(workspace.database, organisation.id, entry)
    with workspace.database.sessions() as session:
        assert session.execute(text("SELECT count(*) FROM library_entry")).scalar() == 0


def test_age_is_said_in_words() -> None:
    assert age_text(NOW, NOW) == "written today"
    assert age_text(NOW - timedelta(days=1), NOW) == "1 day old"
    assert age_text(NOW - timedelta(days=400), NOW) == "13 months old"
    assert age_text(NOW - timedelta(days=800), NOW) == "2 years old"
