"""The board's review: risks as data with sources (English and Welsh), what a decision needs
before it is recorded, and saving — the decision becomes the opportunity's in one transaction,
and a colleague's save is never overwritten."""

from __future__ import annotations

from dataclasses import replace
from datetime import date
from pathlib import Path

import pytest

from desktop.app.workspace import Workspace
from desktop.core.board import (
    BoardDecision,
    BoardReview,
    Decision,
    Level,
    RiskError,
    RiskView,
    check_decision,
    check_review,
    load_risk_kinds,
)
from desktop.core.board_records import (
    InvalidReview,
    load_review,
    record_board_decision,
    save_review,
)
from desktop.core.conflicts import RecordConflict
from desktop.core.opportunities import OpportunityInfo, Status
from desktop.core.opportunity_records import load_opportunity, save_opportunity
from desktop.core.organisation_records import create_organisation
from desktop.i18n import WELSH

TODAY = date(2026, 12, 3)


def test_the_risks_are_data_with_a_source_each(monkeypatch: pytest.MonkeyPatch) -> None:
    kinds = load_risk_kinds()
    assert [kind.code for kind in kinds] == ["tupe", "results", "volume", "exit", "mission",
                                             "independence"]
    assert all(kind.url.startswith("https://") and kind.certainty == "confirmed"
               for kind in kinds)
    assert "legislation.gov.uk/uksi/2006/246" in kinds[0].url
    monkeypatch.setattr("desktop.core.board.language", lambda: WELSH)  # as tr() would speak
    assert load_risk_kinds()[0].label.startswith("TUPE: staff a allai drosglwyddo")


def test_a_broken_risks_file_names_the_reason(tmp_path: Path) -> None:
    path = tmp_path / "risks.toml"
    path.write_text('[[risks]]\ncode = "a"\nlabel = "A"\n', encoding="utf-8")
    with pytest.raises(RiskError, match="guidance"):
        load_risk_kinds(path)


@pytest.mark.parametrize(("decision", "reason"), [
    (BoardDecision(TODAY, "Trustees", "7/26"), "bid or do not bid"),
    (BoardDecision(None, "Trustees", "7/26", Decision.BID), "date of the meeting"),
    (BoardDecision(date(2026, 12, 4), "Trustees", "", Decision.BID), "after today"),
    (BoardDecision(TODAY, " ", "", Decision.NO_BID), "minute reference"),
    (BoardDecision(TODAY, "x" * 301, "", Decision.BID), "under 300"),
    (BoardDecision(TODAY, "", "7", Decision.BID, "x" * 20_001), "conditions are longer"),
])
def test_a_decision_needs_what_the_minutes_need(decision: BoardDecision, reason: str) -> None:
    assert reason in check_decision(decision, TODAY)


def test_a_decision_as_minuted_is_accepted() -> None:
    assert check_decision(BoardDecision(TODAY, "", "7/26", Decision.BID), TODAY) == ""


def test_absurd_tupe_figures_are_flagged() -> None:
    messages = [flag.message for flag in check_review(
        BoardReview(1, {"tupe": RiskView(note="x" * 20_001)}, tupe_staff=-1, tupe_cost=-5))]
    assert len(messages) == 3 and "from 0 to 1000" in messages[0]


@pytest.fixture
def opportunity(workspace: Workspace) -> int:
    organisation = create_organisation(workspace.database, "Tŷ Gwyn", "1123456")
    info = OpportunityInfo(None, "Llety", "ACC-1", "D", value=100_000, length_months=12)
    return save_opportunity(workspace.database, organisation.id, info).id or 0


def test_risks_round_trip_with_hostile_text(workspace: Workspace, opportunity: int,
                                            hostile_texts: list[str]) -> None:
    review = replace(load_review(workspace.database, opportunity), risks={
        "tupe": RiskView(Level.HIGH, hostile_texts[0]),
        "exit": RiskView(Level.NOT_ASSESSED, hostile_texts[4]),
        "volume": RiskView()},  # nothing said: not stored
        tupe_staff=3, tupe_cost=9_000_000, tupe_pension=hostile_texts[1])
    saved = save_review(workspace.database, review)
    again = load_review(workspace.database, opportunity)
    assert again == saved and again.version == 1
    assert again.risks == {"tupe": RiskView(Level.HIGH, hostile_texts[0]),
                           "exit": RiskView(Level.NOT_ASSESSED, hostile_texts[4])}
    with pytest.raises(InvalidReview, match="TUPE"):
        save_review(workspace.database, replace(again, tupe_staff=-2))
    assert load_review(workspace.database, opportunity) == again  # nothing half-saved


def test_a_colleagues_save_is_not_overwritten(workspace: Workspace, opportunity: int) -> None:
    mine = load_review(workspace.database, opportunity)
    theirs = save_review(workspace.database, replace(mine, tupe_staff=2))
    with pytest.raises(RecordConflict):
        save_review(workspace.database, replace(mine, tupe_staff=5))  # made since I read it
    with pytest.raises(RecordConflict):
        record_board_decision(workspace.database, replace(theirs, version=0),
                              BoardDecision(TODAY, "", "7", Decision.BID), TODAY)
    assert load_review(workspace.database, opportunity).tupe_staff == 2
    assert load_opportunity(workspace.database, opportunity).decision == ""  # not half-saved


def test_the_boards_decision_is_the_opportunitys(workspace: Workspace,
                                                 opportunity: int) -> None:
    review = save_review(workspace.database, load_review(workspace.database, opportunity))
    decided = record_board_decision(workspace.database, review, BoardDecision(
        TODAY, " Trustees ", " 7/2026 ", Decision.BID, " Only at full cost "), TODAY)
    assert decided.decision == BoardDecision(TODAY, "Trustees", "7/2026", Decision.BID,
                                             "Only at full cost")
    info = load_opportunity(workspace.database, opportunity)
    assert (info.decision, info.decided_by, info.decision_why) == (
        "bid", "The board of trustees, minute 7/2026", "Only at full cost")
    assert info.decided_at is not None and info.decided_at.date() == TODAY
    record_board_decision(workspace.database, decided, replace(
        decided.decision, decision=Decision.NO_BID), TODAY)
    assert load_opportunity(workspace.database, opportunity).status is Status.WITHDRAWN
