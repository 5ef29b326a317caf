"""The interface languages: English (the source text) and Welsh (Cymraeg).

Translations are Qt Linguist files: `resources/translations/framework_ready_cy.ts` holds the
app's own strings and `qt_cy.ts` the Welsh for Qt's own buttons and menus (Qt ships none); both
are compiled to `.qm` beside them with `python3 dev.py translations`. The window's language comes
from Settings ("system" follows the computer's language); a document can be printed in either
language whatever the window speaks (`i18n.speaking`).
"""

from __future__ import annotations

import logging
from functools import cache

from PySide6.QtCore import QCoreApplication, QLocale, QSettings, QTranslator

from desktop import i18n
from desktop.datafiles import data_folder

log = logging.getLogger(__name__)
LANGUAGE_KEY = "interface/language"
SYSTEM = "system"
WELSH = i18n.WELSH
LANGUAGES = i18n.LANGUAGES
CATALOGUES = ("framework_ready", "qt")


def language_name(code: str) -> str:
    """Each language in its own words, as language lists show them."""
    return {i18n.ENGLISH: "English", WELSH: "Cymraeg"}[code]


def chosen_language(settings: QSettings) -> str:
    """The language from Settings, or the computer's own when none is chosen."""
    choice = str(settings.value(LANGUAGE_KEY, SYSTEM))
    if choice in LANGUAGES:
        return choice
    return WELSH if QLocale.system().language() == QLocale.Language.Welsh else i18n.ENGLISH


@cache
def translators(language: str) -> tuple[QTranslator, ...]:
    """The loaded Qt translators for `language` (none for English, the source language)."""
    if language == i18n.ENGLISH:
        return ()
    folder = data_folder("resources") / "translations"
    loaded = []
    for catalogue in CATALOGUES:
        translator = QTranslator()
        if translator.load(str(folder / f"{catalogue}_{language}.qm")):
            loaded.append(translator)
        else:  # a damaged install: English is better than no window
            log.warning("The %s translation %s is missing in %s", language, catalogue, folder)
    return tuple(loaded)


def translate_with(language: str) -> i18n.Translator:
    """`tr()` in `language` without touching the application (for documents and the CLI)."""
    loaded = translators(language)

    def translate(context: str, text: str) -> str:
        for translator in loaded:
            if found := translator.translate(context, text):
                return found
        return text

    return translate


def prepare(language: str) -> None:
    """Make `language` ready for `i18n.speaking()`: documents in Welsh or English."""
    if not i18n.registered(language):
        i18n.register(language, translate_with(language))


_installed: list[QTranslator] = []


def install(language: str) -> None:
    """Speak `language` in the whole interface: Qt's own strings, ours, dates and numbers.

    Windows built afterwards show it; the Settings page asks for a restart to apply a change.
    """
    app = QCoreApplication.instance()
    assert app is not None
    while _installed:
        app.removeTranslator(_installed.pop())
    for translator in translators(language):
        app.installTranslator(translator)
        _installed.append(translator)
    QLocale.setDefault(QLocale(QLocale.Language.Welsh, QLocale.Country.UnitedKingdom)
                       if language == WELSH else QLocale(QLocale.Language.English,
                                                         QLocale.Country.UnitedKingdom))
    i18n.install(QCoreApplication.translate, language)
