"""Start the window: the QApplication, its identity and translator, then the data.

The window is shown first and the database is opened in the background (SQLAlchemy alone takes
longer to import than Qt takes to show a window), so the app answers at once. With
`self_test=True` the same happens off screen; the catalogue is checked and the app exits: a quick
proof that an installed or frozen copy works.
"""

from __future__ import annotations

import logging
import os
import sys
import traceback
from types import TracebackType

from PySide6.QtCore import QCoreApplication, QSettings, QTimer
from PySide6.QtGui import QIcon
from PySide6.QtWidgets import QApplication, QWidget

from desktop import (
    APP_NAME,
    DESKTOP_ID,
    ORGANISATION_DOMAIN,
    ORGANISATION_NAME,
    __version__,
)
from desktop.app.first_paint import FirstPaint
from desktop.datafiles import data_folder
from desktop.paths import DatabaseLocation, data_dir, ensure_private_dir
from desktop.ui import dialogs, theme, translations
from desktop.ui.main_window import MainWindow
from desktop.ui.operation import Background

log = logging.getLogger(__name__)
EXIT_OK, EXIT_FAILED, EXIT_PROBLEM = 0, 1, 2
ICON_SIZES = (16, 24, 32, 48, 64, 128, 256)
LOCK_WAIT = 10.0  # seconds: a restore from the command line takes far less
WARM_AFTER = 1500  # ms after saving is possible: documents are warmed once start-up is over


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
    app.setDesktopFileName(DESKTOP_ID)
    app.setWindowIcon(window_icon())
    chosen = settings()
    translations.install(translations.chosen_language(chosen))
    theme.follow(app, chosen)
    return app


def window_icon() -> QIcon:
    """The drawn sizes of the icon (packaging/make_icons.py), loaded as needed: cheaper in memory
    than the SVG, which would load Qt's SVG library at every start."""
    icon = QIcon()
    for size in ICON_SIZES:
        icon.addFile(str(data_folder("resources") / "icons" / f"framework-ready-{size}.png"))
    return icon


def settings() -> QSettings:
    folder = ensure_private_dir(data_dir())
    return QSettings(str(folder / "settings.ini"), QSettings.Format.IniFormat)


def open_startup_data(location: DatabaseLocation, read: bool = True) -> FirstPaint:
    """Open (create, migrate, sync) the database and read it: the slow part of starting.

    `read=False` when the quick first look already shows the organisation and catalogue: the
    look found the schema current and every shipped pack synced, so opening changes neither and
    reading them again would only delay the moment saving becomes possible."""
    from desktop.app.first_paint import first_paint
    from desktop.app.workspace import open_workspace

    workspace = open_workspace(location)
    if not read:
        return FirstPaint(location, None, None, workspace)
    try:
        return first_paint(workspace)
    except BaseException:
        workspace.close()
        raise


def warm_documents() -> None:
    """Load ReportLab, the fonts and the documents' code now, on a background thread once the
    data is open, so the first PDF made in the window costs what the second does."""
    from desktop.reports import registry
    from desktop.reports.pdf import warm_up

    for entry in registry.DOCUMENTS:  # loaded now for what they cost
        entry.gatherer()
        entry.renderer()
    warm_up()


