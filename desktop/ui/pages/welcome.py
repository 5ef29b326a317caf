"""First run: say what the app is for, then create the organisation or open the sample charity."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from desktop.core.catalogue import regime_label
from desktop.core.organisation import OrganisationInfo, check_organisation
from desktop.ui import dialogs, look
from desktop.ui.qt_helpers import (
    PROBLEM_TONE,
    buddy_label,
    name,
    page_title,
    show_problem,
    wrapped_label,
)

if TYPE_CHECKING:
    from desktop.app.workspace import Workspace


class WelcomePage(QWidget):
    """Emits `organisation_ready` once the database has an organisation."""

    organisation_ready = Signal(object)  # OrganisationInfo

    def __init__(self, workspace: Workspace, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.database = workspace.database
        self.setObjectName("welcome-page")

        title = page_title(self.tr("Welcome to Framework Ready"))
        intro = QLabel(self.tr(
            "Framework Ready helps your organisation qualify onto public-sector frameworks, see "
            "which lots you can bid for and why, and keep track of every deadline. Everything "
            "stays on this computer."))
        intro.setWordWrap(True)
        # The frameworks are the packs' (forms/frameworks/), named as they name themselves.
        self.frameworks = QLabel("\n".join(
            self.tr("• {name} — {buyer}; {regime}").format(
                name=info.name, buyer=info.buyer, regime=regime_label(info.regime))
            for info in workspace.frameworks()))
        self.frameworks.setWordWrap(True)
        name(self.frameworks, self.tr("The frameworks it guides you through: {list}").format(
            list=self.frameworks.text()))
        start = QLabel(self.tr(
            "Start by telling us your organisation's name. You can add the rest later, and "
            "choose which frameworks you follow."))
        start.setWordWrap(True)

        self.name_edit = self._field(self.tr("Organisation name"), self.tr(
            "The legal name, e.g. Riverside Futures CIO"), max_length=300)
        self.charity_edit = self._field(self.tr("Charity number"), self.tr(
            "Optional, e.g. 1123456, SC012345 or NIC100001"), max_length=20)
        self.company_edit = self._field(self.tr("Company number"), self.tr(
            "Optional, e.g. 01234567 or SC123456"), max_length=20)
        self.errors = {key: self._error_label() for key in ("name", "charity_number",
                                                            "company_number")}
        form = QFormLayout()
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        for label, edit, key in (
            (self.tr("Organisation &name:"), self.name_edit, "name"),
            (self.tr("C&harity number:"), self.charity_edit, "charity_number"),
            (self.tr("Co&mpany number:"), self.company_edit, "company_number"),
        ):
            column = QVBoxLayout()
            column.setSpacing(2)
            column.addWidget(edit)
            column.addWidget(self.errors[key])
            form.addRow(buddy_label(label, edit), column)

        self.create_button = look.PrimaryButton(self.tr("&Create organisation"))
        name(self.create_button, self.tr("Create organisation"),
             self.tr("Saves your organisation and opens the framework catalogue"))
        self.create_button.setDefault(True)
        self.create_button.clicked.connect(self.create_organisation)
        self.sample_button = QPushButton(self.tr("&Explore with a sample charity"))
        name(self.sample_button, self.tr("Explore with a sample charity"),
             self.tr("Creates a made-up charity so you can look around first"))
        self.sample_button.clicked.connect(self.use_sample)
        buttons = QHBoxLayout()
        buttons.addWidget(self.create_button)
        buttons.addWidget(self.sample_button)
        buttons.addStretch()

        # The one thing to do first, in a card: the name (the page's prominent button saves it)
        # or the sample charity to look round with.
        card = look.Card(self.tr("Your organisation"))
        card.fill(form)
        card.body.addSpacing(look.SMALL)
        card.body.addLayout(buttons)
        column = QVBoxLayout()
        column.setSpacing(look.MEDIUM)
        column.addWidget(title)
        column.addWidget(intro)
        column.addWidget(look.caption(self.tr("The frameworks it guides you through:")))
        column.addWidget(self.frameworks)
        column.addWidget(start)
        column.addWidget(card)
        column.addStretch(1)  # the card as tall as its form, the room left below it
        box = QWidget()
        box.setLayout(column)
        box.setMaximumWidth(720)
        outer = QHBoxLayout(self)
        outer.addStretch()
        outer.addWidget(box, 3)
        outer.addStretch()

        for edit in (self.name_edit, self.charity_edit, self.company_edit):
            edit.textChanged.connect(self.validate)
            edit.returnPressed.connect(self.create_organisation)
        self.validate()

    def _field(self, accessible_name: str, placeholder: str, max_length: int) -> QLineEdit:
        edit = QLineEdit()
        edit.setPlaceholderText(placeholder)
        edit.setMaxLength(max_length)
        name(edit, accessible_name, placeholder)
        return edit

    @staticmethod
    def _error_label() -> QLabel:
        label = wrapped_label("", PROBLEM_TONE)  # with a ⚠ sign: never colour alone
        label.hide()
        return label

    def _problems(self) -> dict[str, str]:
        return check_organisation(self.name_edit.text(), self.charity_edit.text(),
                                  self.company_edit.text())

    def validate(self) -> bool:
        """Show each field's problem under it; the name only once something was typed."""
        problems = self._problems()
        if not self.name_edit.text():
            problems.pop("name", None)
            valid = False
        else:
            valid = not problems
        edits = {"name": self.name_edit, "charity_number": self.charity_edit,
                 "company_number": self.company_edit}
        for key, label in self.errors.items():
            message = problems.get(key, "")
            show_problem(label, message)
            edits[key].setAccessibleDescription(message or edits[key].placeholderText())
        self.create_button.setEnabled(valid)
        return valid

    def create_organisation(self) -> None:
        """Save the organisation typed in (named so as not to hide QWidget.create)."""
        if not self.validate():
            return
        from desktop.app.faults import BulkChangeBusy
        from desktop.core.organisation_records import first_organisation

        try:
            organisation, made = first_organisation(
                self.database, self.name_edit.text(), self.charity_edit.text(),
                self.company_edit.text())
        except BulkChangeBusy as busy:
            dialogs.service.show_warning(self, self.tr("Could not save"), str(busy))
            return
        except Exception as error:  # any failure: plain words for the person, details aside
            dialogs.service.show_error(self, self.tr("Could not save"), self.tr(
                "Your organisation could not be saved. Nothing was changed; please try again."),
                details=str(error))
            return
        if not made:  # someone else's first run on this team database got there first
            dialogs.service.explain(self, self.tr("Already set up"), self.tr(
                "Someone else has just set up {name} in this database, so Framework Ready "
                "opens that. What you typed was not saved.").format(name=organisation.name))
        self.organisation_ready.emit(organisation)

    def use_sample(self) -> None:
        from desktop.core.sample import ensure_sample

        organisation: OrganisationInfo = ensure_sample(self.database)
        self.organisation_ready.emit(organisation)
