"""Partners: the organisations you bid with, and each year's figures for the supply-chain report.

Details save themselves when the person moves on. A partner named on bids is deleted only after
saying which bids it will be taken off.
"""

from __future__ import annotations

from dataclasses import replace

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QFormLayout,
    QHBoxLayout,
    QListWidgetItem,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from desktop.core.qualification import PROFILE
from desktop.core.supply_chain import PartnerInfo, PartnerYearInfo, SupplyChainError
from desktop.core.supply_chain_records import (
    bids_naming,
    delete_partner,
    list_partners,
    partner_years,
    save_partner,
    save_year,
)
from desktop.i18n import pounds
from desktop.questionnaire.model import Field, FieldType
from desktop.questionnaire.values import interpret, read_date, typed_date
from desktop.ui import dialogs, look
from desktop.ui.conflicts import Subject, remove_checked, save_settling, show_text
from desktop.ui.context import PageContext
from desktop.ui.qt_helpers import (
    PROBLEM_TONE,
    QUIET_TONE,
    buddy_label,
    example,
    line,
    name,
    page_title,
    scrolling,
    show_problem,
    side_by_side,
    wrapped_label,
    wrapping_list,
)
from desktop.ui.shortcuts import NEW_ITEM
from desktop.ui.widgets.autosave import Autosaver, AutosavingPage, save_problem_label
from desktop.ui.widgets.inputs import MultiChoiceInput, NotesEdit

MONEY = Field("spend", "Spend", FieldType.MONEY)
YEAR = Field("year", "Year", FieldType.NUMBER)


