#!/usr/bin/env python3
"""Set up and run Framework Ready for developers, with nothing but Python 3.11+.

    python3 dev.py run [ARGS]    create .venv if needed, install the pinned dependencies and the
                                 app, then start it (ARGS go to framework-ready, e.g. `catalogue`)
    python3 dev.py test [ARGS]   the same set-up with the test tools, then ruff, mypy, the
                                 import contracts and the test suite off screen (ARGS go to pytest)
    python3 dev.py lint          ruff only
    python3 dev.py typecheck     mypy only (over desktop/, as [tool.mypy] in pyproject.toml says)
    python3 dev.py layers        import-linter only (the contracts in [tool.importlinter])
    python3 dev.py translations  refresh resources/translations/*.ts from the code (new strings
                                 arrive untranslated) and compile every .ts to the shipped .qm

Standard library only: this runs before anything is installed.
"""

from __future__ import annotations

import hashlib
import os
import subprocess
import sys
import venv
from pathlib import Path

ROOT = Path(__file__).resolve().parent
VENV = ROOT / ".venv"
BIN = VENV / ("Scripts" if os.name == "nt" else "bin")
PYTHON = BIN / ("python.exe" if os.name == "nt" else "python")
PYTEST_NO_TESTS = 5


def _stamp_for(requirements: str) -> str:
    digest = hashlib.sha256()
    for path in [ROOT / "pyproject.toml", *sorted((ROOT / "requirements").glob("*.txt"))]:
        digest.update(path.read_bytes())
    return f"{requirements} {digest.hexdigest()}"


def ensure_environment(requirements: str) -> None:
    """Create .venv and install `requirements/<name>.txt` plus the app, unless already done.

    dev.txt includes app.txt, so an environment set up for the tests also runs the app.
    """
    lock = ROOT / "requirements" / requirements
    stamp_file = VENV / ".framework-ready-installed"
    stamp = _stamp_for(requirements)
    enough = {stamp, _stamp_for("dev.txt")}
    if stamp_file.exists() and stamp_file.read_text() in enough:
        return
    if not PYTHON.exists():
        print(f"Creating the virtual environment in {VENV} …", flush=True)
        venv.EnvBuilder(with_pip=True).create(VENV)
    pip = [str(PYTHON), "-m", "pip", "--disable-pip-version-check", "install", "--quiet"]
    print(f"Installing the pinned dependencies from {lock.relative_to(ROOT)} …", flush=True)
    subprocess.run([*pip, "-r", str(lock)], check=True)
    subprocess.run([*pip, "--no-deps", "--editable", str(ROOT)], check=True)
    stamp_file.write_text(stamp)


def run(args: list[str]) -> int:
    ensure_environment("app.txt")
    return subprocess.call([str(PYTHON), "-m", "desktop", *args])


def lint() -> int:
    ensure_environment("dev.txt")
    return subprocess.call([str(PYTHON), "-m", "ruff", "check", str(ROOT)], cwd=ROOT)


def typecheck() -> int:
    ensure_environment("dev.txt")
    return subprocess.call([str(PYTHON), "-m", "mypy"], cwd=ROOT)


def layers() -> int:
    """Check the import contracts; a broken one lists each offending import and fails."""
    ensure_environment("dev.txt")
    status = subprocess.call([str(BIN / "lint-imports"), "--no-cache", "--no-logo"], cwd=ROOT)
    if status:
        print("An import breaks the layers in [tool.importlinter] (pyproject.toml): see above.",
              file=sys.stderr)
    return status


TRANSLATIONS = ROOT / "resources" / "translations"


def translation_sources() -> list[str]:
    """The Python files whose strings are translated, relative to the project (stable .ts)."""
    return sorted(str(path.relative_to(ROOT)) for path in (ROOT / "desktop").rglob("*.py"))


def translations() -> int:
    ensure_environment("dev.txt")
    for ts in sorted(TRANSLATIONS.glob("framework_ready_*.ts")):
        subprocess.run([str(BIN / "pyside6-lupdate"), "-silent", "-locations", "none",
                        "-no-obsolete", *translation_sources(), "-ts", str(ts)], cwd=ROOT,
                       check=True)
    for ts in sorted(TRANSLATIONS.glob("*.ts")):
        subprocess.run([str(BIN / "pyside6-lrelease"), "-silent", str(ts), "-qm",
                        str(ts.with_suffix(".qm"))], check=True)
    return 0


def test(args: list[str]) -> int:
    ensure_environment("dev.txt")
    status = lint() or typecheck() or layers()
    if status:
        return status
    environment = {**os.environ, "QT_QPA_PLATFORM": "offscreen"}
    status = subprocess.call([str(PYTHON), "-m", "pytest", *args], cwd=ROOT, env=environment)
    if status == PYTEST_NO_TESTS:
        print("No tests ran: that is a failure.", file=sys.stderr)
        return 1
    return status


def main(argv: list[str]) -> int:
    if sys.version_info < (3, 11):  # noqa: UP036 - this script is what tells people on older ones
        print("Framework Ready needs Python 3.11 or newer.", file=sys.stderr)
        return 2
    if not argv or argv[0] not in {"run", "test", "lint", "typecheck", "layers", "translations"}:
        print(__doc__)
        return 2
    command, rest = argv[0], argv[1:]
    try:
        if command == "run":
            return run(rest)
        if command == "lint":
            return lint()
        if command == "typecheck":
            return typecheck()
        if command == "layers":
            return layers()
        if command == "translations":
            return translations()
        return test(rest)
    except subprocess.CalledProcessError as error:
        print(f"Setting up failed while running: {' '.join(error.cmd)}", file=sys.stderr)
        return 1


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
