"""The answer library: every answer the charity has written, found again to reuse.

Plain Python (no database). A result is one of three kinds: a polished entry someone saved to
the library (with tags, a review date, the outcome and score if recorded), an answer drafted for
a bid (where it was used, and whether that bid was won or lost), or a selection-questionnaire
answer. Reusing one always copies its words: nothing links two answers together.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date, datetime
from enum import Enum

from desktop.core.targets import Target
from desktop.i18n import long_date, plural, tr

TITLE_LIMIT = 300
TEXT_LIMIT = 200_000
MOST_TAGS = 20
TAG = re.compile(r"[^,;]+")


class Source(Enum):
    LIBRARY = "library"
    BID = "bid"
    QUESTIONNAIRE = "questionnaire"

    @property
    def label(self) -> str:
        return {Source.LIBRARY: tr("Library entry"), Source.BID: tr("Bid answer"),
                Source.QUESTIONNAIRE: tr("Questionnaire answer")}[self]


class Outcome(Enum):
    NONE = ""
    WON = "won"
    LOST = "lost"

    @property
    def label(self) -> str:
        return {Outcome.NONE: tr("Outcome not recorded"), Outcome.WON: tr("Won"),
                Outcome.LOST: tr("Lost")}[self]


class InvalidEntry(ValueError):
    """A library entry that cannot be saved; the message says why in plain words."""


@dataclass(frozen=True, slots=True)
class LibraryEntry:
    """A polished answer kept to reuse."""

    id: int | None
    title: str
    text: str
    tags: tuple[str, ...] = ()
    review_on: date | None = None
    used_in: str = ""
    outcome: Outcome = Outcome.NONE
    score: str = ""
    version: int | None = None


@dataclass(frozen=True, slots=True)
class LibraryHit:
    """One answer found: what it says and everything that helps choose it."""

    source: Source
    source_id: int
    title: str
    text: str
    where: str  # where it was used or written
    written: datetime  # last changed (aware, UTC)
    target: Target
    outcome: Outcome = Outcome.NONE
    score: str = ""
    tags: tuple[str, ...] = ()
    review_on: date | None = None

    def stale(self, today: date) -> bool:
        """A library entry past its review date: check it still holds before reusing it."""
        return self.review_on is not None and self.review_on < today


def tags_from(typed: str) -> tuple[str, ...]:
    """"safeguarding, Wales; housing" → the tags, trimmed, each once, in the order typed."""
    seen: dict[str, str] = {}
    for match in TAG.finditer(typed):
        tag = " ".join(match.group().split())
        if tag and tag.casefold() not in seen:
            seen[tag.casefold()] = tag
    return tuple(seen.values())


def check_entry(entry: LibraryEntry) -> None:
    if not entry.title.strip():
        raise InvalidEntry(tr("Give the library entry a title, so it can be found again."))
    if len(entry.title) > TITLE_LIMIT:
        raise InvalidEntry(tr("A title can be at most {count} characters.").format(
            count=TITLE_LIMIT))
    if not entry.text.strip():
        raise InvalidEntry(tr("There is no answer to keep: write it first."))
    if len(entry.text) > TEXT_LIMIT:
        raise InvalidEntry(tr("An answer can be at most {count} characters.").format(
            count=TEXT_LIMIT))
    if len(entry.tags) > MOST_TAGS:
        raise InvalidEntry(tr("An entry can have at most {count} tags.").format(
            count=MOST_TAGS))


def age_text(written: datetime, now: datetime) -> str:
    """How old an answer is, as people say it: "written today", "3 months old"."""
    days = max((now - written).days, 0)
    if days == 0:
        return tr("written today")
    if days < 60:
        return plural(days, tr("1 day old"), tr("{count} days old"))
    if days < 730:
        return plural(days // 30, tr("1 month old"), tr("{count} months old"))
    return plural(days // 365, tr("1 year old"), tr("{count} years old"))


def describe(hit: LibraryHit, now: datetime) -> str:
    """The line under a result's title: kind, where, outcome and score, age, review."""
    parts = [hit.source.label, hit.where]
    if hit.outcome is not Outcome.NONE:
        parts.append(hit.outcome.label)
    if hit.score:
        parts.append(tr("score {score}").format(score=hit.score))
    parts.append(age_text(hit.written, now))
    review = hit.review_on
    if review is not None:
        parts.append(tr("⚠ stale: review was due {day}").format(day=long_date(review))
                     if hit.stale(now.date()) else
                     tr("review by {day}").format(day=long_date(review)))
    if hit.tags:
        parts.append(tr("tags: {tags}").format(tags=", ".join(hit.tags)))
    return " · ".join(part for part in parts if part)
