"""Where you can bid: the category × region matrix, and every lot with the reasons beside it.

Choosing a matrix cell lists its lots (a region's PCC-area lots included: the drill-down);
choosing a lot shows each reason with ✓ ◐ ✗. A competition value can be typed to check it
against the financial threshold. The page re-reads the answers each time it is shown.
"""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import QItemSelectionModel, QModelIndex, Qt, Signal
from PySide6.QtGui import QShowEvent
from PySide6.QtWidgets import (
    QComboBox,
    QHBoxLayout,
    QHeaderView,
    QLineEdit,
    QPushButton,
    QScrollArea,
    QSplitter,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from desktop import i18n
from desktop.app.queries import eligibility
from desktop.core.eligibility import LotEligibility, Standing
from desktop.core.targets import Target
from desktop.i18n import names_note
from desktop.questionnaire.model import Field, FieldType
from desktop.questionnaire.values import interpret
from desktop.ui.context import PageContext
from desktop.ui.glossary_links import GlossaryLabel
from desktop.ui.models.eligibility import EligibilityMatrixModel, LotEligibilityModel
from desktop.ui.models.table import ROW_ROLE
from desktop.ui.qt_helpers import (
    PROBLEM_TONE,
    QUIET_TONE,
    buddy_label,
    example,
    name,
    page_title,
    show_problem,
    wrapped_label,
)
from desktop.ui.targets import target_description, target_label

VALUE_FIELD = Field("value", "Competition value", FieldType.MONEY)
SHOW_ALL = "all"


class LotsPage(QWidget):
    target_requested = Signal(object)  # a Target: where the chosen lot's problem is put right

    def __init__(self, context: PageContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.context = context
        self.setObjectName("lots-page")
        self.results: list[LotEligibility] = []
        self.cell: QModelIndex | None = None

        self.summary = wrapped_label("")
        self.summary.setObjectName("eligibility-summary")
        self.value = QLineEdit()
        self.value.setMaxLength(30)
        self.value.setPlaceholderText(example("2,400,000"))
        self.value.setMinimumWidth(self.value.fontMetrics().horizontalAdvance("2,400,000,000 "))
        name(self.value, self.tr("Competition value in pounds (optional)"),
             self.tr("Checked against your financial threshold"))
        self.value_problem = wrapped_label("", PROBLEM_TONE)
        self.value_problem.hide()
        self.show_only = QComboBox()
        for label, key in ((self.tr("All lots"), SHOW_ALL),
                           (Standing.LEAD.label, Standing.LEAD.name),
                           (Standing.PARTNER.label, Standing.PARTNER.name),
                           (Standing.NOT_ELIGIBLE.label, Standing.NOT_ELIGIBLE.name)):
            self.show_only.addItem(label, key)
        name(self.show_only, self.tr("Show lots"))
        self.all_button = QPushButton(self.tr("Show &every lot"))
        name(self.all_button, self.tr("Show every lot, not only the chosen cell's"))
        controls = QHBoxLayout()
        controls.addWidget(buddy_label(self.tr("Competition &value (£):"), self.value))
        controls.addWidget(self.value)
        controls.addWidget(buddy_label(self.tr("S&how:"), self.show_only))
        controls.addWidget(self.show_only)
        controls.addWidget(self.all_button)
        controls.addStretch(1)

        self.matrix_model = EligibilityMatrixModel(context.catalogue, self)
        self.matrix = QTableView()
        self.matrix.setObjectName("eligibility-matrix")
        self.matrix.setModel(self.matrix_model)
        self.matrix.setSelectionMode(QTableView.SelectionMode.SingleSelection)
        # Each region as wide as its words need, at any font size: the matrix scrolls instead.
        self.matrix.horizontalHeader().setSectionResizeMode(
            QHeaderView.ResizeMode.ResizeToContents)
        self.matrix.verticalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        name(self.matrix, self.tr("Where you can bid: need categories down, probation regions "
                                  "across"),
             self.tr("Move with the arrow keys; the lots of the chosen cell are listed below"))

        self.list_model = LotEligibilityModel([], self)
        self.lots = QTableView()
        self.lots.setObjectName("eligibility-lots")
        self.lots.setModel(self.list_model)
        self.lots.setSelectionBehavior(QTableView.SelectionBehavior.SelectRows)
        self.lots.setSelectionMode(QTableView.SelectionMode.SingleSelection)
        self.lots.setWordWrap(True)
        self.lots.verticalHeader().hide()
        self.lots.horizontalHeader().setStretchLastSection(True)
        letter = self.lots.fontMetrics().averageCharWidth()
        for column, letters in enumerate((20, 24)):
            self.lots.setColumnWidth(column, letters * letter)
        self.lots.horizontalHeader().setSectionResizeMode(
            2, QHeaderView.ResizeMode.ResizeToContents)  # "Can you bid?" in any language
        name(self.lots, self.tr("Lots and the reasons"))
        self.details = GlossaryLabel(context.glossary, selectable=True,
                                     accessible_name=self.tr("Reasons for the chosen lot"))
        self.details.setObjectName("lot-reasons")
        self.fixes = QWidget()  # a "go there" button for each place a problem is put right
        self.fixes_layout = QVBoxLayout(self.fixes)
        self.fixes_layout.setContentsMargins(0, 0, 0, 0)
        self.fix_buttons: list[QPushButton] = []

        lower = QWidget()
        lower_layout = QVBoxLayout(lower)
        lower_layout.setContentsMargins(0, 0, 0, 0)
        lower_layout.addWidget(self.lots, 1)
        reasons = QScrollArea()
        reasons.setWidgetResizable(True)
        reasons.setFrameShape(QScrollArea.Shape.NoFrame)
        reasons.setWidget(self.details)
        reasons.setFocusPolicy(Qt.FocusPolicy.NoFocus)  # the reasons themselves take the focus
        reasons.setMinimumHeight(self.details.fontMetrics().lineSpacing() * 5)
        chosen = QHBoxLayout()  # the chosen lot's reasons, and beside them where to fix them
        chosen.addWidget(reasons, 1)
        chosen.addWidget(self.fixes, 0, Qt.AlignmentFlag.AlignTop)
        lower_layout.addLayout(chosen)
        splitter = QSplitter(Qt.Orientation.Vertical)
        splitter.addWidget(self.matrix)
        splitter.addWidget(lower)
        splitter.setSizes([230, 500])
        splitter.setChildrenCollapsible(False)
        layout = QVBoxLayout(self)
        layout.addWidget(page_title(self.tr("Where you can bid")))
        layout.addWidget(GlossaryLabel(context.glossary, self.tr(
            "For every lot: whether you can lead a bid, only join one as a partner or "
            "subcontractor, or not bid at all, and why. It follows your organisation profile, "
            "questionnaire, qualification result and evidence.")
            + ("\n" + names_note() if i18n.language() != i18n.ENGLISH else ""), QUIET_TONE))
        layout.addWidget(self.summary)
        layout.addLayout(controls)
        layout.addWidget(self.value_problem)
        layout.addWidget(splitter, 1)

        self.matrix.selectionModel().currentChanged.connect(
            lambda current, _previous: self.choose_cell(current))
        self.lots.selectionModel().currentRowChanged.connect(
            lambda current, _previous: self._show_reasons(current.row()))
        self.value.editingFinished.connect(self.refresh)
        self.show_only.activated.connect(lambda _index: self._fill_list())
        self.all_button.clicked.connect(lambda: self.choose_cell(None))

    # -- data -----------------------------------------------------------------------------
    def refresh(self) -> None:
        """Assess every lot again from what is saved now, in the background (the page shows
        the previous answer until then)."""
        context = self.context
        value, problem = self._value()
        show_problem(self.value_problem, problem)
        context.operations.query(self, lambda: eligibility(
            context.database, context.organisation.id, context.catalogue, context.forms,
            context.evidence_folder, date.today(), value=value), self._assessed)

    def _assessed(self, results: list[LotEligibility]) -> None:
        """The lots assessed in the background: shown (the newest read only)."""
        self.results = results
        self.matrix_model.set_results(self.results)
        counts = {standing: sum(1 for r in self.results if r.standing is standing)
                  for standing in Standing}
        self.summary.setText(self.tr(
            "✓ You can lead {lead} lots · ◐ partner or subcontractor only for {partner} · "
            "✗ not eligible for {none}").format(
                lead=counts[Standing.LEAD], partner=counts[Standing.PARTNER],
                none=counts[Standing.NOT_ELIGIBLE]))
        name(self.summary, self.summary.text())
        self._fill_list()

    def _value(self) -> tuple[int | None, str]:
        result = interpret(VALUE_FIELD, self.value.text())
        return result.value, result.problem

    def choose_cell(self, index: QModelIndex | None) -> None:
        self.cell = index if index is not None and index.isValid() else None
        if self.cell is None:
            self.matrix.selectionModel().clearSelection()
        self._fill_list()

    def _fill_list(self) -> None:
        shown = self.matrix_model.lots_at(self.cell) if self.cell is not None else self.results
        wanted = self.show_only.currentData()
        if wanted != SHOW_ALL:
            shown = [r for r in shown if r.standing.name == wanted]
        self.list_model.set_rows(shown)
        self.lots.resizeRowsToContents()
        if shown:
            self.lots.selectionModel().setCurrentIndex(
                self.list_model.index(0, 0), QItemSelectionModel.SelectionFlag.ClearAndSelect
                | QItemSelectionModel.SelectionFlag.Rows)
        self._show_reasons(0 if shown else -1)

    def _show_reasons(self, row: int) -> None:
        if not 0 <= row < self.list_model.rowCount():
            self.details.set_text(self.tr("No lots to show."))
            self._show_fixes([])
            return
        result: LotEligibility = self.list_model.index(row, 0).data(ROW_ROLE)
        lines = [f"{result.lot.title}: {result.standing.symbol} {result.standing.label}"]
        lines += [f"{reason.allows.symbol} {reason.text}" for reason in result.reasons]
        self.details.set_text("\n".join(lines))
        self._show_fixes([reason.fix for reason in result.problems if reason.fix is not None])

    def _show_fixes(self, targets: list[Target]) -> None:
        """One button for each place the chosen lot's problems are put right."""
        for button in self.fix_buttons:
            button.hide()
            button.deleteLater()
        self.fix_buttons = []
        for target in dict.fromkeys(targets):  # each place once, in the reasons' order
            button = QPushButton(target_label(target, self.context.forms))
            description = target_description(target, self.context.forms)
            name(button, button.text(), description)
            button.setToolTip(description)
            button.clicked.connect(lambda _=False, t=target: self.target_requested.emit(t))
            self.fixes_layout.addWidget(button)
            self.fix_buttons.append(button)

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        self.refresh()
