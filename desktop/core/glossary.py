"""Find the framework's jargon in a text, so each word can link to its glossary meaning.

A glossary term such as "Selection questionnaire (SQ / PQQ)" is found by its words
("selection questionnaire", any case, plural too) and by the short forms in its brackets ("SQ",
"PQQ", exact case, so "sq" in another word never counts). A Welsh term is found after the
mutations of its first letter too ("i borth caffael" finds "Porth caffael"). Only the first use
of each term in a text is linked: a paragraph full of links is harder to read, not easier.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass
from functools import lru_cache

from desktop.core.catalogue import Entry

BRACKETS = re.compile(r"\s*\(([^)]*)\)")
# Welsh initial mutations (soft, nasal, aspirate; h before a vowel), longest beginnings first.
# English words so changed are not English words, so English text never finds them by mistake.
MUTATIONS = (("ll", ("l",)), ("rh", ("r",)), ("p", ("b", "mh", "ph")), ("t", ("d", "nh", "th")),
             ("c", ("g", "ngh", "ch")), ("b", ("f", "m")), ("d", ("dd", "n")), ("g", ("", "ng")),
             ("m", ("f",)), *((vowel, (f"h{vowel}",)) for vowel in "aeiouwy"))


@dataclass(frozen=True, slots=True)
class Piece:
    """A run of text, and the glossary entry it names (None for ordinary words)."""

    text: str
    entry: Entry | None = None


class Glossary:
    def __init__(self, entries: Iterable[Entry]) -> None:
        self.entries = tuple(entries)
        patterns: list[str] = []
        self._by_group: dict[str, Entry] = {}
        for number, entry in enumerate(self.entries):
            forms = _forms(entry.label)
            if not forms:
                continue
            group = f"t{number}"
            self._by_group[group] = entry
            patterns.append(f"(?P<{group}>{'|'.join(forms)})")
        self._pattern = re.compile("|".join(patterns)) if patterns else None

    def pieces(self, text: str) -> list[Piece]:
        """`text` cut into ordinary runs and the first use of each glossary term."""
        if self._pattern is None:
            return [Piece(text)] if text else []
        pieces, start, linked = [], 0, set()
        for found in self._pattern.finditer(text):
            entry = self._by_group[found.lastgroup or ""]
            if entry.code in linked:
                continue
            linked.add(entry.code)
            if found.start() > start:
                pieces.append(Piece(text[start:found.start()]))
            pieces.append(Piece(found.group(), entry))
            start = found.end()
        if start < len(text):
            pieces.append(Piece(text[start:]))
        return pieces

    def found(self, text: str) -> list[Entry]:
        """The glossary entries `text` uses, in the order it first uses them."""
        return [piece.entry for piece in self.pieces(text) if piece.entry is not None]

    def entry(self, code: str) -> Entry | None:
        return next((entry for entry in self.entries if entry.code == code), None)


def _forms(term: str) -> list[str]:
    """Regular expressions for the ways a term is written: its words, and its short forms."""
    short = [part.strip() for found in BRACKETS.finditer(term)
             for part in found.group(1).split("/") if part.strip()]
    words = " ".join(BRACKETS.sub(" ", term).split())
    forms = [rf"\b{re.escape(form)}s?\b" for form in short]  # SQ, PQQ, PCC: exact case
    if words:
        first, *rest = words.split()
        spaced = r"\s+".join([_mutated(first), *(re.escape(word) for word in rest)])
        forms.append(rf"(?i:\b{spaced}s?\b)")
    return sorted(forms, key=len, reverse=True)  # the longest wording wins where two overlap


def _mutated(word: str) -> str:
    """A pattern for `word` and its mutated forms, e.g. porth|borth|mhorth|phorth."""
    lower = word.lower()
    begins = next(((start, changes) for start, changes in MUTATIONS if lower.startswith(start)),
                  None)
    if begins is None:
        return re.escape(word)
    start, changes = begins
    ending = re.escape(word[len(start):])
    return f"(?:{'|'.join([re.escape(word), *(re.escape(c) + ending for c in changes)])})"


@lru_cache(maxsize=2)  # one per language the catalogue was read in
def glossary_for(entries: tuple[Entry, ...]) -> Glossary:
    return Glossary(entries)
