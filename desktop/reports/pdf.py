"""The document engine: A4 pages, a bundled font, cover, contents, bookmarks, "Page X of Y".

Documents are lists of flowables built with the helpers here (`heading`, `para`, `table`,
`facts`), so every string typed by a person is escaped for ReportLab's paragraph markup in one
place: "Smith & Sons <Trust>" prints exactly so. Long answers flow across pages and tables
repeat their heading row. `build` writes the file atomically, reports progress and can be
cancelled between flowables. ReportLab is imported only when a document is made.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from datetime import date
from pathlib import Path
from typing import Any
from xml.sax.saxutils import escape

from reportlab.lib import colors
from reportlab.lib.enums import TA_CENTER
from reportlab.lib.pagesizes import A4
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont
from reportlab.pdfgen import canvas
from reportlab.platypus import (
    BaseDocTemplate,
    Flowable,
    Frame,
    LongTable,
    NextPageTemplate,
    PageBreak,
    PageTemplate,
    Paragraph,
    Spacer,
    TableStyle,
)
from reportlab.platypus.tableofcontents import TableOfContents

from desktop import APP_NAME, __version__
from desktop.atomic import atomic_file
from desktop.datafiles import data_folder
from desktop.i18n import ENGLISH, language, long_date, names_note, tr

FONT = "DejaVuSans"
FONT_FILES = {FONT: "DejaVuSans.ttf", f"{FONT}-Bold": "DejaVuSans-Bold.ttf",
              f"{FONT}-Oblique": "DejaVuSans-Oblique.ttf",
              f"{FONT}-BoldOblique": "DejaVuSans-BoldOblique.ttf"}
MARGIN = 18 * mm
INK = colors.HexColor("#1a1a1a")
RULE = colors.HexColor("#9aa5b1")
SHADE = colors.HexColor("#e8edf2")
# Characters a printed page cannot show: control characters (kept in the data, not printed).
UNPRINTABLE = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f\x7f\u200b-\u200f\u202a-\u202e\ufeff]")


class Cancelled(Exception):
    """The person cancelled making the document; nothing was written."""


@dataclass(frozen=True, slots=True)
class DocumentInfo:
    title: str
    organisation: str
    framework: str
    subject: str
    # The PDF's /Lang, so screen readers pronounce it right: the language tr() speaks now.
    language: str = field(default_factory=lambda: f"{language()}-GB")
    made_on: date | None = None


Progress = Callable[[float], None]


def register_fonts() -> None:
    """Register the bundled DejaVu Sans family once (it has ŵ, ŷ, € and common symbols)."""
    if FONT in pdfmetrics.getRegisteredFontNames():
        return
    folder = data_folder("resources") / "fonts"
    for name, file in FONT_FILES.items():
        pdfmetrics.registerFont(TTFont(name, str(folder / file)))
    pdfmetrics.registerFontFamily(FONT, normal=FONT, bold=f"{FONT}-Bold",
                                  italic=f"{FONT}-Oblique", boldItalic=f"{FONT}-BoldOblique")


register_fonts()  # before any paragraph is made: their markup is parsed when they are created


def _style(name: str, size: float, **options: Any) -> ParagraphStyle:
    options.setdefault("textColor", INK)
    return ParagraphStyle(name, fontName=options.pop("font", FONT), fontSize=size,
                          leading=size * 1.3, **options)


STYLES = {
    "body": _style("body", 10, spaceAfter=4),
    "flow": _style("flow", 10),
    "small": _style("small", 8.5, textColor=colors.HexColor("#444444")),
    "cell": _style("cell", 8.5),
    "cell-head": _style("cell-head", 8.5, font=f"{FONT}-Bold"),
    "h1": _style("h1", 17, font=f"{FONT}-Bold", spaceBefore=6, spaceAfter=8, keepWithNext=1),
    "h2": _style("h2", 13, font=f"{FONT}-Bold", spaceBefore=10, spaceAfter=5, keepWithNext=1),
    "h3": _style("h3", 11, font=f"{FONT}-Bold", spaceBefore=8, spaceAfter=3, keepWithNext=1),
    "cover-title": _style("cover-title", 26, font=f"{FONT}-Bold", alignment=TA_CENTER,
                          spaceAfter=14),
    "cover": _style("cover", 13, alignment=TA_CENTER, spaceAfter=8),
    "toc1": _style("toc1", 10.5, leftIndent=0, spaceBefore=3),
    "toc2": _style("toc2", 9.5, leftIndent=12),
}


def _printable(text: str) -> str:
    """Characters the font has no shape for (emoji, most scripts beyond Latin, Greek and
    Cyrillic) print as the replacement mark "�" rather than as an invisible gap."""
    known = _glyphs()
    return "".join(char if ord(char) in known or char in "\n\t" else "\ufffd" for char in text)


def _glyphs() -> set[int]:
    if not _GLYPHS:
        font = pdfmetrics.getFont(FONT)
        assert isinstance(font, TTFont)  # registered from FONT_FILES
        _GLYPHS.update(font.face.charToGlyph)
    return _GLYPHS


_GLYPHS: set[int] = set()


def clean(value: object) -> str:
    """Typed text made safe for paragraph markup: escaped, control characters dropped, line
    breaks kept, characters the font lacks shown as "�"."""
    text = _printable(UNPRINTABLE.sub("", "" if value is None else str(value)))
    text = escape(text).replace("\r\n", "\n").replace("\r", "\n")
    return text.replace("\n", "<br/>").replace("\t", "&nbsp;" * 4)


def para(value: object, style: str = "body") -> Paragraph:
    return Paragraph(clean(value), STYLES[style])


CHUNK = 2000  # characters per paragraph when a long text is laid out


def flowing(value: object) -> list[Paragraph]:
    """A long text as several paragraphs (by its own lines, and within a very long line by
    ~2,000 characters at a space), so laying out 100,000 characters takes moments, not
    minutes: ReportLab re-wraps a paragraph's whole remainder at every page break."""
    pieces: list[str] = []
    for line in str(value).replace("\r\n", "\n").replace("\r", "\n").split("\n"):
        while len(line) > CHUNK:
            cut = line.rfind(" ", 0, CHUNK)
            cut = cut if cut > CHUNK // 2 else CHUNK
            pieces.append(line[:cut])
            line = line[cut:].lstrip(" ")
        pieces.append(line)
    return [Paragraph(clean(piece) or "&nbsp;", STYLES["flow"]) for piece in pieces]


