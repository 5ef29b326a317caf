"""Opportunities: UK times across clock changes, milestone order, the pipeline, decisions, tasks."""

from __future__ import annotations

from dataclasses import replace
from datetime import UTC, date, datetime

import pytest

from desktop.app.workspace import Workspace
from desktop.core.catalogue_records import load_catalogue
from desktop.core.checklist import load_checklist, score
from desktop.core.opportunities import (
    MOVES,
    InvalidOpportunity,
    Kind,
    MilestoneInfo,
    OpportunityInfo,
    Status,
    TaskInfo,
    check_move,
    default_milestones,
    milestone_problems,
    task_warnings,
    uk_time,
)
from desktop.core.opportunity_records import (
    delete_opportunity,
    duplicate_reference,
    list_summaries,
    load_opportunity,
    move,
    overdue_tasks,
    record_decision,
    save_opportunity,
    save_task,
    upcoming_milestones,
)
from desktop.core.organisation import OrganisationInfo
from tests.packs import PSDF


@pytest.mark.parametrize(("day", "utc_hour"), [
    (date(2027, 3, 27), 12),  # the Saturday before the clocks go forward: GMT
    (date(2027, 3, 28), 11),  # clocks went forward at 01:00: BST, noon is 11:00 UTC
    (date(2027, 10, 31), 12),  # clocks went back: GMT again
    (date(2027, 7, 1), 11),
])
def test_a_noon_deadline_stays_noon_across_clock_changes(day: date, utc_hour: int) -> None:
    due = uk_time(day, "12:00")
    assert due.tzinfo is UTC and due.hour == utc_hour
    assert MilestoneInfo("submission", "Submission deadline", due).describe().endswith(", 12:00")


def test_default_milestones_follow_the_pack(workspace: Workspace) -> None:
    milestones = default_milestones(load_catalogue(workspace.database, PSDF), date(2027, 3, 1))
    by_code = {m.code: m for m in milestones}
    assert list(by_code) == ["published", "clarification", "submission", "award", "standstill",
                             "start"]
    assert by_code["submission"].describe() == "29 March 2027, 12:00"  # BST by then
    assert by_code["published"].all_day and not by_code["submission"].all_day
    assert milestone_problems(milestones) == []


@pytest.mark.parametrize(("changed", "later_than", "message"), [
    ("submission", "published", "submission deadline is before the opportunity was published"),
    ("standstill", "award", "standstill period ends before the award decision"),
])
def test_milestones_out_of_order_are_refused(workspace: Workspace, changed: str,
                                             later_than: str, message: str) -> None:
    milestones = default_milestones(load_catalogue(workspace.database, PSDF), date(2027, 3, 1))
    early = uk_time(date(2027, 2, 1))
    moved = tuple(replace(m, due=early) if m.code == changed else m for m in milestones)
    assert any(message in problem for problem in milestone_problems(moved))


def test_the_pipeline_allows_only_its_steps() -> None:
    assert check_move(Status.IDENTIFIED, Status.DECIDING, decision="", reason="") == ""
    assert "cannot go from" in check_move(Status.IDENTIFIED, Status.SUBMITTED, decision="bid",
                                          reason="")
    assert "Record the decision to bid" in check_move(Status.DECIDING, Status.WRITING,
                                                       decision="", reason="")
    assert check_move(Status.DECIDING, Status.WRITING, decision="bid", reason="") == ""
    assert "Say why it was lost" in check_move(Status.SUBMITTED, Status.LOST, decision="bid",
                                               reason=" ")
    for final in (Status.WON, Status.LOST):
        assert MOVES[final] == ()
    every_pair = [(a, b) for a in Status for b in Status if a is not b]
    allowed = [(a, b) for a, b in every_pair if b in MOVES[a]]
    assert len(allowed) == 13


