"""The wheel's package list stays whole as packages are added."""

from __future__ import annotations

import shutil
import subprocess
import tomllib
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent


def test_every_python_package_is_listed_in_pyproject() -> None:
    listed = set(tomllib.loads((ROOT / "pyproject.toml").read_text())["tool"]["setuptools"][
        "packages"])
    found = {".".join(init.parent.relative_to(ROOT).parts)
             for init in (ROOT / "desktop").rglob("__init__.py")}
    assert found <= listed, f"add to [tool.setuptools] packages: {sorted(found - listed)}"


LINUX = ROOT / "packaging" / "linux"
DESKTOP_ID = "uk.org.frameworkready.FrameworkReady"


def test_linux_identity_matches_the_app() -> None:
    import desktop

    assert desktop.DESKTOP_ID == DESKTOP_ID
    assert (LINUX / f"{DESKTOP_ID}.desktop").is_file()
    assert (LINUX / f"{DESKTOP_ID}.metainfo.xml").is_file()
    icons = ROOT / "resources" / "icons"
    assert {p.name for p in icons.glob("framework-ready-*.png")} == {
        f"framework-ready-{size}.png" for size in (16, 24, 32, 48, 64, 128, 256, 512)}
    assert (icons / "framework-ready.ico").stat().st_size > 0
    assert (icons / "framework-ready.icns").stat().st_size > 0


@pytest.mark.skipif(shutil.which("desktop-file-validate") is None
                    or shutil.which("appstreamcli") is None,
                    reason="desktop-file-utils and appstream are installed by .ci/run")
def test_desktop_entry_and_metainfo_validate() -> None:
    subprocess.run(["desktop-file-validate", str(LINUX / f"{DESKTOP_ID}.desktop")], check=True)
    subprocess.run(["appstreamcli", "validate", "--no-net",
                    str(LINUX / f"{DESKTOP_ID}.metainfo.xml")], check=True,
                   capture_output=True)
