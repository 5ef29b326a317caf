"""The document engine's layout, read back from the PDF: no heading left alone at a page foot,
long answers broken only where their paragraphs end, a cover and contents only for long
documents, and marks on every page."""

from __future__ import annotations

import time
from pathlib import Path

import pytest
from pypdf import PdfReader
from reportlab.pdfbase.pdfmetrics import stringWidth

from desktop.reports import pdf
from tests.reports.pdf_reading import body_lines, pages_ending_on_a_heading, text_of


def make(tmp_path: Path, story: list[pdf.Flowable], **details: object) -> PdfReader:
    info = pdf.DocumentInfo("Layout", "Riverside", "Probation Services Dynamic Framework",
                            "test", **details)  # type: ignore[arg-type]
    path = tmp_path / "layout.pdf"
    pdf.build(path, info, story)
    return PdfReader(path)


def test_no_heading_is_the_last_thing_on_a_page(tmp_path: Path) -> None:
    """Sections of every size, so headings fall at every height of the page."""
    story: list[pdf.Flowable] = []
    for number in range(70):
        if number % 9 == 0:
            story.append(pdf.heading(f"Part {number}", 1))
        story.append(pdf.heading(f"Section {number}", 2))
        rows = [(f"Question {number}.{row}", "An answer " * (1 + (number * row) % 9))
                for row in range(1 + number % 6)]
        long = [("A long answer", "Several sentences of it. " * 90)] if number % 7 == 3 else []
        story += pdf.facts([*rows, *long])
    reader = make(tmp_path, story, cover=True)
    assert len(reader.pages) > 15
    assert pages_ending_on_a_heading(reader) == []


def test_the_check_finds_a_heading_left_alone(tmp_path: Path) -> None:
    """The check above can fail: a heading followed by a page break is found."""
    reader = make(tmp_path, [pdf.para("Filler. " * 300), pdf.heading("Alone", 1),
                             pdf.PageBreak(), pdf.para("Then this.")])
    assert pages_ending_on_a_heading(reader) == [(1, "Alone")]


def test_a_heading_near_the_foot_takes_its_table_along(tmp_path: Path) -> None:
    """Filler of growing length puts the heading at every height near the page foot."""
    for lines in range(40, 56):
        story = [*(pdf.para(f"Line {n}.", "flow") for n in range(lines)),
                 pdf.heading("Kept", 1), *pdf.facts([(f"Row {n}", "x " * 40)
                                                     for n in range(30)])]
        reader = make(tmp_path, story)
        assert pages_ending_on_a_heading(reader) == [], lines


PARAGRAPHS = 14


def paragraphs() -> str:
    """Paragraphs of whole sentences, each ending with its own marker; one of 8,000 characters
    (the engine once cut such a paragraph every 2,000 characters, mid-sentence)."""
    texts = []
    for number in range(PARAGRAPHS):
        sentences = 160 if number == 5 else 4 + number * 3
        texts.append(" ".join(f"Sentence {s} of paragraph {number} says what we do."
                              for s in range(sentences)) + f" [end-{number}]")
    return "\n".join(texts)


def test_long_answers_break_only_where_their_paragraphs_end(tmp_path: Path) -> None:
    text = paragraphs()
    assert len(text) > 20_000
    reader = make(tmp_path, [pdf.heading("Answers", 1), *pdf.facts([("What we do", text)])])
    short = []
    for page in reader.pages:
        for line in body_lines(page):
            if line.size == 10 and stringWidth(line.text, pdf.FONT, 10) < pdf.USABLE * 0.75:
                short.append(line.text)
    # a line short of the right margin is always the last line of one of the paragraphs
    assert len(short) == PARAGRAPHS
    assert [line.rsplit(" ", 1)[-1] for line in short] == \
        [f"[end-{number}]" for number in range(PARAGRAPHS)]


def test_a_100000_character_answer_builds_in_moments(tmp_path: Path) -> None:
    text = ("Llety ŵ ŷ <b>&</b> one sentence after another. " * 2100)[:100_000]
    started = time.perf_counter()
    reader = make(tmp_path, [pdf.heading("Long", 1), *pdf.facts([("Pasted", text)])],
                  cover=True)
    seconds = time.perf_counter() - started
    assert len(reader.pages) > 20
    assert text_of(reader).count("Llety") == text.count("Llety")  # words never split
    assert seconds < 10, f"{seconds:.1f} s"  # about 0.5 s on the development machine


def sections(count: int) -> list[pdf.Flowable]:
    return [flowable for number in range(count)
            for flowable in (pdf.heading(f"Section {number}", 1), pdf.para("Text."))]


@pytest.mark.parametrize(("cover", "count", "contents"), [
    (True, 3, True), (True, 2, False), (False, 5, False)])
def test_contents_only_for_long_documents_with_three_sections(
        tmp_path: Path, cover: bool, count: int, contents: bool) -> None:
    reader = make(tmp_path, sections(count), cover=cover,
                  glance=(("Ready overall", "34%"),))
    text = text_of(reader)
    assert ("Contents" in text) is contents
    first = reader.pages[0].extract_text()
    assert "Layout" in first and "Riverside" in first and "At a glance" in first
    assert "Ready overall" in first and "34%" in first
    if cover:  # a cover page of its own, without a footer
        assert "Section 0" not in first and "Page 1 of" not in first
    else:  # a title block: the document starts on the first page, numbered
        assert len(reader.pages) == 1 and "Section 4" in first and "Page 1 of 1" in first


def test_marks_print_on_every_page(tmp_path: Path) -> None:
    reader = make(tmp_path, sections(40), cover=True, marks=("Draft — not complete",))
    assert len(reader.pages) > 2
    assert all("Draft — not complete" in page.extract_text() for page in reader.pages)
    plain = make(tmp_path, sections(40), cover=True)
    assert "Draft" not in text_of(plain)
