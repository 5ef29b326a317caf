"""The contents list is laid out in one pass with the pages it lists, and the pages look exactly
as the two or three passes of ReportLab's own TableOfContents made them (rendered and compared
pixel for pixel), even when the contents run to a second page or the headings are not the ones
expected."""

from __future__ import annotations

from pathlib import Path

import pypdfium2
import pytest
from reportlab.platypus import KeepTogether, PageBreak, Paragraph
from reportlab.platypus.tableofcontents import TableOfContents

from desktop.reports import pdf


def story(sections: int) -> list[pdf.Flowable]:
    made: list[pdf.Flowable] = []
    for number in range(1, sections + 1):
        made += [pdf.heading(f"Part {number}: Llety ŵ & <Gwasanaethau>", 1),
                 pdf.para("A paragraph of text. " * 40)]
        if number % 3 == 0:
            made += [KeepTogether([pdf.heading(f"Within part {number}", 2),
                                   pdf.para("Kept with its heading. " * 20)]),
                     pdf.heading(f"A third level {number}", 3), pdf.para("More. " * 200)]
    return made


def classic(body: object = ()) -> list[pdf.Flowable]:
    """The contents as they were made before: ReportLab's TableOfContents, laid out again until
    its page numbers settle."""
    toc = TableOfContents()
    toc.levelStyles = [pdf.STYLES["toc1"], pdf.STYLES["toc2"]]
    toc.dotsMinLevel = 0
    return [Paragraph(pdf.clean("Contents"), pdf.STYLES["h1"]), toc, PageBreak()]


def pictures(path: Path) -> list[bytes]:
    document = pypdfium2.PdfDocument(str(path))
    try:
        return [page.render(scale=1).to_pil().tobytes() for page in document]
    finally:
        document.close()


def made(tmp_path: Path, name: str, sections: int) -> Path:
    info = pdf.DocumentInfo("Qualification pack", "Riverside", "Probation framework", "test",
                            cover=True, glance=(("Ready overall", "34%"),))
    path = tmp_path / f"{name}.pdf"
    pdf.build(path, info, story(sections))
    return path


@pytest.mark.parametrize("sections", [4, 70])  # 70: the contents run to a second page
def test_one_pass_contents_look_as_the_passes_made_them(tmp_path: Path, sections: int,
                                                        monkeypatch: pytest.MonkeyPatch) -> None:
    passes: list[int] = []
    before = pdf._Document.beforeDocument
    monkeypatch.setattr(pdf._Document, "beforeDocument",
                        lambda self: (passes.append(1), before(self))[1])
    ours = made(tmp_path, "ours", sections)
    assert len(passes) == 1
    monkeypatch.setattr(pdf, "contents", classic)
    passes.clear()
    theirs = made(tmp_path, "theirs", sections)
    assert len(passes) >= 2
    mine, before_pictures = pictures(ours), pictures(theirs)
    assert len(mine) == len(before_pictures) > 3
    assert [n for n, (a, b) in enumerate(zip(mine, before_pictures, strict=True))
            if a != b] == []


def test_headings_not_foreseen_are_laid_out_again(tmp_path: Path,
                                                  monkeypatch: pytest.MonkeyPatch) -> None:
    """Should the story hide its headings from the look-ahead, the contents still come right:
    ReportLab lays out a second time with the headings it met."""
    monkeypatch.setattr(pdf, "_headings", lambda flowables: iter(()))
    ours = made(tmp_path, "ours", 6)
    monkeypatch.setattr(pdf, "contents", classic)
    theirs = made(tmp_path, "theirs", 6)
    assert pictures(ours) == pictures(theirs)
