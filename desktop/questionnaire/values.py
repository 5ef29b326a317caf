"""What a person typed or chose, checked and turned into a value, with a plain message if not valid.

Answers are stored as typed (`raw`), so nothing is ever lost; `interpret` says what the raw answer
means (e.g. "£12,500.50" is 1250050 pence) or what a valid one looks like. Messages go through
`desktop.i18n.tr` so they can be translated.
"""

from __future__ import annotations

import calendar
import re
from collections.abc import Mapping
from dataclasses import dataclass
from datetime import date, datetime
from typing import Any

from desktop.i18n import long_date, month_name, plural, pounds, tr
from desktop.questionnaire.model import TYPED_IN, Field, FieldType

# England & Wales: 6 to 8 digits, optionally "-N" for a linked charity; Scotland SC + 6 digits;
# Northern Ireland NIC + 6 digits.
CHARITY_NUMBER = re.compile(r"^(\d{6,8}(-\d{1,2})?|SC\d{6}|NIC\d{6})$")
# Companies House: 8 digits, or a two-letter prefix (SC, NI, CE, RC, …) and 6 digits.
COMPANY_NUMBER = re.compile(r"^([0-9]{8}|[A-Z]{2}[0-9]{6})$")
POSTCODE = re.compile(r"^([A-Z]{1,2}[0-9][A-Z0-9]?)([0-9][A-Z]{2})$")
EMAIL = re.compile(r"^[^@\s]+@[^@\s]+\.[^@\s.]{2,}$")
MONEY = re.compile(r"^(\d{1,3}(,\d{3})+|\d+)(\.\d{1,2})?$")
NUMBER = re.compile(r"^(\d{1,3}(,\d{3})+|\d+)$")
DATE_FORMATS = ("%Y-%m-%d", "%d/%m/%Y", "%d-%m-%Y", "%d.%m.%Y", "%d %B %Y", "%d %b %Y")
NUMERIC_DATE = re.compile(r"^(\d{1,2})[/.\-](\d{1,2})[/.\-](\d{4})$")
ISO_DATE = re.compile(r"^(\d{4})-(\d{1,2})-(\d{1,2})$")
EARLIEST_YEAR, LATEST_YEAR = 1900, 2200  # a year outside is a slip of the keyboard
# The most a one-line answer holds: room for any real name, address line or number, not for a
# pasted document (long answers are long-text, kept within their word limits instead).
LINE_LENGTHS = {
    FieldType.TEXT: 300, FieldType.EMAIL: 254, FieldType.PHONE: 30, FieldType.POSTCODE: 20,
    FieldType.CHARITY_NUMBER: 20, FieldType.COMPANY_NUMBER: 20, FieldType.DATE: 40,
    FieldType.MONEY: 30, FieldType.NUMBER: 20,
}
WORD = re.compile(r"\S+")
SHA256 = re.compile(r"^[0-9a-f]{64}$")


@dataclass(frozen=True, slots=True)
class Interpreted:
    """A raw answer's meaning: `value` (None when empty or not valid) and any `problem`."""

    value: Any = None
    problem: str = ""

    @property
    def ok(self) -> bool:
        return not self.problem


def is_empty(raw: Any) -> bool:
    if raw is None:
        return True
    if isinstance(raw, str):
        return not raw.strip()
    if isinstance(raw, list | tuple):
        return len(raw) == 0
    return False


def squash(text: str) -> str:
    """Remove spaces and make upper case: how registration numbers and postcodes are compared."""
    return re.sub(r"\s+", "", text).upper()


def word_count(text: str) -> int:
    return len(WORD.findall(text))


def check_charity_number(text: str) -> str:
    """The problem with a charity number, or "" when it looks right."""
    if CHARITY_NUMBER.match(squash(text)):
        return ""
    return tr("That does not look like a charity number. England and Wales numbers are 6 to 8 "
              "digits (e.g. 1123456), Scottish ones start SC (SC012345), Northern Irish ones "
              "start NIC (NIC100001). Leave it empty if you are not a registered charity.")


