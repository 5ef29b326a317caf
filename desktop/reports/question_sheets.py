"""Reading a buyer's question spreadsheet (.xlsx or .csv) or document (.docx) into plain rows of
text, or refusing it.

Nothing in the file is run or trusted: a workbook is checked as a zip before openpyxl sees it
(its size unpacked, macros, formulas and merged cells refused, so a zip bomb or a macro-enabled
file never gets further), then read with `read_only=True, data_only=True`, which takes the values
as saved and never evaluates anything. A .docx gets the same zip checks (a .docm, or any file
holding macros, is refused; so is a password-protected one), then python-docx reads its
paragraphs and tables' text: each numbered paragraph ("3.1 Describe…", "Q4: …", or Word's own
numbered list) is a question, the paragraphs after it its guidance, and "(max 500 words)" in
either its limit. The questions become rows (Number, Question, Guidance, Limit) for the same
preview as a spreadsheet's, so nothing is saved before the person confirms. Every refusal is a
QuestionImportError in plain words, and nothing is saved: the rows only go on to the preview.
"""

from __future__ import annotations

import csv
import io
import re
import zipfile
from dataclasses import dataclass
from datetime import date, datetime
from pathlib import Path
from typing import Any

from desktop.core.bid_questions import MAX_TEXT, LimitUnit, QuestionImportError, limit_in
from desktop.i18n import tr

MAX_FILE_BYTES = 5 * 1024 * 1024
MAX_UNPACKED_BYTES = 50 * 1024 * 1024
MAX_ROWS = 2000
MAX_COLUMNS = 60
OLE_MAGIC = b"\xd0\xcf\x11\xe0"  # old .xls, and any password-protected Office file
SHEET_PART = re.compile(r"xl/worksheets/[^/]+\.xml")
NUMBERED = re.compile(r"^\s*(?:q(?:uestion)?\.?\s*)?(\d{1,3}(?:\.\d{1,3}){0,3})[.):]?\s+(\S.*)$",
                      re.IGNORECASE | re.DOTALL)


@dataclass(frozen=True, slots=True)
class QuestionFile:
    """Each sheet's rows as text (a CSV file is one sheet, named after the file)."""

    sheets: dict[str, list[list[str]]]


