"""Rows people edit refuse a save made from a stale copy (two people, one answer)."""

from __future__ import annotations

import pytest
from sqlalchemy import select
from sqlalchemy.orm.exc import StaleDataError

from desktop.core.answers import save_answer
from desktop.core.organisation import OrganisationInfo
from desktop.core.workspace import Workspace
from desktop.store import models


@pytest.mark.parametrize("model", [models.Organisation, models.Answer])
def test_the_second_of_two_saves_from_the_same_copy_is_refused(
        workspace: Workspace, organisation: OrganisationInfo, model: type) -> None:
    save_answer(workspace.database, organisation.id, "organisation-profile", "website", "a")
    first, second = workspace.database.sessions(), workspace.database.sessions()
    with first, second:
        mine = first.scalars(select(model)).first()
        theirs = second.scalars(select(model)).first()
        assert mine is not None and theirs is not None and mine.version_id == 1
        column = "name" if model is models.Organisation else "raw"
        setattr(mine, column, '"mine"')
        first.commit()
        setattr(theirs, column, '"theirs"')
        with pytest.raises(StaleDataError):
            second.commit()
        second.rollback()
        first.refresh(mine)
        assert getattr(mine, column) == '"mine"' and mine.version_id == 2
