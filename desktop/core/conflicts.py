"""Two people editing one record on a shared database: the second save never overwrites the first.

Every record a page edits carries the `version` it was read at (the row's `version_id`; 0 for a
row not saved yet). A save locks the row, compares, and if a colleague saved in between it writes
nothing and raises RecordConflict with the record as they left it. The page then `merge`s the
three copies — what it loaded (base), theirs and mine: a field only one of them changed keeps
that change; a field both changed to different values is a clash the person settles ("Keep
mine" or "Use theirs"), and the merged record is saved against their version. The locked,
checked transaction itself: `core.conflict_records`.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, fields, is_dataclass, replace
from typing import Any, Generic, TypeVar

from desktop.store.locks import LOCK_NOT_AVAILABLE

T = TypeVar("T")
Row = TypeVar("Row")
IDENTITY = frozenset({"id", "version"})  # never merged: they say which row, and when read
_NEW = object()  # a field of a record that did not exist: equal to nothing


class RecordConflict(Exception):
    """Someone else saved (or removed) the record since it was shown; nothing was written.

    `theirs` is the record as they left it, with its current version; None when they removed it.
    """

    def __init__(self, theirs: Any) -> None:
        super().__init__("changed by someone else")
        self.theirs = theirs


@dataclass(frozen=True, slots=True)
class Merge(Generic[T]):
    """Theirs with my changes on top: `clashes` are the fields (dotted paths into nested
    records) that we both changed to different values; `keeping_mine` and `keeping_theirs`
    settle those one way or the other. Both carry their version, ready to save again."""

    keeping_mine: T
    keeping_theirs: T
    clashes: tuple[str, ...]


def merge(base: T | None, theirs: T, mine: T) -> Merge[T]:
    """Three-way merge of two people's edits of one record (frozen dataclasses, compared field by
    field; nested records field by field too). `base` None: I was making a new record, so all
    of mine is my change (someone else made the same one at the same moment)."""
    clashes: list[str] = []
    return Merge(_merged(base, theirs, mine, "", True, clashes),
                 _merged(base, theirs, mine, "", False, []), tuple(clashes))


def _merged(base: Any | None, theirs: Any, mine: Any, path: str, prefer_mine: bool,
            clashes: list[str]) -> Any:
    changes = {}
    for field in fields(theirs):
        if field.name in IDENTITY:
            continue
        was = getattr(base, field.name) if base is not None else _NEW
        their, my = getattr(theirs, field.name), getattr(mine, field.name)
        if my in (was, their):
            continue  # I did not change it, or we agree: theirs stands
        if is_dataclass(their) and not isinstance(their, type) and their != was:
            changes[field.name] = _merged(None if was is _NEW else was, their, my,
                                          f"{path}{field.name}.", prefer_mine, clashes)
        elif their == was:
            changes[field.name] = my  # only I changed it
        else:
            clashes.append(path + field.name)
            if prefer_mine:
                changes[field.name] = my
    return replace(theirs, **changes)


def check_version(row: Row | None, expected: int | None, info: Callable[[Row], Any]) -> None:
    """Raise RecordConflict(info(row)) if `row` (locked) is no longer at the version the page
    read; a row that is not there counts as version 0 (theirs is then None: removed).
    `expected` None means "do not check": the sample charity and other writers that own the
    record outright."""
    stored = row.version_id if row is not None else 0  # type: ignore[attr-defined]
    if expected is not None and expected != stored:
        raise RecordConflict(info(row) if row is not None else None)


def held_by_someone_else(error: Exception) -> bool:
    """Whether a save failed only because a colleague was changing the same thing at that moment
    (a conflict that went on, or their lock held past the wait): it will go through shortly."""
    return isinstance(error, RecordConflict) or getattr(
        getattr(error, "orig", None), "sqlstate", None) == LOCK_NOT_AVAILABLE
