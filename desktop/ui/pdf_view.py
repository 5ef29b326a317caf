"""Showing and printing a finished PDF: pages drawn by PDFium (pypdfium2), not by a browser."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QRect, Qt
from PySide6.QtGui import QImage, QPainter, QPalette, QPixmap
from PySide6.QtPrintSupport import QPrinter
from PySide6.QtWidgets import QLabel, QScrollArea, QVBoxLayout, QWidget

from desktop.ui.qt_helpers import name

PREVIEW_PAGES = 3
# Pages go to the printer as pictures: 300 dots per inch prints text sharply, while a
# high-resolution printer's own 1200 would make each A4 page a 550 MB picture, minutes to draw.
PRINT_DPI = 300


def page_images(path: Path, scale: float, first: int = 0, count: int = 0) -> list[QImage]:
    """Pages of the PDF at `path` as images (`scale` 1.0 = 72 dots per inch)."""
    import pypdfium2 as pdfium

    document = pdfium.PdfDocument(str(path))
    try:
        last = len(document) if not count else min(len(document), first + count)
        images = []
        for number in range(first, last):
            picture = document[number].render(scale=scale).to_pil().convert("RGB")
            data = picture.tobytes("raw", "RGB")
            image = QImage(data, picture.width, picture.height, 3 * picture.width,
                           QImage.Format.Format_RGB888)
            images.append(image.copy())  # own the pixels: `data` goes away
        return images
    finally:
        document.close()


def page_count(path: Path) -> int:
    import pypdfium2 as pdfium

    document = pdfium.PdfDocument(str(path))
    try:
        return len(document)
    finally:
        document.close()


def print_pdf(path: Path, printer: QPrinter) -> int:
    """Print every page, scaled to fit the paper; return the number of pages sent."""
    dpi = min(printer.resolution(), PRINT_DPI)
    painter = QPainter()
    if not painter.begin(printer):
        raise OSError("the printer could not be started")
    try:
        total = page_count(path)
        for number in range(total):
            if number:
                printer.newPage()
            [image] = page_images(path, dpi / 72, number, 1)
            area = painter.viewport()
            size = image.size().scaled(area.size(), Qt.AspectRatioMode.KeepAspectRatio)
            painter.drawImage(QRect(area.x(), area.y(), size.width(), size.height()), image)
        return total
    finally:
        painter.end()


class PdfPreview(QScrollArea):
    """The first pages of a PDF, as pictures with a name a screen reader can say."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWidgetResizable(True)
        name(self, self.tr("Preview of the document"))
        self.body = QWidget()
        self.pages = QVBoxLayout(self.body)
        self.setWidget(self.body)
        self.show_pdf(None)

    def show_pdf(self, path: Path | None) -> int:
        """Show the first pages of `path`; with none, what will appear here (never a blank
        box). How many pages are shown."""
        while (item := self.pages.takeAt(0)) is not None:
            widget = item.widget()
            if widget is not None:
                widget.deleteLater()
        if path is None:
            empty = QLabel(self.tr("The first pages of the document you make are shown here, "
                                   "to check before you open or print it."))
            empty.setObjectName("preview-empty")
            empty.setWordWrap(True)
            empty.setAlignment(Qt.AlignmentFlag.AlignCenter)
            empty.setForegroundRole(QPalette.ColorRole.PlaceholderText)
            empty.setAccessibleName(empty.text())
            self.pages.addWidget(empty)
            return 0
        images = page_images(path, 0.6, 0, PREVIEW_PAGES)
        for number, image in enumerate(images, start=1):
            label = QLabel()
            label.setPixmap(QPixmap.fromImage(image))
            label.setAlignment(Qt.AlignmentFlag.AlignHCenter)
            label.setAccessibleName(self.tr("Page {number}").format(number=number))
            self.pages.addWidget(label)
        return len(images)
