"""The window's framework chooser: "Working on: [framework ▾]" beside the menus.

Kept apart from the Frameworks page, which reads the data: the window is built before the
database (and SQLAlchemy) is loaded, and this box needs neither.
"""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtGui import QResizeEvent
from PySide6.QtWidgets import QApplication, QComboBox, QHBoxLayout, QLabel, QWidget

from desktop.ui.qt_helpers import name


class FrameworkChooser(QWidget):
    """"Working on: [framework ▾]" for the toolbar: every framework, the chosen one shown."""

    chosen = Signal(str)  # a framework code the person picked

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.box = QComboBox()
        self.box.setObjectName("framework-chooser")
        self.box.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToContents)
        name(self.box, self.tr("Framework the pages work on"),
             self.tr("Choosing another shows every page for that framework"))
        label = QLabel(self.tr("Wor&king on:"))
        label.setBuddy(self.box)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(4, 0, 4, 0)
        layout.addWidget(label)
        layout.addWidget(self.box)
        self.box.activated.connect(lambda row: self.chosen.emit(str(self.box.itemData(row))))
        self.box.setEnabled(False)

    def show_frameworks(self, lines: list[tuple[str, str]], current: str,
                        enabled: bool = True) -> None:
        """`lines` are (code, name); `current` the code the pages work on."""
        self.box.blockSignals(True)
        self.box.clear()
        for code, title in lines:
            self.box.addItem(title, code)
        self.box.setCurrentIndex(max(self.box.findData(current), 0))
        self.box.blockSignals(False)
        self.box.setEnabled(enabled and len(lines) > 1)
        # A menu bar places its corner widget only when it is resized: without this the box
        # keeps its empty width and cuts the name short ("Commun").
        bar = self.parentWidget()
        if bar is not None:
            QApplication.sendEvent(bar, QResizeEvent(bar.size(), bar.size()))
