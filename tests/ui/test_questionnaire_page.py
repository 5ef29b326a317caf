"""The questionnaire pages: keyboard entry, live checks, conditions, groups, autosave, history."""

from __future__ import annotations

import sqlite3
from datetime import timedelta
from typing import Any

import pytest
from PySide6.QtCore import QEvent, Qt
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot
from sqlalchemy.exc import OperationalError

from desktop.core import answer_records
from desktop.core.answer_records import load_answers, save_answer
from desktop.core.qualification import PROFILE, QUESTIONNAIRE
from desktop.ui.main_window import MainWindow
from desktop.ui.questionnaire.editors import GroupInput
from desktop.ui.questionnaire.page import QuestionnairePage


def page_of(window: MainWindow, key: str) -> QuestionnairePage:
    window.go_to(key)
    page = window.pages[key]
    assert isinstance(page, QuestionnairePage)
    return page


def saved(window: MainWindow, form: str) -> dict[str, Any]:
    assert window.workspace is not None and window.organisation is not None
    return load_answers(window.workspace.database, window.organisation.id, form)


def focused() -> Any:
    widget = QApplication.focusWidget()
    assert widget is not None, "nothing has the keyboard focus"
    return widget


def type_text(widget: Any, text: str) -> None:
    """Type as a keyboard would, including letters QTest cannot (ŵ ŷ, emoji)."""
    for char in text:
        for kind in (QEvent.Type.KeyPress, QEvent.Type.KeyRelease):
            QApplication.sendEvent(widget, QKeyEvent(kind, 0, Qt.KeyboardModifier.NoModifier,
                                                     char))


@pytest.fixture(autouse=True)
def active(qtbot: QtBot, window: MainWindow) -> None:
    """Keyboard focus needs the window to be the active one."""
    for other in QApplication.topLevelWidgets():
        if other is not window and other.isVisible():
            other.close()
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow, timeout=2000)


def test_a_section_filled_with_the_keyboard_alone_is_saved(qtbot: QtBot,
                                                            window: MainWindow) -> None:
    page = page_of(window, "profile")
    page.editors["legal_name"].input.setFocus()

    def next_question(key: str) -> Any:
        """Tab past this answer's History button to the next question's answer."""
        qtbot.keyClick(focused(), Qt.Key.Key_Tab)
        qtbot.keyClick(focused(), Qt.Key.Key_Tab)
        assert focused() is page.editors[key].input.focusProxy() or \
            focused() is page.editors[key].input, key
        return focused()

    qtbot.keyClick(focused(), Qt.Key.Key_A, Qt.KeyboardModifier.ControlModifier)
    type_text(focused(), "Tŷ Ŵyn & Co <b> 🙂")
    qtbot.keyClicks(next_question("trading_name"), "Riverside")
    legal_form = next_question("legal_form")
    qtbot.keyClick(legal_form, Qt.Key.Key_Down)
    next_question("charity_number")
    qtbot.keyClicks(next_question("registered_address"), "1 High Street, Cardiff")
    qtbot.keyClicks(next_question("postcode"), "cf10 1aa")
    qtbot.keyClick(focused(), Qt.Key.Key_Return)
    stored = saved(window, PROFILE)
    assert stored["legal_name"] == "Tŷ Ŵyn & Co <b> 🙂"
    assert stored["trading_name"] == "Riverside"
    assert stored["legal_form"] == legal_form.currentData() and stored["legal_form"]
    assert stored["registered_address"] == "1 High Street, Cardiff"
    assert stored["postcode"] == "cf10 1aa"  # kept as typed; its meaning is CF10 1AA
    assert page.save_state.text() == "All changes saved"
    assert page.section_model.data(page.section_model.index(0, 0)) == "✓ Who you are: done"


def test_typing_is_saved_after_a_pause_without_leaving_the_field(
        qtbot: QtBot, window: MainWindow) -> None:
    page = page_of(window, "profile")
    page.editors["trading_name"].input.setFocus()
    qtbot.keyClicks(focused(), "Paused here")
    assert page.save_state.text() == "Saving…"
    qtbot.waitUntil(lambda: saved(window, PROFILE).get("trading_name") == "Paused here",
                    timeout=3000)
    assert page.save_state.text() == "All changes saved"


