"""Shared fixtures: a private data folder and database per test, no network, offscreen Qt."""

from __future__ import annotations

import os
import socket
from collections.abc import Iterator
from pathlib import Path

import pytest

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from desktop.core.organisation import OrganisationInfo
from desktop.core.organisation_records import create_organisation
from desktop.core.workspace import Workspace, open_workspace
from desktop.paths import DATA_DIR_ENV, DATABASE_ENV, DatabaseLocation, resolve_database


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
