"""The command line's language: the one chosen in Settings, else the computer's.

Read without Qt, so an English command stays quick: Settings' `settings.ini` is plain INI, and
the computer's language comes from LANGUAGE, LC_ALL, LC_MESSAGES or LANG (where the window asks
Qt, which reads the same variables on Linux and macOS terminals).
"""

from __future__ import annotations

import configparser
import contextlib
import os

from desktop.i18n import ENGLISH, LANGUAGES, WELSH
from desktop.paths import data_dir

LOCALE_VARIABLES = ("LANGUAGE", "LC_ALL", "LC_MESSAGES", "LANG")


def command_line_language() -> str:
    settings = configparser.ConfigParser(interpolation=None)
    # A damaged file counts as no choice: the computer's language, as the window does.
    with contextlib.suppress(configparser.Error, UnicodeDecodeError):
        settings.read(data_dir() / "settings.ini", encoding="utf-8")
    chosen = settings.get("interface", "language", fallback="system")
    if chosen in LANGUAGES:
        return chosen
    for variable in LOCALE_VARIABLES:
        value = os.environ.get(variable, "")
        if value:
            return WELSH if value.split(":")[0].lower().startswith("cy") else ENGLISH
    return ENGLISH
