"""The framework packs the tests use: the shipped PSDF, and a second small one (test data)."""

from __future__ import annotations

from pathlib import Path

PSDF = "probation-dynamic-framework"
CAS = "community-accommodation-services"  # shipped too (Procurement Act 2023)
SECOND = "riverbank-wellbeing"
SECOND_PACK = Path(__file__).parent / "data" / "frameworks" / f"{SECOND}.toml"


def shipped_pack(code: str = PSDF) -> Path:
    """A shipped pack's file by its code (not by its place in the folder: more will come)."""
    from desktop.datafiles import forms_folder

    return forms_folder() / "frameworks" / f"{code}.toml"
