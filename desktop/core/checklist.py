"""The bid / no-bid checklist (forms/checklists/bid-no-bid.toml) and its score."""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from pathlib import Path

from desktop.datafiles import forms_folder
from desktop.declarative import (
    NUMBER,
    TEXT,
    DefinitionError,
    TomlReader,
    in_language,
    read_toml,
    with_welsh,
)
from desktop.i18n import language


class ChecklistError(DefinitionError):
    """The checklist file is broken: file, line and reason."""


@dataclass(frozen=True, slots=True)
class ChecklistItem:
    code: str
    question: str
    weight: int


ITEM_KEYS = with_welsh({"code": TEXT, "question": TEXT, "weight": NUMBER}, "question")


def checklist_path() -> Path:
    return forms_folder() / "checklists" / "bid-no-bid.toml"


def load_checklist(path: Path | None = None) -> tuple[ChecklistItem, ...]:
    """The questions, in the language `tr()` speaks on this thread (English where the file has
    no Welsh)."""
    path = path or checklist_path()
    _, text, data = read_toml(path, ChecklistError)
    reader = TomlReader(path, text, ChecklistError)
    items = tuple(ChecklistItem(**in_language(reader.entry("items", index, raw, ITEM_KEYS),
                                              language(), "question"))
                  for index, raw in enumerate(data.get("items", [])))
    if len({item.code for item in items}) != len(items):
        raise ChecklistError(path, "items", "two questions have the same code")
    if not items or any(item.weight <= 0 for item in items):
        raise ChecklistError(path, "items", "list at least one question, each with a weight "
                             "above zero")
    return items


def score(items: tuple[ChecklistItem, ...], answers: Mapping[str, bool]) -> int:
    """The weighted share of "yes" answers, 0 to 100."""
    total = sum(item.weight for item in items)
    return round(100 * sum(item.weight for item in items if answers.get(item.code)) / total)
