"""The translation helper for code outside Qt widgets (core, command line, PDFs).

`tr("text")` marks a string as user-visible (lupdate files it under the empty context). The GUI
installs Qt's translator at start, so the same strings are translated in the window; without it
(tests, the command line) text passes through unchanged. A document can be written in another
language than the window's: `with speaking("cy"):` switches `tr()` for the current thread only,
so a PDF made in Welsh on a worker thread leaves the English window alone. Kept free of Qt so
`core` can use it; `desktop.ui.translations` registers the languages.
"""

from __future__ import annotations

import threading
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from datetime import date

Translator = Callable[[str, str], str]
ENGLISH = "en"
WELSH = "cy"
LANGUAGES = (ENGLISH, WELSH)  # the interface and documents speak these


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


@contextmanager
def speaking(language: str) -> Iterator[None]:
    """`tr()` in `language` on this thread for the duration (registered languages only)."""
    if language not in _languages:
        raise LookupError(f"The {language!r} translation is not loaded (translations.prepare)")
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


def pounds(pence: int) -> str:
    """Money as people write it: £12,500 or £12,500.50 (the same in Welsh)."""
    return f"£{pence // 100:,}" + (f".{pence % 100:02d}" if pence % 100 else "")


def short_pounds(pence: int) -> str:
    """A large amount as people say it: £5m, £2.4m, £250,000, £12.50 (Welsh: £5m too)."""
    if pence >= 100_000_000:
        millions = f"{pence / 100_000_000:.1f}".removesuffix(".0")
        return f"£{millions}m"
    return pounds(pence)
