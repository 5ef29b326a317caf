"""Procurement Act: supplier registration. The route every framework under the Procurement Act
2023 shares: register on the Central Digital Platform (Find a Tender), keep the core supplier
information up to date, record the PPON and the people who use the platform, and every share code
given to a buyer. Warnings say when the information was confirmed long ago or the profile has
changed since. Changes save themselves, like every page.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import replace
from datetime import date
from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QComboBox,
    QFormLayout,
    QGridLayout,
    QHBoxLayout,
    QPushButton,
    QTableView,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from desktop.core.opportunity_records import list_summaries
from desktop.core.supplier_route import (
    InvalidRegistration,
    Registration,
    ShareCode,
    SupplierUser,
    check_user,
    shipped_route,
)
from desktop.core.supplier_route_records import (
    delete_share_code,
    load_registration,
    load_route_state,
    save_registration,
    save_route_step,
    save_share_code,
)
from desktop.questionnaire.values import read_date, typed_date
from desktop.ui import dialogs
from desktop.ui.conflicts import Subject, remove_checked, save_settling, show_text
from desktop.ui.context import PageContext
from desktop.ui.glossary_links import GlossaryLabel
from desktop.ui.models.table import ReadOnlyTableModel
from desktop.ui.pages.journey import StepsPage
from desktop.ui.qt_helpers import (
    PROBLEM_TONE,
    QUIET_TONE,
    buddy_label,
    example,
    line,
    name,
    page_title,
    show_problem,
    wrapped_label,
)
from desktop.ui.questionnaire.autosave import save_problem_label


class UserTableModel(ReadOnlyTableModel[SupplierUser]):
    def __init__(self, roles: dict[str, str], parent: Any = None) -> None:
        super().__init__((), [self.tr("Name"), self.tr("Email"), self.tr("Role")], parent)
        self.roles = roles

    def cell_text(self, row: SupplierUser, column: int) -> str:
        return (row.name, row.email, self.roles.get(row.role, row.role))[column]


class ShareCodeTableModel(ReadOnlyTableModel[ShareCode]):
    def __init__(self, parent: Any = None) -> None:
        super().__init__((), [self.tr("Share code"), self.tr("Buyer"), self.tr("Procurement"),
                              self.tr("Opportunity"), self.tr("Date given")], parent)
        self.opportunities: dict[int, str] = {}

    def cell_text(self, row: ShareCode, column: int) -> str:
        opportunity = self.opportunities.get(row.opportunity_id or 0, "")
        return (row.code, row.buyer, row.procurement, opportunity,
                typed_date(row.given_on))[column]


def button(text: str, clicked: Callable[[], object], description: str = "") -> QPushButton:
    """A push button named by its words (without the Alt-key mark), doing `clicked`."""
    made = QPushButton(text)
    name(made, text.replace("&", ""), description)
    made.clicked.connect(lambda _checked=False: clicked())
    return made


def table_view(model: ReadOnlyTableModel[Any], accessible: str, description: str,
               widths: tuple[int, ...]) -> QTableView:
    view = QTableView()
    view.setModel(model)
    view.setSelectionBehavior(QTableView.SelectionBehavior.SelectRows)
    view.setSelectionMode(QTableView.SelectionMode.SingleSelection)
    view.verticalHeader().hide()
    view.setWordWrap(True)
    for column, width in enumerate(widths):
        view.setColumnWidth(column, width)
    name(view, accessible, description)
    return view


class SupplierRoutePage(StepsPage):
    def __init__(self, context: PageContext, parent: QWidget | None = None) -> None:
        self.route = shipped_route()
        route, database, organisation = self.route, context.database, context.organisation.id
        state = load_route_state(database, organisation, route, date.today())
        super().__init__(context, state.steps, lambda step: save_route_step(
            database, organisation, route, step, date.today()),
            self.tr("Open Find a Tender in your &browser"), parent)
        self.setObjectName("supplier-route-page")
        self.show_sources = True
        self.show_step(self.current)
        name(self.table, self.tr("Registration steps"),
             self.tr("Choose a step with the arrow keys"))
        self.registration = state.registration
        self.registration_subject = Subject(
            self.tr("Someone else changed the registration"),
            self.tr("Someone else removed the registration"), self._describe_registration)
        self.share_subject = Subject(self.tr("Someone else changed this share code"),
                                     self.tr("Someone else removed this share code"),
                                     self._describe_share)

        self.progress = wrapped_label("")
        self.progress.setObjectName("route-progress")
        self.warnings = wrapped_label("", PROBLEM_TONE)
        self.warnings.setObjectName("route-warnings")
        self.tabs = QTabWidget()
        name(self.tabs, self.tr("Parts of the registration"),
             self.tr("Ctrl+Tab moves to the next part"))
        name(self.tabs.tabBar(), self.tr("Parts of the registration"),
             self.tr("The arrow keys choose a part"))
        self.tabs.addTab(self.steps_view, self.tr("&Steps"))
        self.tabs.addTab(self._registration_tab(), self.tr("&PPON and users"))
        self.tabs.addTab(self._share_tab(), self.tr("Share &codes given"))

        layout = QVBoxLayout(self)
        layout.addWidget(page_title(self.tr("Procurement Act: supplier registration")))
        layout.addWidget(GlossaryLabel(context.glossary, self.tr(
            "Under the Procurement Act 2023 you register once on the Central Digital Platform "
            "(Find a Tender), keep your supplier information up to date there and give each "
            "buyer a share code. The same route serves every framework under the Act. Changes "
            "save themselves."), QUIET_TONE))
        layout.addWidget(self.progress)
        layout.addWidget(self.warnings)
        layout.addWidget(save_problem_label(self.autosaver))
        layout.addWidget(self.tabs, 1)
        self._show_registration(self.registration)
        self._show_share_codes(state.share_codes)
        self._show_summary(state.warnings)

    # -- building -------------------------------------------------------------------------
    def _registration_tab(self) -> QWidget:
        tab = QWidget()
        self.ppon = line(example(self.route.ppon.example), self.tr("PPON"),
                         self.tr("Your Public Procurement Organisation Number, like {example}"
                                 ).format(example=self.route.ppon.example))
        self.ppon.setMaxLength(40)
        self.confirmed_on = line(example("31/03/2027"),
                                 self.tr("Supplier information last confirmed on"),
                                 self.tr("Type it like 31/03/2027"))
        self.confirmed_on.setMaxLength(40)
        self.confirmed_today = button(self.tr("Confirmed &today"), self.confirm_today, self.tr(
            "Records that you confirmed the information on the platform today"))
        for edit in (self.ppon, self.confirmed_on):
            edit.textEdited.connect(lambda _text: self.autosaver.edit("registration", None))
            edit.editingFinished.connect(self.autosaver.flush)
        when = QHBoxLayout()
        when.addWidget(self.confirmed_on, 1)
        when.addWidget(self.confirmed_today)
        form = QFormLayout()
        form.addRow(buddy_label(self.tr("PP&ON:"), self.ppon), self.ppon)
        form.addRow(buddy_label(self.tr("Last con&firmed on:"), self.confirmed_on), when)
        self.registration_problem = wrapped_label("", PROBLEM_TONE)
        self.registration_problem.hide()

        roles = {role.code: role.label for role in self.route.roles}
        self.users_model = UserTableModel(roles, self)
        self.users = table_view(self.users_model, self.tr("People who use the platform"),
                                self.tr("Choose a row with the arrow keys"), (220, 280, 140))
        self.user_name = line(self.tr("Name"), self.tr("New user: name"))
        self.user_email = line(example("name@charity.org.uk"), self.tr("New user: email"))
        self.user_role = QComboBox()
        for role in self.route.roles:
            self.user_role.addItem(role.label, role.code)
            self.user_role.setItemData(self.user_role.count() - 1, role.detail,
                                       Qt.ItemDataRole.ToolTipRole)
        name(self.user_role, self.tr("New user: role"))
        self.add_user_button = button(self.tr("&Add user"), self.add_user)
        self.user_email.returnPressed.connect(self.add_user)
        self.remove_user_button = button(self.tr("Remove the chosen user"), self.remove_user)
        new = QHBoxLayout()
        for widget in (self.user_name, self.user_email, self.user_role, self.add_user_button):
            new.addWidget(widget)
        roles_note = wrapped_label(" · ".join(f"{role.label}: {role.detail}"
                                              for role in self.route.roles), QUIET_TONE)
        layout = QVBoxLayout(tab)
        layout.addLayout(form)
        layout.addWidget(self.registration_problem)
        layout.addWidget(wrapped_label(self.tr("People who use the platform (keep this the same "
                                               "as \"Manage users\" there):")))
        layout.addWidget(self.users, 1)
        layout.addLayout(new)
        layout.addWidget(self.remove_user_button, 0, Qt.AlignmentFlag.AlignLeft)
        layout.addWidget(roles_note)
        return tab

    def _share_tab(self) -> QWidget:
        tab = QWidget()
        self.shares_model = ShareCodeTableModel(self)
        self.shares = table_view(self.shares_model, self.tr("Share codes given"),
                                 self.tr("Choose a row with the arrow keys"),
                                 (110, 200, 220, 200, 100))
        self.share_code = line(example(self.route.share_code.example), self.tr("Share code"))
        self.share_code.setMaxLength(40)
        self.share_buyer = line(self.tr("e.g. Ministry of Justice"), self.tr("Buyer"))
        self.share_procurement = line(self.tr("The buyer's name or reference for it"),
                                      self.tr("Procurement"))
        self.share_opportunity = QComboBox()
        name(self.share_opportunity, self.tr("Opportunity it was for"))
        self.share_given = line(example("31/03/2027"), self.tr("Date given"),
                                self.tr("Type it like 31/03/2027"))
        self.share_given.setMaxLength(40)
        self.add_share_button = button(self.tr("&Record the share code"), self.add_share)
        self.remove_share_button = button(self.tr("Remove the chosen share code"),
                                          self.remove_share)
        self.share_problem = wrapped_label("", PROBLEM_TONE)
        self.share_problem.hide()
        grid = QGridLayout()
        for row, (label, widget) in enumerate((
                (self.tr("Cod&e:"), self.share_code), (self.tr("B&uyer:"), self.share_buyer),
                (self.tr("Procure&ment:"), self.share_procurement),
                (self.tr("Opportun&ity:"), self.share_opportunity),
                (self.tr("Date &given:"), self.share_given))):
            grid.addWidget(buddy_label(label, widget), row // 2, (row % 2) * 2)
            grid.addWidget(widget, row // 2, (row % 2) * 2 + 1)
        buttons = QHBoxLayout()
        buttons.addWidget(self.add_share_button)
        buttons.addWidget(self.remove_share_button)
        buttons.addStretch(1)
        layout = QVBoxLayout(tab)
        layout.addWidget(self.shares, 1)
        layout.addLayout(grid)
        layout.addLayout(buttons)
        layout.addWidget(self.share_problem)
        return tab

    # -- showing --------------------------------------------------------------------------
    def _show_registration(self, registration: Registration) -> None:
        self.registration = registration
        show_text(self.ppon, registration.ppon)
        show_text(self.confirmed_on, typed_date(registration.confirmed_on))
        self.users_model.set_rows(registration.users)

    def _show_share_codes(self, shares: list[ShareCode]) -> None:
        context = self.context
        opportunities = {s.id: s.title for s in list_summaries(context.database,
                                                               context.organisation.id)}
        self.shares_model.opportunities = opportunities
        chosen = self.share_opportunity.currentData()
        self.share_opportunity.clear()
        self.share_opportunity.addItem(self.tr("(none)"), None)
        for key, title in opportunities.items():
            self.share_opportunity.addItem(title, key)
        self.share_opportunity.setCurrentIndex(max(0, self.share_opportunity.findData(chosen)))
        self.shares_model.set_rows(shares)

    def _show_summary(self, warnings: list[str] | None = None) -> None:
        if warnings is None:
            context = self.context
            warnings = load_route_state(context.database, context.organisation.id, self.route,
                                        date.today()).warnings
        done = sum(1 for step in self.steps if step.status.finished)
        self.progress.setText(self.tr("Steps done: {done} of {total} · PPON: {ppon}").format(
            done=done, total=len(self.steps), ppon=self.registration.ppon or self.tr("not yet")))
        name(self.progress, self.progress.text())
        self.warnings.setText("\n".join("⚠ " + warning for warning in warnings))
        self.warnings.setVisible(bool(warnings))
        name(self.warnings, self.warnings.text())

    def step_saved(self) -> None:
        self._show_summary()

    def check_words(self, certainty: str) -> str:
        return self.tr("Not confirmed in the sources: follow what the platform's own screens "
                       "ask.")

    def on_shown(self) -> None:
        """The profile may have changed on its own page: the warnings are read again."""
        self._show_summary()

    # -- the registration -----------------------------------------------------------------
    def save_pending(self, key: str) -> None:
        """One autosaver for the page: the chosen step, and the PPON and date when edited."""
        if key == "registration":
            self._save_registration_boxes()
        else:
            super().save_pending(key)

    def _save_registration_boxes(self) -> None:
        confirmed, problem = read_date(self.confirmed_on.text())
        if problem:
            show_problem(self.registration_problem, problem)
            return
        self._save_registration(replace(self.registration, ppon=self.ppon.text(),
                                        confirmed_on=confirmed))

    def _save_registration(self, mine: Registration) -> bool:
        context, route = self.context, self.route
        try:
            saved = save_settling(self, self.registration_subject, self.registration, mine,
                                  lambda attempt: save_registration(
                                      context.database, context.organisation.id, route,
                                      attempt, date.today()), self._show_registration)
        except InvalidRegistration as error:
            show_problem(self.registration_problem, str(error))
            return False
        show_problem(self.registration_problem, "")
        self.registration = saved or load_registration(context.database,
                                                       context.organisation.id)
        if saved is not None and saved.ppon != self.ppon.text():
            show_text(self.ppon, saved.ppon)  # as kept: upper case, without "GB-PPON-"
        self.users_model.set_rows(self.registration.users)
        self._show_summary()
        return True

    def confirm_today(self) -> None:
        self.confirmed_on.setText(typed_date(date.today()))
        self.autosaver.edit("registration", None)
        self.autosaver.flush()

    def add_user(self) -> None:
        self.autosaver.flush()
        user = SupplierUser(self.user_name.text().strip(), self.user_email.text().strip(),
                            self.user_role.currentData())
        problem = check_user(user)
        if problem:
            show_problem(self.registration_problem, problem)
            return
        if self._save_registration(replace(self.registration,
                                           users=(*self.registration.users, user))):
            for edit in (self.user_name, self.user_email):
                edit.clear()
            self.user_name.setFocus()

    def remove_user(self) -> None:
        row = self.users.currentIndex().row()
        if not 0 <= row < len(self.registration.users):
            return
        user = self.registration.users[row]
        if dialogs.service.confirm(self, self.tr("Remove this user?"), self.tr(
                "Take {name} off the list? Remove them on the platform too.").format(
                    name=user.name)):
            self._save_registration(replace(self.registration, users=tuple(
                other for other in self.registration.users if other != user)))

    def _describe_registration(self, registration: Registration) -> dict[str, tuple[str, str]]:
        return {"ppon": (self.tr("PPON"), registration.ppon),
                "confirmed_on": (self.tr("Last confirmed on"),
                                 typed_date(registration.confirmed_on)),
                "users": (self.tr("Users"), "; ".join(
                    f"{user.name} <{user.email}> ({self.route.role_label(user.role)})"
                    for user in registration.users))}

    # -- share codes ----------------------------------------------------------------------
    def _reload_shares(self) -> None:
        context = self.context
        self._show_share_codes(load_route_state(context.database, context.organisation.id,
                                                self.route, date.today()).share_codes)

    def add_share(self) -> None:
        given, problem = read_date(self.share_given.text())
        share = ShareCode(None, self.share_code.text(), self.share_buyer.text(),
                          self.share_procurement.text(), self.share_opportunity.currentData(),
                          given or date.today())
        context = self.context
        try:
            if problem:
                raise InvalidRegistration(problem)
            save_share_code(context.database, context.organisation.id, self.route, share,
                            date.today())
        except InvalidRegistration as error:
            show_problem(self.share_problem, str(error))
            return
        show_problem(self.share_problem, "")
        for edit in (self.share_code, self.share_buyer, self.share_procurement,
                     self.share_given):
            edit.clear()
        self._reload_shares()
        self.share_code.setFocus()

    def remove_share(self) -> None:
        row = self.shares.currentIndex().row()
        if not 0 <= row < self.shares_model.rowCount():
            return
        share = self.shares_model.row(row)
        if dialogs.service.confirm(self, self.tr("Remove this share code?"), self.tr(
                "Remove the share code {code} given to {buyer}?").format(
                    code=share.code, buyer=share.buyer)):
            database, share_id = self.context.database, share.id or 0
            remove_checked(self, self.share_subject, lambda: delete_share_code(
                database, share_id, version=share.version))
            self._reload_shares()

    def _describe_share(self, share: ShareCode) -> dict[str, tuple[str, str]]:
        return {"code": (self.tr("Share code"), share.code),
                "buyer": (self.tr("Buyer"), share.buyer),
                "procurement": (self.tr("Procurement"), share.procurement),
                "given_on": (self.tr("Date given"), typed_date(share.given_on))}
