"""Every field type: what is accepted, what it means, and what a person is told when it is wrong."""

from __future__ import annotations

import pytest

from desktop.questionnaire.model import Choice, Condition, Field, FieldType
from desktop.questionnaire.values import (
    display,
    interpret,
    shape_problem,
    visible_fields,
    word_count,
)


def field(kind: FieldType, **options: object) -> Field:
    return Field("f", "Field", kind, **options)  # type: ignore[arg-type]


@pytest.mark.parametrize(("kind", "typed", "value"), [
    (FieldType.MONEY, "£12,500.50", 1_250_050),
    (FieldType.MONEY, "5000000", 500_000_000),
    (FieldType.MONEY, " 1.5 ", 150),
    (FieldType.NUMBER, "1,204", 1204),
    (FieldType.DATE, "31/03/2027", "2027-03-31"),
    (FieldType.DATE, "2027-03-31", "2027-03-31"),
    (FieldType.DATE, "1 June 2026", "2026-06-01"),
    (FieldType.EMAIL, " bids@example.org.uk ", "bids@example.org.uk"),
    (FieldType.PHONE, "+44 (0)20 7946 0000", "02079460000"),
    (FieldType.PHONE, "07700 900123", "07700900123"),
    (FieldType.POSTCODE, "cf101aa", "CF10 1AA"),
    (FieldType.POSTCODE, "sw1a 1aa", "SW1A 1AA"),
    (FieldType.CHARITY_NUMBER, "sc 012345", "SC012345"),
    (FieldType.CHARITY_NUMBER, "1123456-1", "1123456-1"),
    (FieldType.COMPANY_NUMBER, "01234567", "01234567"),
])
def test_good_answers_mean_what_they_say(kind: FieldType, typed: str, value: object) -> None:
    result = interpret(field(kind), typed)
    assert result.ok and result.value == value


@pytest.mark.parametrize(("kind", "typed", "hint"), [
    (FieldType.MONEY, "-5", "12,500.50"),
    (FieldType.MONEY, "twelve pounds", "Type an amount in pounds"),
    (FieldType.MONEY, "1.234", "pounds"),
    (FieldType.NUMBER, "3.5", "whole number"),
    (FieldType.DATE, "31/02/2027", "February has 28 days in 2027"),
    (FieldType.DATE, "30/13/2027", "there is no month 13"),
    (FieldType.DATE, "31/04/2027", "April has 30 days in 2027"),
    (FieldType.DATE, "29/02/2027", "February has 28 days in 2027"),
    (FieldType.DATE, "1/1/0027", "check the year"),
    (FieldType.DATE, "soon", "31/03/2027"),
    (FieldType.EMAIL, "bids@", "bids@example.org.uk"),
    (FieldType.PHONE, "12345", "020 7946 0000"),
    (FieldType.POSTCODE, "CF10", "CF10 1AA"),
    (FieldType.CHARITY_NUMBER, "12", "SC012345"),
    (FieldType.COMPANY_NUMBER, "123", "01234567"),
])
def test_bad_answers_say_what_a_good_one_looks_like(kind: FieldType, typed: str,
                                                     hint: str) -> None:
    result = interpret(field(kind), typed)
    assert result.value is None and hint in result.problem


def test_required_and_empty() -> None:
    assert interpret(field(FieldType.TEXT, required=True), "   ").problem == "This needs an answer."
    assert interpret(field(FieldType.TEXT), "").ok


def test_word_limit_is_flagged_but_the_text_is_kept() -> None:
    text = "word " * 12
    result = interpret(field(FieldType.LONG_TEXT, word_limit=10), text)
    assert result.value == text
    assert result.problem.startswith("12 words: 2 over the limit of 10")
    assert interpret(field(FieldType.LONG_TEXT, word_limit=12), text).ok


def test_hostile_text_round_trips_exactly() -> None:
    hostile = '<b>Smith & Sons</b> "Tŷ Ŵyn" \u202eRTL\u202c 👩‍👩‍👧 e\u0301 ' + "x" * 100_000
    assert interpret(field(FieldType.LONG_TEXT), hostile).value == hostile
    assert word_count("  one\ttwo\nthree  ") == 3