class Starter:
    """Shows the window, opens the data in the background, and ends the event loop if it fails."""

    def __init__(self, app: QApplication, location: DatabaseLocation, self_test: bool) -> None:
        self.app, self.location, self.self_test = app, location, self_test
        self.window = MainWindow(settings())
        if self_test:
            self.window.first_page = "catalogue"
        self.data: FirstPaint | None = None
        self.read = True  # what the window shows is read once the database is open
        self.warm = Background(warm_documents)
        self.warm.failed.connect(lambda error: log.warning("Documents not warmed: %r", error))
        self.task = Background(lambda: open_startup_data(location, self.read))
        self.task.succeeded.connect(self._opened)
        self.task.failed.connect(self._failed)

    def start(self) -> None:
        from desktop.core.quick_open import first_look

        self.window.show()
        self._mark("window shown")
        look = first_look(self.location)
        if look is not None:
            self.window.attach(FirstPaint(self.location, look.organisation, look.catalogue))
            self._mark("data shown")
            self.read = False  # set before the task starts, which reads it
        self.task.start()

    def _mark(self, event: str) -> None:
        """Self-test: say when each stage is on screen (benchmarks/startup.py times these)."""
        if self.self_test:
            self.app.processEvents()
            print(f"Self-test: {event}", flush=True)

    def _opened(self, data: FirstPaint) -> None:
        self.data = data
        if self.window.shows_data:
            assert data.workspace is not None
            self.window.attach_workspace(data.workspace)
        else:
            self.window.attach(data)
            self._mark("data shown")
        self._mark("saving possible")
        if not self.warm.isRunning() and not self.warm.isFinished():
            QTimer.singleShot(WARM_AFTER, self.warm.start)
        if self.self_test:
            self.app.processEvents()
            self.app.exit(_check_window(self.window))

    def _failed(self, error: Exception) -> None:
        from desktop.app.faults import DamagedDatabase, DatabaseProblem, MissingDatabase

        title = QCoreApplication.translate("app", "Could not open your data")
        if isinstance(error, (DamagedDatabase, MissingDatabase)):
            if not self._recover(title, str(error)):
                self.app.exit(EXIT_PROBLEM)  # they chose to quit: nothing more to say
            return
        if isinstance(error, DatabaseProblem):
            dialogs.service.show_error(self.window, title, str(error))
        else:
            log.error("Opening the database failed", exc_info=error)
            dialogs.service.show_error(self.window, title, QCoreApplication.translate(
                "app", "Something went wrong while opening your data. Nothing has been "
                "changed."), details=f"{type(error).__name__}: {error}")
        self.app.exit(EXIT_PROBLEM)

    def _recover(self, title: str, problem: str) -> bool:
        """A damaged or missing file: offer the newest sound copy, another file, or quitting.
        True when opening starts again."""
        from desktop.app.operations import OperationError, newest_sound_backup, restore_backup
        from desktop.paths import resolve_database

        assert self.location.file is not None
        sound = newest_sound_backup(self.location.file)
        actions = [("other", QCoreApplication.translate("app", "Open another file…")),
                   ("quit", QCoreApplication.translate("app", "Quit"))]
        text = problem
        if sound is not None:
            actions.insert(0, ("restore", QCoreApplication.translate("app",
                                                                    "Restore the backup")))
            text += "\n\n" + QCoreApplication.translate(
                "app", "The newest sound backup is from {when}.").format(
                    when=sound.made_at.astimezone().strftime("%d/%m/%Y %H:%M"))
        choice = dialogs.service.choose(self.window, title, text, [a[1] for a in actions])
        action = actions[choice][0] if 0 <= choice < len(actions) else "quit"
        if action == "restore" and sound is not None:
            try:
                restore_backup(self.location.file, sound.path)
            except OperationError as error:
                dialogs.service.show_error(self.window, title, error.told())
                return False
            self._open_again(self.location)
            return True
        if action == "other":
            chosen = dialogs.service.choose_file(self.window, QCoreApplication.translate(
                "app", "Open a Framework Ready database"))
            if chosen is not None:
                self._open_again(resolve_database(str(chosen)))
                return True
        return False

    def _open_again(self, location: DatabaseLocation) -> None:
        self.location = location
        self.task = Background(lambda: open_startup_data(location))
        self.task.succeeded.connect(self._opened)
        self.task.failed.connect(self._failed)
        self.task.start()


def report_unexpected(window: QWidget | None, kind: type[BaseException],
                      error: BaseException, trace: TracebackType | None) -> None:
    """sys.excepthook for the window: log it, say so in plain words, keep running."""
    details = "".join(traceback.format_exception(kind, error, trace))
    log.error("Unexpected error\n%s", details)
    known = _known_problem(window, error)
    if known:
        dialogs.service.show_warning(window, QCoreApplication.translate(
            "app", "Nothing was changed"), known)
        return
    dialogs.service.show_crash(window, QCoreApplication.translate("app", "Something went wrong"),
                               QCoreApplication.translate(
                                   "app", "Framework Ready hit a problem it did not expect. "
                                   "Your saved work is safe; what you were doing may not have "
                                   "finished. If it happens again, send the details to whoever "
                                   "supports you."), details)


def _known_problem(window: QWidget | None, error: BaseException) -> str:
    """What to say when an action meets a database problem the app knows (the team server
    gone, a full disk, a read-only file): that, in plain words, instead of a crash box."""
    from desktop.app.faults import DatabaseProblem, explain, from_the_database

    if isinstance(error, DatabaseProblem):
        return str(error)
    workspace = getattr(window, "workspace", None)  # the window's open data, if any
    location = workspace.database.location if workspace is not None else None
    if not from_the_database(error) or not isinstance(location, DatabaseLocation):
        return ""
    if location.file is None:
        return QCoreApplication.translate(
            "app", "Cannot reach the team database just now, so nothing was changed. Check "
            "this computer's network connection (or ask whoever runs the server), then try "
            "again.")
    return str(explain(error, location.file))


