"""The document engine: A4 pages, a bundled font, a front page, contents, bookmarks, "Page X of Y".

Documents are lists of flowables built with the helpers here (`heading`, `para`, `table`,
`facts`), so every string typed by a person is escaped for ReportLab's paragraph markup in one
place: "Smith & Sons <Trust>" prints exactly so. A long document opens on a cover page and a
contents list (when it has three sections or more); a short one on a compact title block. Both
carry an "at a glance" box. Headings stay with the first lines of what follows them, long
answers break only where their own paragraphs end (a paragraph may run on to the next page) and
tables repeat their heading row. Marks such as "Draft — not complete" print at the top of every
page. `build` writes the file atomically, reports progress and can be cancelled between
flowables. ReportLab is imported only when a document is made.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass, field
from datetime import date
from functools import partial
from pathlib import Path
from typing import Any
from xml.sax.saxutils import escape

from reportlab.lib import colors
from reportlab.lib.enums import TA_CENTER
from reportlab.lib.pagesizes import A4
from reportlab.lib.rl_accel import sameFrag
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont
from reportlab.pdfgen import canvas
from reportlab.platypus import (
    BaseDocTemplate,
    Flowable,
    Frame,
    FrameBreak,
    Image,
    KeepTogether,
    LongTable,
    NextPageTemplate,
    PageBreak,
    PageTemplate,
    Paragraph,
    Spacer,
    Table,
    TableStyle,
)
from reportlab.platypus.tableofcontents import TableOfContents

from desktop import APP_NAME, __version__, brand
from desktop.app.operations import Cancelled  # raised here when the person cancels
from desktop.atomic import atomic_file
from desktop.datafiles import data_folder
from desktop.i18n import ENGLISH, language, long_date, names_note, tr

FONT = "DejaVuSans"
BOLD = f"{FONT}-Bold"
FONT_FILES = {FONT: "DejaVuSans.ttf", BOLD: "DejaVuSans-Bold.ttf",
              f"{FONT}-Oblique": "DejaVuSans-Oblique.ttf",
              f"{FONT}-BoldOblique": "DejaVuSans-BoldOblique.ttf"}
MARGIN = 18 * mm
USABLE = A4[0] - 2 * MARGIN
# The window's colours (desktop/brand.py, docs/design.md): headings, the cover's band and rules in
# the accent, table heads and the glance box on a light wash of it.
INK = colors.HexColor(brand.INK)
QUIET = colors.HexColor("#444444")
RULE = colors.HexColor("#9aa5b1")
ACCENT = colors.HexColor(brand.ACCENT)
SHADE = colors.HexColor(brand.ACCENT_PALE)
ON_ACCENT = colors.HexColor(brand.ON_ACCENT)
COVER_ICON = 30 * mm  # the app's icon on a cover page
BAND = 12 * mm  # the accent band across the top of a cover page
CONTENTS_FROM = 3  # sections (top-level headings) a document needs before it gets a contents list
# Characters a printed page cannot show: control characters (kept in the data, not printed).
UNPRINTABLE = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f\x7f\u200b-\u200f\u202a-\u202e\ufeff]")


@dataclass(frozen=True, slots=True)
class DocumentInfo:
    title: str
    organisation: str
    framework: str
    subject: str
    # The PDF's /Lang, so screen readers pronounce it right: the language tr() speaks now.
    language: str = field(default_factory=lambda: f"{language()}-GB")
    made_on: date | None = None
    cover: bool = False  # a cover page and contents (long documents); else a title block
    glance: tuple[tuple[str, str], ...] = ()  # the front page's "at a glance" box
    marks: tuple[str, ...] = ()  # printed at the top of every page: "Draft — not complete"
    # (English, Welsh) names that are the app's own Welsh: listed at the end of a Welsh document
    own_names: tuple[tuple[str, str], ...] = ()


Progress = Callable[[float], None]


def register_fonts() -> None:
    """Register the bundled DejaVu Sans family once (it has ŵ, ŷ, € and common symbols)."""
    if FONT in pdfmetrics.getRegisteredFontNames():
        return
    folder = data_folder("resources") / "fonts"
    for name, file in FONT_FILES.items():
        pdfmetrics.registerFont(TTFont(name, str(folder / file)))
    pdfmetrics.registerFontFamily(FONT, normal=FONT, bold=BOLD,
                                  italic=f"{FONT}-Oblique", boldItalic=f"{FONT}-BoldOblique")


register_fonts()  # before any paragraph is made: their markup is parsed when they are created


def _style(name: str, size: float, **options: Any) -> ParagraphStyle:
    options.setdefault("textColor", INK)
    return ParagraphStyle(name, fontName=options.pop("font", FONT), fontSize=size,
                          leading=size * 1.3, **options)


STYLES = {
    "body": _style("body", 10, spaceAfter=4),
    "flow": _style("flow", 10),
    "small": _style("small", 8.5, textColor=QUIET),
    "cell": _style("cell", 8.5),
    "cell-head": _style("cell-head", 8.5, font=BOLD),
    "label": _style("label", 8.5, font=BOLD, spaceBefore=6, spaceAfter=2, keepWithNext=1),
    "h1": _style("h1", 17, font=BOLD, spaceBefore=6, spaceAfter=8, keepWithNext=1,
                 textColor=ACCENT),
    "h2": _style("h2", 13, font=BOLD, spaceBefore=10, spaceAfter=5, keepWithNext=1,
                 textColor=ACCENT),
    "h3": _style("h3", 11, font=BOLD, spaceBefore=8, spaceAfter=3, keepWithNext=1),
    "title": _style("title", 20, font=BOLD, spaceAfter=4, textColor=ACCENT),
    "subtitle": _style("subtitle", 12, spaceAfter=2),
    "cover-title": _style("cover-title", 26, font=BOLD, alignment=TA_CENTER, spaceAfter=14,
                          textColor=ACCENT),
    "cover": _style("cover", 14, alignment=TA_CENTER, spaceAfter=6),
    "cover-small": _style("cover-small", 10, alignment=TA_CENTER, textColor=QUIET,
                          spaceAfter=4),
    "glance-head": _style("glance-head", 10.5, font=BOLD),
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


class _Flow(Paragraph):
    """A paragraph that keeps its line breaks when it splits over a page end.

    ReportLab lays out the rest of a split paragraph again from its first word, at every page
    end: minutes for a 100,000-character answer. This one reuses the lines it worked out (plain
    text only, where a line is a list of words), so each paragraph is broken into lines once.
    """

    _known: tuple[float, Any] | None = None  # (width, lines) already worked out
    blPara: Any  # noqa: N815 - ReportLab's own name: the lines worked out by the last wrap

    def __init__(self, text: str | None, style: ParagraphStyle, **options: Any) -> None:
        super().__init__(text or "", style, **options)  # a split passes its pieces as `frags`
        frags = self.frags  # each escaped "&" or "<" starts a piece: join alike pieces again
        if len(frags) > 1 and all(sameFrag(frags[0], frag) for frag in frags[1:]):
            self.frags = [frags[0].clone(text="".join(frag.text for frag in frags))]

    def wrap(self, width: float, height: float) -> tuple[float, float]:
        known = self._known
        if known is None or known[0] != width:
            size = super().wrap(width, height)
            self._known = (width, self.blPara) if self.blPara.kind == 0 else None
            return size
        self.width, self.blPara = width, known[1]
        self._wrapWidths = [width, width]
        self.height = len(self.blPara.lines) * self.style.leading
        return self.width, self.height

    def split(self, width: float, height: float) -> list[Flowable]:
        parts = super().split(width, height)
        known = self._known
        if len(parts) == 2 and known is not None and known[0] == width:
            first, rest = parts
            assert isinstance(first, _Flow) and isinstance(rest, _Flow)  # made by this class
            taken = len(first.blPara.lines)
            rest._known = (width, known[1].clone(lines=known[1].lines[taken:]))
        return parts


def flowing(value: object) -> list[Paragraph]:
    """A long text as one paragraph per line the person typed: it breaks only where they
    ended a line, and each paragraph splits over a page end by itself."""
    lines = str(value).replace("\r\n", "\n").replace("\r", "\n").split("\n")
    return [_Flow(clean(line) or "&nbsp;", STYLES["flow"]) for line in lines]


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
    result = LongTable(data, colWidths=[USABLE * w for w in widths], repeatRows=1)
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
    `answers` is False); an answer too long for one page flows on its own under its label."""
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
        story += [Paragraph(clean(label), STYLES["label"]), *flowing(value)]
    flush()
    return story


