"""Settings: back up now, the list of backups, and restoring one from the window."""

from __future__ import annotations

from typing import Any

from pytestqt.qtbot import QtBot

from desktop.core.answer_records import load_answers, save_answer
from desktop.store.backup import list_backups
from desktop.ui.main_window import MainWindow
from desktop.ui.operation import DATA
from desktop.ui.pages.settings import KEEP_KEY, SettingsPage


def settings_page(window: MainWindow) -> SettingsPage:
    window.go_to("settings")
    page = window.pages["settings"]
    assert isinstance(page, SettingsPage)
    return page


def finish(qtbot: QtBot, window: MainWindow) -> None:
    """Wait for the window's background operation to end."""
    qtbot.waitUntil(lambda: not window.operations.running, timeout=20_000)


def test_back_up_now_and_restore_from_the_window(qtbot: QtBot, window: MainWindow,
                                                 recorded_dialogs: Any) -> None:
    assert window.workspace and window.organisation
    organisation = window.organisation.id
    save_answer(window.workspace.database, organisation, "organisation-profile", "website",
                "before")
    page = settings_page(window)
    assert page.list.count() == 1 and page.list.item(0).text().startswith("No backups yet")
    assert not page.restore_button.isEnabled()
    page.restore_chosen()  # the words are not a backup: nothing happens
    assert not recorded_dialogs.shown
    assert page.back_up_now()
    finish(qtbot, window)
    assert page.list.count() == 1 and page.status.text().startswith("Backed up to ")
    assert "Smith & Sons <Trust>" in page.list.item(0).text()
    save_answer(window.workspace.database, organisation, "organisation-profile", "website",
                "after")
    told: list[frozenset[str]] = []
    window.operations.changed.connect(told.append)
    recorded_dialogs.answer = True
    page.restore_chosen()  # the window holds the database's lock: the worker's restore goes on
    assert recorded_dialogs.shown[-1][1] == "Restore this backup?"
    assert window.operations.running == "Restoring the backup…"
    assert window.workspace is None  # closed while the file is swapped: no page reads it
    finish(qtbot, window)
    assert told == [frozenset({DATA})]  # every page is told, and shows the restored data
    assert window.current_page_key() == "settings" and window.pages["settings"] is not page
    assert any("(set aside by a restore)" in settings_page(window).list.item(row).text()
               for row in range(settings_page(window).list.count()))
    assert window.workspace is not None
    assert load_answers(window.workspace.database, organisation,
                        "organisation-profile")["website"] == "before"
    assert window.workspace.file is not None
    kinds = sorted(b.kind for b in list_backups(window.workspace.file))
    assert kinds == ["backup", "replaced"]  # the file with "after" in it is kept aside
    assert "Backup restored" in window.statusBar().currentMessage()


def test_how_many_to_keep_is_remembered(window: MainWindow) -> None:
    page = settings_page(window)
    page.keep.setValue(4)
    assert int(window.settings.value(KEEP_KEY)) == 4


def test_export_everything_then_import_it_back(qtbot: QtBot, window: MainWindow,
                                               tmp_path: Any, recorded_dialogs: Any) -> None:
    assert window.workspace and window.organisation
    organisation = window.organisation.id
    save_answer(window.workspace.database, organisation, "organisation-profile", "website",
                "exported")
    page = settings_page(window)
    recorded_dialogs.files = [tmp_path / "all.zip"]
    assert page.export_everything()
    finish(qtbot, window)
    assert (tmp_path / "all.zip").exists() and page.status.text().startswith("Exported ")
    save_answer(window.workspace.database, organisation, "organisation-profile", "website",
                "changed later")
    recorded_dialogs.files = [tmp_path / "all.zip"]
    recorded_dialogs.answer = True
    page.import_export()
    finish(qtbot, window)  # checked in the background, then asked
    assert recorded_dialogs.shown[-1][1] == "Import this export?"
    finish(qtbot, window)  # then imported
    assert load_answers(window.workspace.database, organisation,
                        "organisation-profile")["website"] == "exported"
    assert window.statusBar().currentMessage().startswith("Export imported.")
    bad = tmp_path / "bad.zip"
    bad.write_text("nope")
    recorded_dialogs.files = [bad]
    settings_page(window).import_export()
    finish(qtbot, window)
    assert "not a Framework Ready export" in settings_page(window).problem.text()
