"""Faults on a real PostgreSQL server (a private one, so it can be restarted): a colleague's import
killed with SIGKILL in the middle of its transaction, and the server restarted in the middle of
an import. Either way the answers are exactly as before, the command says in words what happened
(no traceback), and the next import, and the app's next save, go through."""

from __future__ import annotations

import json
import os
import signal
import subprocess
import sys
import time
from collections.abc import Iterator
from datetime import date
from pathlib import Path
from typing import TYPE_CHECKING, Any

import pytest
from sqlalchemy import Connection, create_engine, select, text

from desktop.app.workspace import Workspace, open_workspace
from desktop.core.answer_records import load_answers, save_answer
from desktop.core.answers import EXPORT_KIND
from desktop.core.qualification import PROFILE
from desktop.core.sample import ensure_sample
from desktop.paths import resolve_database
from desktop.store import models

if TYPE_CHECKING:
    from tests.conftest import PrivateServer

pytestmark = pytest.mark.skipif(not hasattr(signal, "SIGKILL"), reason="SIGKILL is POSIX only")


@pytest.fixture
def sample(private_postgres: PrivateServer, request: pytest.FixtureRequest) -> Iterator[
        Workspace]:
    """The sample charity in a database of its own on the private server."""
    name = f"faults_{request.node.name.replace('test_', '')[:40]}"
    admin = create_engine(private_postgres.url, isolation_level="AUTOCOMMIT")
    with admin.connect() as connection:
        connection.execute(text(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)'))
        connection.execute(text(f'CREATE DATABASE "{name}"'))
    admin.dispose()
    workspace = open_workspace(resolve_database(private_postgres.url.replace(
        "/postgres?", f"/{name}?", 1)))
    ensure_sample(workspace.database, date(2026, 11, 25))
    yield workspace
    workspace.close()


def every_answer(workspace: Workspace) -> dict[str, dict[str, Any]]:
    database = workspace.database
    codes = ("organisation-profile", "selection-questionnaire")
    return {code: load_answers(database, 1, code) for code in codes}


def reworded(answers: dict[str, dict[str, Any]], tmp_path: Path) -> Path:
    """An answers file with every answer that is a sentence reworded, the rest as they are."""
    changed = {code: {key: f"{value} (new)" if isinstance(value, str) and " " in value else value
                      for key, value in part.items()} for code, part in answers.items()}
    path = tmp_path / "answers.json"
    path.write_text(json.dumps({"kind": EXPORT_KIND, "forms": {
        code: {"answers": part} for code, part in changed.items()}}), encoding="utf-8")
    return path


def import_command(workspace: Workspace, path: Path) -> subprocess.Popen[str]:
    return subprocess.Popen([sys.executable, "-m", "desktop", "--database",
                             workspace.database.location.url, "answers", "import", str(path)],
                            stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)


def hold_the_last_answer(workspace: Workspace, path: Path) -> Connection:
    """Lock the answer the import reaches last, so that it waits there with the rest written
    but not committed: the middle of its transaction. Returns the connection holding it."""
    forms = json.loads(path.read_text(encoding="utf-8"))["forms"]
    code = list(forms)[-1]
    key = list(forms[code]["answers"])[-1]
    connection = workspace.database.engine.connect()
    connection.begin()
    connection.execute(select(models.Answer.id).where(
        models.Answer.organisation_id == 1, models.Answer.form_code == code,
        models.Answer.field_key == key).with_for_update())
    return connection


def wait_until_blocked(connection: Connection, child: subprocess.Popen[str]) -> None:
    deadline = time.monotonic() + 60
    while time.monotonic() < deadline:
        waiting = connection.execute(text(
            "SELECT count(*) FROM pg_locks WHERE NOT granted")).scalar_one()
        if waiting:
            return
        assert child.poll() is None, child.communicate()
        time.sleep(0.05)
    raise AssertionError("the import never reached the locked answer")


def import_again(workspace: Workspace, path: Path, expected: dict[str, Any]) -> None:
    """The next import goes through, whole."""
    again = import_command(workspace, path)
    out, err = again.communicate(timeout=120)
    assert again.returncode == 0, err
    assert "answers changed" in out
    assert every_answer(workspace) == expected


def test_an_import_killed_mid_transaction_leaves_the_answers_as_before(
        sample: Workspace, tmp_path: Path) -> None:
    before = every_answer(sample)
    path = reworded(before, tmp_path)
    holder = hold_the_last_answer(sample, path)
    child = import_command(sample, path)
    wait_until_blocked(holder, child)
    os.kill(child.pid, signal.SIGKILL)
    child.communicate(timeout=30)
    assert child.returncode == -signal.SIGKILL
    holder.rollback()
    holder.close()
    assert every_answer(sample) == before  # nothing of the killed import is there
    after = {code: {key: f"{value} (new)" if isinstance(value, str) and " " in value else value
                    for key, value in part.items()} for code, part in before.items()}
    import_again(sample, path, after)  # its lock went with it


def test_the_server_restarted_mid_import(sample: Workspace, private_postgres: PrivateServer,
                                         tmp_path: Path) -> None:
    before = every_answer(sample)
    path = reworded(before, tmp_path)
    holder = hold_the_last_answer(sample, path)
    child = import_command(sample, path)
    wait_until_blocked(holder, child)
    private_postgres.restart()
    out, err = child.communicate(timeout=60)
    assert child.returncode == 2, (out, err)
    assert "Traceback" not in err
    assert "The connection to the team database at" in err and "was lost, so nothing was " \
        "changed" in err
    holder.invalidate()
    holder.close()
    assert every_answer(sample) == before  # the app's own connections come back by themselves
    after = {code: {key: f"{value} (new)" if isinstance(value, str) and " " in value else value
                    for key, value in part.items()} for code, part in before.items()}
    import_again(sample, path, after)
    assert save_answer(sample.database, 1, PROFILE, "website", "https://example.org.uk")