def glance_box(pairs: Sequence[tuple[str, str]], width: float = USABLE) -> list[Flowable]:
    """The front page's short summary: a shaded, ruled box of label and value."""
    if not pairs:
        return []
    rows: list[list[Any]] = [[Paragraph(clean(tr("At a glance")), STYLES["glance-head"]), ""],
            *([Paragraph(clean(label), STYLES["cell-head"]), Paragraph(clean(value),
                                                                       STYLES["cell"])]
              for label, value in pairs)]
    box = Table(rows, colWidths=[width * 0.34, width * 0.66], hAlign="CENTER")
    box.setStyle(TableStyle([
        ("SPAN", (0, 0), (-1, 0)),
        ("BACKGROUND", (0, 0), (-1, -1), SHADE),
        ("BOX", (0, 0), (-1, -1), 0.8, ACCENT),
        ("LINEBELOW", (0, 0), (-1, 0), 0.8, ACCENT),
        ("VALIGN", (0, 0), (-1, -1), "TOP"),
        ("LEFTPADDING", (0, 0), (-1, -1), 6),
        ("TOPPADDING", (0, 0), (-1, -1), 4),
        ("BOTTOMPADDING", (0, 0), (-1, -1), 4),
    ]))
    return [box]


def contents() -> list[Flowable]:
    toc = TableOfContents()
    toc.levelStyles = [STYLES["toc1"], STYLES["toc2"]]
    toc.dotsMinLevel = 0
    return [Paragraph(clean(tr("Contents")), STYLES["h1"]), toc, PageBreak()]


