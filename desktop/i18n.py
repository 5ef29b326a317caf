"""The translation helper for code outside Qt widgets (core, command line, PDFs).

`tr("text")` marks a string as user-visible (lupdate files it under the empty context). The GUI
installs Qt's translator at start, so the same strings are translated in the window; without it
(tests, the command line) text passes through unchanged. A document can be written in another
language than the window's: `with speaking("cy"):` switches `tr()` for the current thread only,
so a PDF made in Welsh on a worker thread leaves the English window alone. Kept free of Qt so
`core` and the command line can use it: `prepare("cy")` reads the Welsh from the same Qt Linguist
files the window's translators compile (`resources/translations/*.ts`) with the standard library,
and answers as Qt's own lookup does; `desktop.ui.translations` installs Qt's for the window.
"""

from __future__ import annotations

import logging
import threading
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from datetime import date
from functools import cache
from pathlib import Path

from desktop.datafiles import data_folder

Translator = Callable[[str, str], str]
ENGLISH = "en"
WELSH = "cy"
LANGUAGES = (ENGLISH, WELSH)  # the interface and documents speak these
CATALOGUES = ("framework_ready", "qt")  # ours, then Qt's own buttons and menus
log = logging.getLogger(__name__)


def _identity(_context: str, text: str) -> str:
    return text


_translator: Translator = _identity
_language = ENGLISH
_languages: dict[str, Translator] = {ENGLISH: _identity}
_local = threading.local()


def install(translator: Translator, language: str = ENGLISH) -> None:
    """Route every `tr()` through `translator(context, text)`, e.g. QCoreApplication.translate."""
    global _translator, _language
    _translator, _language = translator, language


def register(language: str, translator: Translator) -> None:
    """Make `language` available to `speaking()`."""
    _languages[language] = translator


def registered(language: str) -> bool:
    return language in _languages


def translation_files(language: str) -> list[Path]:
    """The Qt Linguist sources for `language`, in the order they are looked in (none for
    English, the source language); each has its compiled `.qm` beside it."""
    if language == ENGLISH:
        return []
    folder = data_folder("resources") / "translations"
    return [folder / f"{catalogue}_{language}.ts" for catalogue in CATALOGUES]


def read_translations(path: Path) -> dict[tuple[str, str], str]:
    """(context, source) → translation from a `.ts` file, keeping what `lrelease` keeps: no
    vanished or obsolete entries, no empty translations, no disambiguated ones (Qt finds those
    only when asked with their comment), and a plural's first form (Qt's answer with no count)."""
    import xml.etree.ElementTree as ET

    found: dict[tuple[str, str], str] = {}
    for context in ET.parse(path).getroot().iter("context"):
        name = context.findtext("name") or ""
        for message in context.iter("message"):
            translation = message.find("translation")
            if (translation is None or message.findtext("comment")
                    or translation.get("type") in {"vanished", "obsolete"}):
                continue
            forms = [form.text or "" for form in translation.iter("numerusform")]
            text = forms[0] if forms else translation.text or ""
            if text:
                found[(name, message.findtext("source") or "")] = text
    return found


@cache
def translator_for(language: str) -> Translator:
    """`tr()` in `language` without Qt or the application (documents, the command line)."""
    tables = []
    for path in translation_files(language):
        try:
            tables.append(read_translations(path))
        except (OSError, SyntaxError) as error:  # a damaged install: English, not a failure
            log.warning("The %s translation %s could not be read: %s", language, path, error)

    def translate(context: str, text: str) -> str:
        for table in tables:
            if found := table.get((context, text)):
                return found
        return text

    return translate


def prepare(language: str) -> None:
    """Make `language` ready for `speaking()`: documents and commands in Welsh or English."""
    if not registered(language):
        register(language, translator_for(language))


@contextmanager
def speaking(language: str) -> Iterator[None]:
    """`tr()` in `language` on this thread for the duration (registered languages only)."""
    if language not in _languages:
        raise LookupError(f"The {language!r} translation is not loaded (i18n.prepare)")
    previous = getattr(_local, "language", None)
    _local.language = language
    try:
        yield
    finally:
        _local.language = previous


def language() -> str:
    """The language `tr()` answers in on this thread: "en" or "cy"."""
    return getattr(_local, "language", None) or _language


def tr(text: str, context: str = "") -> str:
    override = getattr(_local, "language", None)
    translator = _languages.get(override, _translator) if override else _translator
    return translator(context, text) or text


def plural(count: int, one: str, other: str) -> str:
    """`one` for a count of 1, else `other`, with {count} filled in: both already translated,
    e.g. plural(n, tr("1 task"), tr("{count} tasks")), so no message says "task(s)"."""
    return (one if count == 1 else other).format(count=count)


def names_note() -> str:
    """Said on Welsh pages and documents: whose Welsh the framework's names are."""
    return tr("Where the framework has no Welsh name for a lot, need category or region, the "
              "Welsh name is this app's own translation: the buyer knows it by its English "
              "name. Police and Crime Commissioner areas in England keep their English names.")


def month_name(month: int) -> str:
    return (tr("January"), tr("February"), tr("March"), tr("April"), tr("May"), tr("June"),
            tr("July"), tr("August"), tr("September"), tr("October"), tr("November"),
            tr("December"))[month - 1]


def long_date(day: date) -> str:
    """A date as people write it: 5 March 2027, or 5 Mawrth 2027 in Welsh."""
    return f"{day.day} {month_name(day.month)} {day.year}"


def month_year(year: int, month: int) -> str:
    """A calendar heading: March 2027 (Mawrth 2027)."""
    return f"{month_name(month)} {year}"


MINUS = "\u2212"  # a real minus sign before money going out or short, read aloud as minus


def pounds(pence: int) -> str:
    """Money as people write it in a sentence: £12,500, £12,500.50 or −£500 (the same in
    Welsh). In a table's column use `money_cell`, so every amount shows its pence."""
    whole = f"£{abs(pence) // 100:,}" + (f".{abs(pence) % 100:02d}" if pence % 100 else "")
    return MINUS + whole if pence < 0 else whole


def money_cell(pence: int | None) -> str:
    """Money in a table, a column or a list of figures: always with its pence, so whole pounds
    line up with the rest (£1,200.00 beside £1,250.50; −£45.50), and "—" when there is none."""
    if pence is None:
        return "—"
    whole = f"£{abs(pence) // 100:,}.{abs(pence) % 100:02d}"
    return MINUS + whole if pence < 0 else whole


def short_pounds(pence: int) -> str:
    """A large amount as people say it: £5m, £2.4m, £250,000, £12.50 (Welsh: £5m too)."""
    if pence >= 100_000_000:
        millions = f"{pence / 100_000_000:.1f}".removesuffix(".0")
        return f"£{millions}m"
    return pounds(pence)
