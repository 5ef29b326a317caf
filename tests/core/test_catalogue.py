"""The catalogue as pages see it: lot families, filters, search and glossary links."""

from __future__ import annotations

from collections import Counter

import pytest

from desktop.app.workspace import Workspace
from desktop.core.catalogue import Catalogue, LotFilter, certainty_label, filter_lots
from desktop.core.catalogue_records import load_catalogue
from desktop.core.glossary import glossary_for
from tests.packs import PSDF


@pytest.fixture
def catalogue(workspace: Workspace) -> Catalogue:
    return load_catalogue(workspace.database, PSDF)


def codes(catalogue: Catalogue, **criteria: str) -> set[str]:
    return {lot.code for lot in filter_lots(catalogue, LotFilter(**criteria))}


def test_lot_families_have_the_day_one_counts(catalogue: Catalogue) -> None:
    assert Counter(lot.family_code for lot in catalogue.lots) == {
        "ACC": 12, "ETE": 12, "PW": 42, "PWYA": 1, "WOM": 42}
    assert len(catalogue.lots) == 109


def test_womens_lots_cover_the_needs_and_are_for_women(catalogue: Catalogue) -> None:
    lot = next(lot for lot in catalogue.lots if lot.code == "WOM-dyfed-powys")
    assert lot.cohorts == ("WOM",)
    assert {"ACC", "ETE", "FBD", "DR"} <= set(lot.categories)
    assert lot.region_code == "D" and lot.pcc_area_name == "Dyfed-Powys"


def test_personal_wellbeing_is_a_group_of_four(catalogue: Catalogue) -> None:
    members = {c.code for c in catalogue.categories if c.group_code == "PW"}
    assert members == {"FSO", "LA", "EW", "SI"}


def test_region_filter(catalogue: Catalogue) -> None:
    wales = codes(catalogue, region="D")
    assert len(wales) == 11
    assert {"ACC-D", "ETE-D", "PWYA-D", "PW-gwent", "WOM-south-wales"} <= wales


def test_pcc_area_filter_includes_the_lots_for_its_whole_region(catalogue: Catalogue) -> None:
    assert codes(catalogue, pcc_area="dyfed-powys") == {
        "ACC-D", "ETE-D", "PWYA-D", "PW-dyfed-powys", "WOM-dyfed-powys"}
    # Northamptonshire is in the East of England region (MoJ's own mapping).
    assert "ACC-I" in codes(catalogue, pcc_area="northamptonshire")


def test_category_group_and_cohort_filters(catalogue: Catalogue) -> None:
    assert len(codes(catalogue, cohort="WOM")) == 42
    assert len(codes(catalogue, cohort="YA")) == 1
    assert len(codes(catalogue, category="ACC")) == 12 + 42  # accommodation lots + women's lots
    assert len(codes(catalogue, category="PW")) == 42 + 1 + 42
    assert codes(catalogue, category="BAME") == set()


def test_search_matches_every_word(catalogue: Catalogue) -> None:
    assert codes(catalogue, text="accommodation south central") == {"ACC-H"}
    # Women's lots deliver accommodation too, so they match the category name.
    assert codes(catalogue, text="ACCOMMODATION   south") == {
        "ACC-G", "ACC-H", "WOM-south-wales", "WOM-south-yorkshire"}
    assert codes(catalogue, text="<b>no such lot</b>") == set()


def test_glossary_terms_found_in_text(catalogue: Catalogue) -> None:
    glossary = glossary_for(catalogue.glossary)
    found = [entry.code for entry in glossary.found(
        "Commissioned by Regional Probation Directors through call-off competitions in each lot "
        "of a PCC area; the Lots are many, and this area is ours.")]
    assert found == ["rpd", "call-off", "lot", "pcc"]  # once each, in the order they appear
    pieces = glossary.pieces("The SQ, not sq or SQUARE, and a Selection  Questionnaire.")
    assert [(p.text, p.entry.code) for p in pieces if p.entry] == [("SQ", "sq")]
    assert "".join(p.text for p in pieces) == \
        "The SQ, not sq or SQUARE, and a Selection  Questionnaire."
    assert glossary.pieces("<b>Bid candy</b> & \"quotes\"")[1].entry.code == "bid-candy"


def test_facts_to_check_are_labelled_so(catalogue: Catalogue) -> None:
    to_check = [fact for fact in catalogue.facts if fact.provenance.needs_checking]
    assert to_check, "insurance levels and standstill are not confirmed for this framework"
    assert "check the tender documents" in certainty_label(to_check[0].provenance.certainty)
