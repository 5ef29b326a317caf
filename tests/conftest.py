"""Shared fixtures: a private data folder and database per test, no network, offscreen Qt."""

from __future__ import annotations

import os
import socket
from collections.abc import Iterator
from pathlib import Path

import pytest

from desktop.core.organisation import OrganisationInfo
from desktop.core.organisation_records import create_organisation
from desktop.core.workspace import Workspace, open_workspace
from desktop.paths import DATA_DIR_ENV, DATABASE_ENV, DatabaseLocation, resolve_database

# Off screen, on a screen the size of a common charity laptop's (1366 × 768, less a 40-pixel
# taskbar): windows are laid out as they would be there.
LAPTOP_SCREEN = Path(__file__).parent / "data" / "laptop-screen.json"
if os.environ.get("QT_QPA_PLATFORM", "offscreen") == "offscreen":
    os.environ["QT_QPA_PLATFORM"] = f"offscreen:configfile={LAPTOP_SCREEN}"


@pytest.fixture(autouse=True)
def private_data_dir(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """Every test gets its own data folder, so none touches the real user's database."""
    folder = tmp_path / "data"
    monkeypatch.setenv(DATA_DIR_ENV, str(folder))
    monkeypatch.delenv(DATABASE_ENV, raising=False)
    return folder


@pytest.fixture(autouse=True)
def no_network(monkeypatch: pytest.MonkeyPatch) -> None:
    """The program makes no network calls: any attempt to connect out fails the test."""

    def refuse(self: socket.socket, address: object) -> None:
        if self.family == socket.AF_UNIX:
            return original(self, address)
        raise AssertionError(f"network connection attempted to {address!r}")

    original = socket.socket.connect
    monkeypatch.setattr(socket.socket, "connect", refuse)


@pytest.fixture
def database_location(private_data_dir: Path) -> DatabaseLocation:
    return resolve_database(str(private_data_dir / "test.sqlite3"))


@pytest.fixture
def workspace(database_location: DatabaseLocation) -> Iterator[Workspace]:
    """A migrated database holding the shipped framework catalogue, and no organisation yet."""
    opened = open_workspace(database_location)
    yield opened
    opened.close()


@pytest.fixture
def organisation(workspace: Workspace) -> OrganisationInfo:
    return create_organisation(workspace.database, "Riverside & Sons <Trust>", "1123456")


HOSTILE_FILE = Path(__file__).parent / "data" / "hostile.txt"


@pytest.fixture(scope="session")
def hostile_texts() -> list[str]:
    """tests/data/hostile.txt, one sample per line (\\r and \\n written as escapes), plus a
    100,000-character text of mixed scripts."""
    lines = HOSTILE_FILE.read_text(encoding="utf-8").splitlines()[1:]
    samples = [line.replace("\\r", "\r").replace("\\n", "\n") for line in lines]
    long_text = ("Llety ŵ ŷ <b>&</b> 🙂 " * 6000)[:100_000]
    return [*samples, long_text]


POSTGRES = os.environ.get("FRAMEWORK_READY_TEST_POSTGRES", "")


@pytest.fixture(params=["sqlite", "postgresql"])
def any_location(request: pytest.FixtureRequest, private_data_dir: Path) -> Iterator[
        DatabaseLocation]:
    """The same test on SQLite and on PostgreSQL (a fresh database each time; .ci/run starts
    the server and sets FRAMEWORK_READY_TEST_POSTGRES)."""
    if request.param == "sqlite":
        yield resolve_database(str(private_data_dir / "test.sqlite3"))
        return
    if not POSTGRES:
        pytest.skip("PostgreSQL runs in .ci/run (.ci/postgres start sets "
                    "FRAMEWORK_READY_TEST_POSTGRES)")
    import uuid

    from sqlalchemy import create_engine, text

    name = f"fr_test_{uuid.uuid4().hex[:12]}"
    admin = create_engine(POSTGRES, isolation_level="AUTOCOMMIT")
    with admin.connect() as connection:
        connection.execute(text(f'CREATE DATABASE "{name}"'))
    try:
        yield resolve_database(POSTGRES.replace("/postgres?", f"/{name}?", 1))
    finally:
        with admin.connect() as connection:
            connection.execute(text(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)'))
        admin.dispose()


@pytest.fixture
def any_workspace(any_location: DatabaseLocation) -> Iterator[Workspace]:
    opened = open_workspace(any_location)
    yield opened
    opened.close()
