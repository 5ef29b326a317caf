"""The framework packs the tests use: the shipped PSDF, and a second small one (test data)."""

from __future__ import annotations

from pathlib import Path

PSDF = "probation-dynamic-framework"
SECOND = "riverbank-wellbeing"
SECOND_PACK = Path(__file__).parent / "data" / "frameworks" / f"{SECOND}.toml"


def shipped_pack(code: str = PSDF) -> Path:
    """A shipped framework pack's file by its code (the packs sort by file name, so "first" is
    not the PSDF once a second framework ships)."""
    from desktop.datafiles import framework_packs

    return next(path for path in framework_packs() if path.stem == code)
