"""The buyer's questions for a bid and the charity's answers: counting, limits, importing rows.

Plain Python (no Qt, no database). Counting follows the buyer's usual rule: words are what is
separated by spaces (tabs and line breaks count as spaces); characters are counted with or
without spaces as the question says. Text pasted from Word is cleaned of what it hides (soft
hyphens, zero-width spaces) before counting, so the count matches what the buyer's portal sees.

Importing: a spreadsheet or CSV is first read into plain rows of text (`reports.question_sheets`
does the reading, refusing what it must); `columns_guessed` suggests which column holds what from
the headings, and `questions_from_rows` turns the rows into questions with the column choice the
person confirmed, or says plainly why it cannot.
"""

from __future__ import annotations

import re
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from enum import Enum

from desktop.i18n import plural, tr

MAX_QUESTIONS = 500  # a buyer's questionnaire has tens; more means the wrong file or column
MAX_TEXT = 20_000  # characters in any one imported cell

INVISIBLE = dict.fromkeys(map(ord, "\u00ad\u200b\u200c\u200d\u2060\ufeff"))  # soft hyphen, ZW…
SPACES = re.compile(r"\s+")


class Status(Enum):
    NOT_STARTED = "not-started"
    DRAFTING = "drafting"
    FOR_REVIEW = "for-review"
    FINAL = "final"

    @property
    def label(self) -> str:
        return {Status.NOT_STARTED: tr("Not started"), Status.DRAFTING: tr("Drafting"),
                Status.FOR_REVIEW: tr("For review"), Status.FINAL: tr("Final")}[self]


class LimitUnit(Enum):
    WORDS = "words"
    CHARACTERS = "characters"  # spaces count
    CHARACTERS_NO_SPACES = "characters-no-spaces"

    @property
    def label(self) -> str:
        return {LimitUnit.WORDS: tr("words"), LimitUnit.CHARACTERS: tr("characters"),
                LimitUnit.CHARACTERS_NO_SPACES: tr("characters, not counting spaces")}[self]


@dataclass(frozen=True, slots=True)
class BidQuestion:
    """A question as the buyer set it, and the answer as the charity drafts it."""

    id: int | None
    number: str
    text: str
    guidance: str = ""
    limit: int | None = None
    limit_unit: LimitUnit = LimitUnit.WORDS
    weighting: int | None = None  # hundredths of a per cent: 1250 is 12.5 %
    scoring: str = ""
    pass_fail: bool = False
    attachment_required: bool = False
    attachment_id: int | None = None  # the evidence library's document to upload with it
    lots: tuple[str, ...] = ()  # lot codes; () means every lot of the bid
    answer: str = ""
    owner: str = ""
    status: Status = Status.NOT_STARTED
    comments: str = ""
    version: int | None = None


class InvalidQuestion(ValueError):
    """A question cannot be saved as it is; the message says why in plain words."""


class QuestionImportError(ValueError):
    """The file cannot be imported (nothing was saved); the message says why."""


def clean(text: str) -> str:
    """Text as the buyer's portal counts it: hidden characters from Word taken out."""
    return text.translate(INVISIBLE)


def count(text: str, unit: LimitUnit) -> int:
    text = clean(text)
    if unit is LimitUnit.WORDS:
        return len(text.split())
    if unit is LimitUnit.CHARACTERS_NO_SPACES:
        return len(SPACES.sub("", text))
    return len(text)


def over_limit(question: BidQuestion) -> int:
    """How far the answer is over its limit (0 when within it or there is none)."""
    if question.limit is None:
        return 0
    return max(0, count(question.answer, question.limit_unit) - question.limit)


def count_text(question: BidQuestion) -> str:
    """"312 of 500 words", or "312 words" with no limit, in the question's own unit."""
    used = count(question.answer, question.limit_unit)
    if question.limit is None:
        return tr("{used} {unit}").format(used=used, unit=question.limit_unit.label)
    text = tr("{used} of {limit} {unit}").format(used=used, limit=question.limit,
                                                  unit=question.limit_unit.label)
    if over := over_limit(question):
        text += " — " + tr("{over} over the limit").format(over=over)
    return text


def weighting_text(weighting: int | None) -> str:
    if weighting is None:
        return ""
    return f"{weighting / 100:g} %"


def check_question(question: BidQuestion) -> None:
    if not question.text.strip():
        raise InvalidQuestion(tr("Type the buyer's question first."))
    if question.limit is not None and question.limit <= 0:
        raise InvalidQuestion(tr("A limit must be more than 0, or left empty."))
    if question.weighting is not None and not 0 <= question.weighting <= 100_00:
        raise InvalidQuestion(tr("A weighting is a percentage from 0 to 100."))


# -- reading a buyer's cells ------------------------------------------------------------------
LIMIT_IN_TEXT = re.compile(
    r"(?:max(?:imum)?\.?|up to|no more than|limit(?:ed)?(?: of| to)?)?\s*:?\s*"
    r"(\d[\d,]*)\s*(words?|characters?|chars?)(\s*(?:\(|,)?\s*(?:excluding|not including|"
    r"without) spaces\)?)?", re.IGNORECASE)
NUMBER = re.compile(r"^\s*(\d+(?:[.,]\d+)?)\s*%?\s*$")
YES = {"yes", "y", "true", "1", "pass/fail", "pass / fail", "pass or fail", "x", "✓", "ie", "oes"}


