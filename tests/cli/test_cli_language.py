"""The command line speaks the language chosen in Settings, else the computer's."""

from __future__ import annotations

from pathlib import Path

import pytest

from desktop import i18n
from desktop.cli.language import LOCALE_VARIABLES
from desktop.cli.main import main


@pytest.fixture(autouse=True)
def english_computer(monkeypatch: pytest.MonkeyPatch, private_data_dir: Path) -> None:
    private_data_dir.mkdir(parents=True, exist_ok=True)
    for variable in LOCALE_VARIABLES:
        monkeypatch.delenv(variable, raising=False)


def demo(capsys: pytest.CaptureFixture[str]) -> str:
    assert main(["demo"]) == 0
    return capsys.readouterr().out


def test_welsh_chosen_in_settings(private_data_dir: Path,
                                  capsys: pytest.CaptureFixture[str]) -> None:
    (private_data_dir / "settings.ini").write_text("[interface]\nlanguage=cy\n", "utf-8")
    assert "yn perthyn i Riverside Futures" in demo(capsys)
    assert i18n.language() == i18n.ENGLISH  # only while the command ran
    assert "usage" not in capsys.readouterr().out


def test_the_computers_language_unless_settings_choose(
        private_data_dir: Path, capsys: pytest.CaptureFixture[str],
        monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("LANG", "cy_GB.UTF-8")
    assert "Mae'r gronfa ddata" in demo(capsys)
    (private_data_dir / "settings.ini").write_text("[interface]\nlanguage=en\n", "utf-8")
    assert "belongs to Riverside Futures" in demo(capsys)


def test_damaged_settings_fall_back_to_the_computer(
        private_data_dir: Path, capsys: pytest.CaptureFixture[str],
        monkeypatch: pytest.MonkeyPatch) -> None:
    (private_data_dir / "settings.ini").write_bytes(b"\xff\xfe[interface\nlanguage")
    assert "belongs to" in demo(capsys)
    monkeypatch.setenv("LC_ALL", "cy_GB.UTF-8")
    assert "yn perthyn i" in demo(capsys)


PROBE = ("import sys\n"
         "from desktop.cli.main import main\n"
         "status = main(sys.argv[1:])\n"
         "print(sorted(m for m in ('PySide6', 'reportlab', 'openpyxl', 'icalendar', 'alembic')\n"
         "             if m in sys.modules), status)\n")


@pytest.mark.parametrize(("language", "said"), [("en", "Ready overall"),
                                                ("cy", "Parodrwydd cyffredinol")])
def test_a_command_that_draws_nothing_loads_no_qt(private_data_dir: Path, language: str,
                                                  said: str) -> None:
    """`readiness` in English or Welsh: no Qt, no ReportLab, no spreadsheet or calendar code
    (a fresh process, so nothing an earlier test imported counts)."""
    import os
    import subprocess
    import sys

    database = str(private_data_dir / "probe.sqlite3")
    environment = {**os.environ, "LANGUAGE": language}
    subprocess.run([sys.executable, "-m", "desktop", "--database", database, "demo"],
                   env=environment, check=True, capture_output=True)
    for command in ("readiness", "eligibility", "deadlines"):
        result = subprocess.run([sys.executable, "-c", PROBE, "--database", database, command],
                                env=environment, capture_output=True, text=True, check=True)
        assert result.stdout.splitlines()[-1] == "[] 0", (command, result.stdout)
        if command == "readiness":
            assert said in result.stdout
