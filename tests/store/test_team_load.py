"""Colleagues importing answers at the same moment on a real PostgreSQL server: N processes, each
with a different complete answers file, several rounds. However the imports interleave, the
answers afterwards are exactly one file's, never a mix, and every command ends with status 0
or 2 and a sentence, never a traceback."""

from __future__ import annotations

import json
import os
import random
import subprocess
import sys
from collections.abc import Iterator
from dataclasses import dataclass
from datetime import date
from pathlib import Path
from typing import IO, Any

import pytest
from needs import need_postgres

from desktop.app.workspace import Workspace, open_workspace
from desktop.core.answer_records import load_answers
from desktop.core.answers import EXPORT_KIND
from desktop.core.catalogue_records import load_catalogue
from desktop.core.qualification import qualification_forms
from desktop.core.sample import ensure_sample
from desktop.paths import DatabaseLocation
from desktop.questionnaire.model import FieldType
from tests.packs import PSDF

CHILD = Path(__file__).with_name("import_child.py")
TEXTS = (FieldType.TEXT, FieldType.LONG_TEXT)
SIZES = (2, 4, 8)
BUSY = "Someone else is importing answers for this organisation; try again in a moment."


@dataclass
class Colleague:
    process: subprocess.Popen[str]

    @property
    def stdin(self) -> IO[str]:
        assert self.process.stdin is not None
        return self.process.stdin

    def result(self) -> dict[str, Any]:
        assert self.process.stdout is not None
        line = self.process.stdout.readline()
        assert line, "the colleague's process ended"
        return json.loads(line)


@pytest.fixture
def sample(postgres_location: DatabaseLocation) -> Iterator[Workspace]:
    workspace = open_workspace(postgres_location)
    ensure_sample(workspace.database, date(2026, 11, 25))
    yield workspace
    workspace.close()


@pytest.fixture(scope="module")
def team() -> Iterator[list[Colleague]]:
    """Eight colleagues' processes, started once for the module (tests use the first N)."""
    need_postgres()
    started = [Colleague(subprocess.Popen(
        [sys.executable, str(CHILD)], stdin=subprocess.PIPE, stdout=subprocess.PIPE, text=True,
        env={**os.environ, "PYTHONUNBUFFERED": "1"})) for _ in range(max(SIZES))]
    for colleague in started:
        assert colleague.process.stdout is not None
        assert colleague.process.stdout.readline().strip() == "READY"
    yield started
    for colleague in started:
        colleague.stdin.close()
        colleague.process.wait(timeout=30)


def answer_files(workspace: Workspace, count: int, round_number: int, folder: Path,
                 randomness: random.Random) -> list[dict[str, dict[str, Any]]]:
    """`count` complete answer sets: each text answer is, by chance, left as it is (so the files
    share many answers, as colleagues' files do) or reworded by that colleague."""
    database = workspace.database
    forms = qualification_forms(load_catalogue(database, PSDF))
    organisation = 1
    current = {code: load_answers(database, organisation, code) for code in forms}
    files = []
    for number in range(count):
        answers = {code: {key: (f"{value} (round {round_number}, colleague {number})"
                                if forms[code].field(key).type in TEXTS  # type: ignore[union-attr]
                                and randomness.random() < 0.5 else value)
                          for key, value in part.items()}
                   for code, part in current.items()}
        (folder / f"colleague-{number}.json").write_text(json.dumps(
            {"kind": EXPORT_KIND, "forms": {code: {"answers": part}
                                            for code, part in answers.items()}}),
            encoding="utf-8")
        files.append(answers)
    return files


def import_at_once(workspace: Workspace, team: list[Colleague], tmp_path: Path,
                   rounds: int) -> None:
    randomness = random.Random(20261202 + len(team))
    url = workspace.database.location.url
    for round_number in range(rounds):
        files = answer_files(workspace, len(team), round_number, tmp_path, randomness)
        for number, colleague in enumerate(team):
            colleague.stdin.write(f"{url}\t{tmp_path / f'colleague-{number}.json'}\n")
        for colleague in team:
            colleague.stdin.flush()  # all at once, as near as can be
        results = [colleague.result() for colleague in team]
        for result in results:
            assert result["crash"] == "", result["crash"]
            assert result["status"] in (0, 2), result
            assert "Traceback" not in result["err"]
            if result["status"] == 2:
                assert BUSY in result["err"], result["err"]
            else:
                assert "answers changed" in result["out"]
        database = workspace.database
        now = {code: load_answers(database, 1, code) for code in files[0]}
        matching = [number for number, answers in enumerate(files)
                    if all(now[code][key] == value for code, part in answers.items()
                           for key, value in part.items())]
        assert len(matching) == 1, f"round {round_number}: a mix of {len(team)} files"
        assert results[matching[0]]["status"] == 0


@pytest.mark.parametrize("count", SIZES)
def test_colleagues_importing_at_once_never_mix(sample: Workspace, team: list[Colleague],
                                                tmp_path: Path, count: int) -> None:
    import_at_once(sample, team[:count], tmp_path, rounds=3)


@pytest.mark.slow
@pytest.mark.parametrize("count", SIZES)
def test_twenty_rounds_of_colleagues_importing_at_once(
        sample: Workspace, team: list[Colleague], tmp_path: Path, count: int) -> None:
    """A few minutes: `.ci/run` runs it with `-m slow`."""
    import_at_once(sample, team[:count], tmp_path, rounds=20)