def _made_line(info: DocumentInfo) -> str:
    return tr("Made on {day} with {app}").format(day=long_date(info.made_on or date.today()),
                                                 app=APP_NAME)


def _names_note(style: str = "small") -> list[Flowable]:
    return [para(names_note(), style)] if language() != ENGLISH else []


def cover(info: DocumentInfo) -> list[Flowable]:
    """A cover page for a long document: what it is, whose, when, and the box at a glance."""
    return [Spacer(1, 14 * mm),
            Image(str(data_folder("resources") / "icons" / "framework-ready-256.png"),
                  COVER_ICON, COVER_ICON),
            Spacer(1, 10 * mm),
            Paragraph(clean(info.title), STYLES["cover-title"]),
            Paragraph(clean(info.organisation), STYLES["cover"]),
            Paragraph(clean(info.framework), STYLES["cover-small"]),
            Paragraph(clean(_made_line(info)), STYLES["cover-small"]),
            Spacer(1, 14 * mm),
            *glance_box(info.glance, USABLE * 0.86),
            Spacer(1, 8 * mm),
            *_names_note("cover-small"),
            NextPageTemplate("body"), PageBreak()]


def title_block(info: DocumentInfo) -> list[Flowable]:
    """The top of the first page of a short document, instead of a cover page."""
    return [KeepTogether([
        Paragraph(clean(info.title), STYLES["title"]),
        Paragraph(clean(info.organisation), STYLES["subtitle"]),
        Paragraph(clean(f"{info.framework} · {_made_line(info)}"), STYLES["small"]),
        Spacer(1, 5 * mm),
        *glance_box(info.glance),
        Spacer(1, 3 * mm),
        *_names_note(),
        Spacer(1, 3 * mm)])]


