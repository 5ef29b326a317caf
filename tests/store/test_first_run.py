"""Two or more people starting the app on an empty database at the same moment (a fresh team
database on PostgreSQL, or one shared SQLite file): however their first runs interleave, the
database ends with one organisation, which every one of them opens."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

from desktop.app.workspace import open_workspace
from desktop.core.organisation import InvalidOrganisation
from desktop.core.organisation_records import (
    create_organisation,
    current_organisation,
    first_organisation,
)
from desktop.paths import DatabaseLocation
from desktop.store import models

CHILD = Path(__file__).with_name("first_run_child.py")
PEOPLE = ("Aled's Trust", "Bethan & Co", "Catrin <b>Cymru</b>", "Dewi Tŷ Ŵyn")


def organisation_names(location: DatabaseLocation) -> list[str]:
    workspace = open_workspace(location)
    try:
        with workspace.database.sessions() as session:
            return [row.name for row in session.query(models.Organisation)
                    .order_by(models.Organisation.id)]
    finally:
        workspace.close()


@pytest.mark.parametrize("rounds", [3])
def test_first_runs_at_the_same_moment_make_one_organisation(any_location: DatabaseLocation,
                                                              rounds: int) -> None:
    for _ in range(rounds):
        if organisation_names(any_location):  # a fresh, empty database for each round
            workspace = open_workspace(any_location)
            with workspace.database.transaction() as session:
                session.query(models.Organisation).delete()
            workspace.close()
        people = [subprocess.Popen(
            [sys.executable, str(CHILD), any_location.url if any_location.file is None
             else str(any_location.file)], stdin=subprocess.PIPE, stdout=subprocess.PIPE,
            text=True, env={**os.environ, "PYTHONUNBUFFERED": "1"}) for _ in PEOPLE]
        for person in people:  # every one open and waiting, so they all start together
            assert person.stdout is not None and person.stdout.readline().strip() == "READY"
        for person, name in zip(people, PEOPLE, strict=True):
            assert person.stdin is not None
            person.stdin.write(name + "\n")
            person.stdin.flush()
        results = [json.loads(person.communicate(timeout=120)[0]) for person in people]
        assert [result.get("crash") for result in results] == [None] * len(PEOPLE)
        names = organisation_names(any_location)
        assert len(names) == 1, names  # one organisation, never two
        assert [result["made"] for result in results].count(True) == 1
        assert {result["id"] for result in results} == {results[0]["id"]}
        assert {result["name"] for result in results} == {names[0]}
        assert names[0] in PEOPLE


def test_a_later_first_run_opens_the_organisation_already_there(any_location: DatabaseLocation,
                                                                ) -> None:
    workspace = open_workspace(any_location)
    try:
        made, was_made = first_organisation(workspace.database, "Riverside", "1234567")
        again, made_again = first_organisation(workspace.database, "Someone Else")
        assert (was_made, made_again) == (True, False)
        assert again == made == current_organisation(workspace.database)
        with pytest.raises(InvalidOrganisation):  # bad input is refused before anything
            first_organisation(workspace.database, "  ")
        create_organisation(workspace.database, "A second, on purpose")  # still possible
        assert current_organisation(workspace.database) == made
    finally:
        workspace.close()
