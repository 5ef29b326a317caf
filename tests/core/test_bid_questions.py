"""Bid questions: the buyer's way of counting, limits read from cells, importing and refusing
files, saving with history, and hostile text kept exactly."""

from __future__ import annotations

import zipfile
from dataclasses import replace
from pathlib import Path

import pytest
from openpyxl import Workbook

from desktop.app.workspace import Workspace
from desktop.core.bid_question_records import (
    add_questions,
    answer_history,
    delete_question,
    load_questions,
    save_question,
)
from desktop.core.bid_questions import (
    BidQuestion,
    Column,
    InvalidQuestion,
    LimitUnit,
    QuestionImportError,
    Status,
    columns_guessed,
    count,
    count_text,
    limit_in,
    questions_from_rows,
    weighting_in,
)
from desktop.core.conflicts import RecordConflict
from desktop.core.opportunities import OpportunityInfo
from desktop.core.opportunity_records import save_opportunity
from desktop.core.organisation import OrganisationInfo
from desktop.reports.question_sheets import read_question_file


@pytest.fixture
def opportunity_id(workspace: Workspace, organisation: OrganisationInfo) -> int:
    saved = save_opportunity(workspace.database, organisation.id,
                             OpportunityInfo(id=None, title="Accommodation — Wales"))
    assert saved.id is not None
    return saved.id


def test_counting_follows_the_buyer() -> None:
    pasted = "Our\u00ad service\tsupports  people\n“leaving” prison\u200b — ŵ ŷ 🙂"
    assert count(pasted, LimitUnit.WORDS) == 10  # "—" and "🙂" are words too
    assert count("a b  c", LimitUnit.CHARACTERS) == 6
    assert count("a b  c", LimitUnit.CHARACTERS_NO_SPACES) == 3
    assert count("Our\u00adservice", LimitUnit.CHARACTERS) == 10  # the soft hyphen is not seen
    question = BidQuestion(None, "1", "Why?", limit=3, answer="one two three four")
    assert count_text(question) == "4 of 3 words — 1 over the limit"


@pytest.mark.parametrize(("text", "expected"), [
    ("(max 500 words)", (500, LimitUnit.WORDS)),
    ("Maximum 2,000 characters excluding spaces", (2000, LimitUnit.CHARACTERS_NO_SPACES)),
    ("no more than 750 characters", (750, LimitUnit.CHARACTERS)),
    ("Describe your approach", None),
])
def test_limits_are_read_from_words(text: str, expected: object) -> None:
    assert limit_in(text) == expected


def test_weighting_and_columns_are_read() -> None:
    assert weighting_in("12.5%") == 1250
    assert weighting_in("12,5 %") == 1250
    assert weighting_in("high") is None
    headings = ["Ref", "Question text", "Guidance", "Word limit", "Weighting (%)", "Pass/Fail"]
    assert columns_guessed(headings) == {
        Column.NUMBER: 0, Column.TEXT: 1, Column.GUIDANCE: 2, Column.LIMIT: 3,
        Column.WEIGHTING: 4, Column.PASS_FAIL: 5}


def test_rows_become_questions_and_blank_ones_are_skipped() -> None:
    rows = [["1.1", "Describe your service (max 300 words)", "", "20", "no"],
            ["", "", "", "", ""],
            ["1.2", "Safeguarding policy <b>&</b>", "1000 characters", "", "yes"]]
    chosen = {Column.NUMBER: 0, Column.TEXT: 1, Column.LIMIT: 2, Column.WEIGHTING: 3,
              Column.PASS_FAIL: 4}
    first, second = questions_from_rows(rows, chosen)
    assert (first.number, first.limit, first.limit_unit, first.weighting, first.pass_fail) == (
        "1.1", 300, LimitUnit.WORDS, 2000, False)
    assert (second.text, second.limit, second.limit_unit, second.pass_fail) == (
        "Safeguarding policy <b>&</b>", 1000, LimitUnit.CHARACTERS, True)
    with pytest.raises(QuestionImportError, match="No questions"):
        questions_from_rows(rows, {Column.TEXT: 7})
    with pytest.raises(QuestionImportError, match="which column"):
        questions_from_rows(rows, {Column.NUMBER: 0})


def _workbook(path: Path, rows: list[list[object]]) -> Path:
    book = Workbook()
    sheet = book.active
    assert sheet is not None
    sheet.title = "Cwestiynau"
    for row in rows:
        sheet.append(row)
    book.save(path)
    return path


def test_xlsx_and_csv_are_read_as_text(tmp_path: Path) -> None:
    book = _workbook(tmp_path / "q.xlsx", [["No", "Question"], [1, "Tŷ <b>&</b> 🙂"],
                                           [2.5, None]])
    assert read_question_file(book).sheets == {
        "Cwestiynau": [["No", "Question"], ["1", "Tŷ <b>&</b> 🙂"], ["2.5", ""]]}
    text = tmp_path / "q.csv"
    text.write_text("Ref;Question\n1;“Smart” quotes; ŵ\n", encoding="utf-8-sig")
    assert read_question_file(text).sheets == {"q": [["Ref", "Question"],
                                                     ["1", "“Smart” quotes", " ŵ"]]}


