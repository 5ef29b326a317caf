"""The main window: a sidebar of pages that work, the page itself, menus and remembered layout.

The window opens at once, empty, while the database is opened in the background; `attach()`
then fills it. On first run only the welcome page shows; once the organisation exists the sidebar
offers the working pages, opening on the Dashboard. The geometry is kept in settings.ini in the
data folder, and always brought back onto the screen (see `window_size`).
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from functools import partial
from typing import TYPE_CHECKING

from PySide6.QtCore import QByteArray, QRect, QSettings, Qt, QTimer
from PySide6.QtGui import QAction, QCloseEvent, QGuiApplication, QShowEvent
from PySide6.QtWidgets import (
    QLabel,
    QMainWindow,
    QMenu,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from desktop import APP_NAME
from desktop.core.catalogue import Catalogue
from desktop.core.organisation import OrganisationInfo
from desktop.paths import data_dir
from desktop.ui import dialogs, qt_helpers
from desktop.ui.about import AboutDialog, open_folder
from desktop.ui.edit_menu import EditMenu
from desktop.ui.framework_chooser import FrameworkChooser
from desktop.ui.operation import DATA, Operations
from desktop.ui.pages.catalogue import CataloguePage
from desktop.ui.pages.framework import FrameworkPage
from desktop.ui.pages.welcome import WelcomePage
from desktop.ui.qt_helpers import name, side_by_side
from desktop.ui.shortcuts import HELP, QUIT, ShortcutsDialog, page_keys
from desktop.ui.sidebar import KEY_ROLE, Sidebar
from desktop.ui.theme import set_tone
from desktop.ui.window_size import first_geometry, frame_of, kept_on_screen

if TYPE_CHECKING:
    from pathlib import Path

    from desktop.app.first_paint import FirstPaint
    from desktop.app.queries import Attention
    from desktop.app.workspace import Workspace
    from desktop.core.targets import Target
    from desktop.ui.context import PageContext
    from desktop.ui.find import FindDialog

GEOMETRY_KEY = "window/geometry"
FIRST_PAGE = "dashboard"  # every start opens here: what needs doing now
QUESTIONNAIRE_PAGES = ("questionnaire", "psq", "exclusions")  # one regime's or the other's


@dataclass(frozen=True, slots=True)
class PageSpec:
    key: str  # stable id kept in settings
    title: str
    make: Callable[[], QWidget]
    needs_database: bool = True  # shown as "Opening…" until the database is fully open


class MainWindow(QMainWindow):
    def __init__(self, settings: QSettings, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.settings = settings
        self.workspace: Workspace | None = None
        self.where = ""  # where the data shown is, as it can be shown ("": none shown yet)
        self.catalogue: Catalogue | None = None
        self.organisation: OrganisationInfo | None = None
        self.setObjectName("main-window")
        self.pages: dict[str, QWidget] = {}
        self.about_dialog: AboutDialog | None = None
        self.shortcuts_dialog: ShortcutsDialog | None = None
        self.find_dialog: FindDialog | None = None
        self._page_context: PageContext | None = None
        self.first_page = ""  # instead of the Dashboard (the self-test opens the catalogue)
        self.operations = Operations(self)  # slow work off the GUI thread, one at a time
        self.operations.started.connect(lambda label: self.statusBar().showMessage(label))
        self.operations.ended.connect(self._operation_ended)
        self.operations.changed.connect(self._changed)
        self._fitted = False  # sized to the screen (not restored): fitted again once shown

        self.sidebar = Sidebar()
        self.sidebar.setObjectName("sidebar")
        name(self.sidebar, self.tr("Pages"), self.tr("Choose a page with the arrow keys"))
        self.sidebar.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.stack = QStackedWidget()
        self.sidebar.currentRowChanged.connect(self.stack.setCurrentIndex)
        self.sidebar.currentRowChanged.connect(lambda _row: self._build_current())
        # Where work waits: counted again off the GUI thread at each change of page.
        self.sidebar.currentRowChanged.connect(lambda _row: self.count_attention())
        self.banner = QLabel()
        self.banner.setObjectName("problem-banner")
        self.banner.setWordWrap(True)
        self.banner.setTextFormat(Qt.TextFormat.PlainText)
        set_tone(self.banner, "banner")
        name(self.banner, self.tr("Warning"))
        self.banner.hide()

        splitter = side_by_side(self.sidebar, self.stack, (150, 1100))
        central = QWidget()
        layout = QVBoxLayout(central)
        layout.setContentsMargins(4, 4, 4, 4)
        layout.addWidget(self.banner)
        layout.addWidget(splitter, 1)
        self.setCentralWidget(central)
        self.setWindowTitle(APP_NAME)
        self.go_menu = self._build_menus()
        self.chooser = FrameworkChooser()  # beside the menus: it takes no height of its own
        self.chooser.chosen.connect(self.choose_framework)
        self.menuBar().setCornerWidget(self.chooser, Qt.Corner.TopRightCorner)
        # What the status bar says (saved, restored, opened…) is said to screen readers too.
        self.statusBar().messageChanged.connect(
            lambda text: qt_helpers.announcer(self.statusBar(), text) if text else None)
        opening = QLabel(self.tr("Opening your data…"))
        opening.setAlignment(Qt.AlignmentFlag.AlignCenter)
        name(opening, opening.text())
        self._set_pages([(self.tr("Opening"), "opening", opening)])
        self.statusBar().showMessage(opening.text())
        self._restore_geometry()

    @property
    def shows_data(self) -> bool:
        return bool(self.where)

    def attach(self, data: FirstPaint) -> None:
        """Show the data: the welcome page on first run, else the working pages."""
        self.where, self.catalogue = data.location.describe(), data.catalogue
        self.statusBar().showMessage(self.tr("Database: {where}").format(where=self.where))
        if data.catalogue is not None:  # all of them once the database is fully open
            framework = data.catalogue.framework
            self.chooser.show_frameworks([(framework.code, framework.name)], framework.code,
                                         enabled=False)
        if data.workspace is not None:
            self.attach_workspace(data.workspace)
        if data.organisation is None:
            self._show_welcome()
        else:
            self.show_pages(data.organisation)

    def attach_workspace(self, workspace: Workspace) -> None:
        """The database is fully open (checked, migrated, synced): saving is possible now."""
        self.workspace = workspace
        if self.catalogue is not None:  # painted from the quick first look: not read again
            workspace.keep(self.catalogue)
        problems = [*workspace.location_warnings, *workspace.pack_problems]
        if workspace.database.read_only:
            problems.insert(0, self.tr(
                "Read-only: changes cannot be saved. This database file (or its folder or disk) "
                "is set so it can only be read; what you see is safe. To make changes, make it "
                "writable again or copy it to a folder you can save in."))
        self.banner.setText("⚠ " + "\n".join(problems))
        self.banner.setVisible(bool(problems))
        self._show_chooser()
        self._build_current()
        self.count_attention()

    def _show_chooser(self) -> None:
        if self.workspace is not None:
            self.chooser.show_frameworks(
                [(info.code, info.name) for info in self.workspace.frameworks()],
                self.workspace.framework_code)

    def choose_framework(self, code: str) -> None:
        """Work on another framework: every page is built again for it; answers stay."""
        from desktop.app.workspace import UnknownFramework

        workspace, organisation = self.workspace, self.organisation
        if workspace is None or organisation is None or code == workspace.framework_code:
            self._show_chooser()
            return
        self.flush_edits()
        try:
            if workspace.database.read_only:  # shown, but not remembered
                workspace.use_framework(code)
            else:
                workspace.choose_framework(organisation.id, code)
        except UnknownFramework as unknown:
            dialogs.service.show_error(self, self.tr("Framework not found"), str(unknown))
            self._show_chooser()
            return
        self.catalogue = workspace.catalogue()
        self.show_pages(organisation, self.current_page_key() or FIRST_PAGE)
        self._show_chooser()
        self.statusBar().showMessage(self.tr("Every page now works on {framework}.").format(
            framework=self.catalogue.framework.name))

    def follow_framework(self, code: str, following: bool) -> None:
        if self.workspace is None or self.organisation is None:
            return
        if self.workspace.database.read_only:
            self.statusBar().showMessage(self.tr("Read-only: changes cannot be saved."))
            return
        self.workspace.follow_framework(self.organisation.id, code, following)
        page = self.pages.get("frameworks")
        if page is not None and hasattr(page, "refresh"):
            page.refresh()

    # -- building -------------------------------------------------------------------------
    def _build_menus(self) -> QMenu:
        file_menu = self.menuBar().addMenu(self.tr("&File"))
        open_data = QAction(self.tr("Open &data folder"), self)
        open_data.triggered.connect(lambda: open_folder(data_dir()))
        quit_action = QAction(self.tr("&Quit"), self)
        quit_action.setShortcut(QUIT)
        quit_action.triggered.connect(self.close)
        file_menu.addActions([open_data, quit_action])
        self.edit_menu = EditMenu(self, self.show_find)
        go_menu = self.menuBar().addMenu(self.tr("&Go"))
        help_menu = self.menuBar().addMenu(self.tr("&Help"))
        keys = QAction(self.tr("&Keyboard shortcuts"), self)
        keys.setShortcut(HELP)
        keys.triggered.connect(self.show_shortcuts)
        about = QAction(self.tr("&About Framework Ready"), self)
        about.triggered.connect(self.show_about)
        tour = QAction(self.tr("Take the &tour"), self)
        tour.triggered.connect(lambda: self.offer_tour(again=True))
        help_menu.addActions([tour, keys, about])
        return go_menu

    def page_specs(self) -> list[PageSpec]:
        """The working pages, in sidebar order (Ctrl+1, Ctrl+2, … follow it)."""
        catalogue = self.catalogue
        assert catalogue is not None
        return [
            PageSpec("dashboard", self.tr("Dashboard"), lambda: self._working_page("dashboard")),
            PageSpec("profile", self.tr("Organisation profile"),
                     lambda: self._working_page("profile")),
            *self._questionnaire_specs(catalogue),
            PageSpec("journey", self.tr("Portal journey"),
                     lambda: self._working_page("journey")),
            PageSpec("evidence", self.tr("Evidence library"),
                     lambda: self._working_page("evidence")),
            PageSpec("result", self.tr("Qualification result"),
                     lambda: self._working_page("result")),
            PageSpec("lots", self.tr("Where you can bid"), lambda: self._working_page("lots")),
            PageSpec("opportunities", self.tr("Opportunities"),
                     lambda: self._working_page("opportunities")),
            PageSpec("partners", self.tr("Partners"), lambda: self._working_page("partners")),
            PageSpec("reports", self.tr("Reports"), lambda: self._working_page("reports")),
            PageSpec("bid-writing", self.tr("Bid writing"),
                     lambda: self._working_page("bid-writing")),
            PageSpec("costing", self.tr("Costing"), lambda: self._working_page("costing")),
            *self._supplier_route_specs(catalogue),
            PageSpec("settings", self.tr("Settings"), lambda: self._working_page("settings")),
            PageSpec("catalogue", self.tr("Catalogue"), lambda: CataloguePage(catalogue),
                     needs_database=False),
            PageSpec("framework", self.tr("Framework guide"), lambda: FrameworkPage(catalogue),
                     needs_database=False),
            PageSpec("frameworks", self.tr("Frameworks"),
                     lambda: self._working_page("frameworks")),
        ]

    def _questionnaire_specs(self, catalogue: Catalogue) -> list[PageSpec]:
        """The questionnaire pages the framework's regime asks for: the selection questionnaire
        under PCR 2015; the Procurement Specific Questionnaire and the exclusions under the Act."""
        from desktop.core.form_codes import PAGE_OF_FORM, regime_questionnaires

        titles = {"questionnaire": self.tr("Selection questionnaire"),
                  "psq": self.tr("Questionnaire (PSQ)"), "exclusions": self.tr("Exclusions")}
        pages = [PAGE_OF_FORM[code] for code in regime_questionnaires(catalogue.framework.regime)]
        return [PageSpec(key, titles[key], partial(self._working_page, key)) for key in pages]

    def _supplier_route_specs(self, catalogue: Catalogue) -> list[PageSpec]:
        """The Supplier registration page, when the framework's regime has a supplier route
        (the Central Digital Platform under the Procurement Act 2023; none under PCR 2015)."""
        from desktop.core.form_codes import regime_supplier_route

        if not regime_supplier_route(catalogue.framework.regime):
            return []
        return [PageSpec("supplier-route", self.tr("Supplier registration"),
                         lambda: self._working_page("supplier-route"))]

    def _working_page(self, key: str) -> QWidget:
        """Pages over the database, imported only once it is open (they need SQLAlchemy)."""
        from desktop.core.form_codes import PAGE_OF_FORM
        from desktop.ui.pages.bid_writing import BidWritingPage
        from desktop.ui.pages.dashboard import DashboardPage
        from desktop.ui.pages.evidence import EvidencePage
        from desktop.ui.pages.journey import JourneyPage
        from desktop.ui.pages.lots import LotsPage
        from desktop.ui.pages.opportunities import OpportunitiesPage
        from desktop.ui.pages.partners import PartnersPage
        from desktop.ui.pages.reports import ReportsPage
        from desktop.ui.pages.settings import SettingsPage
        from desktop.ui.questionnaire.page import QuestionnairePage

        context = self.page_context()
        if key == "dashboard":
            dashboard = DashboardPage(context)
            dashboard.open_requested.connect(self.open_item)
            dashboard.target_requested.connect(self.open_target)
            dashboard.framework_dates.set_source(self._framework_dates)
            dashboard.counted.connect(self.sidebar.show_counts)
            return dashboard
        if key == "frameworks":
            return self._frameworks_page()
        if key == "opportunities":
            return OpportunitiesPage(context)
        if key == "partners":
            return PartnersPage(context)
        if key == "bid-writing":
            writing = BidWritingPage(context)
            writing.target_requested.connect(self.open_target)
            return writing
        if key == "costing":
            from desktop.ui.pages.costing import CostingPage

            return CostingPage(context)
        if key == "supplier-route":
            from desktop.ui.pages.supplier_route import SupplierRoutePage

            return SupplierRoutePage(context)
        if key == "settings":
            assert self.workspace is not None
            page = SettingsPage(self.workspace, self.settings, self.operations)
            page.restore_requested.connect(self.restore_backup)
            page.import_requested.connect(self.import_export)
            return page
        if key == "reports":
            assert self.workspace is not None
            return ReportsPage(context, self.workspace, self.settings)
        if key == "journey":
            journey = JourneyPage(context)
            journey.target_requested.connect(self.open_target)
            return journey
        if key == "evidence":
            return EvidencePage(context, self.settings)
        if key == "lots":
            lots = LotsPage(context)
            lots.target_requested.connect(self.open_target)
            return lots
        forms = {page: code for code, page in PAGE_OF_FORM.items()}
        questionnaire = QuestionnairePage(context, forms[key])
        questionnaire.target_requested.connect(self.open_target)
        return questionnaire

    def _framework_dates(self) -> list[str]:
        from desktop.app.queries import framework_dates

        assert self.workspace is not None and self.organisation is not None
        return framework_dates(self.workspace, self.organisation.id)

    def _frameworks_page(self) -> QWidget:
        from desktop.app.queries import frameworks
        from desktop.ui.pages.frameworks import FrameworksPage

        workspace, organisation = self.workspace, self.organisation
        assert workspace is not None and organisation is not None
        page = FrameworksPage(lambda: frameworks(workspace, organisation.id))
        page.follow_requested.connect(self.follow_framework)
        page.choose_requested.connect(self.choose_framework)
        return page

    def open_item(self, key: str, item: object) -> None:
        """Go to a page and, when it can, show one thing on it (from the dashboard)."""
        self.go_to(key)
        opener: Callable[[object], None] | None = getattr(self.pages.get(key), "open_item", None)
        if item is not None and opener is not None:
            opener(item)

    def open_target(self, target: Target) -> None:
        """Go to a target's page and show its thing there: a question, a document, a task…"""
        self.go_to(target.page)
        page = self.pages.get(target.page)
        open_target, open_item = (getattr(page, "open_target", None),
                                  getattr(page, "open_item", None))
        if open_target is not None:
            open_target(target)
        elif target.item is not None and open_item is not None:
            open_item(target.item)

    def show_find(self) -> FindDialog | None:
        """Edit → Find… (Ctrl+F): once the data is open, search all of it."""
        from desktop.ui.find import FindDialog

        if self.workspace is None or self.organisation is None or self.catalogue is None:
            self.statusBar().showMessage(self.tr("Find works once your data is open."))
            return None
        self.flush_edits()  # what was typed a moment ago is found too
        if self.find_dialog is None:
            self.find_dialog = FindDialog(self.page_context(), self)
            self.find_dialog.open_requested.connect(self.open_target)
            self.find_dialog.finished.connect(lambda _result: self.activateWindow())
        self.find_dialog.open()
        self.find_dialog.box.selectAll()
        self.find_dialog.box.setFocus()
        self.find_dialog.run()
        return self.find_dialog

    def restore_backup(self, backup: Path) -> bool:
        """Put a backup in place of the database (the current file is kept aside)."""
        from desktop.app.operations import restore_backup

        return self._replace_data(lambda file: restore_backup(file, backup),
                                  self.tr("Restoring the backup…"), self.tr("Backup restored."))

    def import_export(self, archive: Path) -> bool:
        """Put an export in place of the database and add its evidence (current kept aside)."""
        from desktop.app.operations import import_everything

        assert self.workspace is not None
        folder = self.workspace.evidence_folder
        return self._replace_data(lambda file: import_everything(archive, file, folder),
                                  self.tr("Importing the export…"), self.tr("Export imported."))

    def _replace_data(self, replace: Callable[[Path], Path | None], label: str,
                      done: str) -> bool:
        """Close the database, replace its file and open it again, in the background (the
        window holds the database's lock, so the replacing goes ahead); nothing is ever
        deleted. False when it did not start."""
        from desktop.app.operations import OperationError, failing_plainly
        from desktop.ui.app import open_startup_data

        workspace = self.workspace
        if workspace is None or workspace.file is None or self.operations.refused(self):
            return False
        file, location = workspace.file, workspace.database.location
        self.flush_edits()
        busy = QLabel(label)  # in place of every page, so none reads the database meanwhile
        busy.setAlignment(Qt.AlignmentFlag.AlignCenter)
        name(busy, label)
        self._set_pages([(label, "opening", busy)])
        self.workspace = self._page_context = None
        self.operations.wait()  # no background read (the sidebar's counts…) of the old file
        workspace.close()

        def work(_job: object) -> tuple[Path | None, OperationError | None, FirstPaint]:
            try:
                aside, problem = replace(file), None
            except OperationError as error:
                aside, problem = None, error
            with failing_plainly(file):
                return aside, problem, open_startup_data(location)

        def replaced(result: tuple[Path | None, OperationError | None, FirstPaint]) -> None:
            aside, problem, data = result
            self.attach(data)
            self.go_to("settings")
            if problem is not None:
                dialogs.service.show_error(self, self.tr("Nothing was changed"), problem.told())
                return
            self.statusBar().showMessage(done + " " + self.tr(
                "The data it replaced is kept as {file}.").format(
                    file=aside.name if aside else "—"))

        return self.operations.run(self, label, work, success=replaced,
                                   changes=frozenset({DATA}))

    def _operation_ended(self) -> None:
        """The status bar stops saying what was being done (unless it says more by now)."""
        if self.statusBar().currentMessage() == self.operations.last_label:
            self.statusBar().clearMessage()

    def _changed(self, changes: frozenset[str]) -> None:
        """An operation changed something: every page that shows it reads it again."""
        for page in self.pages.values():
            reread: Callable[[frozenset[str]], None] | None = getattr(page, "data_changed", None)
            if reread is not None:
                reread(changes)

    def page_context(self) -> PageContext:
        """What the working pages share; made once the database is open."""
        from desktop.ui.context import PageContext

        if self._page_context is None:
            assert self.workspace and self.organisation
            self._page_context = PageContext(self.workspace, self.organisation, self.operations)
        return self._page_context

    def _show_welcome(self) -> None:
        assert self.workspace is not None
        welcome = WelcomePage(self.workspace)
        # A charity just named starts on its profile; the sample charity, like every later
        # start, on the Dashboard.
        welcome.organisation_ready.connect(lambda organisation: self.show_pages(
            organisation, FIRST_PAGE if organisation.is_sample else "profile"))
        self._set_pages([(self.tr("Welcome"), "welcome", welcome)])
        self.setWindowTitle(APP_NAME)
        welcome.name_edit.setFocus()

    def show_pages(self, organisation: OrganisationInfo, page: str = FIRST_PAGE) -> None:
        """Replace whatever is shown with the working pages for `organisation`, on `page`."""
        self.setWindowTitle(f"{APP_NAME} — {organisation.name}")
        self.organisation, self._page_context = organisation, None
        if self.find_dialog is not None:  # it searched the data shown before
            self.find_dialog.deleteLater()
            self.find_dialog = None
        if self.catalogue is None:
            missing = QLabel(self.tr("No framework information could be loaded. Reinstall "
                                     "Framework Ready, or ask for help."))
            name(missing, self.tr("No framework information"))
            self._set_pages([(self.tr("Catalogue"), "catalogue", missing)])
            return
        specs = self.page_specs()
        self._set_pages([(spec.title, spec.key, self._waiting()) for spec in specs])
        if page in QUESTIONNAIRE_PAGES and page not in [spec.key for spec in specs]:
            page = next(key for key in QUESTIONNAIRE_PAGES if key in self.pages)  # the regime's
        elif page not in self.pages:  # a page the new framework's regime does not have
            page = FIRST_PAGE
        self.go_to(self.first_page or page)
        self._build_current()
        self.count_attention()
        if not self.first_page:  # not in the self-test
            QTimer.singleShot(0, self.offer_tour)

    def offer_tour(self, again: bool = False) -> None:
        """The first-run tour, unless dismissed before (`again`: asked for from Help)."""
        from desktop.ui.tour import Tour, dismissed, stops

        if self.sidebar.count() < 2 or (dismissed(self.settings) and not again):
            return
        dialogs.service.show_tour(self, lambda: Tour(self, stops(
            self, self.sidebar, self.stack, lambda key: self._sidebar_place(key)), self.settings))

    def _sidebar_place(self, key: str) -> QRect:
        for row in range(self.sidebar.count()):
            if self.sidebar.item(row).data(KEY_ROLE) == key:
                rect = self.sidebar.visualItemRect(self.sidebar.item(row))
                return QRect(self.sidebar.viewport().mapTo(self, rect.topLeft()), rect.size())
        return QRect()

    def count_attention(self) -> None:
        """Count again what waits on each page (the badges), once the data is open and a
        working page has been opened (the Dashboard, at every start, counts with its figures;
        the forms are not read for the count alone)."""
        if self.workspace is not None and self._page_context is not None \
                and self.sidebar.count() > 1:
            self.operations.query(self.sidebar, self._attention(), self.sidebar.show_counts)

    def _attention(self) -> Callable[[], Attention]:
        """What to count, taken on the GUI thread; the count then runs off it, reading the
        database only, never a widget."""
        from datetime import date

        from desktop.app.queries import attention

        context = self._page_context
        assert context is not None  # made before the read was asked for
        database, organisation_id, folder = (context.database, context.organisation.id,
                                             context.evidence_folder)
        forms, code = context.forms, context.catalogue.framework.code
        return lambda: attention(database, organisation_id, forms, code, folder, date.today())

    def _build_current(self) -> None:
        """Each page is built on its first visit (pages over the database once it is open), so
        start-up stays quick and light however many pages there are."""
        key = self.current_page_key()
        page = self.pages.get(key)
        if page is None or page.objectName() != "waiting" or self.organisation is None \
                or self.catalogue is None:
            return
        spec = next(spec for spec in self.page_specs() if spec.key == key)
        if spec.needs_database and self.workspace is None:
            return  # "Opening your data…" until attach_workspace() comes back here
        self._replace_page(key, spec.make())

    def _waiting(self) -> QWidget:
        label = QLabel(self.tr("Opening your data…"))
        label.setObjectName("waiting")
        label.setAlignment(Qt.AlignmentFlag.AlignCenter)
        name(label, label.text())
        return label

    def _replace_page(self, key: str, widget: QWidget) -> None:
        if self.workspace is not None and self.workspace.database.read_only:
            qt_helpers.hold_still(widget)
        old = self.pages[key]
        index = self.stack.indexOf(old)
        showing = self.stack.currentWidget() is old
        self.stack.insertWidget(index, widget)
        if showing:
            self.stack.setCurrentIndex(index)
        self.stack.removeWidget(old)
        old.deleteLater()
        self.pages[key] = widget

    def _set_pages(self, pages: list[tuple[str, str, QWidget]]) -> None:
        self.sidebar.blockSignals(True)
        self.sidebar.clear()
        while (old := self.stack.widget(0)) is not None:
            self.stack.removeWidget(old)
            old.deleteLater()
        self.pages.clear()
        self.go_menu.clear()
        keys = page_keys([key for _title, key, _widget in pages])
        for title, key, widget in pages:
            self.sidebar.add_page(title, key)
            self.stack.addWidget(widget)
            self.pages[key] = widget
            action = QAction(title, self)
            action.setShortcut(keys.get(key, ""))
            action.triggered.connect(lambda _=False, k=key: self.go_to(k))
            self.go_menu.addAction(action)
            self.addAction(action)
        self.sidebar.blockSignals(False)
        self.sidebar.fit_width()
        self.sidebar.setVisible(len(pages) > 1)
        self.sidebar.setCurrentRow(0)
        self.stack.setCurrentIndex(0)

    # -- navigation and state -------------------------------------------------------------
    def current_page_key(self) -> str:
        item = self.sidebar.currentItem()
        return str(item.data(KEY_ROLE)) if item else ""

    def go_to(self, key: str) -> None:
        for row in range(self.sidebar.count()):
            if self.sidebar.item(row).data(KEY_ROLE) == key:
                self.sidebar.setCurrentRow(row)
                return

    def bring_forward(self) -> None:
        """Another launch on the same database asked: show this window instead."""
        if self.isMinimized():
            self.showNormal()
        self.show()
        self.raise_()
        self.activateWindow()

    def show_shortcuts(self) -> ShortcutsDialog:
        pages = [(action.text(), action.shortcut().toString()) for action in
                 self.go_menu.actions()]
        self.shortcuts_dialog = ShortcutsDialog(pages, self)
        self.shortcuts_dialog.open()
        return self.shortcuts_dialog

    def show_about(self) -> AboutDialog:
        self.about_dialog = AboutDialog(data_dir(), self.where, self)
        self.about_dialog.open()
        return self.about_dialog

    def _restore_geometry(self) -> None:
        """The last size and place if there is one (kept on screen), else one that fits."""
        geometry = self.settings.value(GEOMETRY_KEY)
        if isinstance(geometry, QByteArray) and self.restoreGeometry(geometry):
            self.keep_on_screen()
            return
        self.setGeometry(first_geometry(self._available()))
        self._fitted = True

    def _available(self) -> QRect:
        """The available area (taskbar left out) of the screen the window is on."""
        screen = QGuiApplication.screenAt(self.geometry().center()) or self.screen()
        return screen.availableGeometry()

    def keep_on_screen(self) -> None:
        """Move the window, and shrink it if it must, so that all of it is on the screen (a
        geometry kept from a larger screen, or one that has gone, would hang off it)."""
        if self.isMaximized() or self.isFullScreen():
            return
        frame = frame_of(self.frameGeometry(), self.geometry())
        fitted = first_geometry(self._available(), frame) if self._fitted else kept_on_screen(
            self.geometry(), self._available(), frame)
        self._fitted = False
        if fitted != self.geometry():
            self.setGeometry(fitted)

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        if not event.spontaneous():  # once shown, its real frame is known: check again
            QTimer.singleShot(0, self.keep_on_screen)

    def save_state(self) -> None:
        self.settings.setValue(GEOMETRY_KEY, self.saveGeometry())
        self.settings.sync()

    def flush_edits(self) -> bool:
        """Save what every page has typed and not yet saved; False if something could not be."""
        return all([page.flush_edits() for page in self.pages.values()
                    if hasattr(page, "flush_edits")])

    def closeEvent(self, event: QCloseEvent) -> None:
        if not self.flush_edits() and not dialogs.service.confirm(
                self, self.tr("Changes not saved"),
                self.tr("Some of your latest changes could not be saved. Close anyway and lose "
                        "them?")):
            event.ignore()
            return
        self.operations.wait()  # a document being made is cancelled; a restore finishes
        self.save_state()
        super().closeEvent(event)
