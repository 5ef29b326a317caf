"""The framework pack: the shipped facts, and one test per kind of broken pack."""

from __future__ import annotations

from collections import Counter
from pathlib import Path

import pytest

from desktop.catalogue.loader import PackError, load_pack
from desktop.catalogue.model import Certainty, FrameworkPack
from tests.packs import shipped_pack

SHIPPED = shipped_pack()
TEXT = SHIPPED.read_text(encoding="utf-8")


@pytest.fixture(scope="module")
def pack() -> FrameworkPack:
    return load_pack(SHIPPED)


def test_counts(pack: FrameworkPack) -> None:
    assert len(pack.categories) == 14
    assert len(pack.regions) == 12
    assert len(pack.pcc_areas) == 42
    assert len(pack.lots) == 109
    assert Counter(lot.family for lot in pack.lots) == {
        "ACC": 12, "ETE": 12, "PW": 42, "PWYA": 1, "WOM": 42}
    assert {c.code for c in pack.categories if c.group == "PW"} == {"FSO", "LA", "EW", "SI"}


def test_pcc_areas_per_region(pack: FrameworkPack) -> None:
    names = {r.code: r.name for r in pack.regions}
    per_region = Counter(names[a.region] for a in pack.pcc_areas)
    assert per_region == {
        "North East": 3, "North West": 4, "Yorkshire and the Humber": 4, "Wales": 4,
        "West Midlands": 4, "East Midlands": 4, "South West": 5, "South Central": 2,
        "East of England": 7, "London": 1, "Kent, Surrey and Sussex": 3,
        "Greater Manchester": 1}
    assert next(a.region for a in pack.pcc_areas if a.code == "northamptonshire") == "I"


def test_lot_titles_and_welsh_names(pack: FrameworkPack) -> None:
    titles = {lot.title for lot in pack.lots}
    assert "Accommodation Services for South Central" in titles
    assert "Women's Services for Dyfed-Powys" in titles
    assert next(r for r in pack.regions if r.code == "D").name_cy == "Cymru"
    assert next(a for a in pack.pcc_areas if a.code == "north-wales").name_cy == "Gogledd Cymru"


def test_every_name_a_welsh_pack_prints_has_a_welsh_form(pack: FrameworkPack) -> None:
    """The 14 need categories, the lot families, the framework and the English regions have a
    Welsh name, marked as the app's own; Wales's places keep their official Welsh names."""
    named = [*pack.categories, *pack.groups, *pack.lot_families, *pack.regions]
    assert len(pack.categories) == 14 and all(item.name_cy for item in named)
    assert all(item.name_cy_ours for item in named if item.code != "D")
    assert pack.name_cy == "Fframwaith Deinamig y Gwasanaethau Prawf" and pack.name_cy_ours
    wales = next(r for r in pack.regions if r.code == "D")
    assert not wales.name_cy_ours
    welsh_titles = {lot.code: lot.title_cy for lot in pack.lots}
    assert welsh_titles["ACC-D"] == "Gwasanaethau Llety ar gyfer Cymru"
    assert welsh_titles["WOM-gwent"] == "Gwasanaethau i Fenywod ar gyfer Gwent"
    assert all(welsh_titles.values())


def test_an_own_welsh_mark_needs_a_welsh_name(tmp_path: Path) -> None:
    error = load_error(broken(tmp_path, 'name_cy = "Llety"\n', ""))
    assert error.location.endswith("(categories[0].name_cy_ours)")
    assert error.reason == "says the Welsh name is the app's own, but there is no name_cy"


def test_every_fact_has_a_real_source_and_unconfirmed_ones_say_check(pack: FrameworkPack) -> None:
    sources = {s.code for s in pack.sources}
    sourced = [pack, *pack.facts, *pack.categories, *pack.regions, *pack.pcc_areas,
               *pack.lot_families, *pack.lots, *pack.portal_steps, *pack.glossary]
    assert all(item.source in sources for item in sourced)
    facts = {f.code: f for f in pack.facts}
    for code in ("insurance", "standstill", "financial-threshold", "cyber-essentials",
                 "prompt-payment"):
        assert facts[code].certainty is Certainty.CHECK, code
    assert facts["term"].certainty is Certainty.CONFIRMED


