"""Costing: can the charity afford to win it? Staff and other costs, a fair share of overheads,
the price against full cost, and the cash flow against the free reserves.

Every change is worked out at once and saved by itself (no Save button to forget); a figure that
cannot be read is said in words and nothing is saved until it is put right.
"""

from __future__ import annotations

from dataclasses import replace
from decimal import Decimal

from PySide6.QtCore import Qt
from PySide6.QtGui import QShowEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QComboBox,
    QFormLayout,
    QHBoxLayout,
    QHeaderView,
    QPushButton,
    QSpinBox,
    QTableView,
    QTableWidget,
    QTableWidgetItem,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from desktop.core.conflicts import RecordConflict
from desktop.core.costing import (
    MONTHS_LIMIT,
    Apportionment,
    CostingInputs,
    CostKind,
    CostLine,
    Overheads,
    StaffLine,
    Vat,
    calculate,
    check_inputs,
    respread_note,
)
from desktop.core.costing_cashflow import cash_flow
from desktop.core.costing_rates import current_rates
from desktop.core.costing_records import (
    SavedCosting,
    free_reserves,
    load_costing,
    save_costing,
)
from desktop.i18n import pounds
from desktop.ui import dialogs, look
from desktop.ui.cash_chart import CashFlowChart
from desktop.ui.context import PageContext
from desktop.ui.look import section_heading
from desktop.ui.models.costing import CashFlowTableModel, YearTableModel
from desktop.ui.pages.costing_board import BoardPanel
from desktop.ui.pages.costing_figures import (
    UnreadableFigure,
    read_decimal,
    read_money,
    read_whole,
)
from desktop.ui.qt_helpers import (
    PROBLEM_TONE,
    QUIET_TONE,
    add_rows,
    buddy_label,
    example,
    line,
    name,
    page_title,
    scrolling,
    show_problem,
    wrapped_label,
)
from desktop.ui.widgets.opportunity_picker import OpportunityPicker

STAFF_COLUMNS = 6  # role, salary, FTE, pension %, start month, rise %
COST_COLUMNS = 7  # kind, description, amount, VAT, once, start month, rise %


