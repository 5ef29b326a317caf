"""Merging two people's edits of one record: what only one changed is kept, clashes are named."""

from __future__ import annotations

from dataclasses import dataclass, replace

from desktop.core.conflicts import merge


@dataclass(frozen=True, slots=True)
class Details:
    title: str
    notes: str = ""


@dataclass(frozen=True, slots=True)
class Record:
    id: int
    details: Details
    status: str = "new"
    lots: tuple[str, ...] = ()
    version: int = 1


BASE = Record(1, Details("Draft"), lots=("ACC-D",))


def test_changes_to_different_fields_are_both_kept_without_a_question() -> None:
    theirs = replace(BASE, status="writing", version=2)
    mine = replace(BASE, details=Details("Final"))
    merged = merge(BASE, theirs, mine)
    assert merged.clashes == ()
    assert merged.keeping_mine == merged.keeping_theirs == Record(
        1, Details("Final"), "writing", ("ACC-D",), version=2)  # their version, to save on


def test_the_same_field_changed_both_ways_is_a_clash_settled_either_way() -> None:
    theirs = replace(BASE, details=Details("Theirs", "their notes"), lots=("ETE-D",), version=3)
    mine = replace(BASE, details=Details("Mine"), lots=("ETE-D",))
    merged = merge(BASE, theirs, mine)
    assert merged.clashes == ("details.title",)  # the lots agree; only they changed the notes
    assert merged.keeping_mine == replace(theirs, details=Details("Mine", "their notes"))
    assert merged.keeping_theirs == theirs


def test_a_record_both_made_at_once_clashes_wherever_they_differ() -> None:
    theirs = replace(BASE, status="writing")
    mine = replace(BASE, details=Details("Mine"), version=0)
    merged = merge(None, theirs, mine)
    assert merged.clashes == ("details.title", "status")
    assert merged.keeping_mine == replace(theirs, details=Details("Mine"), status="new")
