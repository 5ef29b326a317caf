"""What a test needs that only CI is sure to have: the PostgreSQL server `.ci/run` starts.

Outside CI such a test is skipped with the reason; in CI (`FRAMEWORK_READY_CI=1`), where the
server always runs, it fails instead, so a broken set-up can never pass as skips.
"""

from __future__ import annotations

import os

import pytest

POSTGRES = os.environ.get("FRAMEWORK_READY_TEST_POSTGRES", "")
IN_CI = os.environ.get("FRAMEWORK_READY_CI") == "1"  # .ci/run: every facility must be there


def need_postgres(also: bool = True) -> None:
    """Skip a test that needs the PostgreSQL server `.ci/run` starts (and `also`, e.g. its
    tools) where there is none; in CI, where there always is, fail instead of skipping."""
    if POSTGRES and also:
        return
    reason = "needs the PostgreSQL server that .ci/run starts (FRAMEWORK_READY_TEST_POSTGRES)"
    if IN_CI:
        pytest.fail(f"this test must run in CI: it {reason}")
    pytest.skip(reason)


def need_soffice() -> str:
    """LibreOffice's `soffice`, which `.ci/run` installs to recalculate spreadsheets headless;
    skipped with the reason where it is missing, a failure in CI."""
    import shutil

    found = shutil.which("soffice") or shutil.which("libreoffice")
    if found:
        return found
    reason = "needs LibreOffice's soffice (apt-get install libreoffice-calc-nogui)"
    if IN_CI:
        pytest.fail(f"this test must run in CI: it {reason}")
    pytest.skip(reason)