def check_company_number(text: str) -> str:
    if COMPANY_NUMBER.match(squash(text)):
        return ""
    return tr("That does not look like a Companies House number: it has 8 characters, e.g. "
              "01234567 or SC123456. Leave it empty if you are not a company.")


def interpret(field: Field, raw: Any) -> Interpreted:
    """Check one answer (a group's rows included) against its field's definition."""
    if is_empty(raw):
        return Interpreted(None, tr("This needs an answer.") if field.required else "")
    reader = _READERS.get(field.type)
    if reader is None:
        return Interpreted(None, tr("This kind of answer is not known."))
    try:
        return reader(field, raw)
    except (TypeError, ValueError, AttributeError):
        return Interpreted(None, tr("This answer could not be understood; please type it again."))


def _text(field: Field, raw: Any) -> Interpreted:
    text = str(raw)
    most = LINE_LENGTHS.get(field.type)
    if most is not None and len(text) > most:  # typed boxes stop there; an import may not
        return Interpreted(text, tr("{count} characters: this answer holds at most {most}. "
                                    "Shorten it.").format(count=len(text), most=most))
    if field.word_limit:
        words = word_count(text)
        if words > field.word_limit:
            return Interpreted(text, tr(
                "{words} words: {over} over the limit of {limit}. You can keep drafting, but "
                "shorten it before you send it.").format(
                    words=words, over=words - field.word_limit, limit=field.word_limit))
    return Interpreted(text)


def _email(_field: Field, raw: Any) -> Interpreted:
    text = str(raw).strip()
    if EMAIL.match(text):
        return Interpreted(text)
    return Interpreted(None, tr("That does not look like an email address, e.g. "
                                "bids@example.org.uk."))


def _phone(_field: Field, raw: Any) -> Interpreted:
    digits = re.sub(r"[\s()\-]", "", str(raw))
    if digits.startswith("+44"):
        digits = "0" + digits[3:].lstrip("0")
    if re.fullmatch(r"0\d{9,10}", digits):
        return Interpreted(digits)
    return Interpreted(None, tr("That does not look like a UK phone number, e.g. 020 7946 0000 "
                                "or 07700 900123."))


def _postcode(_field: Field, raw: Any) -> Interpreted:
    found = POSTCODE.match(squash(str(raw)))
    if found:
        return Interpreted(f"{found[1]} {found[2]}")
    return Interpreted(None, tr("That does not look like a UK postcode, e.g. CF10 1AA or "
                                "SW1A 1AA."))


def _registration(check: Any) -> Any:
    def read(_field: Field, raw: Any) -> Interpreted:
        problem = check(str(raw))
        return Interpreted(None, problem) if problem else Interpreted(squash(str(raw)))
    return read


def read_date(text: str, label: str = "") -> tuple[date | None, str]:
    """A typed date, or None when nothing is typed, and the problem in words if it is not one:
    why, when it looks like a date but cannot be one ("February has 28 days in 2027"), starting
    with `label` (the box's name) when one is given."""
    typed = " ".join(text.split())
    if not typed:
        return None, ""
    text = typed
    day, _, rest = text.partition(" ")
    month, _, year = rest.partition(" ")
    names = {month_name(number).casefold(): number for number in range(1, 13)}
    if month.casefold() in names:  # "5 Mawrth 2027" in Welsh, "5 March 2027" in English
        text = f"{day}/{names[month.casefold()]}/{year}"
    problem = ""
    for pattern in DATE_FORMATS:
        try:
            found = datetime.strptime(text, pattern).date()
        except ValueError:
            continue
        if EARLIEST_YEAR <= found.year <= LATEST_YEAR:
            return found, ""
        problem = tr("\u201c{typed}\u201d: check the year, and type all four digits, like "
                     "2027.").format(typed=typed)
        break
    problem = problem or _why_not_a_date(text, typed)
    return None, tr("{label}: {problem}").format(label=label, problem=problem) if label \
        else problem


