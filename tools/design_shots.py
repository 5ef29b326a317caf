"""The pictures in docs/design.md, one per rule, made from the real helpers (desktop/ui/look.py,
theme, the sidebar, the PDF engine) in light and dark side by side:
`python tools/design_shots.py [OUT]` (default docs/design/).

Runs off screen over the sample charity in a throwaway data folder.
"""

from __future__ import annotations

import os
import sys
import tempfile
from collections.abc import Callable
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent


def main() -> None:
    out = Path(sys.argv[1]) if len(sys.argv) > 1 else ROOT / "docs" / "design"
    data = Path(tempfile.mkdtemp(prefix="framework-ready-design-"))
    if os.environ.get("QT_QPA_PLATFORM", "offscreen") == "offscreen":  # a laptop's screen
        from screenshots import screen_config  # tools/screenshots.py, beside this

        os.environ["QT_QPA_PLATFORM"] = screen_config(data, "1366x728", 1.0)
    os.environ["FRAMEWORK_READY_DATA_DIR"] = str(data)
    sys.path.insert(0, str(ROOT))

    from PySide6.QtCore import Qt, QThread
    from PySide6.QtGui import QPainter, QPixmap
    from PySide6.QtWidgets import QApplication, QLabel, QPushButton, QVBoxLayout, QWidget

    from desktop.app.first_paint import first_paint
    from desktop.app.queries import Attention
    from desktop.app.workspace import open_workspace
    from desktop.core.sample import ensure_sample
    from desktop.paths import resolve_database
    from desktop.ui import look, theme
    from desktop.ui.app import application, settings
    from desktop.ui.main_window import MainWindow
    from desktop.ui.qt_helpers import PROBLEM_TONE, show_problem, wrapped_label
    from desktop.ui.window_size import USUAL_FRAME, first_geometry

    chosen = settings()
    chosen.setValue("help/tour-dismissed", True)
    chosen.sync()
    app = application()
    out.mkdir(parents=True, exist_ok=True)

    def settle() -> None:
        for _ in range(5):
            QApplication.processEvents()

    def both(name: str, make: Callable[[], QWidget], width: int = 420) -> None:
        """`make()` drawn in light and in dark, side by side, saved as OUT/name.png."""
        shots = []
        for scheme in (Qt.ColorScheme.Light, Qt.ColorScheme.Dark):
            theme.apply(app, scheme)
            holder = QWidget()
            holder.setAutoFillBackground(True)
            layout = QVBoxLayout(holder)
            layout.setContentsMargins(look.MEDIUM, look.MEDIUM, look.MEDIUM, look.MEDIUM)
            layout.addWidget(make())
            holder.setFixedWidth(width)
            holder.show()
            settle()
            holder.adjustSize()
            settle()
            shots.append(holder.grab())
            holder.close()
        picture = QPixmap(sum(s.width() for s in shots), max(s.height() for s in shots))
        painter = QPainter(picture)
        painter.drawPixmap(0, 0, shots[0])
        painter.drawPixmap(shots[0].width(), 0, shots[1])
        painter.end()
        picture.save(str(out / f"{name}.png"))

    def type_scale() -> QWidget:
        box = QWidget()
        layout = QVBoxLayout(box)
        layout.setSpacing(look.SMALL)
        layout.addWidget(look.page_title("Page title: Evidence library"))
        layout.addWidget(look.section_heading("Section: Next deadlines"))
        layout.addWidget(wrapped_label("Body: the words people read and type, at their own "
                                       "font size."))
        layout.addWidget(look.caption("Caption: what a figure means, or what to do first."))
        return box

    def statuses() -> QWidget:
        box = QWidget()
        layout = QVBoxLayout(box)
        layout.setSpacing(look.SMALL)
        for status, words in (("urgent", "Tomorrow · Overdue · Expired"),
                              ("soon", "In 7 days · Expires within 30 days"),
                              ("good", "In date · Won · None overdue"),
                              ("check", "Not confirmed: check the tender documents"),
                              ("neutral", "In 28 days · 3 identified")):
            layout.addLayout(look.row(look.chip(words, status)))
        return box

    def messages() -> QWidget:
        box = QWidget()
        layout = QVBoxLayout(box)
        layout.setSpacing(look.SMALL)
        banner = wrapped_label("⚠ Read-only: changes cannot be saved.", "banner")
        problem = wrapped_label("", PROBLEM_TONE)
        show_problem(problem, "That does not look like a date: use 31/03/2027.")
        check = wrapped_label("⚠ Not confirmed for this framework: check the tender documents",
                              "check")
        layout.addWidget(banner)
        layout.addWidget(problem)
        layout.addWidget(check)
        layout.addWidget(look.caption("No documents yet: add your policies first."))
        return box

    def card() -> QWidget:
        panel = look.Card("How ready you are: 34 %")
        bar = look.progress("Portal journey")
        bar.setValue(22)
        bar.setFormat("22 %")
        panel.body.addLayout(look.row(QLabel("Portal journey"), bar, stretch=False))
        panel.body.addWidget(look.caption("Your next step:"))
        panel.body.addWidget(look.PrimaryButton("Next: finish “Part 3”"), 0,
                             Qt.AlignmentFlag.AlignLeft)
        panel.body.addWidget(look.link("14 December 2026 · Clarification questions close",
                                       lambda: None))
        return panel

    def spacing() -> QWidget:
        """Two cards LARGE apart; inside each, MEDIUM margins, lines SMALL apart."""
        box = QWidget()
        layout = QVBoxLayout(box)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(look.LARGE)
        first = look.Card("Backups")
        first.body.addWidget(look.caption("Inside a card: 16 px margins, lines 8 px apart."))
        first.body.addLayout(look.row(QPushButton("Back up now"), QPushButton("Restore…")))
        second = look.Card("Your data")
        second.body.addWidget(look.caption("Between cards: 24 px."))
        layout.addWidget(first)
        layout.addWidget(second)
        return box

    both("type-scale", type_scale)
    both("spacing", spacing)
    both("status-colours", statuses, 380)
    both("messages", messages)
    both("card", card)

    workspace = open_workspace(resolve_database(None))
    ensure_sample(workspace.database)
    for scheme, suffix in ((Qt.ColorScheme.Light, "light"), (Qt.ColorScheme.Dark, "dark")):
        theme.apply(app, scheme)
        window = MainWindow(settings())
        window.show()
        window.attach(first_paint(workspace))
        window.setGeometry(first_geometry(app.primaryScreen().availableGeometry(), USUAL_FRAME))
        window.go_to("dashboard")
        dashboard = window.pages["dashboard"]
        for _ in range(500):
            settle()
            if not getattr(dashboard, "loading", False):
                break
            QThread.msleep(10)
        window.sidebar.show_counts(Attention(evidence=2, overdue_tasks=1,
                                             unanswered={"questionnaire": 11}))
        settle()
        window.grab().save(str(out / f"dashboard-{suffix}.png"))
        window.sidebar.grab().save(str(out / f"sidebar-{suffix}.png"))
        window.close()
    workspace.close()
    theme.apply(app, Qt.ColorScheme.Light)
    pack_pictures(out, data)


def pack_pictures(out: Path, data: Path) -> None:
    """The qualification pack's cover and a body page, as printed."""
    import subprocess

    import pypdfium2

    database, pdf = data / "pack.sqlite3", data / "pack.pdf"
    command = [sys.executable, "-m", "desktop", "--database", str(database)]
    subprocess.run([*command, "demo"], check=True, cwd=ROOT, capture_output=True)
    subprocess.run([*command, "pack", "qualification", "--out", str(pdf)], check=True, cwd=ROOT,
                   capture_output=True)
    pages = pypdfium2.PdfDocument(pdf)
    for number, name in ((0, "pdf-cover"), (2, "pdf-page")):
        pages[number].render(scale=0.9).to_pil().save(out / f"{name}.png")


if __name__ == "__main__":
    main()
