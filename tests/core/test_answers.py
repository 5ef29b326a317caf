"""Answers: saved as typed, versioned, restorable, exported and imported all-or-nothing."""

from __future__ import annotations

import json
from datetime import timedelta

import pytest
from sqlalchemy import func, select

from desktop.app.workspace import Workspace
from desktop.core import answer_records
from desktop.core.answer_records import (
    export_answers,
    history,
    import_answers,
    load_answers,
    restore,
    save_answer,
)
from desktop.core.answers import AnswersImportError
from desktop.core.organisation import OrganisationInfo
from desktop.core.qualification import PROFILE, QUESTIONNAIRE, qualification_forms
from desktop.store import models


def test_saving_the_same_answer_twice_changes_nothing(
        workspace: Workspace, organisation: OrganisationInfo) -> None:
    db, org = workspace.database, organisation.id
    assert save_answer(db, org, PROFILE, "trading_name", "Riverside Futures")
    assert not save_answer(db, org, PROFILE, "trading_name", "Riverside Futures")
    assert load_answers(db, org, PROFILE)["trading_name"] == "Riverside Futures"
    assert len(history(db, org, PROFILE, "trading_name")) == 1


def test_the_profile_starts_with_what_was_typed_on_day_one(
        workspace: Workspace, organisation: OrganisationInfo) -> None:
    assert load_answers(workspace.database, organisation.id, PROFILE) == {
        "legal_name": "Riverside & Sons <Trust>", "charity_number": "1123456"}


def test_typing_within_the_drafting_window_is_one_version(
        workspace: Workspace, organisation: OrganisationInfo) -> None:
    db, org = workspace.database, organisation.id
    for text in ("R", "Ri", "Riverside"):
        save_answer(db, org, PROFILE, "legal_name", text)
    versions = history(db, org, PROFILE, "legal_name")
    assert [v.raw for v in versions] == ["Riverside"]


def test_later_changes_keep_the_earlier_wording_and_it_can_be_restored(
        workspace: Workspace, organisation: OrganisationInfo,
        monkeypatch: pytest.MonkeyPatch) -> None:
    db, org = workspace.database, organisation.id
    monkeypatch.setattr(answer_records, "DRAFT_WINDOW", timedelta(0))
    for text in ("First wording", "Second wording", "Third wording"):
        save_answer(db, org, QUESTIONNAIRE, "safeguarding", text)
    versions = history(db, org, QUESTIONNAIRE, "safeguarding")
    assert [v.raw for v in versions] == ["Third wording", "Second wording", "First wording"]
    assert versions[0].saved_at >= versions[-1].saved_at
    assert restore(db, org, QUESTIONNAIRE, "safeguarding", versions[-1].id) == "First wording"
    assert load_answers(db, org, QUESTIONNAIRE)["safeguarding"] == "First wording"
    assert [v.raw for v in history(db, org, QUESTIONNAIRE, "safeguarding")][:2] == [
        "First wording", "Third wording"]


def test_hostile_text_round_trips_exactly(workspace: Workspace, organisation: OrganisationInfo,
                                          hostile_texts: list[str]) -> None:
    db, org = workspace.database, organisation.id
    for number, text in enumerate(hostile_texts):
        save_answer(db, org, QUESTIONNAIRE, f"field_{number}", text)
    saved = load_answers(db, org, QUESTIONNAIRE)
    assert [saved[f"field_{n}"] for n in range(len(hostile_texts))] == hostile_texts
    assert len(saved[f"field_{len(hostile_texts) - 1}"]) == 100_000


def test_every_kind_of_raw_answer_round_trips(workspace: Workspace,
                                              organisation: OrganisationInfo) -> None:
    db, org = workspace.database, organisation.id
    raws = {"yes": True, "no": False, "many": ["ACC", "ETE"], "empty": None,
            "rows": [{"name": "Ann <b>", "email": "ann@example.org"}]}
    for key, raw in raws.items():
        save_answer(db, org, QUESTIONNAIRE, key, raw)
    assert load_answers(db, org, QUESTIONNAIRE) == raws


def test_export_then_import_into_another_organisation(
        workspace: Workspace, organisation: OrganisationInfo, hostile_texts: list[str]) -> None:
    db, forms = workspace.database, qualification_forms(None)
    save_answer(db, organisation.id, PROFILE, "legal_name", hostile_texts[0])
    save_answer(db, organisation.id, PROFILE, "categories", ["ACC"])
    save_answer(db, organisation.id, QUESTIONNAIRE, "exclusion_tax", False)
    document = json.loads(json.dumps(export_answers(db, organisation.id, organisation.name,
                                                    forms)))
    with db.transaction() as session:
        other = models.Organisation(name="Other charity")
        session.add(other)
        session.flush()
        other_id = other.id
    assert import_answers(db, other_id, forms, document) == 4
    assert load_answers(db, other_id, PROFILE) == {"legal_name": hostile_texts[0],
                                                   "categories": ["ACC"],
                                                   "charity_number": "1123456"}
    assert load_answers(db, other_id, QUESTIONNAIRE) == {"exclusion_tax": False}


@pytest.mark.parametrize(("document", "expected"), [
    ([1, 2], "not a Framework Ready answers file"),
    ({"kind": "framework-ready-answers"}, "no answers"),
    ({"kind": "framework-ready-answers", "forms": {"tax-return": {"answers": {}}}},
     "form this version does not know: tax-return"),
    ({"kind": "framework-ready-answers",
      "forms": {PROFILE: {"answers": {"favourite_colour": "blue"}}}},
     'no question "favourite_colour"'),
    ({"kind": "framework-ready-answers", "forms": {PROFILE: {"answers": {"staff": 12}}}},
     "does not fit"),
    ({"kind": "framework-ready-answers",
      "forms": {PROFILE: {"answers": {"accreditations": [{"nonsense": "x"}]}}}},
     "does not fit"),
])
def test_a_bad_import_writes_nothing(workspace: Workspace, organisation: OrganisationInfo,
                                     document: object, expected: str) -> None:
    db = workspace.database
    before = load_answers(db, organisation.id, PROFILE)
    if isinstance(document, dict) and "forms" in document:
        document["forms"].setdefault(QUESTIONNAIRE, {"answers": {"exclusion_tax": True}})
    with pytest.raises(AnswersImportError) as raised:
        import_answers(db, organisation.id, qualification_forms(None), document)
    assert expected in str(raised.value)
    assert load_answers(db, organisation.id, PROFILE) == before
    assert load_answers(db, organisation.id, QUESTIONNAIRE) == {}
    with db.sessions() as session:
        assert session.scalar(select(func.count()).select_from(models.AnswerVersion)) == 2