def _why_not_a_date(text: str, typed: str) -> str:
    """What is wrong with a typed date: the day or month that cannot be, or its shape."""
    parts = NUMERIC_DATE.match(text)
    iso = ISO_DATE.match(text)
    if parts or iso:
        day, month, year = (int(part) for part in (
            parts.groups() if parts else reversed(iso.groups())))  # type: ignore[union-attr]
        if not EARLIEST_YEAR <= year <= LATEST_YEAR:
            return tr("\u201c{typed}\u201d: check the year, and type all four digits, like "
                      "2027.").format(typed=typed)
        if not 1 <= month <= 12:
            return tr("\u201c{typed}\u201d is not a date: there is no month {month} (months "
                      "go from 1 to 12).").format(typed=typed, month=month)
        days = calendar.monthrange(year, month)[1]
        if not 1 <= day <= days:
            return tr("\u201c{typed}\u201d is not a date: {month} has {days} days in "
                      "{year}.").format(typed=typed, month=month_name(month), days=days,
                                        year=year)
    return tr("That does not look like a date. Type it like 31/03/2027.")


def kept_from_saving(field: Field, raw: Any) -> bool:
    """True for an answer that is not saved as typed: a date that cannot be one (a draft of
    anything else is kept, and flagged)."""
    if field.type is FieldType.DATE:
        return not is_empty(raw) and read_date(str(raw))[0] is None
    if field.type is FieldType.GROUP and isinstance(raw, list):
        return any(kept_from_saving(sub, row.get(sub.key)) for row in raw
                   if isinstance(row, dict) for sub in field.fields)
    return False


def typed_date(day: date | None) -> str:
    """A date as the date boxes show it, e.g. 31/03/2027."""
    return f"{day:%d/%m/%Y}" if day else ""


def _date(field: Field, raw: Any) -> Interpreted:
    day, problem = read_date(str(raw), field.label)
    return Interpreted(day.isoformat(), "") if day else Interpreted(None, problem)


def _money(_field: Field, raw: Any) -> Interpreted:
    text = re.sub(r"[\s£]", "", str(raw))
    if MONEY.match(text):
        pounds, _, pence = text.replace(",", "").partition(".")
        return Interpreted(int(pounds) * 100 + int(pence.ljust(2, "0")))
    return Interpreted(None, tr("Type an amount in pounds, like 12,500 or 12,500.50 (no minus "
                                "sign)."))


def _number(_field: Field, raw: Any) -> Interpreted:
    text = re.sub(r"\s", "", str(raw))
    if NUMBER.match(text):
        return Interpreted(int(text.replace(",", "")))
    return Interpreted(None, tr("Type a whole number, like 12."))


def _choice(field: Field, raw: Any) -> Interpreted:
    if raw in {c.value for c in field.choices}:
        return Interpreted(raw)
    return Interpreted(None, tr("Choose one of the options."))


def _choices(field: Field, raw: Any) -> Interpreted:
    allowed = {c.value for c in field.choices}
    chosen = [value for value in raw if value in allowed]
    if len(chosen) != len(raw):
        return Interpreted(chosen, tr("Some of the options chosen no longer exist."))
    return Interpreted(chosen)


def _yes_no(_field: Field, raw: Any) -> Interpreted:
    if isinstance(raw, bool):
        return Interpreted(raw)
    return Interpreted(None, tr("Choose yes or no."))


def _evidence(_field: Field, raw: Any) -> Interpreted:
    """Linked evidence: a list of the documents' SHA-256 fingerprints (the library's keys)."""
    if all(isinstance(item, str) and SHA256.match(item) for item in raw):
        return Interpreted(list(raw))
    return Interpreted(None, tr("Choose the documents again from your evidence library."))


def _group(field: Field, raw: Any) -> Interpreted:
    rows = [row for row in raw if isinstance(row, dict) and not all(map(is_empty, row.values()))]
    if len(rows) < field.min_rows:
        if field.row:  # what is missing, in the form's words ("add another referee")
            return Interpreted(rows, tr("At least {count} are needed: add another {row}.")
                               .format(count=field.min_rows, row=field.row))
        return Interpreted(rows, tr("Add at least {count}.").format(count=field.min_rows))
    if field.max_rows and len(rows) > field.max_rows:
        return Interpreted(rows, tr("Add no more than {count}.").format(count=field.max_rows))
    for number, row in enumerate(rows, start=1):
        for sub in visible_fields(field.fields, row):
            result = interpret(sub, row.get(sub.key))
            if not result.ok:
                return Interpreted(rows, tr("Row {number}, {label}: {problem}").format(
                    number=number, label=sub.label, problem=result.problem))
    return Interpreted(rows)


