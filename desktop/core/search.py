"""Find anything the charity typed or stored: the words of a search, and what a result shows.

The index itself is kept by the database (migration 0008: FTS5 on SQLite, to_tsvector on
PostgreSQL); `search_records` asks it. Here, without any database code: a search's words, the
FTS5 query, and the short excerpt shown around the words found.
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass
from enum import IntEnum

from desktop.core.targets import Target

KINDS = 8  # an index row's id is the source row's id × KINDS + its kind (see migration 0008)
MOST_WORDS = 8  # a search longer than this looks for its first eight words
WORD = re.compile(r"\w+")


class Kind(IntEnum):
    LIBRARY = 0  # an answer library entry (migration 0013)
    ANSWER = 1
    EVIDENCE = 2
    OPPORTUNITY = 3
    TASK = 4
    PARTNER = 5
    JOURNEY = 6
    BID_ANSWER = 7  # a bid question and its drafted answer (migration 0013)


def split_id(index_id: int) -> tuple[Kind | None, int]:
    """An index row's kind (None if unknown) and the id of the row it stands for."""
    source, kind = divmod(index_id, KINDS)
    return (Kind(kind) if kind in Kind._value2member_map_ else None), source


def query_words(text: str) -> list[str]:
    """The words of what was typed, lower case; punctuation, symbols and emoji are left out
    (they are not words the index holds), so no typed text can make a query fail."""
    return WORD.findall(text.casefold())[:MOST_WORDS]


def fts5_query(words: list[str]) -> str:
    """SQLite FTS5: every word, each also as the start of a longer one ("refer" → referee).
    Each is quoted, so a word is never read as an operator (AND, NOT, NEAR)."""
    return " ".join(f'"{word}"*' for word in words)


@dataclass(frozen=True, slots=True)
class Found:
    """One result: what it is, where it is (in words), the words around the match, and the
    place in the window that shows it."""

    title: str
    where: str
    excerpt: str
    target: Target


@dataclass(frozen=True, slots=True)
class SearchResults:
    found: tuple[Found, ...] = ()
    more: bool = False  # there were more than could be shown


def _fold(character: str) -> str:
    """One character without its accent, in lower case: ŵ → w, É → e (always one character,
    so positions in the folded text are positions in the original)."""
    base = unicodedata.normalize("NFD", character)[:1] or character
    lower = base.lower()
    return lower if len(lower) == 1 else base


def excerpt(text: str, words: list[str], width: int = 90) -> str:
    """About `width` characters of `text` around the first word found, on one line."""
    flat = " ".join(text.split())
    folded = "".join(_fold(c) for c in flat)
    wanted = ["".join(_fold(c) for c in word) for word in words]
    starts = [found.start() for word in wanted if word
              if (found := re.search(r"(?<!\w)" + re.escape(word), folded))]
    start = max(0, min(starts, default=0) - width // 3)
    if start:  # begin at a word
        space = flat.find(" ", start)
        start = space + 1 if 0 <= space < start + 15 else start
    shown = flat[start:start + width]
    return ("…" if start else "") + shown + ("…" if start + width < len(flat) else "")