def test_glossary_has_the_words_charity_staff_meet(pack: FrameworkPack) -> None:
    terms = {t.code for t in pack.glossary}
    assert {"dynamic-framework", "lot", "call-off", "pcc", "crs", "sq", "market-warming",
            "key-subcontractor", "standstill", "bid-candy", "rpd"} <= terms


def test_content_hash_is_of_the_file(pack: FrameworkPack) -> None:
    import hashlib

    assert pack.content_hash == hashlib.sha256(SHIPPED.read_bytes()).hexdigest()


def broken(tmp_path: Path, old: str, new: str, count: int = 1) -> Path:
    assert old in TEXT, f"test needs {old!r} in the pack"
    path = tmp_path / SHIPPED.name
    path.write_text(TEXT.replace(old, new, count), encoding="utf-8")
    return path


def line_of(path: Path, needle: str, occurrence: int = 1) -> int:
    found = [n for n, line in enumerate(path.read_text(encoding="utf-8").splitlines(), 1)
             if needle in line]
    return found[occurrence - 1]


def load_error(path: Path) -> PackError:
    with pytest.raises(PackError) as raised:
        load_pack(path)
    assert SHIPPED.name in str(raised.value)
    return raised.value


def test_syntax_error_names_line_and_column(tmp_path: Path) -> None:
    path = broken(tmp_path, 'short_name = "PSDF"', 'short_name = "PSDF')
    error = load_error(path)
    assert error.location.startswith(f"line {line_of(path, 'short_name')}")
    assert "not valid TOML" in error.reason


def test_unknown_key(tmp_path: Path) -> None:
    path = broken(tmp_path, 'name = "North East"', 'nmae = "North East"')
    error = load_error(path)
    assert error.location == f"line {line_of(path, 'nmae')} (regions[0].nmae)"
    assert '"nmae" is not a key this table can have' in error.reason


def test_unknown_table(tmp_path: Path) -> None:
    path = broken(tmp_path, "[[regions]]", "[[regoins]]")
    error = load_error(path)
    assert error.location == f"line {line_of(path, '[[regoins]]')} (regoins)"


def test_missing_key(tmp_path: Path) -> None:
    path = broken(tmp_path, 'code = "ETE"\nname = "Education, Training and Employment"\n',
                  'code = "ETE"\n')
    error = load_error(path)
    assert error.location == f"line {line_of(path, '[[categories]]', 2)} (categories[1])"
    assert error.reason == 'the key "name" is missing'


def test_wrong_type(tmp_path: Path) -> None:
    path = broken(tmp_path, "\nversion = ", '\nversion = "1"  # ')
    error = load_error(path)
    assert error.location == f"line {line_of(path, 'version =')} (framework.version)"
    assert error.reason == "should be a whole number, not '1'"
    listed = load_error(broken(tmp_path, 'categories = ["ACC"]', 'categories = "ACC"'))
    assert listed.reason == "should be a list of codes, not 'ACC'"


def test_empty_text(tmp_path: Path) -> None:
    error = load_error(broken(tmp_path, 'name = "Wales"', 'name = "   "'))
    assert "(regions[3].name)" in error.location and error.reason == "must not be empty"


def test_value_not_allowed(tmp_path: Path) -> None:
    error = load_error(broken(tmp_path, 'geography = "region"', 'geography = "county"'))
    assert "(lot_families[0].geography)" in error.location
    assert error.reason == '"county" is not one of national, region, pcc-area'
    error = load_error(broken(tmp_path, 'certainty = "confirmed"', 'certainty = "sure"'))
    assert error.reason == '"sure" is not one of confirmed, inferred, check'


def test_duplicate_code(tmp_path: Path) -> None:
    path = broken(tmp_path, 'code = "durham"', 'code = "cleveland"')
    error = load_error(path)
    line = line_of(path, 'code = "cleveland"', 2)
    assert error.location == f"line {line} (pcc_areas[1].code)"
    assert error.reason == '"cleveland" is used twice; each code must be unique'


