"""The translation helper for code outside Qt widgets (core, command line, PDFs).

`tr("text")` marks a string as user-visible. The GUI installs Qt's translator at start, so the
same strings are translated in the window; without it (tests, the command line) text passes
through unchanged. Kept free of Qt so `core` can use it.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import date

Translator = Callable[[str, str], str]


def _identity(_context: str, text: str) -> str:
    return text


_translator: Translator = _identity


def install(translator: Translator) -> None:
    """Route every `tr()` through `translator(context, text)`, e.g. QCoreApplication.translate."""
    global _translator
    _translator = translator


def tr(text: str, context: str = "framework-ready") -> str:
    return _translator(context, text)


def long_date(day: date) -> str:
    """A date as people write it, e.g. 5 March 2027 (Welsh month names come with issue 9)."""
    return f"{day.day} {day:%B %Y}"


def pounds(pence: int) -> str:
    """Money as people write it: £12,500 or £12,500.50."""
    return f"£{pence // 100:,}" + (f".{pence % 100:02d}" if pence % 100 else "")


def short_pounds(pence: int) -> str:
    """A large amount as people say it: £5m, £2.4m, £250,000, £12.50."""
    if pence >= 100_000_000:
        millions = f"{pence / 100_000_000:.1f}".removesuffix(".0")
        return f"£{millions}m"
    return pounds(pence)
