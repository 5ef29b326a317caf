"""The shipped questionnaires, progress through them, and one test per kind of broken definition."""

from __future__ import annotations

from pathlib import Path

import pytest

from desktop.questionnaire.loader import FormError, load_form, load_forms, questionnaire_paths
from desktop.questionnaire.model import Choice, FieldType, Form
from desktop.questionnaire.progress import (
    bind_choices,
    completeness,
    effective_answers,
    section_progress,
)

FORMS = load_forms()
PROFILE, SQ = FORMS["organisation-profile"], FORMS["selection-questionnaire"]


def test_shipped_forms_have_the_standard_parts() -> None:
    assert [s.key for s in SQ.sections] == ["part1", "part2", "economic", "ability", "insurance",
                                             "compliance", "supply_chain", "declarations"]
    part2 = SQ.section("part2")
    assert part2 is not None
    assert sum(1 for f in part2.fields if f.type is FieldType.YES_NO) == 9
    assert {f.type for f in PROFILE.all_fields()} >= {FieldType.MONEY, FieldType.POSTCODE,
                                                      FieldType.GROUP, FieldType.MULTI_CHOICE}


def test_profile_fields_used_by_the_sq_exist_with_the_same_type() -> None:
    used = [f for f in SQ.all_fields() if f.from_profile]
    assert len(used) >= 10
    for field in used:
        source = PROFILE.field(field.from_profile)
        assert source is not None and source.type is field.type, field.key


def test_answers_held_by_the_profile_are_not_asked_twice() -> None:
    merged = effective_answers(SQ, {"sq_legal_name": "typed here"}, {"legal_name": "Tŷ Gwyn"})
    assert merged["sq_legal_name"] == "Tŷ Gwyn"


def test_exclusion_explanation_only_when_yes() -> None:
    part2 = SQ.section("part2")
    assert part2 is not None
    answers = {f"exclusion_{k}": False for k in ("convictions", "tax", "insolvency", "misconduct",
                                                  "competition", "conflict", "poor_performance",
                                                  "misrepresentation", "labour_law")}
    assert section_progress(part2, answers).complete
    answers["exclusion_tax"] = True
    progress = section_progress(part2, answers)
    assert not progress.complete
    assert {s.field.key for s in progress.problems} == {"exclusion_tax_details",
                                                        "exclusion_tax_self_cleaning"}


def test_the_sq_asks_what_ppn_03_24_added_and_the_carbon_plan_only_where_asked() -> None:
    section = SQ.section("supply_chain")
    assert section is not None
    keys = [f.key for f in section.fields]
    assert keys[:2] == ["uses_supply_chain", "payment_terms"]
    assert "carbon_plan_asked" in keys
    progress = section_progress(section, {})
    assert progress.complete  # nothing here is required unless the buyer asks
    asked = section_progress(section, {"carbon_plan_asked": True})
    assert {p.field.key for p in asked.problems} == {"carbon_plan_published"}
    terms = SQ.field("payment_terms")
    assert terms is not None and "regulation 113" in terms.guidance


def test_completeness_counts_required_visible_fields() -> None:
    assert completeness(PROFILE, {}) == 0.0
    identity = PROFILE.section("identity")
    assert identity is not None
    answers = {"legal_name": "Riverside", "legal_form": "cio", "registered_address": "1 Road",
               "postcode": "CF10 1AA"}
    assert section_progress(identity, answers).complete
    assert 0 < completeness(PROFILE, answers) < 1


def test_choices_from_the_framework_are_bound_at_run_time() -> None:
    bound = bind_choices(PROFILE, {"categories": (Choice("ACC", "Accommodation"),
                                                  Choice("ETE", "Education"))})
    field = bound.field("categories")
    assert field is not None and [c.value for c in field.choices] == ["ACC", "ETE"]
    assert PROFILE.field("categories").choices == ()  # type: ignore[union-attr]


PROFILE_TEXT = questionnaire_paths()[0].read_text(encoding="utf-8")


def broken(tmp_path: Path, old: str, new: str) -> FormError:
    assert old in PROFILE_TEXT
    path = tmp_path / "broken.toml"
    path.write_text(PROFILE_TEXT.replace(old, new, 1), encoding="utf-8")
    with pytest.raises(FormError) as raised:
        load_form(path)
    assert "broken.toml" in str(raised.value)
    return raised.value


def line_of(tmp_path: Path, needle: str) -> int:
    lines = (tmp_path / "broken.toml").read_text(encoding="utf-8").splitlines()
    return next(n for n, line in enumerate(lines, 1) if needle in line)


def test_unknown_field_type(tmp_path: Path) -> None:
    error = broken(tmp_path, 'type = "postcode"', 'type = "zipcode"')
    assert error.location == (f"line {line_of(tmp_path, 'zipcode')} "
                              "(sections[0].fields[6].type)")
    assert error.reason.startswith('"zipcode" is not one of text, long-text')


def test_unknown_key_in_a_group_row(tmp_path: Path) -> None:
    error = broken(tmp_path, 'label = "Awarded by"', 'lable = "Awarded by"')
    assert error.location == (f"line {line_of(tmp_path, 'lable')} "
                              "(sections[6].fields[0].fields[1].lable)")


MINIMAL = """[form]
code = "mini"
title = "Mini"
description = "A small form"
version = 1

[[sections]]
key = "only"
title = "Only"

[[sections.fields]]
key = "pick"
label = "Pick one"
type = "choice"
choices = [{ value = "a", label = "A" }]
"""


def test_choice_with_fewer_than_two_choices(tmp_path: Path) -> None:
    path = tmp_path / "mini.toml"
    path.write_text(MINIMAL, encoding="utf-8")
    with pytest.raises(FormError) as raised:
        load_form(path)
    assert raised.value.location == "line 15 (sections[0].fields[0].choices)"
    assert raised.value.reason.startswith("a choice field needs at least two choices")
    path.write_text(MINIMAL.replace('{ value = "a", label = "A" }',
                                    '{ value = "a", label = "A" }, { value = "b", label = "B" }'),
                    encoding="utf-8")
    assert load_form(path).code == "mini"


def test_word_limit_on_short_text(tmp_path: Path) -> None:
    error = broken(tmp_path, 'example = "Chief executive"', 'word_limit = 5')
    assert error.reason == "only long-text fields have a word limit"


def test_condition_on_a_missing_field(tmp_path: Path) -> None:
    error = broken(tmp_path, 'show_if = { field = "legal_form"', 'show_if = { field = "form"')
    assert error.reason == '"form" is not a field above this one'
    assert "(sections[0].fields[4].show_if)" in error.location


def test_condition_value_that_is_not_offered(tmp_path: Path) -> None:
    error = broken(tmp_path, 'any_of = ["charitable-company", "cic"]', 'any_of = ["plc"]')
    assert error.reason.startswith('"any_of" names a value')


def test_duplicate_key(tmp_path: Path) -> None:
    error = broken(tmp_path, 'key = "trading_name"', 'key = "legal_name"')
    assert error.reason.startswith('the field key "legal_name" is used twice')


def test_syntax_error_names_the_line(tmp_path: Path) -> None:
    error = broken(tmp_path, '\nversion = ', '\nversion = \n')  # a key with no value
    assert error.location.startswith("line ") and "not valid TOML" in error.reason


def test_form_model_lookup() -> None:
    assert isinstance(PROFILE, Form) and PROFILE.field("nope") is None