class PartnersPage(AutosavingPage):
    def __init__(self, context: PageContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.context = context
        self.setObjectName("partners-page")
        self.partners: list[PartnerInfo] = []
        self.year_figures: list[PartnerYearInfo] = []
        self.current: PartnerInfo | None = None
        self._loading = False
        self.autosaver = Autosaver(lambda _key, _raw: self._save(), parent=self)
        self.subject = Subject(self.tr("Someone else changed this partner"),
                               self.tr("Someone else removed this partner"), self._describe)
        self.year_subject = Subject(self.tr("Someone else changed these figures"),
                                    self.tr("Someone else removed this partner"),
                                    self._describe_year)

        self.list = wrapping_list()
        name(self.list, self.tr("Partner organisations"))
        self.new_button = QPushButton(self.tr("&New partner"))
        self.new_button.setShortcut(NEW_ITEM)
        name(self.new_button, self.tr("New partner"))
        left = QWidget()
        left_layout = QVBoxLayout(left)
        left_layout.setContentsMargins(0, 0, 0, 0)
        left_layout.addWidget(self.new_button, 0, Qt.AlignmentFlag.AlignLeft)
        left_layout.addWidget(self.list, 1)

        self.name_edit = line(self.tr("e.g. Tenovus Housing"), self.tr("Partner's name"))
        self.charity = line(example("1123456"), self.tr("Partner's charity number"))
        self.company = line(example("01234567"), self.tr("Partner's company number"))
        self.notes = NotesEdit()
        self.notes.setFixedHeight(90)
        name(self.notes, self.tr("Notes about this partner"))
        delivered = context.forms[PROFILE].field("categories")
        self.categories = MultiChoiceInput(Field(
            "partner_categories", "Categories", FieldType.MULTI_CHOICE,
            choices=delivered.choices if delivered else ()))
        name(self.categories, self.tr("Framework categories this partner delivers"),
             self.tr("Used to show where you can lead a bid with them"))
        self.categories.signals.changed.connect(self._edited)
        self.categories.signals.finished.connect(self.autosaver.flush)
        self.named_on = wrapped_label("", QUIET_TONE)
        self.problem = wrapped_label("", PROBLEM_TONE)
        self.problem.hide()
        form = QFormLayout()
        for label, widget in ((self.tr("Na&me:"), self.name_edit),
                              (self.tr("&Charity number:"), self.charity),
                              (self.tr("C&ompany number:"), self.company),
                              (self.tr("No&tes:"), self.notes),
                              (self.tr("Deli&vers:"), self.categories)):
            form.addRow(buddy_label(label, widget), widget)
        for edit in (self.name_edit, self.charity, self.company):
            edit.textEdited.connect(self._edited)
            edit.editingFinished.connect(self.autosaver.flush)
        self.notes.textChanged.connect(self._edited)
        self.notes.left.connect(self.autosaver.flush)

        self.years = wrapping_list()
        name(self.years, self.tr("Figures for each year"))
        # what to do first while the list is empty, never a blank box
        self.no_years = look.caption(self.tr(
            "No years recorded yet: fill in a year's figures below and save them."))
        self.year = line(example("2026"), self.tr("Year"))
        self.year_services = line(self.tr("Services delivered"), self.tr("Services that year"))
        self.spend = line(example("45,000"), self.tr("Spent with the partner that year, in pounds"))
        self.started = line(example("01/04/2026"), self.tr("Started on"))
        self.ended = line(example("31/03/2027"), self.tr("Ended on"),
                          self.tr("Leave empty if ongoing"))
        self.year_button = QPushButton(self.tr("Save the year's fi&gures"))
        name(self.year_button, self.tr("Save the year's figures"))
        self.year_button.clicked.connect(self.save_year_figures)
        year_form = QFormLayout()
        for label, widget in ((self.tr("&Year:"), self.year),
                              (self.tr("&Services:"), self.year_services),
                              (self.tr("S&pend (£):"), self.spend),
                              (self.tr("Sta&rted:"), self.started),
                              (self.tr("&Ended:"), self.ended)):
            year_form.addRow(buddy_label(label, widget), widget)
        years_box = look.Card(self.tr("For the annual supply-chain report"))
        years_layout = years_box.fill(QVBoxLayout())
        years_layout.addWidget(self.years)
        years_layout.addWidget(self.no_years)
        years_layout.addLayout(year_form)
        years_layout.addWidget(self.year_button, 0, Qt.AlignmentFlag.AlignLeft)

        self.delete_button = QPushButton(self.tr("&Delete this partner…"))
        name(self.delete_button, self.tr("Delete this partner"))
        self.delete_button.clicked.connect(self.delete_current)
        right = QWidget()
        right_layout = QVBoxLayout(right)
        right_layout.addLayout(form)
        right_layout.addWidget(self.named_on)
        right_layout.addWidget(self.problem)
        right_layout.addWidget(save_problem_label(self.autosaver))
        right_layout.addWidget(years_box)
        buttons = QHBoxLayout()
        buttons.addStretch(1)
        buttons.addWidget(self.delete_button)
        right_layout.addLayout(buttons)
        right_layout.addStretch(1)

        layout = QVBoxLayout(self)
        layout.addWidget(page_title(self.tr("Partners")))
        layout.addWidget(wrapped_label(self.tr(
            "Organisations you bid with, as lead or as their subcontractor. Name them on each "
            "bid from the Opportunities page."), QUIET_TONE))
        layout.addWidget(side_by_side(left, scrolling(right, self.tr("The chosen partner")),
                                      (300, 700)), 1)
        self.list.currentRowChanged.connect(self._chosen)
        self.years.currentRowChanged.connect(
            lambda row: self.fill_year(self.year_figures[row])
            if 0 <= row < len(self.year_figures) else None)
        self.new_button.clicked.connect(self.new_partner)

    def reload(self, select_id: int | None = None) -> None:
        self.autosaver.flush()
        keep = select_id if select_id is not None else (self.current.id if self.current else None)
        self.partners = list_partners(self.context.database, self.context.organisation.id)
        self.list.blockSignals(True)
        self.list.clear()
        for partner in self.partners:
            self.list.addItem(QListWidgetItem(partner.name))
        self.list.blockSignals(False)
        row = next((n for n, p in enumerate(self.partners) if p.id == keep),
                   0 if self.partners and keep is None else -1)
        self.list.setCurrentRow(row)
        self._chosen(row)

    def open_item(self, partner_id: int) -> None:
        """Show one partner (from Find or a reason on the lots page), the focus on its name."""
        self.reload(partner_id)
        self.name_edit.setFocus(Qt.FocusReason.OtherFocusReason)

    def _chosen(self, row: int) -> None:
        self.autosaver.flush()
        self.current = self.partners[row] if 0 <= row < len(self.partners) else None
        self._show(self.current)

    def _show(self, partner: PartnerInfo | None) -> None:
        self._fill(partner or PartnerInfo(None, ""))
        bids = bids_naming(self.context.database, partner.id) if partner and partner.id else []
        self.named_on.setText(self.tr("Named on: {bids}").format(bids="; ".join(bids))
                              if bids else self.tr("Not named on any bid yet."))
        self.years.clear()
        self.year_figures = partner_years(self.context.database, partner.id) \
            if partner and partner.id else []
        for figures in self.year_figures:
            self.years.addItem(self.tr("{year}: {spend} — {services}").format(
                year=figures.year, spend=pounds(figures.spend), services=figures.services))
        self.years.setVisible(bool(self.year_figures))
        self.no_years.setVisible(not self.year_figures)
        for widget in (self.delete_button, self.year_button):
            widget.setEnabled(partner is not None)
        self._problem("")

    def _fill(self, partner: PartnerInfo) -> None:
        self._loading = True
        show_text(self.name_edit, partner.name)
        show_text(self.charity, partner.charity_number)
        show_text(self.company, partner.company_number)
        show_text(self.notes, partner.notes)
        if tuple(self.categories.raw() or ()) != partner.categories:
            self.categories.set_raw(list(partner.categories))
        self._loading = False

    def new_partner(self) -> None:
        self.autosaver.flush()
        self.list.clearSelection()
        self.current = None
        self._show(None)
        self.name_edit.setFocus()

    def _edited(self) -> None:
        if not self._loading:
            self.autosaver.edit("partner", None)

    def _save(self) -> None:
        if self.current is None and not self.name_edit.text().strip():
            return
        base = self.current or PartnerInfo(None, "")
        mine = replace(base, name=self.name_edit.text(), charity_number=self.charity.text(),
                       company_number=self.company.text(), notes=self.notes.toPlainText(),
                       categories=tuple(self.categories.raw() or ()))
        database, organisation = self.context.database, self.context.organisation.id
        try:
            saved = save_settling(self, self.subject, base, mine,
                                  lambda partner: save_partner(database, organisation, partner),
                                  self._fill)
        except SupplyChainError as error:
            self._problem(str(error))
            return
        self._problem("")
        if saved is None:  # someone else removed it
            self.current = None
            self.reload()
            return
        renamed = self.current is None or self.current.name != saved.name
        self.current = saved
        if renamed:
            self.reload(saved.id)

    def _describe(self, partner: PartnerInfo) -> dict[str, tuple[str, str]]:
        delivered = self.context.forms[PROFILE].field("categories")
        labels = {c.value: c.label for c in delivered.choices} if delivered else {}
        return {"name": (self.tr("Name"), partner.name),
                "charity_number": (self.tr("Charity number"), partner.charity_number),
                "company_number": (self.tr("Company number"), partner.company_number),
                "notes": (self.tr("Notes"), partner.notes),
                "categories": (self.tr("Delivers"), ", ".join(
                    labels.get(code, code) for code in partner.categories))}

    def save_year_figures(self) -> None:
        if self.current is None or self.current.id is None:
            return
        year, spend = interpret(YEAR, self.year.text()), interpret(MONEY, self.spend.text())
        started, started_problem = read_date(self.started.text())
        ended, ended_problem = read_date(self.ended.text())
        problem = (year.problem or (self.tr("Give the year.") if year.value is None else "")
                   or spend.problem or started_problem or ended_problem)
        if not problem:
            base = next((f for f in self.year_figures if f.year == year.value), None)
            mine = PartnerYearInfo(self.current.id, year.value, self.year_services.text(),
                                   spend.value or 0, started, ended, base.version if base else 0)
            database = self.context.database
            try:
                save_settling(self, self.year_subject, base, mine,
                              lambda figures: save_year(database, figures), self.fill_year)
            except SupplyChainError as error:
                problem = str(error)
        self._problem(problem)
        if not problem:
            self._show(self.current)

    def _describe_year(self, figures: PartnerYearInfo) -> dict[str, tuple[str, str]]:
        return {"services": (self.tr("Services"), figures.services),
                "spend": (self.tr("Spend"), pounds(figures.spend)),
                "started_on": (self.tr("Started"), typed_date(figures.started_on)),
                "ended_on": (self.tr("Ended"), typed_date(figures.ended_on))}

    def delete_current(self) -> None:
        if self.current is None or self.current.id is None:
            return
        bids = bids_naming(self.context.database, self.current.id)
        question = self.tr("Delete {partner}?").format(partner=self.current.name)
        if bids:
            question = self.tr("{partner} is named on: {bids}. Take it off those bids and "
                               "delete it?").format(partner=self.current.name,
                                                    bids="; ".join(bids))
        if dialogs.service.confirm(self, self.tr("Delete this partner?"), question):
            database, partner_id = self.context.database, self.current.id
            version = self.current.version
            if remove_checked(self, self.subject, lambda: delete_partner(
                    database, partner_id, remove_from_bids=True, version=version)):
                self.current = None
            self.reload()

    def _problem(self, problem: str) -> None:
        show_problem(self.problem, problem)

    def on_shown(self) -> None:
        self.reload()

    def fill_year(self, figures: PartnerYearInfo) -> None:
        """Put a saved year's figures in the boxes, to change them."""
        self.year.setText(str(figures.year))
        self.year_services.setText(figures.services)
        self.spend.setText(pounds(figures.spend).lstrip("£"))
        self.started.setText(typed_date(figures.started_on))
        self.ended.setText(typed_date(figures.ended_on))