class Heading(Paragraph):
    """A heading that goes in the contents and the PDF's bookmarks."""

    def __init__(self, text: str, level: int) -> None:
        super().__init__(clean(text), STYLES[f"h{level}"])
        self.level, self.plain = level, text


def heading(text: str, level: int = 1) -> Heading:
    return Heading(text, level)


def table(headings: Sequence[str], rows: Sequence[Sequence[object]],
          widths: Sequence[float]) -> LongTable:
    """A table that splits across pages, repeats its heading row and wraps every cell."""
    data: list[list[Flowable]] = [[Paragraph(clean(h), STYLES["cell-head"]) for h in headings]]
    data += [[cell if isinstance(cell, Flowable) else Paragraph(clean(cell), STYLES["cell"])
              for cell in row] for row in rows]
    usable = A4[0] - 2 * MARGIN
    result = LongTable(data, colWidths=[usable * w for w in widths], repeatRows=1)
    result.setStyle(TableStyle([
        ("BACKGROUND", (0, 0), (-1, 0), SHADE),
        ("LINEBELOW", (0, 0), (-1, 0), 0.8, RULE),
        ("LINEBELOW", (0, 1), (-1, -1), 0.25, RULE),
        ("VALIGN", (0, 0), (-1, -1), "TOP"),
        ("TOPPADDING", (0, 0), (-1, -1), 3),
        ("BOTTOMPADDING", (0, 0), (-1, -1), 3),
    ]))
    return result


LONG_ANSWER = 1500  # characters: longer answers flow as paragraphs (a table row cannot split)


def facts(pairs: Sequence[tuple[str, object]], *, answers: bool = True) -> list[Flowable]:
    """Label and value in two columns, headed "Question | Answer" (or "Item | Detail" when
    `answers` is False); an answer too long for one page flows on its own."""
    story: list[Flowable] = []
    short: list[tuple[str, object]] = []
    heads = [tr("Question"), tr("Answer")] if answers else [tr("Item"), tr("Detail")]

    def flush() -> None:
        if short:
            story.append(table(heads, list(short), (0.38, 0.62)))
            short.clear()

    for label, value in pairs:
        if len(str(value)) <= LONG_ANSWER:
            short.append((label, value))
            continue
        flush()
        story += [Paragraph(clean(label), STYLES["cell-head"]), *flowing(value)]
    flush()
    return story


def contents() -> list[Flowable]:
    toc = TableOfContents()
    toc.levelStyles = [STYLES["toc1"], STYLES["toc2"]]
    toc.dotsMinLevel = 0
    return [Paragraph(clean(tr("Contents")), STYLES["h1"]), toc, PageBreak()]