def run_gui(location: DatabaseLocation, *, self_test: bool = False) -> int:
    if self_test:
        os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
        dialogs.unattended()  # off screen nobody can answer a box: each is printed instead
    app = application()
    from desktop.ui.bindings import binding_problem

    refused = binding_problem()
    if refused:
        dialogs.service.show_error(None, QCoreApplication.translate(
            "app", "Framework Ready cannot start"), refused)
        return EXIT_PROBLEM
    from desktop.logs import start_logging

    start_logging()
    from desktop.ui.single_instance import SingleInstance

    instance = SingleInstance(location)
    if not self_test and instance.ask_first_to_show():
        print(QCoreApplication.translate("app", "Framework Ready is already open with this "
                                         "database: its window has been brought forward."))
        return EXIT_OK
    from desktop.app.lock import hold_database

    lock = hold_database(location, LOCK_WAIT)  # held while the window is open
    if lock is None:
        dialogs.service.show_error(None, QCoreApplication.translate(
            "app", "Could not open your data"), QCoreApplication.translate(
            "app", "Another program is changing this database right now (a restore or an "
            "import from the command line). Wait for it to finish, then open Framework Ready "
            "again."))
        instance.close()
        return EXIT_PROBLEM
    starter = Starter(app, location, self_test)
    if not self_test:
        instance.listen(starter.window.bring_forward)
    sys.excepthook = lambda kind, error, trace: report_unexpected(starter.window, kind, error,
                                                                  trace)
    starter.start()
    status = app.exec()
    # Close the window only now the loop has ended, without the "last window closed" quit that
    # would otherwise stay queued and end the next event loop at once (seen in the tests).
    app.setQuitOnLastWindowClosed(False)
    starter.window.close()
    app.setQuitOnLastWindowClosed(True)
    starter.task.wait()
    starter.warm.wait()
    if starter.data is not None and starter.window.workspace is not None:
        starter.window.workspace.close()
        _back_up_on_exit(starter.location)
    starter.window.deleteLater()
    lock.release()
    instance.close()
    sys.excepthook = sys.__excepthook__
    return status


def _back_up_on_exit(location: DatabaseLocation) -> None:
    """The automatic backup: when the app closes, at most once a day, the oldest removed."""
    from desktop.app.operations import back_up_if_due
    from desktop.ui.pages.settings import kept_backups

    if location.file is None or not location.file.exists():
        return
    try:
        back_up_if_due(location.file, kept_backups(settings()))
    except OSError:
        log.exception("The automatic backup could not be made")


def _missing_resources() -> list[str]:
    """Self-test: the files an installed or frozen copy must carry."""
    from desktop.app.workspace import migration_scripts
    from desktop.core.checklist import checklist_path
    from desktop.core.sample import sample_file
    from desktop.questionnaire.loader import questionnaire_paths

    resources = data_folder("resources")
    wanted = [resources / "fonts" / "DejaVuSans.ttf",
              *(resources / "icons" / f"framework-ready-{size}.png" for size in ICON_SIZES),
              checklist_path(), sample_file(), migration_scripts() / "env.py"]
    found = [path for path in wanted if path.is_file()]
    if len(questionnaire_paths()) < 3:
        return ["questionnaires"]
    return [path.name for path in wanted if path not in found]


def _check_window(window: MainWindow) -> int:
    """Self-test: the catalogue page must show every lot (the sample charity is made if needed)."""
    if "welcome" in window.pages:
        window.pages["welcome"].use_sample()  # type: ignore[attr-defined]
    window.go_to("catalogue")  # the welcome page's sample charity opens on the profile
    page = window.pages.get("catalogue")
    shown = page.proxy.rowCount() if page is not None else 0  # type: ignore[attr-defined]
    expected = len(window.catalogue.lots) if window.catalogue else 0
    if shown == 0 or shown != expected:
        print(f"Self-test failed: the catalogue page shows {shown} of {expected} lots",
              file=sys.stderr)
        return EXIT_FAILED
    missing = _missing_resources()
    if missing:
        print(f"Self-test failed: not found: {', '.join(missing)}", file=sys.stderr)
        return EXIT_FAILED
    categories = len(window.catalogue.categories) if window.catalogue else 0
    print(f"Self-test passed: {shown} lots, {categories} categories", flush=True)
    return EXIT_OK
