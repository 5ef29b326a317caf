"""Run by test_kill_while_typing.py: the real window, typing answers non-stop with autosave.

Usage: python typing_child.py DATABASE RUN. Prints "SAVED <key> <value>" after each answer's
save transaction has committed, so the parent knows what must survive a kill at any moment.
"""

from __future__ import annotations

import os
import sys

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from PySide6.QtCore import QTimer

from desktop.app.first_paint import first_paint
from desktop.app.workspace import open_workspace
from desktop.core.sample import ensure_sample
from desktop.paths import resolve_database
from desktop.ui.app import application, settings
from desktop.ui.main_window import MainWindow

KEYS = ("trading_name", "website", "contact_name", "contact_role")


def main(database: str, run: str) -> None:
    app = application()
    workspace = open_workspace(resolve_database(database))
    ensure_sample(workspace.database)
    window = MainWindow(settings())
    window.show()
    window.attach(first_paint(workspace))
    window.go_to("profile")
    page = window.pages["profile"]
    for section in range(len(page.form.sections)):
        page.go_to_section(section)
    page.go_to_section(0)
    page.autosaver.timer.setInterval(5)  # save almost as soon as typing pauses,
    page.autosaver.max_wait_ms = 20  # and often while it never does
    real_save = page.autosaver._save

    def save_and_report(key: str, raw: object) -> None:
        real_save(key, raw)
        print(f"SAVED {key} {raw}", flush=True)

    page.autosaver._save = save_and_report
    counter = iter(range(10**9))

    def type_something() -> None:
        number = next(counter)
        editor = page.editors[KEYS[number % len(KEYS)]]
        text = f"{run}-{number} Tŷ <b>&"
        editor.input.setText(text)
        editor.input.textEdited.emit(text)

    typing = QTimer()
    typing.timeout.connect(type_something)
    typing.start(3)
    print("READY", flush=True)
    app.exec()


if __name__ == "__main__":
    main(sys.argv[1], sys.argv[2])
