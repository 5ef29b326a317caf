"""Kill the app (SIGKILL) while it autosaves: the file stays sound and no saved answer is lost."""

from __future__ import annotations

import os
import random
import signal
import sqlite3
import subprocess
import sys
import time
from pathlib import Path

import pytest

from desktop.app.workspace import open_workspace
from desktop.core.answer_records import load_answers
from desktop.core.organisation_records import current_organisation
from desktop.core.qualification import PROFILE
from desktop.paths import resolve_database

CHILD = Path(__file__).with_name("typing_child.py")
KILLS = 4


def run_and_kill(database: Path, run: int, seconds: float) -> dict[str, str]:
    """Start the child, let it type for `seconds`, SIGKILL it; return what it said was saved."""
    child = subprocess.Popen([sys.executable, str(CHILD), str(database), str(run)],
                             stdout=subprocess.PIPE, stderr=subprocess.DEVNULL, text=True,
                             env={**os.environ, "QT_QPA_PLATFORM": "offscreen"})
    assert child.stdout is not None
    assert child.stdout.readline().strip() == "READY"
    # The time to the kill counts from its first save, not its start: on a busy machine (CI
    # runs the slow tests beside the rest) the first save can come a second or more after READY.
    first = child.stdout.readline()
    assert first.startswith("SAVED "), f"the child stopped before it saved: {first!r}"
    time.sleep(seconds)
    child.send_signal(signal.SIGKILL)
    output, _ = child.communicate(timeout=30)
    assert child.returncode == -signal.SIGKILL
    saved: dict[str, str] = {}
    for line in [first.rstrip("\n"), *output.splitlines()]:
        if line.startswith("SAVED ") and line.count(" ") >= 2:
            _, key, value = line.split(" ", 2)
            saved[key] = value
    return saved


@pytest.mark.skipif(not hasattr(signal, "SIGKILL"), reason="SIGKILL is POSIX only")
def test_every_completed_save_survives_a_kill(tmp_path: Path) -> None:
    kill_repeatedly(tmp_path, KILLS)


@pytest.mark.slow
@pytest.mark.skipif(not hasattr(signal, "SIGKILL"), reason="SIGKILL is POSIX only")
def test_a_hundred_kills(tmp_path: Path) -> None:
    """About two minutes: `.ci/run` runs it with `-m slow`."""
    kill_repeatedly(tmp_path, 100)


def kill_repeatedly(tmp_path: Path, kills: int) -> None:
    database = tmp_path / "killed.sqlite3"
    randomness = random.Random(20261125)
    expected: dict[str, str] = {}
    for run in range(kills):
        saved = run_and_kill(database, run, randomness.uniform(0.3, 1.2))
        assert saved, "the child saved nothing before it was killed"
        expected.update(saved)
        with sqlite3.connect(database) as connection:
            assert connection.execute("PRAGMA integrity_check").fetchone() == ("ok",)
            assert connection.execute("PRAGMA foreign_key_check").fetchall() == []
        workspace = open_workspace(resolve_database(str(database)))
        try:
            organisation = current_organisation(workspace.database)
            assert organisation is not None
            answers = load_answers(workspace.database, organisation.id, PROFILE)
        finally:
            workspace.close()
        for key, value in expected.items():
            # The last line printed for a key was saved; a later save may have committed
            # just before the kill and before its line was printed: it must be newer.
            stored = answers[key]
            assert stored == value or _newer(stored, value), (key, stored, value)


def _newer(stored: str, printed: str) -> bool:
    def order(text: str) -> tuple[int, int]:
        run, number = text.split(" ", 1)[0].split("-")
        return int(run), int(number)

    return order(stored) > order(printed)
