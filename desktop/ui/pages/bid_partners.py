"""The supply chain of one bid: who is named, in which role, with what share and services.

Shown inside the opportunity. Exclusivity and shares over 100 % are flagged; taking a key
subcontractor off a submitted bid asks for the buyer's permission (date and reference) first.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import date

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QComboBox,
    QFormLayout,
    QHBoxLayout,
    QListWidgetItem,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from desktop.core.supply_chain import BidPartnerInfo, Role, SupplyChainError, chain_warnings
from desktop.core.supply_chain_records import (
    bid_partners,
    list_partners,
    name_on_bid,
    record_permission,
    take_off_bid,
)
from desktop.questionnaire.model import Field, FieldType
from desktop.questionnaire.values import interpret, read_date
from desktop.ui import look
from desktop.ui.conflicts import Subject, remove_checked, save_settling
from desktop.ui.context import PageContext
from desktop.ui.glossary_links import GlossaryLabel
from desktop.ui.qt_helpers import (
    PROBLEM_TONE,
    QUIET_TONE,
    buddy_label,
    example,
    line,
    name,
    show_problem,
    wrapped_check,
    wrapped_label,
    wrapping_list,
)

PERCENT = Field("share", "Share", FieldType.NUMBER)
ROLE_ROLE = Qt.ItemDataRole.UserRole


class BidPartnersBox(look.Card):
    changed = Signal()

    def __init__(self, context: PageContext, parent: QWidget | None = None) -> None:
        super().__init__(parent=parent)
        self.setTitle(self.tr("Partners in this bid"))
        self.context = context
        self.opportunity_id: int | None = None
        self.chain: list[BidPartnerInfo] = []
        self.list = wrapping_list()
        name(self.list, self.tr("Partners named on this bid"))
        self.warning = wrapped_label("", PROBLEM_TONE)
        self.warning.hide()
        self.partner = QComboBox()
        name(self.partner, self.tr("Partner"))
        self.role = QComboBox()
        for role in Role:
            self.role.addItem(role.label, role.value)
        name(self.role, self.tr("Role in the bid"))
        self.share = line(example("40"), self.tr("Share of the value, in per cent"))
        self.services = line(self.tr("What they deliver"), self.tr("Services they deliver"))
        self.exclusive, exclusive_row = wrapped_check(
            self.tr("They must work only with us (exclusivity)"))
        self.add_button = QPushButton(self.tr("Na&me on the bid, or update"))
        name(self.add_button, self.tr("Name the partner on the bid, or update it"))
        self.remove_button = QPushButton(self.tr("Take off the bid"))
        name(self.remove_button, self.remove_button.text())
        self.change = QComboBox()
        self.change.addItem(self.tr("Switch to another subcontractor"), "switch")
        self.change.addItem(self.tr("End their part"), "terminate")
        name(self.change, self.tr("Change to a key subcontractor"))
        self.permitted_on = line(example("20/11/2026"), self.tr("Date the buyer gave permission"))
        self.permission_reference = line(example("PSDF/CHG/0042"), self.tr("The buyer's reference"))
        self.permission_button = QPushButton(self.tr("Record the buyer's permission"))
        name(self.permission_button, self.tr("Record the buyer's permission"))
        self.problem = wrapped_label("", PROBLEM_TONE)
        self.problem.hide()
        self.subject = Subject(self.tr("Someone else changed this partner's part in the bid"),
                               self.tr("Someone else took this partner off the bid"),
                               self._describe)

        form = QFormLayout()
        for label, widget in ((self.tr("&Partner:"), self.partner),
                              (self.tr("Rol&e:"), self.role),
                              (self.tr("S&hare (%):"), self.share),
                              (self.tr("&Services:"), self.services)):
            form.addRow(buddy_label(label, widget), widget)
        buttons = QHBoxLayout()
        buttons.addWidget(self.add_button)
        buttons.addWidget(self.remove_button)
        buttons.addStretch(1)
        permission = QFormLayout()
        permission.addRow(buddy_label(self.tr("Chan&ge:"), self.change), self.change)
        permission.addRow(buddy_label(self.tr("Permission date:"), self.permitted_on),
                          self.permitted_on)
        permission.addRow(buddy_label(self.tr("Buyer's re&ference:"),
                                      self.permission_reference), self.permission_reference)
        layout = self.fill(QVBoxLayout())
        layout.addWidget(self.list)
        layout.addWidget(self.warning)
        layout.addLayout(form)
        layout.addWidget(exclusive_row)
        layout.addLayout(buttons)
        layout.addWidget(GlossaryLabel(context.glossary, self.tr(
            "Once a bid is submitted, switching or ending a key subcontractor needs the buyer's "
            "permission: record it here first."), QUIET_TONE))
        layout.addLayout(permission)
        layout.addWidget(self.permission_button, 0, Qt.AlignmentFlag.AlignLeft)
        layout.addWidget(self.problem)
        self.list.currentRowChanged.connect(self._chosen)
        self.add_button.clicked.connect(self.name_partner)
        self.remove_button.clicked.connect(self.take_off)
        self.permission_button.clicked.connect(self.record)

    def show_bid(self, opportunity_id: int | None) -> None:
        self.opportunity_id = opportunity_id
        partners = list_partners(self.context.database, self.context.organisation.id)
        self.partner.clear()
        for partner in partners:
            self.partner.addItem(partner.name, partner.id)
        self.chain = bid_partners(self.context.database, opportunity_id) \
            if opportunity_id is not None else []
        self.list.clear()
        for entry in self.chain:
            share = f", {entry.share_percent}%" if entry.share_percent is not None else ""
            text = f"{entry.partner_name}: {entry.role.label}{share}"
            item = QListWidgetItem(text + (f" — {entry.services}" if entry.services else ""))
            item.setData(ROLE_ROLE, entry)
            self.list.addItem(item)
        warnings = chain_warnings(self.chain)
        self.warning.setText("\n".join("⚠ " + w for w in warnings))
        self.warning.setVisible(bool(warnings))
        ready = opportunity_id is not None and bool(partners)
        for widget in (self.add_button, self.remove_button, self.permission_button):
            widget.setEnabled(ready)
        self._problem("" if partners or opportunity_id is None else self.tr(
            "Add partner organisations on the Partners page first."))

    def _chosen(self, row: int) -> None:
        if 0 <= row < len(self.chain):
            self._fill(self.chain[row])

    def _fill(self, entry: BidPartnerInfo) -> None:
        self.partner.setCurrentIndex(self.partner.findData(entry.partner_id))
        self.role.setCurrentIndex(self.role.findData(entry.role.value))
        self.share.setText("" if entry.share_percent is None else str(entry.share_percent))
        self.services.setText(entry.services)
        self.exclusive.setChecked(entry.exclusivity)

    def name_partner(self) -> None:
        if self.opportunity_id is None or self.partner.currentData() is None:
            return
        share = interpret(PERCENT, self.share.text())
        if share.problem:
            self._problem(share.problem)
            return
        base = self._entry(self.partner.currentData())
        mine = BidPartnerInfo(base.id if base else None, self.partner.currentData(),
                              self.partner.currentText(), Role(self.role.currentData()),
                              share.value, self.services.text(), self.exclusive.isChecked(),
                              base.version if base else 0)
        database, opportunity_id = self.context.database, self.opportunity_id
        self._apply(lambda: save_settling(
            self, self.subject, base, mine, lambda entry: name_on_bid(database, opportunity_id,
                                                                      entry), self._fill))

    def take_off(self) -> None:
        if self.opportunity_id is None or self.partner.currentData() is None:
            return
        database, opportunity_id = self.context.database, self.opportunity_id
        partner_id = self.partner.currentData()
        version = entry.version if (entry := self._entry(partner_id)) else 0
        self._apply(lambda: remove_checked(self, self.subject, lambda: take_off_bid(
            database, opportunity_id, partner_id, version=version)))

    def _entry(self, partner_id: int) -> BidPartnerInfo | None:
        """The partner's part in the bid as shown, or None if it is not shown on it."""
        return next((entry for entry in self.chain if entry.partner_id == partner_id), None)

    def _describe(self, entry: BidPartnerInfo) -> dict[str, tuple[str, str]]:
        return {"role": (self.tr("Role"), entry.role.label),
                "share_percent": (self.tr("Share"), "" if entry.share_percent is None
                                  else f"{entry.share_percent}%"),
                "services": (self.tr("Services"), entry.services),
                "exclusivity": (self.tr("Exclusivity"), self.tr("yes") if entry.exclusivity
                                else self.tr("no"))}

    def record(self) -> None:
        named = {e.partner_id: e.id for e in self.chain}
        entry_id = named.get(self.partner.currentData())
        if entry_id is None:
            self._problem(self.tr("Choose a partner named on this bid."))
            return
        day, problem = read_date(self.permitted_on.text())
        if problem or day is None:
            self._problem(problem or self.tr("Give the date the buyer gave permission."))
            return
        permitted: date = day
        change, reference = self.change.currentData(), self.permission_reference.text()
        self._apply(lambda: record_permission(self.context.database, entry_id, change, permitted,
                                              reference))

    def _apply(self, change: Callable[[], object]) -> None:
        try:
            change()
        except SupplyChainError as error:
            self._problem(str(error))
            return
        self.show_bid(self.opportunity_id)
        self.changed.emit()

    def _problem(self, problem: str) -> None:
        show_problem(self.problem, problem)