def test_duplicate_portal_step(tmp_path: Path) -> None:
    error = load_error(broken(tmp_path, "position = 2", "position = 1"))
    assert "(portal_steps[1].position)" in error.location


def test_dangling_region(tmp_path: Path) -> None:
    path = broken(tmp_path, 'region = "A"', 'region = "Z"')
    error = load_error(path)
    line = line_of(path, 'region = "Z"')
    assert error.location == f"line {line} (pcc_areas[0].region)"
    assert error.reason == 'there is no region with the code "Z"'


def test_dangling_source(tmp_path: Path) -> None:
    path = broken(tmp_path, 'source = "moj-refer-monitor"', 'source = "wikipedia"')
    error = load_error(path)
    assert error.location == f"line {line_of(path, 'wikipedia')} (facts[14].source)"
    assert error.reason == 'there is no source with the code "wikipedia"'


def test_dangling_category_and_cohort_that_is_not_a_cohort(tmp_path: Path) -> None:
    error = load_error(broken(tmp_path, 'categories = ["ACC"]', 'categories = ["HOUSING"]'))
    assert error.reason == 'there is no category with the code "HOUSING"'
    error = load_error(broken(tmp_path, 'cohorts = ["WOM"]', 'cohorts = ["ACC"]'))
    assert "(lot_families[4].cohorts)" in error.location
    assert error.reason == '"ACC" is not a cohort category (kind = "cohort")'


def test_areas_that_do_not_exist(tmp_path: Path) -> None:
    error = load_error(broken(tmp_path, 'areas = ["D"]', 'areas = ["dyfed-powys"]'))
    assert "(lot_families[3].areas)" in error.location
    assert 'no region for this family with the code "dyfed-powys"' in error.reason


def test_bad_title_template(tmp_path: Path) -> None:
    error = load_error(broken(tmp_path, 'title = "Accommodation Services for {area}"',
                              'title = "Accommodation Services"'))
    assert "(lot_families[0].title)" in error.location and "must contain {area}" in error.reason
    error = load_error(broken(tmp_path, 'title = "Accommodation Services for {area}"',
                              'title = "Accommodation Services for {region}"'))
    assert error.reason.startswith('"{region}" is not a placeholder')


def test_two_families_making_the_same_lot(tmp_path: Path) -> None:
    family = ('\nname = "Education, Training and Employment"\nname_cy = "Addysg, Hyfforddiant '
              'a Chyflogaeth"\nname_cy_ours = true\ndescription = "Education, training')
    error = load_error(broken(tmp_path, 'code = "ETE"' + family, 'code = "ACC"' + family))
    assert "(lot_families[1].code)" in error.location
    assert error.reason == '"ACC" is used twice; each code must be unique'
    path = tmp_path / "national.toml"
    path.write_text(TEXT.replace('code = "PWYA"', 'code = "ACC-A"').replace(
        'geography = "region"\nareas = ["D"]', 'geography = "national"'), encoding="utf-8")
    with pytest.raises(PackError) as raised:
        load_pack(path)
    assert "(lot_families[3].code)" in raised.value.location
    assert raised.value.reason.startswith('makes the lot "ACC-A", which an earlier family')


def test_not_utf8(tmp_path: Path) -> None:
    path = tmp_path / SHIPPED.name
    path.write_bytes(TEXT.encode("utf-8").replace(b"Wales", b"W\xe2les", 1))
    assert load_error(path).reason == "the file is not UTF-8 text"


def test_requirements_point_at_money_or_number_answers_of_the_profile(
        pack: FrameworkPack) -> None:
    from desktop.questionnaire.loader import load_forms
    from desktop.questionnaire.model import FieldType

    profile = load_forms()["organisation-profile"]
    assert {r.code for r in pack.requirements} == {
        "employers-liability", "public-liability", "professional-indemnity"}
    for requirement in pack.requirements:
        field = profile.field(requirement.profile_field)
        assert field is not None, requirement.code
        assert field.type in (FieldType.MONEY, FieldType.NUMBER)
        assert requirement.minimum > 0
        assert requirement.certainty is Certainty.CHECK  # not found for this framework
