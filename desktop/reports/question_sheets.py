"""Reading a buyer's question spreadsheet (.xlsx or .csv) into plain rows of text, or refusing it.

Nothing in the file is run or trusted: a workbook is checked as a zip before openpyxl sees it
(its size unpacked, macros, formulas and merged cells refused, so a zip bomb or a macro-enabled
file never gets further), then read with `read_only=True, data_only=True`, which takes the values
as saved and never evaluates anything. Every refusal is a QuestionImportError in plain words, and
nothing is saved: the rows only go on to the preview.
"""

from __future__ import annotations

import csv
import io
import re
import zipfile
from dataclasses import dataclass
from datetime import date, datetime
from pathlib import Path

from desktop.core.bid_questions import MAX_TEXT, QuestionImportError
from desktop.i18n import tr

MAX_FILE_BYTES = 5 * 1024 * 1024
MAX_UNPACKED_BYTES = 50 * 1024 * 1024
MAX_ROWS = 2000
MAX_COLUMNS = 60
OLE_MAGIC = b"\xd0\xcf\x11\xe0"  # old .xls, and any password-protected Office file
SHEET_PART = re.compile(r"xl/worksheets/[^/]+\.xml")


@dataclass(frozen=True, slots=True)
class QuestionFile:
    """Each sheet's rows as text (a CSV file is one sheet, named after the file)."""

    sheets: dict[str, list[list[str]]]


def read_question_file(path: Path) -> QuestionFile:
    suffix = path.suffix.lower()
    if suffix in (".xlsm", ".xltm", ".xlsb"):
        raise QuestionImportError(tr(
            "This is a spreadsheet with macros, which Framework Ready does not open. Save it "
            "from your spreadsheet program as an ordinary .xlsx workbook, or as .csv."))
    if suffix == ".xls":
        raise QuestionImportError(tr(
            "This is the old Excel format (.xls). Save it from your spreadsheet program as a "
            ".xlsx workbook, or as .csv, and import that."))
    if suffix not in (".xlsx", ".csv"):
        raise QuestionImportError(tr(
            "Questions can be imported from a .xlsx workbook or a .csv file."))
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


def _workbook(data: bytes) -> QuestionFile:
    if data.startswith(OLE_MAGIC):
        raise QuestionImportError(tr(
            "This workbook is protected with a password (or is in an old format). Open it in "
            "your spreadsheet program, remove the password, save it as .xlsx and import that."))
    try:
        archive = zipfile.ZipFile(io.BytesIO(data))
        parts = archive.infolist()
        if sum(part.file_size for part in parts) > MAX_UNPACKED_BYTES:
            raise QuestionImportError(tr(
                "This workbook unpacks to far more than a list of questions needs, so it was "
                "not opened."))
        names = {part.filename for part in parts}
        if any(name.lower().endswith("vbaproject.bin") for name in names):
            raise QuestionImportError(tr(
                "This workbook holds macros, which Framework Ready does not open. Save it "
                "without macros (as .xlsx or .csv) and import that."))
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
