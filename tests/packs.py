"""The framework packs the tests use: the shipped PSDF, and a second small one (test data)."""

from __future__ import annotations

from pathlib import Path

PSDF = "probation-dynamic-framework"
SECOND = "riverbank-wellbeing"
SECOND_PACK = Path(__file__).parent / "data" / "frameworks" / f"{SECOND}.toml"
