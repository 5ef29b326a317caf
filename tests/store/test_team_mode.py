"""Team mode: the same store on SQLite and PostgreSQL — migrations, the catalogue, answers with
hostile text, and two people saving the same record (nothing overwritten silently)."""

from __future__ import annotations

from datetime import date

import pytest
from sqlalchemy import select
from sqlalchemy.orm.exc import StaleDataError

from desktop.core.answers import AnswerConflict, history, load_answers, save_answer
from desktop.core.catalogue_records import load_catalogue
from desktop.core.opportunities import OpportunityInfo, Status, default_milestones
from desktop.core.opportunity_records import load_opportunity, move, save_opportunity
from desktop.core.organisation_records import create_organisation
from desktop.core.sample import ensure_sample
from desktop.core.workspace import Workspace
from desktop.store import models

PROFILE = "organisation-profile"


def test_migrations_catalogue_and_the_sample(any_workspace: Workspace) -> None:
    catalogue = load_catalogue(any_workspace.database)
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
    milestones = default_milestones(load_catalogue(db), date(2027, 2, 28))
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
