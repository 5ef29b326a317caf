"""Team mode: the same store on SQLite and PostgreSQL — migrations, the catalogue, answers with
hostile text, and two people saving the same record: every record a page edits refuses a save
made from a stale copy, with theirs (nothing overwritten silently)."""

from __future__ import annotations

import threading
import time
from dataclasses import replace
from datetime import UTC, date, datetime, timedelta
from pathlib import Path

import pytest
from sqlalchemy import insert, select
from sqlalchemy.orm.exc import StaleDataError

from desktop.app.workspace import Workspace
from desktop.core.answer_records import history, load_answers, save_answer
from desktop.core.answers import AnswerConflict
from desktop.core.catalogue_records import load_catalogue
from desktop.core.conflicts import RecordConflict, merge
from desktop.core.evidence import EvidenceDetails
from desktop.core.evidence_records import add_evidence, remove_evidence, update_evidence
from desktop.core.journey import StepStatus
from desktop.core.journey_records import load_journey, save_step
from desktop.core.opportunities import OpportunityInfo, Status, TaskInfo, default_milestones
from desktop.core.opportunity_records import (
    delete_opportunity,
    delete_task,
    load_opportunity,
    move,
    record_decision,
    save_opportunity,
    save_task,
)
from desktop.core.organisation_records import create_organisation
from desktop.core.sample import ensure_sample
from desktop.core.supply_chain import BidPartnerInfo, PartnerInfo, PartnerYearInfo, Role
from desktop.core.supply_chain_records import (
    bid_partners,
    delete_partner,
    name_on_bid,
    save_partner,
    save_year,
    take_off_bid,
)
from desktop.store import models
from tests.packs import PSDF

PROFILE = "organisation-profile"


def test_migrations_catalogue_and_the_sample(any_workspace: Workspace) -> None:
    catalogue = load_catalogue(any_workspace.database, PSDF)
    assert len(catalogue.lots) == 109 and len(catalogue.requirements) == 3
    organisation = ensure_sample(any_workspace.database, date(2026, 11, 25))
    assert load_answers(any_workspace.database, organisation.id, PROFILE)["legal_form"] == "cio"


def test_hostile_text_and_uk_times_round_trip(any_workspace: Workspace,
                                              hostile_texts: list[str]) -> None:
    db = any_workspace.database
    organisation = create_organisation(db, "Tŷ Ŵyn & Co <b>")
    for number, text in enumerate(hostile_texts):  # NUL too: stored JSON-escaped
        save_answer(db, organisation.id, PROFILE, f"field_{number}", text)
        assert load_answers(db, organisation.id, PROFILE)[f"field_{number}"] == text
    milestones = default_milestones(load_catalogue(db, PSDF), date(2027, 2, 28))
    opportunity = save_opportunity(db, organisation.id, OpportunityInfo(
        None, hostile_texts[0], milestones=milestones)).id or 0
    deadline = load_opportunity(db, opportunity).deadline
    assert deadline is not None and deadline.describe() == "28 March 2027, 12:00"
    move(db, opportunity, Status.DECIDING)


def test_two_people_saving_the_same_answer(any_workspace: Workspace) -> None:
    db = any_workspace.database
    organisation = create_organisation(db, "Riverside")
    save_answer(db, organisation.id, PROFILE, "website", "first")
    # Ann and Bob both see "first"; Bob saves, then Ann's save must not overwrite his.
    save_answer(db, organisation.id, PROFILE, "website", "bob's", expected="first")
    with pytest.raises(AnswerConflict) as conflict:
        save_answer(db, organisation.id, PROFILE, "website", "ann's", expected="first")
    assert conflict.value.theirs == "bob's"
    assert load_answers(db, organisation.id, PROFILE)["website"] == "bob's"
    # Ann chooses to keep hers: both stay in the history.
    save_answer(db, organisation.id, PROFILE, "website", "ann's", keep_version=True)
    assert [v.raw for v in history(db, organisation.id, PROFILE, "website")][:2] == [
        "ann's", "bob's"]


def test_a_stale_record_is_refused(any_workspace: Workspace) -> None:
    db = any_workspace.database
    create_organisation(db, "Riverside")
    first, second = db.sessions(), db.sessions()
    with first, second:
        mine = first.scalars(select(models.Organisation)).one()
        theirs = second.scalars(select(models.Organisation)).one()
        mine.name = "Mine"
        first.commit()
        theirs.name = "Theirs"
        with pytest.raises(StaleDataError):
            second.commit()
        second.rollback()
    with db.sessions() as session:
        assert session.scalars(select(models.Organisation.name)).one() == "Mine"


def test_a_step_saved_from_a_stale_copy_is_refused_with_theirs(
        any_workspace: Workspace) -> None:
    db = any_workspace.database
    organisation = create_organisation(db, "Riverside")
    catalogue = load_catalogue(db, PSDF)
    framework, today = catalogue.framework.code, date(2026, 11, 25)
    [ann, *_] = load_journey(db, organisation.id, catalogue)  # both see step 1, never saved
    bob = save_step(db, organisation.id, framework, replace(ann, notes="Bob's"), today)
    assert (ann.version, bob.version) == (0, 1)
    with pytest.raises(RecordConflict) as conflict:
        save_step(db, organisation.id, framework, replace(ann, status=StepStatus.DONE), today)
    assert conflict.value.theirs == bob
    assert load_journey(db, organisation.id, catalogue)[0] == bob
    merged = merge(ann, bob, replace(ann, status=StepStatus.DONE)).keeping_mine
    saved = save_step(db, organisation.id, framework, merged, today)
    assert (saved.status, saved.notes, saved.version) == (StepStatus.DONE, "Bob's", 2)