def own_names(info: DocumentInfo, story: Iterable[Flowable]) -> list[Flowable]:
    """In a Welsh document: the app's own Welsh names it used, beside the framework's English
    (the buyer knows them by the English)."""
    text = " ".join(_plain(story))
    used = [(english, welsh) for english, welsh in dict.fromkeys(info.own_names)
            if welsh in text or welsh == info.framework]
    if language() == ENGLISH or not used:
        return []
    return [heading(tr("The framework's names in English"), 1),
            para(tr("The framework publishes these names in English only: their Welsh in this "
                    "document is this app's own translation. Use the English name when you "
                    "write to the buyer.")),
            table([tr("In this document"), tr("The framework's own name")],
                  [(welsh, english) for english, welsh in used], (0.5, 0.5))]


def _plain(flowables: Iterable[Any]) -> Iterable[str]:
    for item in flowables:
        if isinstance(item, Paragraph):
            yield item.getPlainText()
        elif isinstance(item, Table):  # ReportLab keeps a table's cells in _cellvalues
            yield from _plain(cell for row in getattr(item, "_cellvalues", ()) for cell in row)
        elif isinstance(item, list | tuple):
            yield from _plain(item)
        elif isinstance(item, KeepTogether):
            yield from _plain(getattr(item, "_content", ()))


class _KeepWithNext(KeepTogether):
    """Headings (and answer labels) kept with the first lines of what follows them.

    ReportLab's own KeepTogether moves the whole group on when it does not fit, leaving half a
    page empty before a long table; this splits what follows instead, and moves the group to
    the next page only when not even the start of it fits under the heading.
    """

    _content: list[Flowable]  # ReportLab's own: what is kept together

    def split(self, width: float, height: float) -> list[Flowable]:
        *leading, following = self._content
        page, room = self.canv, height
        for number, flowable in enumerate(leading):
            room -= (flowable.getSpaceBefore() if number else 0) + \
                flowable.wrapOn(page, width, room)[1] + flowable.getSpaceAfter()
        room -= following.getSpaceBefore()
        if room > 0:
            if following.wrapOn(page, width, room)[1] <= room:
                return list(self._content)
            parts = following.splitOn(page, width, room)
            if parts and parts[0].wrapOn(page, width, room)[1] <= room:
                return [*leading, *parts]
        frame = getattr(self, "_frame", None)
        if frame is not None and getattr(frame, "_atTop", False):
            return list(self._content)  # a fresh page can do no better
        return [FrameBreak(), *self._content]


