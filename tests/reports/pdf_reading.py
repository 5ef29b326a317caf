"""Reading a made PDF back with pypdf: its text, and each page's body lines with their position
and font (so layout can be checked: what ends a page, which lines are short)."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from pypdf import PageObject, PdfReader
from reportlab.lib.units import mm

BODY_TOP = 297 * mm - 24 * mm  # above this: the page header (organisation, title, marks)
BODY_BOTTOM = 18 * mm  # below this: the footer (framework, "Page X of Y")


@dataclass(frozen=True, slots=True)
class Line:
    y: float
    text: str
    font: str
    size: float

    @property
    def bold(self) -> bool:
        return "Bold" in self.font


def text_of(reader: PdfReader) -> str:
    return "\n".join(page.extract_text() for page in reader.pages)


def body_lines(page: PageObject) -> list[Line]:
    """The lines between the header and the footer, top to bottom."""
    lines: list[Line] = []

    def visit(text: str, cm: list[float], tm: list[float], font: dict[str, Any] | None,
              size: float) -> None:
        y = cm[5] + tm[5]
        if text.strip() and BODY_BOTTOM < y < BODY_TOP:
            lines.append(Line(y, text.strip(), str((font or {}).get("/BaseFont", "")), size))

    page.extract_text(visitor_text=visit)
    return sorted(lines, key=lambda line: -line.y)


def last_lines(page: PageObject) -> list[Line]:
    """The lowest body line of the page (every run at that height: a table row has several)."""
    lines = body_lines(page)
    if not lines:
        return []
    lowest = min(line.y for line in lines)
    return [line for line in lines if abs(line.y - lowest) < 1]


def pages_ending_on_a_heading(reader: PdfReader) -> list[tuple[int, str]]:
    """Pages whose last body line is all bold: a heading, an answer's label or a table's
    heading row left alone at the foot of the page."""
    found = []
    for number, page in enumerate(reader.pages, start=1):
        last = last_lines(page)
        if last and all(line.bold for line in last):
            found.append((number, " | ".join(line.text for line in last)))
    return found