def limit_in(text: str) -> tuple[int, LimitUnit] | None:
    """A limit written in words, e.g. "(max 500 words)", "2,000 characters excluding spaces"."""
    match = LIMIT_IN_TEXT.search(text)
    if match is None:
        return None
    amount = int(match.group(1).replace(",", ""))
    if match.group(2).lower().startswith("w"):
        return amount, LimitUnit.WORDS
    return amount, LimitUnit.CHARACTERS_NO_SPACES if match.group(3) else LimitUnit.CHARACTERS


def weighting_in(text: str) -> int | None:
    """"12.5", "12.5%", "12,5 %" → 1250 (hundredths of a per cent); None when not a number."""
    match = NUMBER.match(text)
    if match is None:
        return None
    return round(float(match.group(1).replace(",", ".")) * 100)


class Column(Enum):
    """What a column of the buyer's sheet can hold."""

    NUMBER = "number"
    TEXT = "text"
    GUIDANCE = "guidance"
    LIMIT = "limit"
    WEIGHTING = "weighting"
    SCORING = "scoring"
    PASS_FAIL = "pass-fail"
    ATTACHMENT = "attachment"
    LOTS = "lots"

    @property
    def label(self) -> str:
        return {Column.NUMBER: tr("Number"), Column.TEXT: tr("Question"),
                Column.GUIDANCE: tr("Guidance"), Column.LIMIT: tr("Word or character limit"),
                Column.WEIGHTING: tr("Weighting (%)"), Column.SCORING: tr("Scoring"),
                Column.PASS_FAIL: tr("Pass or fail"),
                Column.ATTACHMENT: tr("Attachment needed"), Column.LOTS: tr("Lots")}[self]


HEADING_WORDS: dict[Column, tuple[str, ...]] = {  # checked in this order; first match wins
    Column.NUMBER: ("no", "no.", "number", "ref", "reference", "question number", "q", "#",
                    "rhif"),
    Column.GUIDANCE: ("guidance", "help", "notes", "canllawiau"),
    Column.LIMIT: ("limit", "word limit", "max words", "character limit", "words",
                   "length", "terfyn"),
    Column.WEIGHTING: ("weighting", "weight", "marks", "weighting %", "weighting (%)",
                       "pwysoliad"),
    Column.SCORING: ("scoring", "score", "scoring scheme", "evaluation", "sgorio"),
    Column.PASS_FAIL: ("pass/fail", "pass fail", "pass or fail", "pass / fail"),
    Column.ATTACHMENT: ("attachment", "attachment required", "attachments", "upload",
                        "document required", "atodiad"),
    Column.LOTS: ("lot", "lots", "applies to", "lotiau"),
    Column.TEXT: ("question", "question text", "requirement", "cwestiwn"),
}


def columns_guessed(headings: Sequence[str]) -> dict[Column, int]:
    """Which column seems to hold what, from the headings' words (the person confirms)."""
    found: dict[Column, int] = {}
    for index, heading in enumerate(headings):
        words = " ".join(heading.lower().replace("_", " ").split())
        for column, names in HEADING_WORDS.items():
            if column not in found and (words in names or (
                    column is Column.TEXT and "question" in words and "number" not in words)):
                found[column] = index
                break
    return found


def questions_from_rows(rows: Sequence[Sequence[str]], chosen: Mapping[Column, int],
                        ) -> list[BidQuestion]:
    """The questions in `rows` (headings already left out), read through the chosen columns.

    Rows with an empty question cell are skipped (section headings, blank lines). Raises
    QuestionImportError when no question is found or there are more than anyone would ask.
    """
    if Column.TEXT not in chosen:
        raise QuestionImportError(tr("Choose which column holds the questions."))
    questions: list[BidQuestion] = []
    for row in rows:
        def cell(column: Column, row: Sequence[str] = row) -> str:
            index = chosen.get(column)
            return row[index].strip() if index is not None and index < len(row) else ""

        text = cell(Column.TEXT)
        if not text:
            continue
        limit = limit_in(cell(Column.LIMIT)) or _plain_limit(cell(Column.LIMIT)) \
            or limit_in(text)
        questions.append(BidQuestion(
            id=None, number=cell(Column.NUMBER) or str(len(questions) + 1), text=text,
            guidance=cell(Column.GUIDANCE),
            limit=limit[0] if limit else None,
            limit_unit=limit[1] if limit else LimitUnit.WORDS,
            weighting=weighting_in(cell(Column.WEIGHTING)), scoring=cell(Column.SCORING),
            pass_fail=cell(Column.PASS_FAIL).lower() in YES,
            attachment_required=cell(Column.ATTACHMENT).lower() in YES,
            lots=tuple(code for code in re.split(r"[,;\s]+", cell(Column.LOTS)) if code)))
        if len(questions) > MAX_QUESTIONS:
            raise QuestionImportError(tr(
                "This file has more than {count} questions, more than any buyer asks. Check it "
                "is the right file, and the right column for the questions.").format(
                    count=MAX_QUESTIONS))
    if not questions:
        raise QuestionImportError(tr(
            "No questions were found in the column chosen for them. Choose another column, "
            "or check the file."))
    return questions


def _plain_limit(text: str) -> tuple[int, LimitUnit] | None:
    return (int(text.replace(",", "")), LimitUnit.WORDS) if re.fullmatch(r"\d[\d,]*", text) \
        else None


def found_text(questions: Sequence[BidQuestion]) -> str:
    return plural(len(questions), tr("1 question found"), tr("{count} questions found"))
