"""Typed, immutable questionnaire definitions, as loaded and checked by `questionnaire.loader`."""

from __future__ import annotations

from dataclasses import dataclass, field
from enum import StrEnum
from typing import Any


class FieldType(StrEnum):
    TEXT = "text"
    LONG_TEXT = "long-text"  # may have a word limit
    CHOICE = "choice"
    MULTI_CHOICE = "multi-choice"
    YES_NO = "yes-no"
    DATE = "date"
    MONEY = "money"  # stored as whole pence
    NUMBER = "number"  # a whole number, 0 or more
    EMAIL = "email"
    PHONE = "phone"  # a UK telephone number
    POSTCODE = "postcode"  # a UK postcode
    CHARITY_NUMBER = "charity-number"
    COMPANY_NUMBER = "company-number"
    GROUP = "group"  # repeating rows of sub-fields, e.g. referees
    EVIDENCE = "evidence"  # documents from the evidence library, stored as their SHA-256


TYPED_IN = {FieldType.TEXT, FieldType.LONG_TEXT, FieldType.DATE, FieldType.MONEY,
            FieldType.NUMBER, FieldType.EMAIL, FieldType.PHONE, FieldType.POSTCODE,
            FieldType.CHARITY_NUMBER, FieldType.COMPANY_NUMBER}


@dataclass(frozen=True, slots=True)
class Choice:
    value: str  # what is stored: keep it stable when the label changes
    label: str


@dataclass(frozen=True, slots=True)
class Condition:
    """Show a field only when another answer (in the same form or row) holds."""

    field: str
    equals: Any = None  # a value, e.g. true or "cio"
    any_of: tuple[str, ...] = ()  # or one of several choice values

    def holds(self, answer: Any) -> bool:
        if self.any_of:
            chosen = answer if isinstance(answer, list | tuple) else [answer]
            return any(value in self.any_of for value in chosen)
        return answer == self.equals


@dataclass(frozen=True, slots=True)
class Field:
    key: str
    label: str
    type: FieldType
    required: bool = False
    guidance: str = ""
    example: str = ""
    word_limit: int = 0  # long text only; 0 = none
    choices: tuple[Choice, ...] = ()
    show_if: Condition | None = None
    fields: tuple[Field, ...] = ()  # a group's sub-fields
    row: str = ""  # a group: what one row is, in a few words ("referee", "case study")
    min_rows: int = 0
    max_rows: int = 0  # 0 = no limit
    from_profile: str = ""  # shown from the organisation profile's answer with this key
    choices_from: str = ""  # choices filled in at run time, e.g. "categories" from the framework

    def choice_label(self, value: str) -> str:
        return next((c.label for c in self.choices if c.value == value), value)


@dataclass(frozen=True, slots=True)
class Section:
    key: str
    title: str
    guidance: str = ""
    fields: tuple[Field, ...] = ()
    # what the app shows in the section besides its questions, read-only from elsewhere: one of
    # SECTION_PANELS ("supplier-registration": the PPON, date confirmed and share codes kept on
    # the Supplier registration page, so they are asked once)
    shows: str = ""


SECTION_PANELS = ("supplier-registration",)


@dataclass(frozen=True, slots=True)
class Form:
    code: str
    title: str
    description: str
    version: int
    sections: tuple[Section, ...] = ()
    path: str = field(default="", compare=False)
    per_framework: bool = False  # its answers belong to one framework (the buyer's decision)

    def framework_scoped(self, key: str) -> bool:
        """Whether the answer to `key` belongs to one framework: every answer of a
        per-framework form, and any whose choices come from the framework's own vocabulary
        (its categories, areas, cohorts). Every other answer is shared by all frameworks."""
        found = self.field(key)
        return self.per_framework or bool(found and found.choices_from)

    def all_fields(self) -> list[Field]:
        return [f for section in self.sections for f in section.fields]

    def field(self, key: str) -> Field | None:
        return next((f for f in self.all_fields() if f.key == key), None)

    def section(self, key: str) -> Section | None:
        return next((s for s in self.sections if s.key == key), None)
