"""Forms read in the language asked for: Welsh words where the file has them, English otherwise."""

from __future__ import annotations

from pathlib import Path

from desktop import i18n
from desktop.core.checklist import load_checklist
from desktop.questionnaire.loader import load_form, load_forms
from desktop.ui.translations import WELSH, prepare

SMALL = """
[form]
code = "small"
title = "Small form"
title_cy = "Ffurflen fach"
description = "Only English here."
version = 1

[[sections]]
key = "one"
title = "First"
title_cy = "Cyntaf"

[[sections.fields]]
key = "kind"
label = "Kind"
label_cy = "Math"
type = "choice"
choices = [
  { value = "a", label = "Apple", label_cy = "Afal" },
  { value = "b", label = "Bread" },
]
"""


def test_a_form_in_welsh_keeps_english_where_it_has_no_welsh(tmp_path: Path) -> None:
    path = tmp_path / "small.toml"
    path.write_text(SMALL, encoding="utf-8")
    welsh, english = load_form(path, WELSH), load_form(path, i18n.ENGLISH)
    assert (welsh.title, welsh.description) == ("Ffurflen fach", "Only English here.")
    assert welsh.sections[0].title == "Cyntaf"
    field = welsh.sections[0].fields[0]
    assert field.label == "Math"
    assert [choice.label for choice in field.choices] == ["Afal", "Bread"]
    assert (english.title, english.sections[0].fields[0].label) == ("Small form", "Kind")
    assert [c.value for c in field.choices] == [c.value for c in
                                                english.sections[0].fields[0].choices]


def test_the_shipped_forms_in_welsh_have_the_same_keys_and_values() -> None:
    welsh, english = load_forms(WELSH), load_forms(i18n.ENGLISH)
    assert welsh["selection-questionnaire"].title == "Holiadur dethol"
    for code, form in english.items():
        cymraeg = welsh[code]
        assert [f.key for f in cymraeg.all_fields()] == [f.key for f in form.all_fields()]
        assert [[c.value for c in f.choices] for f in cymraeg.all_fields()] == \
            [[c.value for c in f.choices] for f in form.all_fields()]
        assert [f.label for f in cymraeg.all_fields()] != [f.label for f in form.all_fields()]


def test_forms_and_checklist_follow_the_language_tr_speaks() -> None:
    prepare(WELSH)
    english = load_checklist()
    with i18n.speaking(WELSH):
        welsh = load_checklist()
        assert load_forms()["organisation-profile"].title == "Proffil y sefydliad"
    assert [item.code for item in welsh] == [item.code for item in english]
    assert welsh[0].question != english[0].question
    assert english[0].question.startswith("Does the work fit our mission")
    assert load_forms()["organisation-profile"].title == "Organisation profile"
