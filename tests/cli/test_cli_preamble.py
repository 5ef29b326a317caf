"""What every command that works on one opportunity checks first, in one place: the
organisation, then the opportunity named, each missing one said plainly on standard error."""

from __future__ import annotations

import pytest

from desktop.app.workspace import Workspace
from desktop.cli.qualification import chosen_or_say_why, organisation_and_catalogue_or_say_why
from desktop.core.opportunities import OpportunityInfo
from desktop.core.opportunity_records import save_opportunity
from desktop.core.organisation import OrganisationInfo


def test_without_an_organisation_it_says_how_to_start(workspace: Workspace,
                                                      capsys: pytest.CaptureFixture[str]) -> None:
    assert chosen_or_say_why(workspace, "ABC-1") is None
    assert "There is no organisation in this database yet" in capsys.readouterr().err
    assert organisation_and_catalogue_or_say_why(workspace) is None


def test_the_opportunity_by_reference_or_number(workspace: Workspace,
                                                organisation: OrganisationInfo,
                                                capsys: pytest.CaptureFixture[str]) -> None:
    saved = save_opportunity(workspace.database, organisation.id, OpportunityInfo(
        None, "Tŷ <b>Support</b> & care", buyer_reference="Abc-1"))
    for wanted in ("abc-1", f" {saved.id} "):
        chosen = chosen_or_say_why(workspace, wanted)
        assert chosen is not None
        assert chosen.organisation == organisation and chosen.opportunity_id == saved.id
        assert chosen.opportunity.title == "Tŷ <b>Support</b> & care"
    assert chosen_or_say_why(workspace, "XYZ-9") is None
    assert 'No opportunity has the reference or number "XYZ-9".' in capsys.readouterr().err