def test_tasks_after_the_deadline_are_flagged(workspace: Workspace) -> None:
    milestones = default_milestones(load_catalogue(workspace.database, PSDF), date(2027, 3, 1))
    info = OpportunityInfo(None, "Accommodation", milestones=milestones, tasks=(
        TaskInfo(1, "Write case studies", due=date(2027, 3, 20)),
        TaskInfo(2, "Sign off the bid", due=date(2027, 3, 30)),
        TaskInfo(3, "Done late", due=date(2027, 4, 30), done=True)))
    assert task_warnings(info) == [
        '"Sign off the bid" is due on 30 March 2027, after the submission deadline '
        "(29 March 2027, 12:00)."]


def test_save_move_decide_and_list(workspace: Workspace, organisation: OrganisationInfo,
                                   hostile_texts: list[str]) -> None:
    db, org = workspace.database, organisation.id
    milestones = default_milestones(load_catalogue(db, PSDF), date(2027, 3, 1))
    info = OpportunityInfo(None, hostile_texts[0], "PQQ_199", "D", value=240_000_000,
                           length_months=36, notes=hostile_texts[-1],
                           lot_codes=("ACC-D", "ETE-D"), milestones=milestones)
    opportunity_id = save_opportunity(db, org, info).id or 0
    saved = load_opportunity(db, opportunity_id)
    assert saved.title == hostile_texts[0] and saved.notes == hostile_texts[-1]
    assert saved.lot_codes == ("ACC-D", "ETE-D")
    assert saved.deadline is not None and saved.deadline.due == uk_time(date(2027, 3, 29),
                                                                         "12:00")
    assert duplicate_reference(db, org, "pqq_199 ") == hostile_texts[0]
    assert duplicate_reference(db, org, "PQQ_199", exclude_id=opportunity_id) == ""

    move(db, opportunity_id, Status.DECIDING)
    with pytest.raises(InvalidOpportunity, match="Record the decision to bid"):
        move(db, opportunity_id, Status.WRITING)
    items = load_checklist()
    answers = {item.code: True for item in items[:4]}
    record_decision(db, opportunity_id, "bid", "Megan Pryce", "Fits our work in Wales",
                    answers, datetime(2026, 11, 25, 10, tzinfo=UTC))
    move(db, opportunity_id, Status.WRITING)
    decided = load_opportunity(db, opportunity_id)
    assert (decided.decision, decided.decided_by, decided.checklist) == ("bid", "Megan Pryce",
                                                                         answers)
    assert score(items, decided.checklist) == 61
    save_task(db, opportunity_id, TaskInfo(None, "Draft case studies", "Megan",
                                           date(2026, 11, 1)))
    [summary] = list_summaries(db, org, today=date(2026, 11, 25))
    assert (summary.status, summary.open_tasks, summary.value) == (Status.WRITING, 1,
                                                                  240_000_000)
    assert summary.overdue_tasks == 1  # due 1 November
    assert list_summaries(db, org, today=date(2026, 10, 1))[0].overdue_tasks == 0
    now = datetime(2026, 11, 25, tzinfo=UTC)
    assert [u.milestone.code for u in upcoming_milestones(db, org, now, limit=2)] == [
        "published", "clarification"]
    assert [t.task.title for t in overdue_tasks(db, org, date(2026, 11, 25))] == [
        "Draft case studies"]
    delete_opportunity(db, opportunity_id)
    assert list_summaries(db, org) == []


def test_no_bid_withdraws_and_lost_needs_a_reason(workspace: Workspace,
                                                   organisation: OrganisationInfo) -> None:
    db, org = workspace.database, organisation.id
    first = save_opportunity(db, org, OpportunityInfo(None, "Grant round",
                                                      kind=Kind.GRANT)).id or 0
    record_decision(db, first, "no-bid", "Trustees", "No capacity this year", {},
                    datetime(2026, 11, 25, tzinfo=UTC))
    assert load_opportunity(db, first).status is Status.WITHDRAWN
    with pytest.raises(InvalidOpportunity, match="Say who"):
        record_decision(db, first, "bid", " ", "", {}, datetime(2026, 11, 25, tzinfo=UTC))
    with pytest.raises(InvalidOpportunity, match="Give the opportunity a title"):
        save_opportunity(db, org, OpportunityInfo(None, "  "))
    with pytest.raises(InvalidOpportunity, match="Say what the task is"):
        save_task(db, first, TaskInfo(None, ""))
