"""Start the window: the QApplication, its identity and translator, the workspace, the main window.

`run_gui(..., self_test=True)` does the same off screen, checks the catalogue shows, and exits: a
quick proof that an installed or frozen copy works.
"""

from __future__ import annotations

import logging
import os
import sys

from PySide6.QtCore import QCoreApplication, QSettings
from PySide6.QtWidgets import QApplication

from desktop import APP_ID, APP_NAME, ORGANISATION_DOMAIN, ORGANISATION_NAME, __version__, i18n
from desktop.core.workspace import Workspace, open_workspace
from desktop.paths import DatabaseLocation, data_dir, ensure_private_dir
from desktop.store.errors import DatabaseProblem
from desktop.ui import dialogs
from desktop.ui.main_window import MainWindow

log = logging.getLogger(__name__)
EXIT_PROBLEM = 2


def application() -> QApplication:
    """The QApplication, made once, named so platformdirs, QSettings and the title agree."""
    existing = QApplication.instance()
    if isinstance(existing, QApplication):
        return existing
    QCoreApplication.setApplicationName(APP_NAME)
    QCoreApplication.setOrganizationName(ORGANISATION_NAME)
    QCoreApplication.setOrganizationDomain(ORGANISATION_DOMAIN)
    QCoreApplication.setApplicationVersion(__version__)
    app = QApplication(sys.argv[:1])
    app.setDesktopFileName(APP_ID)
    i18n.install(QCoreApplication.translate)
    return app


def settings() -> QSettings:
    folder = ensure_private_dir(data_dir())
    return QSettings(str(folder / "settings.ini"), QSettings.Format.IniFormat)


def open_window(location: DatabaseLocation) -> tuple[MainWindow | None, Workspace | None]:
    """Open the workspace and build the window; on a database problem, say so and return None."""
    try:
        workspace = open_workspace(location)
    except DatabaseProblem as problem:
        dialogs.service.show_error(
            None, QCoreApplication.translate("app", "Could not open your data"), str(problem))
        return None, None
    return MainWindow(workspace, settings()), workspace


def run_gui(location: DatabaseLocation, *, self_test: bool = False) -> int:
    if self_test:
        os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    app = application()
    window, workspace = open_window(location)
    if window is None or workspace is None:
        return EXIT_PROBLEM
    try:
        window.show()
        if self_test:
            return _self_test(app, window)
        return app.exec()
    finally:
        workspace.close()


def _self_test(app: QApplication, window: MainWindow) -> int:
    from desktop.core.catalogue import load_catalogue
    from desktop.core.organisation import current_organisation

    app.processEvents()
    if current_organisation(window.workspace.database) is None:
        window.pages["welcome"].use_sample()  # type: ignore[attr-defined]
        app.processEvents()
    catalogue = load_catalogue(window.workspace.database)
    page = window.pages.get("catalogue")
    shown = page.proxy.rowCount() if page is not None else 0  # type: ignore[attr-defined]
    window.close()
    if shown != len(catalogue.lots) or shown == 0:
        print(f"Self-test failed: the catalogue page shows {shown} of {len(catalogue.lots)} lots",
              file=sys.stderr)
        return 1
    print(f"Self-test passed: {shown} lots, {len(catalogue.categories)} categories")
    return 0
