"""Checked reading of the app's declarative TOML files (framework packs, questionnaires).

Each entry is checked against a table of `Key`s: unknown keys (typos), missing or empty values,
values of the wrong kind and values outside a fixed set are refused with a `DefinitionError` that
names the file, the line (found from the entry's `[[header]]`, which tomllib does not give) and
the key path, and says what is wrong in plain words.
"""

from __future__ import annotations

import re
import tomllib
from collections.abc import Iterable
from dataclasses import dataclass
from enum import StrEnum
from pathlib import Path
from typing import Any

from desktop.i18n import WELSH


class DefinitionError(Exception):
    """A definition file that cannot be used, and exactly where and why."""

    def __init__(self, path: Path | str, location: str, reason: str) -> None:
        self.path, self.location, self.reason = str(path), location, reason
        where = f"{Path(path).name}, {location}" if location else Path(path).name
        super().__init__(f"{where}: {reason}")


@dataclass(frozen=True, slots=True)
class Key:
    """What one key of a table entry must hold."""

    kind: type = str  # str, int, bool, list, dict (an inline table) or object (anything)
    required: bool = True
    choices: type[StrEnum] | None = None
    item: type = str  # what a list holds: str (codes) or dict (inline tables)

    def words(self) -> str:
        if self.kind is list:
            return "a list of codes" if self.item is str else "a list of { … } tables"
        return KIND_WORDS[self.kind]


TEXT, OPTIONAL_TEXT = Key(), Key(required=False)
NUMBER, OPTIONAL_NUMBER = Key(int), Key(int, required=False)
CODES, TABLES = Key(list, required=False), Key(list, required=False, item=dict)
FLAG, TABLE = Key(bool, required=False), Key(dict, required=False)
KIND_WORDS = {str: "text", int: "a whole number", bool: "true or false",
              dict: "a table such as { key = value }"}
EMPTY = {str: "", int: 0, bool: False, list: (), dict: None, object: None}


def one_of(choices: type[StrEnum]) -> Key:
    return Key(choices=choices)


def with_welsh(keys: dict[str, Key], *texts: str) -> dict[str, Key]:
    """`keys`, plus an optional Welsh `<text>_cy` beside each of `texts` (e.g. label_cy)."""
    return {**keys, **{f"{text}_cy": OPTIONAL_TEXT for text in texts}}


def in_language(values: dict[str, Any], language: str, *texts: str) -> dict[str, Any]:
    """`values` with each of `texts` in `language`: the `<text>_cy` when it is Welsh and the
    file has one, else the English. The `_cy` keys themselves are taken out."""
    for text in texts:
        welsh = values.pop(f"{text}_cy", "")
        if language == WELSH and welsh:
            values[text] = welsh
    return values


def read_toml(path: Path, error: type[DefinitionError]) -> tuple[bytes, str, dict[str, Any]]:
    """The file's bytes, text and parsed data; a syntax error names its line and column."""
    raw = path.read_bytes()
    try:
        text = raw.decode("utf-8")
        data = tomllib.loads(text)
    except UnicodeDecodeError as problem:
        raise error(path, "", "the file is not UTF-8 text") from problem
    except tomllib.TOMLDecodeError as problem:
        found = re.search(r"line (\d+), column (\d+)", str(problem))
        where = f"line {found[1]}, column {found[2]}" if found else ""
        raise error(path, where, f"this is not valid TOML ({problem})") from problem
    return raw, text, data


class TomlReader:
    """Reads entries from one file, knowing where each `[[header]]` entry starts in it."""

    def __init__(self, path: Path, text: str, error: type[DefinitionError]) -> None:
        self.path, self.error = path, error
        self.lines = text.splitlines()

    def fail(self, header: str, index: int | None, key: str, reason: str,
             label: str = "") -> DefinitionError:
        """An error for entry `index` of `[[header]]` (counted through the file), key `key`."""
        label = label or (header if index is None else f"{header}[{index}]")
        label = f"{label}.{key}" if key else label
        line = self._line(header, index, key)
        return self.error(self.path, f"line {line} ({label})" if line else label, reason)

    def only_tables(self, data: dict[str, Any], allowed: Iterable[str], what: str) -> None:
        """Refuse a table the file cannot have (a typo in a [header]); `what` names the file's
        kind, e.g. "a framework pack"."""
        allowed = list(allowed)
        for table in data:
            if table not in allowed:
                raise self.fail(table, None, "", f'"{table}" is not a part {what} can have '
                                f"(allowed: {', '.join(allowed)})")

    def _line(self, header: str, index: int | None, key: str) -> int | None:
        pattern = re.compile(rf"^\s*\[\[?\s*{re.escape(header)}\s*\]\]?\s*(#.*)?$")
        starts = [n for n, line in enumerate(self.lines) if pattern.match(line)]
        if len(starts) <= (index or 0):
            return None
        start = starts[index or 0]
        if key:
            assignment = re.compile(rf"^\s*{re.escape(key)}\s*=")
            for n in range(start + 1, len(self.lines)):
                if self.lines[n].lstrip().startswith("["):
                    break
                if assignment.match(self.lines[n]):
                    return n + 1
        return start + 1

    def entry(self, header: str, index: int | None, raw: Any, keys: dict[str, Key],
              label: str = "") -> dict[str, Any]:
        """Check one entry against `keys`; return its values with empty defaults filled in."""
        if not isinstance(raw, dict):
            raise self.fail(header, index, "", "should be a table of keys and values", label)
        for key in raw:
            if key not in keys:
                raise self.fail(header, index, key, f'"{key}" is not a key this table can have '
                                f"(allowed: {', '.join(keys)})", label)
        values = {}
        for key, spec in keys.items():
            if key not in raw:
                if spec.required:
                    raise self.fail(header, index, "", f'the key "{key}" is missing', label)
                values[key] = EMPTY[spec.kind]
                continue
            values[key] = self._value(header, index, key, raw[key], spec, label)
        return values

    def _value(self, header: str, index: int | None, key: str, value: Any, spec: Key,
               label: str) -> Any:
        wrong_kind = not isinstance(value, spec.kind) or (
            isinstance(value, bool) and spec.kind is int)  # True is an int to Python
        if spec.kind is list and not wrong_kind:
            wrong_kind = not all(isinstance(item, spec.item) for item in value)
        if wrong_kind:
            raise self.fail(header, index, key, f"should be {spec.words()}, not {value!r}", label)
        if spec.kind is list:
            return tuple(value)
        if spec.kind is str and spec.required and not value.strip():
            raise self.fail(header, index, key, "must not be empty", label)
        if spec.choices is not None:
            allowed = [choice.value for choice in spec.choices]
            if value not in allowed:
                raise self.fail(header, index, key,
                                f'"{value}" is not one of {", ".join(allowed)}', label)
            return spec.choices(value)
        return value
