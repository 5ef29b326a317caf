"""Creating the organisation on first run, and what is refused with which words."""

from __future__ import annotations

import pytest

from desktop.app.workspace import Workspace
from desktop.core.organisation import InvalidOrganisation, check_organisation
from desktop.core.organisation_records import (
    create_organisation,
    current_organisation,
)
from desktop.core.sample import ensure_sample
from tests.packs import PSDF


@pytest.mark.parametrize("number", ["1123456", "112345-1", "SC012345", "nic100001", "1 123 456"])
def test_good_charity_numbers(number: str) -> None:
    assert check_organisation("A charity", number, "") == {}


@pytest.mark.parametrize("number", ["12", "SC12", "ABC", "=1+1", "11234567890"])
def test_bad_charity_numbers_say_what_a_good_one_looks_like(number: str) -> None:
    problems = check_organisation("A charity", number, "")
    assert "charity number" in problems["charity_number"]
    assert "SC012345" in problems["charity_number"]


def test_name_is_required_and_company_number_checked() -> None:
    problems = check_organisation("   ", "", "123")
    assert problems["name"] == "Please type your organisation's name."
    assert "Companies House" in problems["company_number"]
    assert check_organisation("x" * 301, "", "")["name"].startswith("The name is too long")


def test_hostile_name_round_trips(workspace: Workspace) -> None:
    name = 'Smith & Sons <Trust> "Tŷ Ŵyn" 👩‍👩‍👧 \u202eRTL'
    created = create_organisation(workspace.database, name, "sc 012345", "sc123456")
    assert created.charity_number == "SC012345" and created.company_number == "SC123456"
    assert current_organisation(workspace.database) == created
    assert created.name == name


def test_invalid_details_save_nothing(workspace: Workspace) -> None:
    with pytest.raises(InvalidOrganisation) as raised:
        create_organisation(workspace.database, "", "12")
    assert set(raised.value.problems) == {"name", "charity_number"}
    assert current_organisation(workspace.database) is None


def test_sample_charity_is_made_once(workspace: Workspace) -> None:
    first = ensure_sample(workspace.database)
    assert first.is_sample
    assert ensure_sample(workspace.database) == first


def test_the_sample_charity_is_part_way_through_qualifying(workspace: Workspace) -> None:
    from desktop.core.answer_records import load_answers
    from desktop.core.catalogue_records import load_catalogue
    from desktop.core.journey import StepStatus
    from desktop.core.journey_records import load_journey
    from desktop.core.qualification import PROFILE, QUESTIONNAIRE, qualification_forms
    from desktop.questionnaire.progress import completeness

    sample = ensure_sample(workspace.database)
    catalogue = load_catalogue(workspace.database, PSDF)
    forms = qualification_forms(catalogue)
    profile = load_answers(workspace.database, sample.id, PROFILE, PSDF)
    assert profile["legal_form"] == "cio" and profile["pcc_areas"] == ["south-wales", "gwent"]
    assert 0.9 < completeness(forms[PROFILE], profile) <= 1.0
    questionnaire = load_answers(workspace.database, sample.id, QUESTIONNAIRE)
    assert 0.3 < completeness(forms[QUESTIONNAIRE], questionnaire) < 1.0
    steps = load_journey(workspace.database, sample.id, catalogue)
    assert [s.status for s in steps[:4]] == [StepStatus.DONE, StepStatus.DONE,
                                             StepStatus.IN_PROGRESS, StepStatus.NOT_STARTED]
