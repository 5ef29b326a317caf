"""The import contracts in pyproject.toml ([tool.importlinter]) hold for the code as it is, and
each kind of wrong import, written into a copy of the code, breaks the contract meant to catch
it. A contract that cannot fail proves nothing."""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
LINT_IMPORTS = Path(sys.executable).with_name("lint-imports")


def lint_imports(project: Path) -> subprocess.CompletedProcess[str]:
    """Run import-linter on `project` (its pyproject.toml and desktop/), not the installed one."""
    environment = {**os.environ, "PYTHONPATH": str(project)}
    return subprocess.run([str(LINT_IMPORTS), "--no-cache", "--no-logo"], cwd=project,
                          env=environment, capture_output=True, text=True, timeout=120)


def test_the_code_keeps_every_contract() -> None:
    result = lint_imports(ROOT)
    assert result.returncode == 0, result.stdout + result.stderr
    assert " 0 broken" in result.stdout


@pytest.fixture(scope="module")
def copy(tmp_path_factory: pytest.TempPathFactory) -> Path:
    project = tmp_path_factory.mktemp("project")
    shutil.copy2(ROOT / "pyproject.toml", project)
    shutil.copytree(ROOT / "desktop", project / "desktop",
                    ignore=shutil.ignore_patterns("__pycache__"))
    return project


WRONG = {
    "Qt in the rules": ("desktop/core/eligibility.py", "import PySide6.QtCore",
                        "Qt only in desktop.ui"),
    "ReportLab in the window": ("desktop/ui/pages/lots.py", "import reportlab.pdfgen",
                                "ReportLab, openpyxl and icalendar only in desktop.reports"),
    "SQLAlchemy in a page": ("desktop/ui/pages/lots.py", "import sqlalchemy",
                             "SQLAlchemy and Alembic only in desktop.store"),
    "SQLAlchemy back in a pure rule": ("desktop/core/answers.py", "import sqlalchemy",
                                       "SQLAlchemy and Alembic only in desktop.store"),
    "SQLAlchemy in a plain helper": ("desktop/paths.py", "import sqlalchemy",
                                     "SQLAlchemy and Alembic only in desktop.store"),
    "the store from a document": ("desktop/reports/calendar.py", "import desktop.store.models",
                                  "The store is reached through core"),
    "the rules reaching up to the window": ("desktop/core/eligibility.py",
                                            "import desktop.ui.pages.lots",
                                            "One way down the floors"),
    "a helper standing on the rules": ("desktop/i18n.py", "import desktop.core.eligibility",
                                       "The plain helpers at the top of desktop/"),
}


@pytest.mark.parametrize("case", sorted(WRONG))
def test_a_wrong_import_breaks_its_contract(copy: Path, case: str) -> None:
    relative, wrong_import, contract = WRONG[case]
    module = copy / relative
    original = module.read_text(encoding="utf-8")
    module.write_text(f"{original}\n{wrong_import}  # noqa\n", encoding="utf-8")
    try:
        result = lint_imports(copy)
    finally:
        module.write_text(original, encoding="utf-8")
    assert result.returncode != 0, result.stdout
    broken = result.stdout.split("Broken contracts", 1)[-1]
    assert contract in broken, result.stdout
