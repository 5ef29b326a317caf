"""Forms bound to the framework, answers the profile already holds, and the readiness figures."""

from __future__ import annotations

from dataclasses import replace
from datetime import date
from pathlib import Path

import pytest

from desktop.app.workspace import Workspace
from desktop.core.answer_records import save_answer
from desktop.core.catalogue_records import load_catalogue
from desktop.core.evidence import EvidenceDetails
from desktop.core.evidence_records import add_evidence
from desktop.core.journey import StepStatus
from desktop.core.journey_records import load_journey, save_step
from desktop.core.organisation import OrganisationInfo
from desktop.core.organisation_records import current_organisation
from desktop.core.qualification import (
    PROFILE,
    QUESTIONNAIRE,
    form_answers,
    qualification_forms,
    readiness,
)
from desktop.core.sample import ensure_sample
from desktop.core.targets import Target
from desktop.questionnaire.model import FieldType
from tests.packs import PSDF

TODAY = date(2026, 11, 25)


def test_choices_come_from_the_framework(workspace: Workspace) -> None:
    forms = qualification_forms(load_catalogue(workspace.database, PSDF))
    profile = forms[PROFILE]
    categories = profile.field("categories")
    assert categories is not None
    assert "ACC" in {c.value for c in categories.choices}
    assert "WOM" not in {c.value for c in categories.choices}
    cohorts = profile.field("cohorts")
    assert cohorts is not None and {c.value for c in cohorts.choices} >= {"WOM", "YA"}
    areas = profile.field("pcc_areas")
    assert areas is not None and len(areas.choices) == 42
    assert any(f.type is FieldType.EVIDENCE for f in forms[QUESTIONNAIRE].all_fields())


def test_the_questionnaire_shows_what_the_profile_holds(
        workspace: Workspace, organisation: OrganisationInfo) -> None:
    forms = qualification_forms(None)
    save_answer(workspace.database, organisation.id, PROFILE, "legal_name", "Riverside Futures")
    answers = form_answers(workspace.database, organisation.id, forms, PSDF)
    assert answers[QUESTIONNAIRE]["sq_legal_name"] == "Riverside Futures"


def test_readiness_moves_with_the_journey_answers_and_evidence(
        workspace: Workspace, organisation: OrganisationInfo, tmp_path: Path) -> None:
    db, org = workspace.database, organisation.id
    catalogue = load_catalogue(db, PSDF)
    forms = qualification_forms(catalogue)
    library = tmp_path / "library"
    empty = readiness(db, org, catalogue, forms, library, TODAY)
    # The profile asks for accounts, policies and insurance certificates: none is there yet.
    assert empty.journey == 0.0 and empty.evidence == 0.0 and empty.evidence_total == 3
    assert empty.documents == 0
    assert 0.0 < empty.forms[PROFILE] < 0.2  # the name and charity number typed on day one
    assert empty.next_action == 'Organisation profile: finish "Who you are"'
    assert empty.next_target == Target("profile", field="legal_form", section="identity")

    steps = load_journey(db, org, catalogue)
    for step in steps[:3]:
        save_step(db, org, catalogue.framework.code, replace(step, status=StepStatus.DONE), TODAY)
    document = tmp_path / "insurance.pdf"
    document.write_bytes(b"certificate")
    add_evidence(db, library, org, document,
                 EvidenceDetails("Insurance certificate", valid_until=date(2026, 10, 1)))
    save_answer(db, org, PROFILE, "postcode", "cf10 1aa")
    later = readiness(db, org, catalogue, forms, library, TODAY)
    assert later.journey == pytest.approx(3 / 9)
    assert (later.evidence_in_date, later.evidence_total, later.documents) == (0, 3, 1)
    assert empty.forms[PROFILE] < later.forms[PROFILE] < 1.0
    assert later.overall == pytest.approx((later.journey + later.questionnaires + 0.0) / 3)


def test_evidence_counts_what_the_forms_ask_for_and_next_opens_its_place(
        workspace: Workspace, organisation: OrganisationInfo, tmp_path: Path) -> None:
    """A document in date counts only once it is linked to a question that asks for it; the
    next step, whatever it is, says where it is done."""
    db = workspace.database
    catalogue = load_catalogue(db, PSDF)
    forms = qualification_forms(catalogue)
    library = tmp_path / "library"
    ensure_sample(db, TODAY)
    sample = current_organisation(db)
    assert sample is not None
    figures = readiness(db, sample.id, catalogue, forms, library, TODAY)
    assert figures.documents == 0 and figures.evidence_in_date == 0
    policy = tmp_path / "policy.pdf"
    policy.write_bytes(b"safeguarding policy")
    document = add_evidence(db, library, sample.id, policy, EvidenceDetails("Policies"))
    unlinked = readiness(db, sample.id, catalogue, forms, library, TODAY)
    assert unlinked.evidence_in_date == 0 and unlinked.documents == 1  # not linked yet
    save_answer(db, sample.id, PROFILE, "policy_documents", [document.sha256])
    linked = readiness(db, sample.id, catalogue, forms, library, TODAY)
    assert linked.evidence_in_date == 1 and linked.evidence_total >= 3
    assert linked.next_target is not None and linked.next_target.page in (
        "profile", "questionnaire", "journey", "evidence")
    if linked.next_target.page == "questionnaire":
        assert linked.next_target.field  # the question, not only the form