def cover(info: DocumentInfo) -> list[Flowable]:
    made = long_date(info.made_on or date.today())
    return [Spacer(1, 60 * mm),
            Paragraph(clean(info.title), STYLES["cover-title"]),
            Paragraph(clean(info.organisation), STYLES["cover"]),
            Paragraph(clean(info.framework), STYLES["cover"]),
            Spacer(1, 20 * mm),
            Paragraph(clean(tr("Made on {day} with {app}").format(day=made, app=APP_NAME)),
                      STYLES["small"]),
            *([Paragraph(clean(names_note()), STYLES["small"])] if language() != ENGLISH
              else []),
            NextPageTemplate("body"), PageBreak()]



class _Tick(Flowable):
    """Zero-size marker between flowables: reports progress and honours Cancel."""

    def __init__(self, fraction: float, progress: Progress | None,
                 cancelled: Callable[[], bool] | None) -> None:
        super().__init__()
        self.fraction, self.progress, self.cancelled = fraction, progress, cancelled
        self.width = self.height = 0

    def wrap(self, *_args: float) -> tuple[float, float]:
        return 0, 0

    def draw(self) -> None:
        if self.cancelled is not None and self.cancelled():
            raise Cancelled
        if self.progress is not None:
            self.progress(self.fraction)


class _NumberedCanvas(canvas.Canvas):
    """Holds pages back until the end, so each footer can say "Page X of Y"."""

    def __init__(self, *args: Any, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        self._pages: list[dict[str, Any]] = []

    def showPage(self) -> None:
        self._pages.append(dict(self.__dict__))
        self._startPage()  # type: ignore[attr-defined]  # ReportLab's own; its stubs lack it

    def save(self) -> None:
        total = len(self._pages)
        for number, state in enumerate(self._pages, start=1):
            self.__dict__.update(state)
            if number > 1:  # the cover has no footer
                self.setFont(FONT, 8)
                self.setFillColor(INK)
                self.drawRightString(A4[0] - MARGIN, 10 * mm, tr("Page {page} of {total}")
                                     .format(page=number, total=total))
            super().showPage()
        super().save()


class _Document(BaseDocTemplate):
    def __init__(self, target: Any, info: DocumentInfo) -> None:
        super().__init__(target, pagesize=A4, leftMargin=MARGIN, rightMargin=MARGIN,
                         topMargin=MARGIN + 6 * mm, bottomMargin=MARGIN, title=info.title,
                         author=info.organisation, subject=info.subject,
                         creator=f"{APP_NAME} {__version__}", lang=info.language)
        self.info = info
        frame = Frame(self.leftMargin, self.bottomMargin, self.width, self.height, id="body")
        self.addPageTemplates([PageTemplate("cover", [frame]),
                               PageTemplate("body", [frame], onPage=self._header)])
        self._outline_keys = 0

    def _header(self, page: canvas.Canvas, _doc: Any) -> None:
        page.saveState()
        page.setFont(FONT, 8)
        page.setFillColor(INK)
        top = A4[1] - MARGIN + 2 * mm
        page.drawString(MARGIN, top, f"{self.info.organisation} · {self.info.title}"[:110])
        page.setStrokeColor(RULE)
        page.line(MARGIN, top - 2 * mm, A4[0] - MARGIN, top - 2 * mm)
        page.drawString(MARGIN, 10 * mm, self.info.framework[:90])
        page.restoreState()

    def afterFlowable(self, flowable: Flowable) -> None:
        if isinstance(flowable, Heading):
            self._outline_keys += 1
            key = f"section-{self._outline_keys}"
            self.canv.bookmarkPage(key)
            self.canv.addOutlineEntry(flowable.plain, key, level=flowable.level - 1,
                                      closed=flowable.level > 1)
            self.notify("TOCEntry", (flowable.level - 1, clean(flowable.plain), self.page, key))

    def beforeDocument(self) -> None:
        self._outline_keys = 0


def build(path: Path, info: DocumentInfo, story: list[Flowable], *,
          progress: Progress | None = None, cancelled: Callable[[], bool] | None = None) -> int:
    """Write the document to `path` (atomically); return the number of pages."""
    full = [*cover(info), *contents(), *story]
    ticked: list[Flowable] = []
    for number, flowable in enumerate(full):
        ticked.append(_Tick(number / len(full), progress, cancelled))
        ticked.append(flowable)
    with atomic_file(path) as stream:
        document = _Document(stream, info)
        document.multiBuild(ticked, canvasmaker=_NumberedCanvas)
    if progress is not None:
        progress(1.0)
    return document.page
