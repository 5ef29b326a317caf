"""The Community Accommodation Services open framework pack (Procurement Act 2023): what the
notice says is confirmed, what it does not say is "check", and every source has an address."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest

from desktop.catalogue.loader import PackError, load_pack
from desktop.catalogue.model import Certainty, FrameworkPack, Geography, Regime
from desktop.datafiles import forms_folder

CAS = "community-accommodation-services"
PACK = forms_folder() / "frameworks" / f"{CAS}.toml"


@pytest.fixture(scope="module")
def pack() -> FrameworkPack:
    return load_pack(PACK)


def test_the_pack_is_the_framework_it_names_and_is_shipped(pack: FrameworkPack) -> None:
    from desktop.datafiles import framework_packs

    assert pack.code == CAS
    assert CAS in {path.stem for path in framework_packs()}


def test_regime_procedure_and_dates_from_the_notice(pack: FrameworkPack) -> None:
    assert pack.regime is Regime.PROCUREMENT_ACT_2023
    assert (pack.procedure, pack.status) == ("open-framework", "closed")
    assert pack.opens is not None and pack.closes is not None and pack.ends is not None
    assert (pack.closes.day, pack.ends.day) == (date(2026, 6, 15), date(2034, 10, 24))
    assert pack.ends.certainty is Certainty.CONFIRMED
    facts = {f.code: f for f in pack.facts}
    assert "25 October 2026 to 24 October 2034" in facts["term"].value
    assert "£2,000,000,000" in facts["value"].value


def test_four_lots_the_fourth_name_and_the_geography_to_check(pack: FrameworkPack) -> None:
    assert [lot.title for lot in pack.lots[:3]] == [
        "Independent Approved Premises Accommodation and Support", "Accommodation and Support",
        "Temporary Accommodation and Floating Support"]
    assert len(pack.lots) == 4
    fourth = pack.lots[3]
    assert fourth.title.startswith("Alternative") and fourth.certainty is Certainty.CHECK
    assert all(f.geography is Geography.NATIONAL for f in pack.lot_families)
    facts = {f.code: f for f in pack.facts}
    for code in ("geography", "reopening", "conditions"):
        assert facts[code].certainty is Certainty.CHECK, code
        assert "check" in facts[code].value.lower(), code
    assert len(pack.regions) == 12  # the probation regions, coded as on the PSDF


def test_reopening_is_the_acts_minimum_and_says_check(pack: FrameworkPack) -> None:
    [reopening] = pack.reopenings
    assert reopening.closes is not None and reopening.closes == date(2029, 10, 24)
    assert reopening.certainty is Certainty.CHECK and reopening.source == "act-s49"
    assert "check the tender documents" in reopening.label and reopening.label_cy


def test_glossary_has_the_procurement_act_words(pack: FrameworkPack) -> None:
    terms = {t.code for t in pack.glossary}
    assert {"ppon", "share-code", "cdp", "psq", "open-framework", "excluded-supplier",
            "excludable-supplier", "debarment-list", "connected-person"} <= terms
    assert all(t.term_cy and t.definition_cy for t in pack.glossary)


def test_every_source_has_an_address_and_every_item_a_known_source(pack: FrameworkPack) -> None:
    assert {s.code for s in pack.sources if not s.url} == {"usual-practice"}
    codes = {s.code for s in pack.sources}
    items = [*pack.facts, *pack.categories, *pack.lot_families, *pack.portal_steps,
             *pack.glossary, *pack.requirements, *pack.milestones, *pack.reopenings]
    assert all(item.source in codes for item in items)
    assert all(m.certainty is Certainty.CHECK for m in pack.milestones)


def test_the_only_requirement_is_the_one_the_law_sets(pack: FrameworkPack) -> None:
    [requirement] = pack.requirements
    assert (requirement.profile_field, requirement.minimum) == ("employers_liability",
                                                                500_000_000)
    assert requirement.certainty is Certainty.CONFIRMED and requirement.source == "govuk-el"


def test_a_step_done_on_the_supplier_route_must_name_the_routes_steps(tmp_path: Path) -> None:
    text = PACK.read_text(encoding="utf-8")
    path = tmp_path / PACK.name
    path.write_text(text.replace('"users", "ppon"]', '"users", "ppn"]'), encoding="utf-8")
    with pytest.raises(PackError) as raised:
        load_pack(path)
    assert PACK.name in str(raised.value)
    assert raised.value.location.endswith("(portal_steps[0].done_on_route)")
    assert '"ppn" is not a step of the supplier route "central-digital-platform"' \
        in raised.value.reason
    assert "ppon" in raised.value.reason  # the steps it has are listed


def test_only_a_regime_with_a_supplier_route_can_have_steps_done_on_it(tmp_path: Path) -> None:
    text = PACK.read_text(encoding="utf-8")
    assert 'regime = "procurement-act-2023"' in text
    path = tmp_path / PACK.name
    path.write_text(text.replace('regime = "procurement-act-2023"', 'regime = "pcr-2015"'),
                    encoding="utf-8")
    with pytest.raises(PackError) as raised:
        load_pack(path)
    assert "this framework's regime has no supplier route" in raised.value.reason
