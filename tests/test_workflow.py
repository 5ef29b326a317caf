"""The hosted runners' workflow cannot run here, so it is checked here: against GitHub's own
workflow schema (the copy check-jsonschema carries, no network), and for what it must do.
A broken copy must fail the same check, or the check proves nothing."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path
from typing import Any

import pytest
from ruamel.yaml import YAML

ROOT = Path(__file__).resolve().parent.parent
WORKFLOW = ROOT / ".github" / "workflows" / "ci.yml"
OFFLINE = {"HTTP_PROXY": "http://127.0.0.1:9", "HTTPS_PROXY": "http://127.0.0.1:9",
           "NO_PROXY": ""}  # any attempt to fetch a schema fails at once


def check_schema(path: Path) -> subprocess.CompletedProcess[str]:
    return subprocess.run([sys.executable, "-m", "check_jsonschema", "--builtin-schema",
                           "vendor.github-workflows", str(path)], capture_output=True, text=True,
                          timeout=120, env={**os.environ, **OFFLINE})


def load(path: Path) -> Any:
    return YAML(typ="safe").load(path.read_text(encoding="utf-8"))


def test_the_workflow_is_valid_for_github() -> None:
    result = check_schema(WORKFLOW)
    assert result.returncode == 0, result.stdout + result.stderr
    assert "ok -- validation done" in result.stdout


BROKEN = {
    "a job with nowhere to run": ("    runs-on: ${{ matrix.os }}\n", ""),
    "a step that neither runs nor uses": ("      - uses: actions/checkout@v4\n",
                                          "      - name: nothing\n"),
    "an event GitHub does not have": ("  pull_request:\n", "  pull_requests:\n"),
    "a timeout in words": ("    timeout-minutes: 75\n", "    timeout-minutes: an hour\n"),
}


@pytest.mark.parametrize("breakage", sorted(BROKEN))
def test_a_broken_workflow_fails_the_check(breakage: str, tmp_path: Path) -> None:
    good, bad = BROKEN[breakage]
    text = WORKFLOW.read_text(encoding="utf-8")
    assert text.count(good) == 1, f"the workflow changed: update {breakage!r}"
    broken = tmp_path / "ci.yml"
    broken.write_text(text.replace(good, bad), encoding="utf-8")
    result = check_schema(broken)
    assert result.returncode == 1, result.stdout + result.stderr
    assert "Schema validation errors were encountered" in result.stdout + result.stderr


def test_the_workflow_does_what_the_release_needs() -> None:
    workflow = load(WORKFLOW)
    [job] = workflow["jobs"].values()
    assert sorted(job["strategy"]["matrix"]["os"]) == ["macos-latest", "ubuntu-latest",
                                                       "windows-latest"]
    assert job["env"]["QT_QPA_PLATFORM"] == "offscreen"
    steps = job["steps"]
    python = next(step for step in steps if step.get("uses", "").startswith(
        "actions/setup-python@"))
    assert python["with"]["python-version"] == "3.11"
    runs = [(step.get("if", ""), step.get("run", "")) for step in steps]
    assert ("runner.os == 'Windows'", "py -3.11 dev.py test -q -p no:cacheprovider") in runs
    assert ("runner.os != 'Windows'", "python dev.py test -q -p no:cacheprovider") in runs
    assert ("", "python packaging/build.py") in runs
    windows = "\n".join(run for condition, run in runs if condition == "runner.os == 'Windows'")
    assert "packaging\\windows\\framework-ready.iss" in windows
    assert "packaging\\windows\\install_check.py" in windows
    for script in ("packaging/build.py", "packaging/windows/install_check.py",
                   "packaging/windows/framework-ready.iss"):
        assert (ROOT / script).is_file()


def test_the_install_check_is_silent_per_user_and_keeps_the_data() -> None:
    """What the Windows job asks of the installer (the check itself runs only there)."""
    sys.path.insert(0, str(ROOT / "packaging" / "windows"))
    try:
        import install_check
    finally:
        sys.path.pop(0)
    assert {"/VERYSILENT", "/CURRENTUSER", "/SUPPRESSMSGBOXES"} <= set(install_check.SILENT)
    script = (ROOT / "packaging" / "windows" / "framework-ready.iss").read_text("utf-8")
    assert "PrivilegesRequired=lowest" in script
    # A plain MsgBox is shown even to a silent uninstall, which would then wait for ever.
    assert "MsgBox(" not in script.replace("SuppressibleMsgBox(", "")
    assert "MB_DEFBUTTON2, IDNO)" in script  # suppressed, the answer is No: data kept
    # The installed copy is found by its AppId: changing it would install a second copy
    # beside the old one instead of updating it.
    assert "AppId={{6B1D0E53-8F0A-4C5E-9C1B-2F7C5A0E4D21}" in script


def test_the_installer_carries_the_apps_version() -> None:
    """An update is recognised by its version: the installer, the program's Windows version
    resource and the app must say the same one."""
    from desktop import __version__

    windows = ROOT / "packaging" / "windows"
    script = (windows / "framework-ready.iss").read_text("utf-8")
    assert f'#define AppVersion "{__version__}"' in script
    resource = (windows / "version-info.txt").read_text("utf-8")
    numbers = tuple(int(part) for part in __version__.split("."))
    assert f"filevers={(*numbers, 0)}" in resource and f"prodvers={(*numbers, 0)}" in resource
    assert f"StringStruct('FileVersion', '{__version__}')" in resource
    assert f"StringStruct('ProductVersion', '{__version__}')" in resource
