"""A buyer's .docx questions: numbered paragraphs (typed numbers and Word's own numbered
lists, in the text or in tables) with "(max N words)" found and shown for confirmation; macro,
password-protected, oversized, zip-bomb and damaged files refused with a reason, nothing saved."""

from __future__ import annotations

import zipfile
from pathlib import Path

import pytest
from docx import Document

from desktop.core.bid_questions import (
    LimitUnit,
    QuestionImportError,
    columns_guessed,
    questions_from_rows,
)
from desktop.reports.question_sheets import read_question_file

HOSTILE = "Tŷ <b>&</b> “smart” 🙂 ŵ ŷ"


def buyer_document(path: Path) -> Path:
    document = Document()
    document.add_heading("Section 3: Quality", level=1)
    document.add_paragraph("Please answer every question.")  # before any question: left out
    document.add_paragraph("3.1 Describe your move-on support for " + HOSTILE + " (max 500 "
                           "words)")
    document.add_paragraph("Include how you work with\tlandlords.")  # guidance
    document.add_paragraph("Q3.2: Safeguarding. Maximum 2,000 characters excluding spaces")
    document.add_paragraph("How will you mobilise the service?", style="List Number")
    table = document.add_table(rows=1, cols=1)
    table.rows[0].cells[0].text = "4 Social value (up to 300 words)"
    document.save(str(path))
    return path


def test_numbered_questions_and_limits_are_found(tmp_path: Path) -> None:
    file = read_question_file(buyer_document(tmp_path / "ITT questions.docx"))
    [(name, rows)] = file.sheets.items()
    assert name == "ITT questions"
    chosen = columns_guessed(rows[0])
    questions = questions_from_rows(rows[1:], chosen)
    assert [(q.number, q.limit, q.limit_unit) for q in questions] == [
        ("3.1", 500, LimitUnit.WORDS), ("3.2", 2000, LimitUnit.CHARACTERS_NO_SPACES),
        ("3", None, LimitUnit.WORDS), ("4", 300, LimitUnit.WORDS)]
    assert questions[0].text == ("Describe your move-on support for " + HOSTILE +
                                 " (max 500 words)")
    assert questions[0].guidance == "Include how you work with\tlandlords."
    assert questions[2].text == "How will you mobilise the service?"


def zipped(path: Path, parts: dict[str, bytes]) -> Path:
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as archive:
        for name, data in parts.items():
            archive.writestr(name, data)
    return path


@pytest.mark.parametrize(("name", "make", "reason"), [
    ("q.docm", lambda p: p.write_bytes(b"PK"), "macros"),
    ("q.doc", lambda p: p.write_bytes(b"\xd0\xcf\x11\xe0"), "old Word format"),
    ("q.docx", lambda p: p.write_bytes(b"\xd0\xcf\x11\xe0" + b"\0" * 600), "password"),
    ("q.docx", lambda p: zipped(p, {"word/document.xml": b"<w/>",
                                    "word/vbaProject.bin": b"x"}), "macros"),
    ("q.docx", lambda p: zipped(p, {"word/document.xml": b"0" * (60 * 1024 * 1024)}),
     "zip bomb"),
    ("q.docx", lambda p: p.write_bytes(b"not a zip at all"), "damaged"),
    ("q.docx", lambda p: zipped(p, {"word/document.xml": b"<broken"}), "damaged"),
    ("q.docx", lambda p: p.write_bytes(b"PK" + b"\0" * (6 * 1024 * 1024)), "larger than"),
])
def test_bad_documents_are_refused_with_a_reason(tmp_path: Path, name: str, make: object,
                                                 reason: str) -> None:
    path = tmp_path / name
    make(path)  # type: ignore[operator]
    with pytest.raises(QuestionImportError, match=reason):
        read_question_file(path)


def test_a_document_without_numbered_questions_is_refused(tmp_path: Path) -> None:
    document = Document()
    document.add_paragraph("Dear supplier, thank you for your interest.")
    document.save(str(tmp_path / "letter.docx"))
    with pytest.raises(QuestionImportError, match="No numbered questions"):
        read_question_file(tmp_path / "letter.docx")