def shape_problem(field: Field, raw: Any) -> str:
    """Why `raw` cannot be an answer to `field` at all (wrong kind of value), or "".

    Used on imported answers: a value of the right shape is kept even when not yet valid, as a
    draft typed in the app would be.
    """
    if raw is None:
        return ""
    if field.type in TYPED_IN or field.type is FieldType.CHOICE:
        ok = isinstance(raw, str)
    elif field.type is FieldType.YES_NO:
        ok = isinstance(raw, bool)
    elif field.type in (FieldType.MULTI_CHOICE, FieldType.EVIDENCE):
        ok = isinstance(raw, list) and all(isinstance(item, str) for item in raw)
    elif field.type is FieldType.GROUP:
        subs = {sub.key: sub for sub in field.fields}
        ok = isinstance(raw, list) and all(
            isinstance(row, dict) and set(row) <= set(subs)
            and not any(shape_problem(subs[key], value) for key, value in row.items())
            for row in raw)
    else:
        ok = False
    return "" if ok else tr("{label}: this kind of value does not fit the question.").format(
        label=field.label)


def visible_fields(fields: tuple[Field, ...], answers: Mapping[str, Any]) -> list[Field]:
    """The fields to show, given the answers their conditions look at."""
    return [f for f in fields if f.show_if is None or f.show_if.holds(answers.get(f.show_if.field))]


def display(field: Field, value: Any) -> str:
    """A checked value as a person reads it (for summaries and printed packs)."""
    if value is None:
        return ""
    if field.type is FieldType.MONEY:
        return pounds(value)
    if field.type is FieldType.YES_NO:
        return tr("Yes") if value else tr("No")
    if field.type is FieldType.CHOICE:
        return field.choice_label(value)
    if field.type is FieldType.MULTI_CHOICE:
        return ", ".join(field.choice_label(v) for v in value)
    if field.type is FieldType.DATE:
        return long_date(date.fromisoformat(value))
    if field.type is FieldType.NUMBER:
        return f"{value:,}"
    if field.type is FieldType.EVIDENCE:
        return plural(len(value), tr("1 document"), tr("{count} documents"))
    if field.type is FieldType.GROUP:
        return rows_text(field, value)
    return str(value)


def rows_text(field: Field, rows: Any) -> str:
    """A repeating group (referees, case studies) as a person reads it: each row numbered, each
    of its answers after its question; never the stored form."""
    numbered = []
    for number, row in enumerate(rows if isinstance(rows, list) else [], start=1):
        if not isinstance(row, dict):
            continue
        answers = []
        for sub in visible_fields(field.fields, row):
            raw = row.get(sub.key)
            if is_empty(raw):
                continue
            result = interpret(sub, raw)
            shown = display(sub, result.value) if result.ok and result.value is not None \
                else str(raw)
            answers.append(f"{sub.label}: {shown}")
        numbered.append(tr("{number}. {answers}").format(
            number=number, answers="\n".join(answers) or tr("(empty)")))
    return "\n\n".join(numbered)


_READERS = {
    FieldType.TEXT: _text, FieldType.LONG_TEXT: _text, FieldType.EMAIL: _email,
    FieldType.PHONE: _phone, FieldType.POSTCODE: _postcode,
    FieldType.CHARITY_NUMBER: _registration(check_charity_number),
    FieldType.COMPANY_NUMBER: _registration(check_company_number),
    FieldType.DATE: _date, FieldType.MONEY: _money, FieldType.NUMBER: _number,
    FieldType.CHOICE: _choice, FieldType.MULTI_CHOICE: _choices, FieldType.YES_NO: _yes_no,
    FieldType.GROUP: _group, FieldType.EVIDENCE: _evidence,
}
