"""A test that needs CI's PostgreSQL is skipped elsewhere but fails in CI, never skipped there."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent


def run_without_server(ci: bool) -> subprocess.CompletedProcess[str]:
    env = {k: v for k, v in os.environ.items() if k != "FRAMEWORK_READY_TEST_POSTGRES"}
    env["FRAMEWORK_READY_CI"] = "1" if ci else "0"
    return subprocess.run([sys.executable, "-m", "pytest", "-q", "-p", "no:cacheprovider",
                           "tests/store/test_team_mode.py", "-k", "postgresql", "-x"],
                          cwd=ROOT, env=env, capture_output=True, text=True, timeout=300)


def test_without_the_server_it_skips_outside_ci_and_fails_in_ci() -> None:
    outside = run_without_server(ci=False)
    assert outside.returncode == 0 and "skipped" in outside.stdout, outside.stdout
    inside = run_without_server(ci=True)
    assert inside.returncode == 1 and "must run in CI" in inside.stdout, inside.stdout