@pytest.mark.parametrize(("key", "typed", "expected"), [
    ("postcode", "NOT A POSTCODE", "does not look like a UK postcode, e.g. CF10 1AA"),
    ("charity_number", "12", "SC012345"),
    ("company_number", "ABC", "01234567 or SC123456"),
    ("income_last_year", "lots", "like 12,500 or 12,500.50"),
    ("contact_email", "bids at example", "bids@example.org.uk"),
    ("staff", "-3", "whole number"),
])
def test_bad_input_is_explained_and_kept(qtbot: QtBot, window: MainWindow, key: str,
                                         typed: str, expected: str) -> None:
    page = page_of(window, "profile")
    index = next(n for n, s in enumerate(page.form.sections) if any(
        f.key == key for f in s.fields))
    page.go_to_section(index)
    editor = page.editors[key]
    editor.input.setFocus()
    editor.input.selectAll()
    qtbot.keyClicks(editor.input, typed)
    assert expected in editor.message.text()
    assert editor.message.text().startswith("⚠")  # not colour alone
    assert expected in editor.input.accessibleDescription()  # read out by screen readers
    assert page.flush_edits()
    assert saved(window, PROFILE)[key] == typed


def test_an_impossible_date_is_explained_next_to_its_question_and_never_saved(
        qtbot: QtBot, window: MainWindow) -> None:
    page = page_of(window, "profile")
    index = next(n for n, s in enumerate(page.form.sections) if any(
        f.key == "year_end" for f in s.fields))
    page.go_to_section(index)
    editor = page.editors["year_end"]
    editor.input.setFocus()
    qtbot.keyClicks(editor.input, "31/03/2026")
    assert page.flush_edits() and saved(window, PROFILE)["year_end"] == "31/03/2026"
    editor.input.selectAll()
    qtbot.keyClicks(editor.input, "31/02/2027")
    message = editor.message.text()
    assert message.startswith("⚠ " + editor.field.label + ":")  # beside the box, naming it
    assert "February has 28 days in 2027" in message
    assert "February has 28 days in 2027" in editor.input.accessibleDescription()
    assert page.flush_edits()
    assert saved(window, PROFILE)["year_end"] == "31/03/2026"  # the impossible one never is
    assert editor.input.text() == "31/02/2027"  # and it stays on screen to put right
    editor.input.selectAll()
    qtbot.keyClicks(editor.input, "28/02/2027")
    assert page.flush_edits() and saved(window, PROFILE)["year_end"] == "28/02/2027"
    assert not editor.message.isVisibleTo(editor)


def test_over_the_word_limit_is_allowed_flagged_and_not_complete(
        qtbot: QtBot, window: MainWindow) -> None:
    page = page_of(window, "profile")
    page.go_to_section(0)
    address = page.editors["registered_address"]
    address.input.setPlainText("word " * 61)
    assert address.count.text() == "61 of 60 words"
    assert "1 over the limit of 60" in address.message.text()
    assert page.flush_edits()
    assert saved(window, PROFILE)["registered_address"] == "word " * 61
    assert not page.section_model.row(0).complete


def test_hostile_text_round_trips_through_the_page(qtbot: QtBot, window: MainWindow,
                                                   hostile_texts: list[str]) -> None:
    page = page_of(window, "questionnaire")
    page.go_to_section(5)
    editor = page.editors["safeguarding"]
    for text in hostile_texts:
        editor.input.setPlainText(text)
        assert page.flush_edits()
        # A text box shows Windows (\r\n) and old Mac (\r) line ends as new lines, and saves
        # what it shows; every other character is kept exactly.
        shown = text.replace("\r\n", "\n").replace("\r", "\n")
        assert saved(window, QUESTIONNAIRE)["safeguarding"] == shown
        assert editor.raw() == shown


