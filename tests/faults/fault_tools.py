"""Real faults for the data-safety tests: a small disk that fills up, read-only mounts, real
processes killed with SIGKILL, commands run at the same moment.

Mounting needs root. `.ci/run` runs as root and sets FRAMEWORK_READY_CI=1, so there a
test that cannot mount fails instead of being skipped; elsewhere it is skipped with the reason.
"""

from __future__ import annotations

import hashlib
import os
import sqlite3
import subprocess
import sys
import uuid
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

import pytest

REQUIRED = os.environ.get("FRAMEWORK_READY_CI") == "1"
ROOT = Path(__file__).resolve().parents[2]


def need_root(what: str) -> None:
    """Skip (or, in CI, fail) a test that needs root to `what`."""
    if os.name == "posix" and os.geteuid() == 0:
        return
    if REQUIRED:
        pytest.fail(f"this test must run as root in CI (to {what})")
    pytest.skip(f"needs root to {what} (CI runs it)")


def run_mount(*args: str) -> None:
    subprocess.run(["mount", *args], check=True, capture_output=True)


@dataclass
class Result:
    status: int
    out: str
    err: str

    @property
    def said(self) -> str:
        return self.out + self.err


def command(*args: str, database: Path, env: dict[str, str] | None = None,
            timeout: float = 60) -> Result:
    """`framework-ready ARGS --database DATABASE` as a real process."""
    done = subprocess.run([sys.executable, "-m", "desktop", *args, "--database", str(database)],
                          capture_output=True, text=True, timeout=timeout, cwd=ROOT,
                          env={**os.environ, **(env or {})})
    return Result(done.returncode, done.stdout, done.stderr)


def in_process(*args: str, database: Path) -> Result:
    """The same command run inside the test process: what a next start does, without paying
    Python's start-up each time (the kill loops run hundreds)."""
    import contextlib
    import io

    from desktop.cli.main import main

    out, err = io.StringIO(), io.StringIO()
    with contextlib.redirect_stdout(out), contextlib.redirect_stderr(err):
        status = main([*args, "--database", str(database)])
    return Result(status, out.getvalue(), err.getvalue())


def start(*args: str, database: Path) -> subprocess.Popen[str]:
    return subprocess.Popen([sys.executable, "-m", "desktop", *args, "--database",
                             str(database)], stdout=subprocess.PIPE, stderr=subprocess.PIPE,
                            text=True, cwd=ROOT)


def no_traceback(result: Result) -> None:
    assert "Traceback" not in result.said, result.said
    assert "sqlalchemy" not in result.said.lower(), result.said
    assert "INSERT " not in result.said and "SELECT " not in result.said, result.said


def digest(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def organisation_name(path: Path) -> str:
    connection = sqlite3.connect(f"{path.as_uri()}?mode=ro", uri=True)
    try:
        assert connection.execute("PRAGMA quick_check").fetchone()[0] == "ok"
        return connection.execute("SELECT name FROM organisation ORDER BY id").fetchone()[0]
    finally:
        connection.close()


def rename_organisation(path: Path, name: str) -> None:
    connection = sqlite3.connect(path)
    try:
        connection.execute("UPDATE organisation SET name = ?", (name,))
        connection.commit()
    finally:
        connection.close()


def leftovers(folder: Path) -> list[str]:
    """What an interrupted run may leave: .part files and import staging folders."""
    return sorted(str(p.relative_to(folder)) for p in folder.rglob("*")
                  if p.name.endswith(".part") or p.name.startswith(".import-"))


@pytest.fixture(scope="session")
def demo_database(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """The sample charity, made once; tests copy it."""
    path = tmp_path_factory.mktemp("demo") / "framework-ready.sqlite3"
    assert command("demo", database=path).status == 0
    connection = sqlite3.connect(path)
    connection.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    connection.close()
    return path


def copy_database(source: Path, target: Path) -> Path:
    target.parent.mkdir(parents=True, exist_ok=True)
    reader, writer = sqlite3.connect(source), sqlite3.connect(target)
    reader.backup(writer)
    reader.close()
    writer.close()
    return target


@pytest.fixture
def small_disk(tmp_path: Path) -> Iterator[Path]:
    """A 4 MB disk of its own (tmpfs), unmounted afterwards."""
    need_root("mount a small disk")
    folder = tmp_path / f"disk-{uuid.uuid4().hex[:6]}"
    folder.mkdir()
    run_mount("-t", "tmpfs", "-o", "size=4m", "tmpfs", str(folder))
    try:
        yield folder
    finally:
        subprocess.run(["umount", "-l", str(folder)], check=False)


def fill(folder: Path, leave: int = 0) -> Path:
    """Fill the disk that holds `folder`, leaving about `leave` bytes free."""
    import shutil

    filler = folder / "filler.bin"
    with filler.open("wb") as stream:
        while True:
            free = shutil.disk_usage(folder).free
            if free <= leave + 4096:
                break
            try:
                stream.write(b"\0" * min(free - leave, 1024 * 1024))
                stream.flush()
            except OSError:
                break
    return filler


@pytest.fixture
def read_only_view(tmp_path: Path) -> Iterator[tuple[Path, Path]]:
    """A folder and a read-only bind mount of it: (writable source, read-only view)."""
    need_root("make a read-only bind mount")
    source, view = tmp_path / "source", tmp_path / "view"
    source.mkdir()
    view.mkdir()
    run_mount("--bind", str(source), str(view))
    try:
        run_mount("-o", "remount,ro,bind", str(view))
        yield source, view
    finally:
        subprocess.run(["umount", "-l", str(view)], check=False)
