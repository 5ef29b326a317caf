"""Shared fixtures: a private data folder and database per test, no network, offscreen Qt."""

from __future__ import annotations

import contextlib
import os
import shutil
import socket
import sqlite3
import subprocess
import tempfile
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

import pytest
from needs import POSTGRES, need_postgres

from desktop.app.workspace import Workspace, open_workspace
from desktop.core.organisation import OrganisationInfo
from desktop.core.organisation_records import create_organisation
from desktop.paths import DATA_DIR_ENV, DATABASE_ENV, DatabaseLocation, resolve_database
from tests.closing import run_before_closing

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


@pytest.fixture(scope="session")
def migrated_database(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """A database with every migration run and the shipped packs synced, made once per run.

    Each `workspace` starts from a copy of it: opening the copy still checks that it is at the
    newest schema and that no pack changed (as every start does), but does not run fourteen
    migrations and parse every pack again for each of several hundred tests. The tests of
    migrating and syncing themselves open databases of their own."""
    folder = tmp_path_factory.mktemp("migrated")
    with pytest.MonkeyPatch.context() as patch:
        patch.setenv(DATA_DIR_ENV, str(folder / "data"))
        patch.delenv(DATABASE_ENV, raising=False)
        open_workspace(resolve_database(str(folder / "migrated.sqlite3"))).close()
    return folder / "migrated.sqlite3"


@pytest.fixture
def workspace(database_location: DatabaseLocation, migrated_database: Path) -> Iterator[Workspace]:
    """A migrated database holding the shipped framework catalogue, and no organisation yet."""
    if database_location.file is not None and not database_location.file.exists():
        database_location.file.parent.mkdir(parents=True, exist_ok=True)
        with contextlib.closing(sqlite3.connect(migrated_database)) as source, \
                contextlib.closing(sqlite3.connect(database_location.file)) as copy:
            source.backup(copy)
    opened = open_workspace(database_location)
    yield opened
    run_before_closing()  # a window's background reads end before their database does
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




@pytest.fixture(params=["sqlite", "postgresql"])
def any_location(request: pytest.FixtureRequest, private_data_dir: Path) -> DatabaseLocation:
    """The same test on SQLite and on PostgreSQL (a fresh database each time)."""
    if request.param == "sqlite":
        return resolve_database(str(private_data_dir / "test.sqlite3"))
    location: DatabaseLocation = request.getfixturevalue("postgres_location")
    return location


@pytest.fixture
def postgres_location() -> Iterator[DatabaseLocation]:
    """A fresh, empty database on the test PostgreSQL server, dropped afterwards (.ci/run starts
    the server and sets FRAMEWORK_READY_TEST_POSTGRES; without it the test is skipped)."""
    need_postgres()
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


@dataclass
class PrivateServer:
    """A PostgreSQL server of the test's own, in a temporary folder, reached only through its
    Unix socket (no TCP at all), so a test can stop, start and restart it: the faults an office
    server has. Built from the same binaries as .ci/postgres; run as `postgres` when root."""

    folder: Path
    binaries: Path
    port: int = 5432  # names the socket file in `folder`; nothing listens on a network port

    @property
    def url(self) -> str:
        return f"postgresql+psycopg://postgres@/postgres?host={self.folder}&port={self.port}"

    def pg_ctl(self, *args: str) -> None:
        command = [str(self.binaries / "pg_ctl"), "-D", str(self.folder / "data"), "-w",
                   "-l", str(self.folder / "log"), *args]
        subprocess.run(_as_owner(command), check=True, capture_output=True, timeout=60)

    def start(self) -> None:
        self.pg_ctl("-o", f"-k {self.folder} -p {self.port} -c listen_addresses='' "
                          "-c fsync=off", "start")

    def stop(self) -> None:
        self.pg_ctl("-m", "fast", "stop")

    def restart(self) -> None:
        self.pg_ctl("-m", "fast", "restart")


def _as_owner(command: list[str]) -> list[str]:
    """PostgreSQL refuses to run as root: as in .ci/postgres, run it as its own user then."""
    return ["runuser", "-u", "postgres", "--", *command] if os.geteuid() == 0 else command


@pytest.fixture(scope="module")
def private_postgres() -> Iterator[PrivateServer]:
    """A fresh server for the test module (skipped where the shared test server is not set)."""
    found = sorted(Path("/usr/lib/postgresql").glob("*/bin/initdb"),
                   key=lambda path: int(path.parent.parent.name))
    need_postgres(also=bool(found))
    # /var/tmp as .ci/postgres uses: the server's own user must reach the folder, and /tmp
    # can be private to root.
    shared = Path("/var/tmp")
    folder = Path(tempfile.mkdtemp(prefix="fr-pg-", dir=shared if shared.is_dir() else None))
    if os.geteuid() == 0:
        shutil.chown(folder, "postgres")
    server = PrivateServer(folder, found[-1].parent)
    subprocess.run(_as_owner([str(server.binaries / "initdb"), "-D", str(folder / "data"),
                              "-A", "trust", "-U", "postgres"]), check=True,
                   capture_output=True, timeout=120)
    server.start()
    try:
        yield server
    finally:
        with contextlib.suppress(subprocess.CalledProcessError):
            server.stop()
        shutil.rmtree(folder, ignore_errors=True)


@pytest.fixture
def any_workspace(any_location: DatabaseLocation) -> Iterator[Workspace]:
    opened = open_workspace(any_location)
    yield opened
    opened.close()