class _NumberedCanvas(canvas.Canvas):
    """Holds pages back until the end, so each footer can say "Page X of Y"."""

    def __init__(self, *args: Any, cover: bool = False, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        self._pages: list[dict[str, Any]] = []
        self._cover = cover

    def showPage(self) -> None:
        self._pages.append(dict(self.__dict__))
        self._startPage()  # type: ignore[attr-defined]  # ReportLab's own; its stubs lack it

    def save(self) -> None:
        total = len(self._pages)
        for number, state in enumerate(self._pages, start=1):
            self.__dict__.update(state)
            if number > 1 or not self._cover:  # a cover page has no footer
                self.setFont(FONT, 8)
                self.setFillColor(INK)
                self.drawRightString(A4[0] - MARGIN, 10 * mm, tr("Page {page} of {total}")
                                     .format(page=number, total=total))
            super().showPage()
        super().save()


def _fit(text: str, font: str, size: float, width: float) -> str:
    """`text` cut short with "…" to fit `width` points."""
    if pdfmetrics.stringWidth(text, font, size) <= width:
        return text
    while text and pdfmetrics.stringWidth(text + "…", font, size) > width:
        text = text[:-1]
    return text + "…"


class _Document(BaseDocTemplate):
    def __init__(self, target: Any, info: DocumentInfo, progress: Progress | None,
                 cancelled: Callable[[], bool] | None, passes: int) -> None:
        super().__init__(target, pagesize=A4, leftMargin=MARGIN, rightMargin=MARGIN,
                         topMargin=MARGIN + 6 * mm, bottomMargin=MARGIN, title=info.title,
                         author=info.organisation, subject=info.subject,
                         creator=f"{APP_NAME} {__version__}", lang=info.language,
                         keepTogetherClass=_KeepWithNext)
        self.info = info
        self._progress, self._cancelled, self._passes = progress, cancelled, passes
        self._pass = self._total = 0
        self._reported = -1.0
        frame = Frame(self.leftMargin, self.bottomMargin, self.width, self.height, id="body")
        self.addPageTemplates([
            PageTemplate("cover" if info.cover else "first", [frame], onPage=self._first_page,
                         autoNextPageTemplate="body"),
            PageTemplate("body", [frame], onPage=self._header)])
        self._outline_keys = 0

    def _marks(self, page: canvas.Canvas) -> float:
        """Draw the marks at the top right; return the width they take."""
        if not self.info.marks:
            return 0
        text = " · ".join(self.info.marks)
        width = pdfmetrics.stringWidth(text, BOLD, 9) + 4 * mm
        top = A4[1] - MARGIN + 1 * mm
        page.setStrokeColor(INK)
        page.setLineWidth(0.8)
        page.rect(A4[0] - MARGIN - width, top - 1.6 * mm, width, 5.2 * mm)
        page.setFont(BOLD, 9)
        page.drawRightString(A4[0] - MARGIN - 2 * mm, top, text)
        return width

    def _first_page(self, page: canvas.Canvas, _doc: Any) -> None:
        page.saveState()
        if self.info.cover:  # the accent band across the top, the app's name on it
            page.setFillColor(ACCENT)
            page.rect(0, A4[1] - BAND, A4[0], BAND, stroke=0, fill=1)
            page.setFillColor(ON_ACCENT)
            page.setFont(BOLD, 10)
            page.drawString(MARGIN, A4[1] - BAND / 2 - 1.3 * mm, APP_NAME)
        page.setFillColor(INK)
        self._marks(page)
        if not self.info.cover:
            self._footer(page)
        page.restoreState()

    def _header(self, page: canvas.Canvas, _doc: Any) -> None:
        page.saveState()
        page.setFillColor(INK)
        marks = self._marks(page)
        top = A4[1] - MARGIN + 2 * mm
        page.setFont(FONT, 8)
        page.drawString(MARGIN, top, _fit(f"{self.info.organisation} · {self.info.title}",
                                          FONT, 8, USABLE - marks - 4 * mm))
        page.setStrokeColor(ACCENT)
        page.setLineWidth(0.8)
        page.line(MARGIN, top - 2 * mm, A4[0] - MARGIN, top - 2 * mm)
        self._footer(page)
        page.restoreState()

    def _footer(self, page: canvas.Canvas) -> None:
        page.setFont(FONT, 8)
        page.drawString(MARGIN, 10 * mm, _fit(self.info.framework, FONT, 8, USABLE * 0.7))

    def handle_flowable(self, flowables: list[Flowable]) -> None:
        """Honour Cancel and report progress between flowables."""
        if self._cancelled is not None and self._cancelled():
            raise Cancelled
        if self._progress is not None:
            self._total = max(self._total, len(flowables))
            done = (self._pass - 1 + 1 - len(flowables) / self._total) / self._passes
            if done >= self._reported + 0.01:
                self._reported = done
                self._progress(min(done, 0.99))
        super().handle_flowable(flowables)

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
        self._pass += 1
        self._total = 0


def build(path: Path, info: DocumentInfo, story: list[Flowable], *,
          progress: Progress | None = None, cancelled: Callable[[], bool] | None = None) -> int:
    """Write the document to `path` (atomically); return the number of pages."""
    sections = sum(1 for f in story if isinstance(f, Heading) and f.level == 1)
    listing = contents() if info.cover and sections >= CONTENTS_FROM else []
    front = cover(info) if info.cover else title_block(info)
    full = [*front, *listing, *story, *own_names(info, story)]
    with atomic_file(path) as stream:
        document = _Document(stream, info, progress, cancelled, passes=2 if listing else 1)
        document.multiBuild(full, canvasmaker=partial(_NumberedCanvas, cover=info.cover))
    if progress is not None:
        progress(1.0)
    return document.page