def read_question_file(path: Path) -> QuestionFile:
    suffix = path.suffix.lower()
    if suffix in (".docm", ".dotm"):
        raise QuestionImportError(tr(
            "This is a Word document with macros, which Framework Ready does not open. Save it "
            "from Word as an ordinary .docx document and import that."))
    if suffix == ".doc":
        raise QuestionImportError(tr(
            "This is the old Word format (.doc). Save it from Word as a .docx document and "
            "import that."))
    if suffix in (".xlsm", ".xltm", ".xlsb"):
        raise QuestionImportError(tr(
            "This is a spreadsheet with macros, which Framework Ready does not open. Save it "
            "from your spreadsheet program as an ordinary .xlsx workbook, or as .csv."))
    if suffix == ".xls":
        raise QuestionImportError(tr(
            "This is the old Excel format (.xls). Save it from your spreadsheet program as a "
            ".xlsx workbook, or as .csv, and import that."))
    if suffix not in (".xlsx", ".csv", ".docx"):
        raise QuestionImportError(tr(
            "Questions can be imported from a .xlsx workbook, a .csv file or a .docx "
            "document."))
    try:
        size = path.stat().st_size
        if size > MAX_FILE_BYTES:
            raise QuestionImportError(tr(
                "This file is larger than {size} MB, far more than a list of questions needs. "
                "Check it is the right file.").format(size=MAX_FILE_BYTES // (1024 * 1024)))
        data = path.read_bytes()
    except OSError as error:
        raise QuestionImportError(tr("The file could not be read: {reason}").format(
            reason=error.strerror or error)) from None
    if suffix == ".docx":
        return _document(path.stem, data)
    return _csv(path.stem, data) if suffix == ".csv" else _workbook(data)


def _csv(title: str, data: bytes) -> QuestionFile:
    if b"\x00" in data:
        raise QuestionImportError(tr("This is not a text file, so it cannot be read as .csv."))
    try:
        text = data.decode("utf-8-sig")
    except UnicodeDecodeError:
        text = data.decode("cp1252", errors="replace")  # Excel's "CSV" on Windows
    heading = text.split("\n", 1)[0]  # the headings show the separator (Excel: , or ;)
    separator = max(",;\t", key=heading.count)
    try:
        rows = list(csv.reader(io.StringIO(text, newline=""), delimiter=separator, strict=True))
    except csv.Error:
        raise QuestionImportError(tr(
            "This file is not laid out as a .csv file (its quotes do not match).")) from None
    return QuestionFile({title: _checked(rows)})


def _archive(data: bytes, document: bool) -> zipfile.ZipFile:
    """The file as a zip whose declared sizes unpack to no more than MAX_UNPACKED_BYTES and
    that holds no macros: checked from its directory before any part is unpacked."""
    if data.startswith(OLE_MAGIC):
        raise QuestionImportError(tr(
            "This document is protected with a password (or is in an old format). Open it in "
            "Word, remove the password, save it as .docx and import that.") if document else tr(
            "This workbook is protected with a password (or is in an old format). Open it in "
            "your spreadsheet program, remove the password, save it as .xlsx and import that."))
    archive = zipfile.ZipFile(io.BytesIO(data))
    parts = archive.infolist()
    if sum(part.file_size for part in parts) > MAX_UNPACKED_BYTES:
        raise QuestionImportError(tr(
            "This file unpacks to far more than a list of questions needs (it may be a zip "
            "bomb), so it was not opened."))
    if any(part.filename.lower().endswith("vbaproject.bin") for part in parts):
        raise QuestionImportError(tr(
            "This document holds macros, which Framework Ready does not open. Save it without "
            "macros (as .docx) and import that.") if document else tr(
            "This workbook holds macros, which Framework Ready does not open. Save it "
            "without macros (as .xlsx or .csv) and import that."))
    return archive


def _document(title: str, data: bytes) -> QuestionFile:
    try:
        names = set(_archive(data, document=True).namelist())
    except (zipfile.BadZipFile, zipfile.LargeZipFile, NotImplementedError, OSError):
        names = set()
    if "word/document.xml" not in names:
        raise QuestionImportError(tr("This file is damaged or is not really a .docx document."))
    from docx import Document

    try:
        paragraphs = _document_paragraphs(Document(io.BytesIO(data)))
    except Exception:  # python-docx raises many kinds for a damaged file
        raise QuestionImportError(tr(
            "This file is damaged or is not really a .docx document.")) from None
    rows = questions_in_text(paragraphs)
    if not rows:
        raise QuestionImportError(tr(
            "No numbered questions were found in this document (such as \"1.2 Describe…\" or "
            "a numbered list). Copy the questions into a spreadsheet, one a row, and import "
            "that."))
    headings = [tr("Number"), tr("Question"), tr("Guidance"), tr("Limit")]
    return QuestionFile({title: _checked([headings, *rows])})


def _document_paragraphs(document: Any) -> list[tuple[str, bool]]:
    """Each paragraph's text, in order (tables' cells too), and whether Word numbers it."""
    found: list[tuple[str, bool]] = []

    def add(paragraph: Any) -> None:
        properties = paragraph._p.pPr
        numbered = properties is not None and properties.numPr is not None
        style = (paragraph.style.name or "") if paragraph.style is not None else ""
        found.append((paragraph.text, numbered or style.startswith("List Number")))

    for block in document.iter_inner_content():
        if hasattr(block, "rows"):
            for row in block.rows:
                for cell in row.cells:
                    for paragraph in cell.paragraphs:
                        add(paragraph)
        else:
            add(block)
        if len(found) > MAX_ROWS * 10:
            break
    return found


def questions_in_text(paragraphs: list[tuple[str, bool]]) -> list[list[str]]:
    """Rows of (number, question, guidance, limit) from a document's paragraphs."""
    rows: list[list[str]] = []
    listed = 0
    for text, numbered in paragraphs:
        text = text.strip()
        if not text:
            continue
        match = NUMBERED.match(text)
        if match or numbered:
            listed += 1
            number, asked = (match.group(1), match.group(2)) if match else (str(listed), text)
            rows.append([number, asked.strip(), "", ""])
        elif rows:
            rows[-1][2] = (rows[-1][2] + "\n" + text).strip()
        if len(rows) > MAX_ROWS:
            break
    for row in rows:
        limit = limit_in(row[1]) or limit_in(row[2])
        if limit:
            row[3] = f"{limit[0]} " + ("words" if limit[1] is LimitUnit.WORDS else
                                      "characters excluding spaces"
                                      if limit[1] is LimitUnit.CHARACTERS_NO_SPACES
                                      else "characters")
    return rows


def _workbook(data: bytes) -> QuestionFile:
    try:
        archive = _archive(data, document=False)
        names = {part.filename for part in archive.infolist()}
        for name in sorted(n for n in names if SHEET_PART.fullmatch(n)):
            xml = archive.read(name)
            if b"<mergeCell " in xml or b"<mergeCell>" in xml:
                raise QuestionImportError(tr(
                    "This workbook has merged cells, so its columns cannot be read reliably. "
                    "Unmerge them (or save the questions as .csv) and import again."))
            if b"<f>" in xml or b"<f " in xml:
                raise QuestionImportError(tr(
                    "This workbook has formulas in it, which are not read. Copy the questions "
                    "and paste them as values only (or save as .csv), then import again."))
    except (zipfile.BadZipFile, zipfile.LargeZipFile, NotImplementedError, OSError):
        raise QuestionImportError(tr(
            "This file is damaged or is not really a .xlsx workbook.")) from None
    from openpyxl import load_workbook

    try:
        book = load_workbook(io.BytesIO(data), read_only=True, data_only=True,
                             keep_links=False)
    except Exception:  # openpyxl raises many kinds for a damaged file
        raise QuestionImportError(tr(
            "This file is damaged or is not really a .xlsx workbook.")) from None
    try:
        sheets = {}
        for sheet in book.worksheets:
            rows = []
            width = min(sheet.max_column or MAX_COLUMNS, MAX_COLUMNS)
            for values in sheet.iter_rows(values_only=True, max_col=width):
                rows.append([_text(value) for value in values])
                if len(rows) > MAX_ROWS:
                    break
            sheets[sheet.title] = _checked(rows)
    finally:
        book.close()
    return QuestionFile(sheets)


def _text(value: object) -> str:
    if value is None:
        return ""
    if isinstance(value, float) and value.is_integer():
        return str(int(value))
    if isinstance(value, datetime | date):
        return value.isoformat()
    return str(value)


def _checked(rows: list[list[str]]) -> list[list[str]]:
    """The rows with blank ones dropped at the end; refused if too many or a cell too long."""
    while rows and not any(cell.strip() for cell in rows[-1]):
        rows.pop()
    if len(rows) > MAX_ROWS:
        raise QuestionImportError(tr(
            "This file has more than {count} rows, far more than a list of questions. Check it "
            "is the right file.").format(count=MAX_ROWS))
    if any(len(cell) > MAX_TEXT for row in rows for cell in row):
        raise QuestionImportError(tr(
            "A cell in this file holds more than {count} characters, more than any question. "
            "Check it is the right file.").format(count=MAX_TEXT))
    return [row[:MAX_COLUMNS] for row in rows]
