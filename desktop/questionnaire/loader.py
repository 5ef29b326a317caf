"""Load a questionnaire definition (forms/questionnaires/*.toml) into a checked `Form`.

A definition is a [form] table, [[sections]], their [[sections.fields]] and, for repeating
groups, [[sections.fields.fields]]. Mistakes stop the load with a `FormError` naming the file,
line and key: an unknown key or field type, a choice field without choices, a word limit on a
field that is not long text, a key used twice, or a condition on a field that does not exist.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

from desktop.datafiles import forms_folder
from desktop.declarative import (
    CODES,
    FLAG,
    NUMBER,
    OPTIONAL_NUMBER,
    OPTIONAL_TEXT,
    TABLE,
    TABLES,
    TEXT,
    DefinitionError,
    Key,
    TomlReader,
    in_language,
    one_of,
    read_toml,
    with_welsh,
)
from desktop.i18n import language
from desktop.questionnaire.model import (
    SECTION_PANELS,
    Choice,
    Condition,
    Field,
    FieldType,
    Form,
    Section,
)


class FormError(DefinitionError):
    """A questionnaire definition that cannot be used, and exactly where and why."""


FORM_TEXTS, SECTION_TEXTS, FIELD_TEXTS = ("title", "description"), ("title", "guidance"), (
    "label", "guidance", "example", "row")
FORM_KEYS = with_welsh({"code": TEXT, "title": TEXT, "description": TEXT, "version": NUMBER,
                        "per_framework": FLAG}, *FORM_TEXTS)
SECTION_KEYS = with_welsh({"key": TEXT, "title": TEXT, "guidance": OPTIONAL_TEXT,
                           "fields": TABLES, "shows": OPTIONAL_TEXT}, *SECTION_TEXTS)
FIELD_KEYS: dict[str, Key] = with_welsh({
    "key": TEXT, "label": TEXT, "type": one_of(FieldType), "required": FLAG,
    "guidance": OPTIONAL_TEXT, "example": OPTIONAL_TEXT, "word_limit": OPTIONAL_NUMBER,
    "choices": TABLES, "show_if": TABLE, "fields": TABLES, "min_rows": OPTIONAL_NUMBER,
    "max_rows": OPTIONAL_NUMBER, "from_profile": OPTIONAL_TEXT, "choices_from": OPTIONAL_TEXT,
    "row": OPTIONAL_TEXT,
}, *FIELD_TEXTS)
CHOICE_KEYS = with_welsh({"value": TEXT, "label": TEXT}, "label")
CONDITION_KEYS: dict[str, Key] = {"field": TEXT, "equals": Key(object, required=False),
                                  "any_of": CODES}
CHOOSING = {FieldType.CHOICE, FieldType.MULTI_CHOICE}
# A form with answers kept per framework stores them as "<form code>@<framework code>": with a
# framework code of up to 40 characters (the pack loader's limit), 64 in all, what the database
# keeps for a form code.
SCOPED_FORM_CODE_LIMIT = 23


def questionnaire_paths() -> list[Path]:
    return sorted((forms_folder() / "questionnaires").glob("*.toml"))


def load_form(path: Path, in_words: str = "") -> Form:
    """The form with its words in `in_words` ("en" or "cy"; by default the language `tr()`
    speaks on this thread): a Welsh text where the file has one, the English otherwise."""
    _, text, data = read_toml(path, FormError)
    reader = _FormReader(path, TomlReader(path, text, FormError), in_words or language())
    return reader.form(data)


class _FormReader:
    """Walks one definition, counting each kind of [[header]] so errors can name their line."""

    def __init__(self, path: Path, reader: TomlReader, in_words: str) -> None:
        self.path, self.reader, self.language = path, reader, in_words
        self.seen = {"sections.fields": 0, "sections.fields.fields": 0}

    def form(self, data: dict[str, Any]) -> Form:
        self.reader.only_tables(data, ("form", "sections"), "a questionnaire")
        if "form" not in data:
            raise FormError(self.path, "", "the [form] table is missing")
        head = in_language(self.reader.entry("form", None, data["form"], FORM_KEYS),
                           self.language, *FORM_TEXTS)
        sections = tuple(self.section(index, raw)
                         for index, raw in enumerate(data.get("sections", [])))
        if not sections:
            raise FormError(self.path, "", "a questionnaire needs at least one [[sections]]")
        form = Form(**head, sections=sections, path=str(self.path))
        scoped = form.per_framework or any(f.choices_from for f in form.all_fields())
        if scoped and len(form.code) > SCOPED_FORM_CODE_LIMIT:
            raise self.reader.fail("form", None, "code", f"is {len(form.code)} characters; a form "
                                   "with answers kept per framework (per_framework, or "
                                   f"choices_from) needs a code of at most "
                                   f"{SCOPED_FORM_CODE_LIMIT}")
        self.check_keys_unique(form)
        return form

    def section(self, index: int, raw: Any) -> Section:
        values = in_language(self.reader.entry("sections", index, raw, SECTION_KEYS),
                             self.language, *SECTION_TEXTS)
        label = f"sections[{index}]"
        if values["shows"] and values["shows"] not in SECTION_PANELS:
            raise self.reader.fail("sections", index, "shows", f'"{values["shows"]}" is not '
                                   f"something a section can show (allowed: "
                                   f"{', '.join(SECTION_PANELS)})", label)
        fields = tuple(self.field("sections.fields", position, item, f"{label}.fields")
                       for position, item in enumerate(values.pop("fields")))
        self.check_conditions(fields, "sections.fields", label)
        return Section(**values, fields=fields)

    def field(self, header: str, position: int, raw: Any, parent_label: str) -> Field:
        index = self.seen[header]
        self.seen[header] += 1
        label = f"{parent_label}[{position}]"
        values = in_language(self.reader.entry(header, index, raw, FIELD_KEYS, label),
                             self.language, *FIELD_TEXTS)

        def fail(key: str, reason: str) -> DefinitionError:
            return self.reader.fail(header, index, key, reason, label)

        kind = values["type"]
        if kind in CHOOSING and len(values["choices"]) < 2 and not values["choices_from"]:
            raise fail("choices", "a choice field needs at least two choices (or choices_from)")
        if kind not in CHOOSING and (values["choices"] or values["choices_from"]):
            raise fail("choices", f'only choice fields have choices, not "{kind.value}"')
        if values["word_limit"] and kind is not FieldType.LONG_TEXT:
            raise fail("word_limit", "only long-text fields have a word limit")
        if values["word_limit"] < 0 or values["min_rows"] < 0 or values["max_rows"] < 0:
            raise fail("", "limits cannot be below zero")
        if (kind is FieldType.GROUP) != bool(values["fields"]):
            raise fail("fields", "a group needs sub-fields, and only a group has them")
        if values["row"] and kind is not FieldType.GROUP:
            raise fail("row", "only a group names its rows")
        if header == "sections.fields.fields" and kind is FieldType.GROUP:
            raise fail("type", "a group cannot hold another group")
        choices = tuple(Choice(**in_language(self.reader.entry(
            header, index, choice, CHOICE_KEYS, f"{label}.choices[{n}]"), self.language, "label"))
                        for n, choice in enumerate(values.pop("choices")))
        if len({c.value for c in choices}) != len(choices):
            raise fail("choices", "two choices have the same value")
        sub_header = "sections.fields.fields"
        subs = tuple(self.field(sub_header, n, item, f"{label}.fields")
                     for n, item in enumerate(values.pop("fields")))
        self.check_conditions(subs, sub_header, label)
        condition = values.pop("show_if")
        return Field(**values, choices=choices, fields=subs,
                     show_if=self.condition(header, index, condition, label))

    def condition(self, header: str, index: int, raw: dict[str, Any] | None,
                  label: str) -> Condition | None:
        if raw is None:
            return None
        values = self.reader.entry(header, index, raw, CONDITION_KEYS, f"{label}.show_if")
        any_of = tuple(str(v) for v in values["any_of"])
        return Condition(values["field"], values["equals"], any_of)

    def check_conditions(self, fields: tuple[Field, ...], header: str, label: str) -> None:
        """Each condition looks at an earlier field of the same list, with a possible answer."""
        first = self.seen[header] - len(fields)
        for position, field in enumerate(fields):
            condition = field.show_if
            if condition is None:
                continue
            target = next((f for f in fields[:position] if f.key == condition.field), None)
            where = f"{label}.fields[{position}]"
            if target is None:
                raise self.reader.fail(header, first + position, "show_if",
                                       f'"{condition.field}" is not a field above this one',
                                       where)
            allowed = {c.value for c in target.choices}
            unknown = set(condition.any_of) - allowed
            if unknown and not target.choices_from:
                raise self.reader.fail(header, first + position, "show_if",
                                       f'"any_of" names a value "{condition.field}" does not '
                                       "offer", where)
            if target.type is FieldType.YES_NO and not condition.any_of \
                    and not isinstance(condition.equals, bool):
                raise self.reader.fail(header, first + position, "show_if",
                                       f'"{condition.field}" is yes/no: use equals = true or '
                                       "false", where)

    def check_keys_unique(self, form: Form) -> None:
        seen: set[str] = set()
        for collection, keys in (("section", [s.key for s in form.sections]),
                                 ("field", [f.key for f in form.all_fields()])):
            for key in keys:
                if key in seen:
                    raise FormError(self.path, "", f'the {collection} key "{key}" is used '
                                    "twice; each must be unique in the questionnaire")
                seen.add(key)
            seen.clear()


def load_forms(in_words: str = "") -> dict[str, Form]:
    """Every shipped questionnaire by code (a broken one raises FormError), in `in_words`."""
    forms = [load_form(path, in_words) for path in questionnaire_paths()]
    return {form.code: form for form in forms}