def _zip_with(path: Path, source: Path, extra: dict[str, bytes]) -> Path:
    with zipfile.ZipFile(source) as original, zipfile.ZipFile(path, "w") as copy:
        for item in original.infolist():
            copy.writestr(item, original.read(item.filename))
        for name, data in extra.items():
            copy.writestr(name, data, compress_type=zipfile.ZIP_DEFLATED)
    return path


def test_bad_files_are_refused_with_a_reason(tmp_path: Path) -> None:
    plain = _workbook(tmp_path / "plain.xlsx", [["Question"], ["Why?"]])
    formula = Workbook()
    assert formula.active is not None
    formula.active.append(["Question", "=1+1"])
    formula.save(tmp_path / "formula.xlsx")
    merged = Workbook()
    assert merged.active is not None
    merged.active.append(["Question", "x"])
    merged.active.merge_cells("A1:B1")
    merged.save(tmp_path / "merged.xlsx")
    many = tmp_path / "many.csv"
    many.write_text("Question\n" + "Why?\n" * 10_000, encoding="utf-8")
    protected = tmp_path / "protected.xlsx"
    protected.write_bytes(b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + b"\0" * 600)
    cases = {
        tmp_path / "formula.xlsx": "formulas",
        tmp_path / "merged.xlsx": "merged cells",
        many: "more than 2000 rows",
        protected: "password",
        _zip_with(tmp_path / "macro.xlsx", plain, {"xl/vbaProject.bin": b"VBA"}): "macros",
        _zip_with(tmp_path / "bomb.xlsx", plain, {"xl/media/big.bin": b"\0" * 60_000_000}):
            "unpacks",
        tmp_path / "q.xlsm": "macros",
        tmp_path / "q.xls": "old Excel",
        tmp_path / "q.pdf": ".xlsx workbook, a .csv file or a .docx",
    }
    (tmp_path / "broken.xlsx").write_bytes(b"PK\x03\x04 not really")
    cases[tmp_path / "broken.xlsx"] = "damaged"
    for path, reason in cases.items():
        with pytest.raises(QuestionImportError, match=reason):
            read_question_file(path)


def test_questions_save_with_history_and_hostile_text(workspace: Workspace, opportunity_id: int,
                                                      hostile_texts: list[str]) -> None:
    database = workspace.database
    assert add_questions(database, opportunity_id, [BidQuestion(None, "1", "First?"),
                                                    BidQuestion(None, "2", "Second?")]) == 2
    first, second = load_questions(database, opportunity_id)
    long_paste = ("Tŷ <b>&</b> 🙂 ŵ ŷ " * 800)[:10_000]
    for text in [*hostile_texts[:20], long_paste]:
        first = save_question(database, opportunity_id, replace(
            first, answer=text, owner=text[:300], comments=text, status=Status.DRAFTING))
        assert load_questions(database, opportunity_id)[0] == first
        assert (first.answer, first.comments) == (text, text)
    assert answer_history(database, first.id or 0)[0].raw == long_paste  # one draft version
    restored = save_question(database, opportunity_id, replace(first, answer="Older"),
                             keep_version=True)
    assert [v.raw for v in answer_history(database, first.id or 0)][:2] == ["Older", long_paste]
    with pytest.raises(RecordConflict):  # saved from a copy read before `restored`
        save_question(database, opportunity_id, replace(first, owner="Bob"))
    with pytest.raises(InvalidQuestion):
        save_question(database, opportunity_id, replace(restored, text="  "))
    delete_question(database, second.id or 0, version=second.version)
    assert [q.number for q in load_questions(database, opportunity_id)] == ["1"]


def test_the_check_before_submitting_names_each_problem() -> None:
    from datetime import UTC, datetime

    from desktop.core.bid_check import check_bid
    from desktop.core.opportunities import MilestoneInfo

    noon = datetime(2027, 3, 1, 12, tzinfo=UTC)
    opportunity = OpportunityInfo(None, "Bid", milestones=(
        MilestoneInfo("submission", "Submission", noon),))
    questions = [
        BidQuestion(1, "1", "Why?", pass_fail=True),
        BidQuestion(2, "2", "How?", limit=2, answer="one two three", status=Status.FINAL),
        BidQuestion(3, "3", "Who?", answer="us", status=Status.FOR_REVIEW,
                    attachment_required=True),
        BidQuestion(4, "4", "When?", answer="now", status=Status.FINAL),
    ]
    found = check_bid(opportunity, questions, noon)
    assert [(p.question_id, p.text) for p in found] == [
        (1, "Question 1: not answered yet. It is a pass or fail question."),
        (2, "Question 2: 1 over the limit of 2 words."),
        (3, "Question 3: not marked final yet (For review)."),
        (3, "Question 3: needs an attachment. Choose it from the evidence library."),
        (None, "The trustees' decision to bid is not recorded (on the opportunity)."),
        (None, "The submission deadline has passed."),
    ]
    ready = replace(opportunity, decision="bid")
    assert check_bid(ready, questions[3:], datetime(2027, 3, 1, 11, tzinfo=UTC)) == []