def test_choices_yes_no_and_groups() -> None:
    choose = field(FieldType.CHOICE, choices=(Choice("a", "A"), Choice("b", "B")))
    assert interpret(choose, "b").value == "b"
    assert interpret(choose, "z").problem == "Choose one of the options."
    many = field(FieldType.MULTI_CHOICE, choices=(Choice("a", "A"), Choice("b", "B")))
    assert interpret(many, ["a", "gone"]).problem.startswith("Some of the options")
    assert interpret(field(FieldType.YES_NO), False).value is False
    assert interpret(field(FieldType.YES_NO), "no").problem == "Choose yes or no."
    rows = field(FieldType.GROUP, min_rows=2, fields=(
        Field("name", "Name", FieldType.TEXT, required=True),
        Field("email", "Email", FieldType.EMAIL)))
    assert interpret(rows, [{"name": "Ann"}]).problem == "Add at least 2."
    referees = field(FieldType.GROUP, min_rows=2, row="referee", fields=rows.fields)
    assert interpret(referees, [{"name": "Ann"}]).problem == \
        "At least 2 are needed: add another referee."
    bad = interpret(rows, [{"name": "Ann"}, {"name": "Bo", "email": "nope"}])
    assert bad.problem.startswith("Row 2, Email: That does not look like an email")
    assert interpret(rows, [{"name": "Ann"}, {"name": "Bo"}, {"name": "", "email": ""}]).ok


def test_conditions_show_and_hide_fields() -> None:
    fields = (Field("q", "Q", FieldType.YES_NO),
              Field("why", "Why", FieldType.LONG_TEXT, show_if=Condition("q", True)),
              Field("kind", "Kind", FieldType.TEXT, show_if=Condition("c", any_of=("x", "y"))))
    assert [f.key for f in visible_fields(fields, {"q": True, "c": "y"})] == ["q", "why", "kind"]
    assert [f.key for f in visible_fields(fields, {"q": False, "c": ["z"]})] == ["q"]


def test_display() -> None:
    assert display(field(FieldType.MONEY), 1_250_050) == "£12,500.50"
    assert display(field(FieldType.MONEY), 500_000_000) == "£5,000,000"
    assert display(field(FieldType.DATE), "2027-03-01") == "1 March 2027"
    assert display(field(FieldType.YES_NO), True) == "Yes"


def test_evidence_links_are_sha256_fingerprints() -> None:
    linked = field(FieldType.EVIDENCE)
    fingerprint = "ab" * 32
    assert interpret(linked, [fingerprint]).value == [fingerprint]
    assert "evidence library" in interpret(linked, ["../../etc/passwd"]).problem
    assert display(linked, [fingerprint, fingerprint]) == "2 documents"


@pytest.mark.parametrize(("kind", "raw", "fits"), [
    (FieldType.TEXT, "anything <b>", True),
    (FieldType.TEXT, 12, False),
    (FieldType.YES_NO, True, True),
    (FieldType.YES_NO, "yes", False),
    (FieldType.MULTI_CHOICE, ["a", "b"], True),
    (FieldType.MULTI_CHOICE, "a", False),
    (FieldType.EVIDENCE, [1], False),
    (FieldType.DATE, "not a date yet", True),  # a draft: kept, and flagged on the page
    (FieldType.MONEY, None, True),
])
def test_imported_values_must_have_the_right_shape(kind: FieldType, raw: object,
                                                    fits: bool) -> None:
    assert (shape_problem(field(kind), raw) == "") is fits


def test_group_rows_must_have_known_sub_fields_of_the_right_shape() -> None:
    group = field(FieldType.GROUP, fields=(Field("name", "Name", FieldType.TEXT),
                                           Field("ok", "OK", FieldType.YES_NO)))
    assert shape_problem(group, [{"name": "Ann", "ok": True}]) == ""
    assert shape_problem(group, [{"name": "Ann", "other": 1}]) != ""
    assert shape_problem(group, [{"ok": "yes"}]) != ""
    assert shape_problem(group, {"name": "Ann"}) != ""