def test_explanations_show_only_when_an_exclusion_ground_is_yes(
        qtbot: QtBot, window: MainWindow) -> None:
    page = page_of(window, "questionnaire")
    page.go_to_section(1)
    details = page.editors["exclusion_tax_details"]
    evidence = page.editors["exclusion_tax_evidence"]
    assert not details.isVisible() and not evidence.isVisible()
    yes_no = page.editors["exclusion_tax"].input
    qtbot.mouseClick(yes_no.yes, Qt.MouseButton.LeftButton)
    assert details.isVisible() and evidence.isVisible()
    assert page.section_model.row(1).required == 11  # 9 grounds + 2 explanations
    qtbot.mouseClick(yes_no.no, Qt.MouseButton.LeftButton)
    assert not details.isVisible()
    assert saved(window, QUESTIONNAIRE)["exclusion_tax"] is False


def test_the_questionnaire_shows_what_the_profile_holds(qtbot: QtBot,
                                                        window: MainWindow) -> None:
    profile = page_of(window, "profile")
    profile.editors["trading_name"].input.setText("Riverside <Trading>")
    profile.editors["trading_name"].input.textEdited.emit("Riverside <Trading>")
    questionnaire = page_of(window, "questionnaire")  # leaving the profile saved it
    shown = questionnaire.profile_values["sq_trading_name"]
    assert shown.value.text() == "Riverside <Trading>"
    assert "sq_trading_name" not in questionnaire.editors  # shown, not asked again
    assert shown.value.accessibleName() == "Trading name: Riverside <Trading>"


def test_repeating_rows_can_be_added_filled_and_removed(qtbot: QtBot,
                                                        window: MainWindow) -> None:
    page = page_of(window, "questionnaire")
    page.go_to_section(3)
    group = page.editors["references"].input
    assert isinstance(group, GroupInput)
    assert group.add_button.text() == "Add referee 1"  # words a person would say
    qtbot.mouseClick(group.add_button, Qt.MouseButton.LeftButton)
    assert group.add_button.text() == "Add another referee"
    qtbot.mouseClick(group.add_button, Qt.MouseButton.LeftButton)
    first, second = (editors for _box, editors in group.rows)
    first["name"].input.setText("Ann Jones")
    first["name"].input.textEdited.emit("Ann Jones")
    second["name"].input.setText("Bob <script>")
    second["name"].input.textEdited.emit("Bob <script>")
    assert page.flush_edits()
    assert saved(window, QUESTIONNAIRE)["references"] == [{"name": "Ann Jones"},
                                                          {"name": "Bob <script>"}]
    remove = group.rows[0][0].property("remove_button")
    assert (remove.text(), remove.accessibleName()) == ("Remove this referee", "Remove referee 1")
    qtbot.mouseClick(remove, Qt.MouseButton.LeftButton)
    assert saved(window, QUESTIONNAIRE)["references"] == [{"name": "Bob <script>"}]
    assert group.rows[0][0].title() == "Referee 1"


def test_history_shows_a_repeating_group_as_words_never_json(
        qtbot: QtBot, window: MainWindow) -> None:
    save_answer(window.workspace.database, window.organisation.id, QUESTIONNAIRE, "references",
                [{"name": "Ann Jones", "organisation": "Tŷ <Coch> & \"Co\""},
                 {"name": "Bob"}])
    page = page_of(window, "questionnaire")
    page.go_to_section(3)
    dialog = page.show_history("references")
    qtbot.addWidget(dialog)
    text = dialog.preview.toPlainText()
    assert text.startswith("1. Name: Ann Jones\nOrganisation: Tŷ <Coch> & \"Co\"")
    assert "2. Name: Bob" in text
    assert not any(mark in text for mark in ("{", "[", '"name"'))
    assert "{" not in dialog.list.item(0).text()


