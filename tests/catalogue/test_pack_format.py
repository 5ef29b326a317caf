"""The pack format's framework facts: regime, procedure, status, dates, reopenings (the regime
files themselves, forms/regimes/, are tests/catalogue/test_regimes.py's)."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest

from desktop.catalogue.loader import PackError, load_pack
from desktop.catalogue.model import Certainty, Regime, RequirementKind
from desktop.datafiles import forms_folder

SECOND = Path(__file__).parent.parent / "data" / "frameworks" / "riverbank-wellbeing.toml"
TEXT = SECOND.read_text(encoding="utf-8")


def broken(tmp_path: Path, old: str, new: str) -> Path:
    assert old in TEXT
    path = tmp_path / SECOND.name
    path.write_text(TEXT.replace(old, new, 1), encoding="utf-8")
    return path


def test_framework_facts_and_dates() -> None:
    pack = load_pack(SECOND)
    assert pack.regime is Regime.PROCUREMENT_ACT_2023
    assert (pack.procedure, pack.status) == ("open-framework", "open")
    assert pack.opens.day == date(2026, 10, 25) and pack.opens.certainty is None
    assert pack.closes.day == date(2027, 1, 15)
    assert (pack.closes.certainty, pack.closes.source) == (Certainty.CHECK, "test-notice")
    assert pack.deadline_date.day is None
    assert pack.ends.day == date(2034, 10, 24)
    assert [(r.opens, r.closes) for r in pack.reopenings] == [
        (date(2028, 4, 1), date(2028, 5, 31)), (date(2030, 4, 1), date(2030, 5, 31))]
    assert pack.reopenings[0].label_cy.startswith("Yr ailagor")
    assert {r.kind for r in pack.requirements} == {RequirementKind.INSURANCE,
                                                   RequirementKind.AUDITED_ACCOUNTS}


def test_a_pack_without_the_new_keys_still_loads() -> None:
    shipped = load_pack(forms_folder() / "frameworks" / "probation-dynamic-framework.toml")
    assert shipped.code == "probation-dynamic-framework"
    assert len(shipped.lots) == 109  # the new keys are all optional


@pytest.mark.parametrize(("old", "new", "where", "why"), [
    ('closes = "2027-01-15"', 'closes = "15/01/2027"', "framework.closes", "is not a date"),
    ('opens = "2026-10-25"', 'opens = "2026-02-30"', "framework.opens", "is not a date"),
    ('regime = "procurement-act-2023"', 'regime = "act-2023"', "framework.regime",
     "is not one of pcr-2015, procurement-act-2023"),
    ('closes_source = "test-notice"', 'closes_source = "nowhere"', "framework.closes_source",
     'no source with the code "nowhere"'),
    ('closes_certainty = "check"', 'closes_certainty = "maybe"', "framework.closes_certainty",
     "is not one of"),
    ('closes = "2028-05-31"', 'closes = "2028-03-01"', "reopenings[0].closes",
     "before it opens"),
    ('kind = "insurance"', 'kind = "cover"', "requirements[0].kind", "is not one of"),
])
def test_bad_framework_facts_are_refused_with_where_and_why(
        tmp_path: Path, old: str, new: str, where: str, why: str) -> None:
    with pytest.raises(PackError) as caught:
        load_pack(broken(tmp_path, old, new))
    assert where in caught.value.location
    assert "line " in caught.value.location
    assert why in caught.value.reason


@pytest.mark.parametrize("code", ["a-framework-code-that-is-far-too-long-to-keep",
                                  "Riverbank", "river--bank", "river bank"])
def test_a_framework_code_is_short_and_plain(tmp_path: Path, code: str) -> None:
    with pytest.raises(PackError, match="at most 40 lower-case letters"):
        load_pack(broken(tmp_path, 'code = "riverbank-wellbeing"', f'code = "{code}"'))
