"""Jargon in questions and portal steps links to its meaning, by keyboard as well as mouse, in
English and in Welsh."""

from __future__ import annotations

from collections.abc import Callable, Iterator

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QLabel, QWidget
from pytestqt.qtbot import QtBot

from desktop import i18n
from desktop.questionnaire.loader import load_forms
from desktop.ui import translations
from desktop.ui.glossary_links import GlossaryLabel
from desktop.ui.main_window import MainWindow
from desktop.ui.questionnaire.page import QuestionnairePage
from tests.ui.conftest import DialogRecorder


@pytest.fixture
def welsh_window(request: pytest.FixtureRequest) -> Iterator[MainWindow]:
    translations.install(translations.WELSH)
    try:
        yield request.getfixturevalue("window")
    finally:
        translations.install(i18n.ENGLISH)


def linked_labels(page: QWidget) -> list[GlossaryLabel]:
    return [label for label in page.findChildren(GlossaryLabel)
            if label.textFormat() == Qt.TextFormat.RichText]


def test_a_jargon_word_opens_its_meaning_from_the_keyboard(
        qtbot: QtBot, window: MainWindow, recorded_dialogs: DialogRecorder) -> None:
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow, timeout=2000)
    window.go_to("profile")
    page = window.pages["profile"]
    [description] = [label for label in linked_labels(page)
                     if "every bid asks for" in label.accessibleName()]
    assert '<a href="glossary:sq">selection questionnaire</a>' in description.text()
    assert description.focusPolicy() & Qt.FocusPolicy.TabFocus
    assert "glossary" in description.accessibleDescription()
    description.setFocus(Qt.FocusReason.TabFocusReason)
    qtbot.waitUntil(lambda: QApplication.focusWidget() is description, timeout=2000)
    assert description.selectedText() == "selection questionnaire"  # Tab lands on the link
    qtbot.keyClick(description, Qt.Key.Key_Return)
    [(kind, term, meaning)] = recorded_dialogs.shown
    assert kind == "explain" and term.startswith("Selection questionnaire")
    assert "standard set of questions" in meaning


def test_portal_steps_link_their_jargon_and_plain_text_stays_plain(window: MainWindow) -> None:
    window.go_to("journey")
    page = window.pages["journey"]
    intro = next(label for label in page.findChildren(GlossaryLabel)
                 if "steps to qualify" in label.accessibleName())
    assert 'href="glossary:e-sourcing-portal">e-sourcing portal</a>' in intro.text()
    detail = page.step_detail  # type: ignore[attr-defined]
    assert detail.textFormat() == Qt.TextFormat.RichText  # step 1 names Jaggaer
    assert 'href="glossary:e-sourcing-portal"' in detail.text()
    detail.set_text("<b>Nothing</b> to explain & no links")
    assert detail.textFormat() == Qt.TextFormat.PlainText
    assert detail.text() == "<b>Nothing</b> to explain & no links"
    assert detail.focusPolicy() == Qt.FocusPolicy.NoFocus  # no Tab stop without a link


def test_the_questions_and_their_glossary_speak_welsh(
        welsh_window: MainWindow, recorded_dialogs: DialogRecorder) -> None:
    welsh_window.go_to("questionnaire")
    page = welsh_window.pages["questionnaire"]
    assert isinstance(page, QuestionnairePage)
    assert page.form.title == "Holiadur dethol"
    page.go_to_section(1)
    english = load_forms(i18n.ENGLISH)["selection-questionnaire"]
    shown = {label.text() for label in page.findChildren(QLabel)}
    for key, editor in page.editors.items():
        question = english.field(key)
        assert question is not None and question.label not in editor.label.text()
        assert editor.label.text() in shown
    assert not {s.title for s in english.sections} & shown
    labels = linked_labels(page)
    assert labels, "Welsh guidance links the Welsh glossary terms"
    labels[0].linkActivated.emit(labels[0].text().split('href="')[1].split('"')[0])
    [(_, term, meaning)] = recorded_dialogs.shown
    assert term and meaning and "the" not in meaning.split()


def test_the_reasons_for_a_lot_link_their_jargon_and_stay_selectable(
        window: MainWindow, settle: Callable[[MainWindow], None]) -> None:
    window.go_to("lots")
    settle(window)
    details = window.pages["lots"].details  # type: ignore[attr-defined]
    assert isinstance(details, GlossaryLabel)
    used = details.glossary.found(details.plain_text)
    assert used, details.plain_text
    for entry in used:
        assert f'href="glossary:{entry.code}"' in details.text()
    assert details.accessibleName() == "Reasons for the chosen lot"
    assert details.plain_text in details.accessibleDescription()
    assert details.focusPolicy() == Qt.FocusPolicy.StrongFocus
    assert details.textInteractionFlags() & Qt.TextInteractionFlag.TextSelectableByKeyboard


def test_the_frameworks_description_links_its_jargon(window: MainWindow) -> None:
    window.go_to("catalogue")
    [summary] = [label for label in window.pages["catalogue"].findChildren(GlossaryLabel)
                 if label.plain_text == window.catalogue.framework.description]  # type: ignore
    assert 'href="glossary:dynamic-framework"' in summary.text()
    assert 'href="glossary:call-off"' in summary.text()