def test_an_opportunity_and_its_lots_dates_and_tasks_are_versioned(
        any_workspace: Workspace) -> None:
    db = any_workspace.database
    organisation = create_organisation(db, "Riverside")
    milestones = default_milestones(load_catalogue(db, PSDF), date(2027, 2, 28))
    shown = save_opportunity(db, organisation.id, OpportunityInfo(None, "Wales",
                                                                   milestones=milestones))
    # Only a lot, then only a date: each is a new version of the opportunity.
    with_lot = save_opportunity(db, organisation.id, replace(shown, lot_codes=("ACC-D",)))
    later = tuple(replace(m, due=m.due + timedelta(days=1)) for m in milestones)
    with_dates = save_opportunity(db, organisation.id, replace(with_lot, milestones=later))
    assert (shown.version, with_lot.version, with_dates.version) == (1, 2, 3)
    assert save_opportunity(db, organisation.id, with_dates).version == 3  # nothing changed
    for stale in (lambda: save_opportunity(db, organisation.id, replace(shown, title="Mine")),
                  lambda: move(db, shown.id or 0, Status.DECIDING, version=shown.version),
                  lambda: record_decision(db, shown.id or 0, "bid", "Ann", "", {},
                                          datetime.now(UTC), version=shown.version),
                  lambda: delete_opportunity(db, shown.id or 0, version=shown.version)):
        with pytest.raises(RecordConflict) as conflict:
            stale()
        assert conflict.value.theirs == with_dates
    task = save_task(db, shown.id or 0, TaskInfo(None, "Draft the bid"))
    save_task(db, shown.id or 0, replace(task, owner="Bob"))
    with pytest.raises(RecordConflict) as conflict:
        save_task(db, shown.id or 0, replace(task, done=True))
    assert conflict.value.theirs.owner == "Bob" and not conflict.value.theirs.done
    with pytest.raises(RecordConflict):
        delete_task(db, task.id or 0, version=task.version)
    delete_opportunity(db, shown.id or 0, version=with_dates.version)
    with pytest.raises(RecordConflict) as conflict:  # removed: theirs is None
        save_opportunity(db, organisation.id, replace(with_dates, title="Too late"))
    assert conflict.value.theirs is None


def test_evidence_partners_their_years_and_bid_partners_are_versioned(
        any_workspace: Workspace, tmp_path: Path) -> None:
    db, library = any_workspace.database, any_workspace.evidence_folder
    organisation = create_organisation(db, "Riverside")
    policy = tmp_path / "policy.pdf"
    policy.write_bytes(b"%PDF-1.4 safeguarding")
    document = add_evidence(db, library, organisation.id, policy, EvidenceDetails("Policy"))
    update_evidence(db, library, replace(document, details=EvidenceDetails("Bob's title")))
    with pytest.raises(RecordConflict) as conflict:
        update_evidence(db, library, replace(document, details=EvidenceDetails("Ann's")))
    assert conflict.value.theirs.title == "Bob's title"
    with pytest.raises(RecordConflict):
        remove_evidence(db, library, document)

    partner = save_partner(db, organisation.id, PartnerInfo(None, "Tenovus"))
    save_partner(db, organisation.id, replace(partner, notes="Bob's notes"))
    with pytest.raises(RecordConflict) as conflict:
        save_partner(db, organisation.id, replace(partner, name="Tenovus Housing"))
    assert conflict.value.theirs.notes == "Bob's notes"
    with pytest.raises(RecordConflict):
        delete_partner(db, partner.id or 0, remove_from_bids=True, version=partner.version)

    year = PartnerYearInfo(partner.id or 0, 2026, "Housing", 100, version=0)
    save_year(db, year)
    with pytest.raises(RecordConflict) as conflict:  # both filled in 2026 for the first time
        save_year(db, replace(year, spend=200))
    assert conflict.value.theirs.spend == 100

    bid = save_opportunity(db, organisation.id, OpportunityInfo(None, "Wales")).id or 0
    entry = BidPartnerInfo(None, partner.id or 0, "Tenovus", Role.SUBCONTRACTOR, version=0)
    named = name_on_bid(db, bid, entry)
    with pytest.raises(RecordConflict) as conflict:  # named by both at once
        name_on_bid(db, bid, replace(entry, role=Role.KEY_SUBCONTRACTOR))
    assert conflict.value.theirs == named
    name_on_bid(db, bid, replace(named, share_percent=40))
    with pytest.raises(RecordConflict):
        take_off_bid(db, bid, partner.id or 0, version=named.version)
    assert [e.share_percent for e in bid_partners(db, bid)] == [40]


def test_two_people_answering_a_question_for_the_first_time_at_once(
        any_workspace: Workspace) -> None:
    """The second save meets the first one's new row, waits for it, then is a conflict with
    theirs, as when the answer was there before (not a failed save)."""
    db = any_workspace.database
    organisation = create_organisation(db, "Riverside")
    theirs = db.engine.connect()
    theirs.begin()
    theirs.execute(insert(models.Answer).values(
        organisation_id=organisation.id, form_code=PROFILE, field_key="website",
        raw='"theirs"', version_id=1, created_at=datetime.now(UTC),
        updated_at=datetime.now(UTC)))
    outcome: list[object] = []

    def mine() -> None:
        try:
            outcome.append(save_answer(db, organisation.id, PROFILE, "website", "mine",
                                       expected=None))
        except AnswerConflict as conflict:
            outcome.append(conflict)

    saving = threading.Thread(target=mine)
    saving.start()
    time.sleep(0.5)  # the save has read "no answer yet" and waits to write its own
    theirs.commit()
    theirs.close()
    saving.join(timeout=30)
    [conflict] = outcome
    assert isinstance(conflict, AnswerConflict) and conflict.theirs == "theirs"
    assert load_answers(db, organisation.id, PROFILE)["website"] == "theirs"