class CostingPage(QWidget):
    def __init__(self, context: PageContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.context = context
        self.setObjectName("costing-page")
        self.rates = current_rates()
        self.costing: SavedCosting | None = None
        self._loading = False

        self.opportunity = OpportunityPicker(context)
        name(self.opportunity, self.tr("Opportunity to cost"))
        self.opportunity.currentIndexChanged.connect(self._choose)
        self.empty = wrapped_label(self.opportunity.empty_text(), QUIET_TONE)

        self.length = QSpinBox()
        self.length.setRange(1, MONTHS_LIMIT)
        name(self.length, self.tr("Contract length in months"))
        self.price = line(example("2,400,000"), self.tr("Price you will bid, in pounds"),
                          self.tr("Leave empty to use the opportunity's value"))
        self.units = QSpinBox()
        self.units.setRange(0, 1_000_000)
        name(self.units, self.tr("People supported or sessions a year"))
        self.unit_label = line(self.tr("e.g. people supported"), self.tr("What a unit is"))
        self.arrears = QSpinBox()
        self.arrears.setRange(0, 180)
        name(self.arrears, self.tr("Days after the month's end the buyer pays"))
        self.vat_recoverable = QCheckBox(self.tr("VAT can be &recovered"))
        name(self.vat_recoverable, self.tr("VAT can be recovered"))
        self.pays_levy = QCheckBox(self.tr("Pays the apprenticeship le&vy"))
        name(self.pays_levy, self.tr("Pays the apprenticeship levy"),
             self.tr("Only employers whose pay bill is over £3 million pay it"))
        contract = QFormLayout()
        add_rows(contract, [(self.tr("Contract &length (months):"), self.length),
                            (self.tr("&Price you will bid (£):"), self.price),
                            (self.tr("People or sessions a &year:"), self.units),
                            (self.tr("&Unit:"), self.unit_label),
                            (self.tr("Paid after (&days):"), self.arrears)])
        contract.addRow(self.vat_recoverable)
        contract.addRow(self.pays_levy)
        contract_box = look.Card(self.tr("Contract"))
        contract_box.fill(contract)

        self.central = line(example("60,000"), self.tr("Central costs a year, in pounds"),
                            self.tr("Management, finance, HR, governance and the like"))
        self.method = QComboBox()
        for method in Apportionment:
            self.method.addItem(method.label, method.value)
        name(self.method, self.tr("How central costs are shared"))
        self.basis = line(example("14"), self.tr("The whole charity's figure"),
                          self.tr("Staff (FTE), direct costs a year in pounds, or floor space "
                                  "in square metres, as the sharing asks"))
        self.floor = line(example("20"), self.tr("The contract's floor space in square metres"))
        overheads = QFormLayout()
        add_rows(overheads, [(self.tr("&Central costs a year (£):"), self.central),
                             (self.tr("S&hared by:"), self.method),
                             (self.tr("&Whole charity's figure:"), self.basis),
                             (self.tr("Contract's &floor space (m²):"), self.floor)])
        overheads_box = look.Card(self.tr("Overheads"))
        overheads_box.fill(overheads)

        self.staff = self._table(self.tr("Staff lines"), [
            self.tr("Role"), self.tr("Salary a year (£)"), self.tr("FTE"),
            self.tr("Pension %"), self.tr("Start month"), self.tr("Rise a year %")])
        self.add_staff = QPushButton(self.tr("Add a &staff line"))
        name(self.add_staff, self.tr("Add a staff line"))
        self.add_staff.clicked.connect(lambda: self._add_staff_row(
            StaffLine("", 0, Decimal(1), self.rates.pension_minimum * 100)))
        self.remove_staff = QPushButton(self.tr("Re&move the staff line"))
        name(self.remove_staff, self.tr("Remove the chosen staff line"))
        self.remove_staff.clicked.connect(lambda: self._remove_row(self.staff))

        self.costs = self._table(self.tr("Other costs"), [
            self.tr("Kind"), self.tr("Description"), self.tr("Amount (£)"), self.tr("VAT"),
            self.tr("Once only"), self.tr("Start month"), self.tr("Rise a year %")], stretch=1)
        self.add_cost = QPushButton(self.tr("Add a cos&t"))
        name(self.add_cost, self.tr("Add a cost"))
        self.add_cost.clicked.connect(lambda: self._add_cost_row(
            CostLine(CostKind.OTHER, "", 0)))
        self.remove_cost = QPushButton(self.tr("R&emove the cost"))
        name(self.remove_cost, self.tr("Remove the chosen cost"))
        self.remove_cost.clicked.connect(lambda: self._remove_row(self.costs))

        self.summary = wrapped_label("")
        name(self.summary, self.tr("Full cost and price"))
        self.summary.setFocusPolicy(Qt.FocusPolicy.TabFocus)
        self.problem = wrapped_label("", PROBLEM_TONE)
        self.problem.hide()
        self.warnings = wrapped_label("", PROBLEM_TONE)
        self.notes = wrapped_label("", QUIET_TONE)
        self.years_model = YearTableModel(self)
        self.years = self._view(self.years_model, self.tr("Costs and price by year"))
        self.chart = CashFlowChart()
        self.cash_model = CashFlowTableModel(self)
        self.cash = self._view(self.cash_model, self.tr("Cash flow by month"))
        self.sources = wrapped_label(self._sources_text(), QUIET_TONE)

        body = QWidget()
        layout = QVBoxLayout(body)
        layout.addWidget(page_title(self.tr("Costing")))
        chooser = QHBoxLayout()
        chooser.addWidget(buddy_label(self.tr("&Opportunity:"), self.opportunity))
        chooser.addWidget(self.opportunity, 1)
        layout.addLayout(chooser)
        layout.addWidget(self.empty)
        figures = QWidget()
        editor = QVBoxLayout(figures)
        boxes = QHBoxLayout()
        boxes.setSpacing(look.LARGE)  # the design's gap between cards
        boxes.addWidget(contract_box)
        boxes.addWidget(overheads_box)
        editor.addLayout(boxes)
        for table, buttons in ((self.staff, (self.add_staff, self.remove_staff)),
                               (self.costs, (self.add_cost, self.remove_cost))):
            editor.addWidget(table)
            row = QHBoxLayout()
            for button in buttons:
                row.addWidget(button)
            row.addStretch(1)
            editor.addLayout(row)
        for widget in (self.problem, self.summary, self.warnings, self.notes,
                       section_heading(self.tr("Costs and price by year")), self.years,
                       section_heading(self.tr("Cash flow by month")), self.chart, self.cash,
                       self.sources):
            editor.addWidget(widget)
        self.board = BoardPanel(context)
        self.tabs = QTabWidget()
        self.tabs.addTab(figures, self.tr("Figures"))
        self.tabs.addTab(self.board, self.tr("&Board"))
        name(self.tabs, self.tr("Costing figures, or what the board weighs and decides"))
        name(self.tabs.tabBar(), self.tr("Figures or Board"))
        self.editor = QWidget()
        tabs = QVBoxLayout(self.editor)
        tabs.setContentsMargins(0, 0, 0, 0)
        tabs.addWidget(self.tabs)
        layout.addWidget(self.editor)
        outer = QVBoxLayout(self)
        outer.setContentsMargins(0, 0, 0, 0)
        outer.addWidget(scrolling(body, self.tr("Costing")))

        for edit in (self.price, self.unit_label, self.central, self.basis, self.floor):
            edit.editingFinished.connect(self._changed)
        for spin in (self.length, self.units, self.arrears):
            spin.editingFinished.connect(self._changed)
        for box in (self.vat_recoverable, self.pays_levy):
            box.toggled.connect(self._changed)
        self.method.currentIndexChanged.connect(self._changed)
        self.staff.itemChanged.connect(self._changed)
        self.costs.itemChanged.connect(self._changed)

    # --- building -----------------------------------------------------------------------

    def _table(self, accessible: str, headings: list[str],
               stretch: int | None = None) -> QTableWidget:
        """A table of lines; the `stretch` column (a description) takes the room the others
        leave, so a long text never makes the page scroll sideways."""
        table = QTableWidget(0, len(headings))
        table.setHorizontalHeaderLabels(headings)
        header = table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        if stretch is None:
            header.setStretchLastSection(True)
        else:
            header.setSectionResizeMode(stretch, QHeaderView.ResizeMode.Stretch)
        table.setTabKeyNavigation(False)  # Tab leaves the table; arrows move inside it
        table.setMinimumHeight(140)
        name(table, accessible, self.tr("Arrow keys move between cells; F2 or typing edits one"))
        return table

    def _view(self, model: YearTableModel | CashFlowTableModel, accessible: str) -> QTableView:
        view = QTableView()
        view.setModel(model)
        view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        view.setTabKeyNavigation(False)
        view.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        view.setMinimumHeight(160)
        name(view, accessible)
        return view

    def _sources_text(self) -> str:
        lines = [self.tr("Rates for {year}:").format(year=self.rates.year)]
        lines += [f"{source.label}: {source.source} ({source.url})"
                  for source in self.rates.sources]
        return "\n".join(lines)

    def _combo(self, items: list[tuple[str, str]], chosen: str, accessible: str) -> QComboBox:
        combo = QComboBox()
        for label, value in items:
            combo.addItem(label, value)
        combo.setCurrentIndex(max(0, combo.findData(chosen)))
        name(combo, accessible)
        combo.currentIndexChanged.connect(self._changed)
        return combo

    def _set_row(self, table: QTableWidget, row: int, texts: list[str]) -> None:
        for column, text in enumerate(texts):
            table.setItem(row, column, QTableWidgetItem(text))

    def _add_staff_row(self, staff: StaffLine) -> None:
        row = self.staff.rowCount()
        self._loading, was = True, self._loading
        self.staff.insertRow(row)
        self._set_row(self.staff, row, [staff.role, pounds(staff.salary).removeprefix("£"),
                                        str(staff.fte), str(staff.pension_percent),
                                        str(staff.start_month), str(staff.uplift_percent)])
        self._loading = was
        if not was:
            self.staff.setCurrentCell(row, 0)
            self.staff.setFocus()

    def _add_cost_row(self, cost: CostLine) -> None:
        row = self.costs.rowCount()
        self._loading, was = True, self._loading
        self.costs.insertRow(row)
        number = row + 1
        self.costs.setCellWidget(row, 0, self._combo(
            [(kind.label, kind.value) for kind in CostKind], cost.kind.value,
            self.tr("Kind of cost {number}").format(number=number)))
        self.costs.setCellWidget(row, 3, self._combo(
            [(vat.label, vat.value) for vat in Vat], cost.vat.value,
            self.tr("VAT on cost {number}").format(number=number)))
        self._set_row(self.costs, row, ["", cost.description,
                                        pounds(cost.amount).removeprefix("£"), "", "",
                                        str(cost.start_month), str(cost.uplift_percent)])
        once = QTableWidgetItem(self.tr("Once only"))
        once.setFlags(once.flags() | Qt.ItemFlag.ItemIsUserCheckable)
        once.setCheckState(Qt.CheckState.Checked if cost.one_off else Qt.CheckState.Unchecked)
        self.costs.setItem(row, 4, once)
        self._loading = was
        if not was:
            self.costs.setCurrentCell(row, 1)
            self.costs.setFocus()

    def _remove_row(self, table: QTableWidget) -> None:
        row = table.currentRow()
        if row >= 0:
            table.removeRow(row)
            self._changed()

    # --- loading ------------------------------------------------------------------------

    def showEvent(self, event: QShowEvent) -> None:
        """Opportunities may have been added or changed on their page since: read them again."""
        super().showEvent(event)
        self.reload()

    def reload(self) -> None:
        """Fill the chooser with the opportunities, keeping the one shown if it is still there."""
        listed = self.opportunity.refill()
        self.empty.setVisible(not listed)
        self.editor.setVisible(bool(listed))
        self._choose()

    def _choose(self) -> None:
        if self._loading:
            return
        opportunity_id = self.opportunity.current_id
        if opportunity_id is None:
            self.costing = None
            return
        self.show_costing(load_costing(self.context.database, int(opportunity_id)))
        self.board.show_for(int(opportunity_id))

    def show_costing(self, costing: SavedCosting) -> None:
        self.costing = costing
        inputs = costing.inputs
        self._loading = True
        self.length.setValue(inputs.length_months)
        self.price.setText(pounds(inputs.price).removeprefix("£")
                           if inputs.price is not None else "")
        self.units.setValue(inputs.units_per_year)
        self.unit_label.setText(inputs.unit_label)
        self.arrears.setValue(inputs.arrears_days)
        self.vat_recoverable.setChecked(inputs.vat_recoverable)
        self.pays_levy.setChecked(inputs.pays_levy)
        over = inputs.overheads
        self.central.setText(pounds(over.central_costs).removeprefix("£")
                             if over.central_costs else "")
        self.method.setCurrentIndex(max(0, self.method.findData(over.method.value)))
        self.basis.setText(self._basis_text(over) if over.organisation_basis else "")
        self.floor.setText(str(over.contract_floor_space) if over.contract_floor_space else "")
        self.staff.setRowCount(0)
        for staff in inputs.staff:
            self._add_staff_row(staff)
        self.costs.setRowCount(0)
        for cost in inputs.lines:
            self._add_cost_row(cost)
        self._loading = False
        self.show_problem("")
        self.show_figures(inputs, note="")

    @staticmethod
    def _basis_text(over: Overheads) -> str:
        """The whole charity's figure as typed: pounds for direct costs, else the number."""
        if over.method is Apportionment.DIRECT_COSTS:
            return pounds(int(over.organisation_basis)).removeprefix("£")
        return str(over.organisation_basis)

    # --- reading and saving -------------------------------------------------------------

    def _cell(self, table: QTableWidget, row: int, column: int) -> str:
        item = table.item(row, column)
        return item.text().strip() if item is not None else ""

    def read_inputs(self) -> CostingInputs:
        """What the page shows, as a costing; UnreadableFigure says what cannot be read."""
        assert self.costing is not None
        bad_number = self.tr("type a number, like 1.5")
        bad_whole = self.tr("type a whole number, like 7")
        staff = []
        for row in range(self.staff.rowCount()):
            where = self.tr("Staff line {number}").format(number=row + 1)
            staff.append(StaffLine(
                self._cell(self.staff, row, 0),
                read_money(self._cell(self.staff, row, 1) or "0", where),
                read_decimal(self._cell(self.staff, row, 2), where, bad_number),
                read_decimal(self._cell(self.staff, row, 3), where, bad_number),
                read_whole(self._cell(self.staff, row, 4) or "1", where, bad_whole),
                read_decimal(self._cell(self.staff, row, 5), where, bad_number)))
        lines = []
        for row in range(self.costs.rowCount()):
            where = self.tr("Cost {number}").format(number=row + 1)
            kind, vat = self.costs.cellWidget(row, 0), self.costs.cellWidget(row, 3)
            assert isinstance(kind, QComboBox) and isinstance(vat, QComboBox)
            once = self.costs.item(row, 4)
            lines.append(CostLine(
                CostKind(kind.currentData()), self._cell(self.costs, row, 1),
                read_money(self._cell(self.costs, row, 2) or "0", where), Vat(vat.currentData()),
                once is not None and once.checkState() == Qt.CheckState.Checked,
                read_whole(self._cell(self.costs, row, 5) or "1", where, bad_whole),
                read_decimal(self._cell(self.costs, row, 6), where, bad_number)))
        price_text = self.price.text().strip()
        method = Apportionment(self.method.currentData())
        whole = self.tr("The whole charity's figure")
        overheads = Overheads(
            read_money(self.central.text() or "0", self.tr("Central costs")), method,
            # Direct costs are money: typed in pounds, kept in pence like every sum of money.
            Decimal(read_money(self.basis.text() or "0", whole))
            if method is Apportionment.DIRECT_COSTS
            else read_decimal(self.basis.text(), whole, bad_number),
            read_decimal(self.floor.text(), self.tr("Floor space"), bad_number))
        return replace(
            self.costing.inputs, length_months=self.length.value(), staff=tuple(staff),
            lines=tuple(lines), overheads=overheads,
            price=read_money(price_text, self.tr("Price")) if price_text else None,
            units_per_year=self.units.value(), unit_label=self.unit_label.text().strip(),
            vat_recoverable=self.vat_recoverable.isChecked(),
            pays_levy=self.pays_levy.isChecked(), arrears_days=self.arrears.value())

    def show_problem(self, problem: str) -> None:
        show_problem(self.problem, problem)

    def _changed(self, *_args: object) -> None:
        if self._loading or self.costing is None:
            return
        try:
            inputs = self.read_inputs()
        except UnreadableFigure as problem:
            self.show_problem(str(problem))
            return
        self.show_problem("")
        before = self.costing.inputs.length_months
        note = respread_note(before, inputs.length_months) \
            if inputs.length_months != before else ""
        try:
            self.costing = save_costing(self.context.database,
                                        replace(self.costing, inputs=inputs))
        except RecordConflict as conflict:
            dialogs.service.show_warning(
                self, self.tr("Someone else changed this costing"),
                self.tr("A colleague saved this costing while you were changing it. Their "
                        "figures are shown now: make your change again."))
            theirs = conflict.theirs
            self.show_costing(theirs if isinstance(theirs, SavedCosting)
                              else load_costing(self.context.database, self.costing.opportunity_id))
            return
        self.show_figures(inputs, note)

    def show_figures(self, inputs: CostingInputs, note: str) -> None:
        result = calculate(inputs, self.rates)
        reserves = free_reserves(self.context.database, self.context.organisation.id)
        flow = cash_flow(inputs, result, reserves)
        per_unit = (" " + self.tr("{amount} per {unit}.").format(
            amount=pounds(result.price_per_unit), unit=inputs.unit_label or self.tr("unit"))
            if result.price_per_unit is not None else "")
        self.summary.setText(self.tr(
            "Full cost {full} (direct {direct}, overheads {overheads}). Price {price}; "
            "margin {margin}.").format(
            full=pounds(result.full_cost), direct=pounds(result.direct),
            overheads=pounds(result.overheads), price=pounds(result.price),
            margin=pounds(result.margin)) + per_unit)
        flags = [f"{flag.where}: {flag.message}" for flag in check_inputs(inputs, self.rates)]
        warnings = [*result.warnings, *flow.warnings, *flags]
        self.warnings.setText("\n".join("⚠ " + text for text in warnings))
        self.warnings.setVisible(bool(warnings))
        self.notes.setText("\n".join([*([note] if note else []), *result.notes]))
        self.years_model.set_rows(result.years)
        self.cash_model.set_rows(flow.months)
        self.chart.show_flow(flow)