def test_an_earlier_version_can_be_restored(qtbot: QtBot, window: MainWindow,
                                            monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(answer_records, "DRAFT_WINDOW", timedelta(0))
    page = page_of(window, "profile")
    editor = page.editors["trading_name"]
    for text in ("First", "Second"):
        editor.input.setText(text)
        editor.input.textEdited.emit(text)
        page.flush_edits()
    dialog = page.show_history("trading_name")
    qtbot.addWidget(dialog)
    assert dialog.list.count() == 2
    assert not dialog.restore_button.isEnabled()  # the current one needs no restoring
    dialog.list.setCurrentRow(1)
    assert dialog.preview.toPlainText() == "First"
    qtbot.mouseClick(dialog.restore_button, Qt.MouseButton.LeftButton)
    assert editor.raw() == "First"
    assert saved(window, PROFILE)["trading_name"] == "First"


def test_closing_the_window_saves_what_was_just_typed(qtbot: QtBot, window: MainWindow) -> None:
    page = page_of(window, "profile")
    page.editors["trading_name"].input.setFocus()
    qtbot.keyClicks(focused(), "Typed then closed")
    window.close()
    assert saved(window, PROFILE)["trading_name"] == "Typed then closed"


def test_a_failed_save_keeps_the_text_and_says_so(
        qtbot: QtBot, window: MainWindow, monkeypatch: pytest.MonkeyPatch,
        recorded_dialogs: Any) -> None:
    page = page_of(window, "profile")

    def broken(*_args: object, **_kwargs: object) -> None:
        raise OperationalError("UPDATE", {}, sqlite3.OperationalError("database is locked"))

    original = page.autosaver._save
    monkeypatch.setattr(page.autosaver, "_save", broken)
    page.editors["trading_name"].input.setText("Not lost")
    page.editors["trading_name"].input.textEdited.emit("Not lost")
    assert not page.flush_edits()
    assert "could not be saved just now" in page.save_problem.text()
    assert page.editors["trading_name"].raw() == "Not lost"
    recorded_dialogs.answer = False
    window.close()
    assert window.isVisible()  # the person chose not to lose the change
    assert recorded_dialogs.shown[-1][1] == "Changes not saved"
    monkeypatch.setattr(page.autosaver, "_save", original)
    assert page.flush_edits()
    assert saved(window, PROFILE)["trading_name"] == "Not lost"
    assert not page.save_problem.isVisible()


def test_non_stop_typing_is_still_saved_every_few_seconds(qtbot: QtBot) -> None:
    from desktop.ui.widgets.autosave import Autosaver

    writes: list[tuple[str, Any]] = []
    saver = Autosaver(lambda key, raw: writes.append((key, raw)), delay_ms=10_000)
    saver.max_wait_ms = 50
    saver.edit("notes", "a")
    assert writes == []  # still waiting for a pause
    qtbot.wait(60)
    saver.edit("notes", "ab")  # no pause came, but the oldest edit waited long enough
    assert writes == [("notes", "ab")]
    assert saver.pending == {}


@pytest.mark.parametrize(("choice", "kept"), [(0, "Mine, typed here"), (1, "Theirs, saved first")])
def test_a_colleagues_save_is_never_overwritten_silently(
        qtbot: QtBot, window: MainWindow, recorded_dialogs: Any, choice: int, kept: str) -> None:
    page = page_of(window, "profile")
    assert window.workspace is not None and window.organisation is not None
    answer_records.save_answer(window.workspace.database, window.organisation.id, PROFILE,
                        "trading_name", "Theirs, saved first")  # a colleague, elsewhere
    recorded_dialogs.choice = choice
    editor = page.editors["trading_name"]
    editor.input.setText("Mine, typed here")
    editor.input.textEdited.emit("Mine, typed here")
    assert page.flush_edits()
    assert recorded_dialogs.shown[-1][1] == "Someone else changed this answer"
    assert "Theirs:\nTheirs, saved first" in recorded_dialogs.shown[-1][2]
    assert "Yours:\nMine, typed here" in recorded_dialogs.shown[-1][2]
    assert saved(window, PROFILE)["trading_name"] == kept
    assert editor.raw() == kept
    kept_both = {v.raw for v in answer_records.history(window.workspace.database,
                                                window.organisation.id, PROFILE,
                                                "trading_name")}
    assert kept_both >= {"Theirs, saved first", "Mine, typed here"}
