"""Every control a person can reach with the keyboard has a name a screen reader can say."""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QWidget

from desktop import i18n
from desktop.ui import translations
from desktop.ui.main_window import MainWindow
from desktop.ui.questionnaire.page import QuestionnairePage
from tests.ui.layout_checks import every_view


@pytest.fixture(params=[i18n.ENGLISH, translations.WELSH])
def language(request: pytest.FixtureRequest) -> Iterator[str]:
    """Each test in English and in Welsh (request it before `window`: pages are built after)."""
    translations.install(request.param)
    yield request.param
    translations.install(i18n.ENGLISH)


def unnamed_focusable(root: QWidget) -> list[str]:
    missing = []
    for widget in [root, *root.findChildren(QWidget)]:
        if widget.focusPolicy() == Qt.FocusPolicy.NoFocus or widget.accessibleName():
            continue
        missing.append(f"{type(widget).__name__} {widget.objectName()!r}")
    return missing


def test_first_run_controls_are_named(language: str, first_run_window: MainWindow) -> None:
    assert unnamed_focusable(first_run_window) == []


def test_every_page_and_section_has_named_controls(language: str, window: MainWindow) -> None:
    walked, sections = 0, 0
    for key, section in every_view(window):
        if section is not None:
            sections += 1
            continue
        assert unnamed_focusable(window) == [], key
        walked += 1
    assert walked == 16  # under the PSDF (PCR 2015): no Supplier registration page
    assert sections == 16  # the SQ gained "Part 3: Supply chain, paying on time and carbon"


def mnemonics(root: QWidget) -> list[str]:
    """The Alt+letter keys of every shown label and button under `root`."""
    import re

    from PySide6.QtWidgets import QAbstractButton, QLabel

    found = []
    for widget in root.findChildren(QWidget):
        if isinstance(widget, QAbstractButton | QLabel) and not widget.isHidden():
            text = widget.text() if isinstance(widget, QAbstractButton) else (
                widget.text() if widget.buddy() is not None else "")
            match = re.search(r"&([^&\s])", text.replace("&&", ""))
            if match:
                found.append(match.group(1).lower())
    return found


def test_no_two_controls_on_a_page_share_an_alt_key(language: str, window: MainWindow) -> None:
    from collections import Counter

    for key in list(window.pages):
        window.go_to(key)
        page = window.pages[key]
        clashes = {letter: n for letter, n in Counter(mnemonics(page)).items() if n > 1}
        assert clashes == {}, key


def test_the_act_pages_have_named_controls_and_no_shared_alt_keys(language: str,
                                                                  window: MainWindow) -> None:
    """Under an Act framework (CAS) the PSQ and exclusions pages take the SQ's place."""
    from collections import Counter

    from tests.packs import CAS

    window.choose_framework(CAS)
    sections = 0
    for key in ("psq", "exclusions", "profile"):
        window.go_to(key)
        page = window.pages[key]
        assert isinstance(page, QuestionnairePage)
        for index in range(len(page.form.sections)):
            page.go_to_section(index)
            sections += 1
            assert unnamed_focusable(window) == [], (key, index)
            clashes = {letter: n for letter, n in Counter(mnemonics(page)).items() if n > 1}
            assert clashes == {}, (key, index)
    assert sections == 5 + 4 + 7
