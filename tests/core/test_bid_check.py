"""The full check before submitting: attachments chosen, whole and in date on the deadline day;
key subcontractors named with a share and the supply-chain rules kept; every lot of the bid
still open to the charity at the bid's value; each problem names where it is put right."""

from __future__ import annotations

from dataclasses import replace
from datetime import UTC, date, datetime
from pathlib import Path

from desktop.app.workspace import Workspace
from desktop.core.bid_check import BidFacts, check_bid
from desktop.core.bid_questions import BidQuestion, Status
from desktop.core.catalogue_records import load_catalogue
from desktop.core.eligibility import LotEligibility, Reason, Standing
from desktop.core.evidence import EvidenceDetails, EvidenceInfo
from desktop.core.opportunities import MilestoneInfo, OpportunityInfo
from desktop.core.supply_chain import BidPartnerInfo, Role
from desktop.core.targets import Target
from tests.packs import PSDF

DEADLINE = datetime(2027, 3, 1, 12, tzinfo=UTC)


def document(tmp_path: Path, number: int, until: date | None, stored: bool = True
             ) -> EvidenceInfo:
    copy = tmp_path / f"{number}.pdf"
    if stored:
        copy.write_bytes(b"%PDF-1.4")
    return EvidenceInfo(number, "ab" * 32, f"{number}.pdf", 8,
                        EvidenceDetails(f"Policy <{number}> & co", valid_until=until), copy)


def test_every_problem_is_found_and_names_its_place(workspace: Workspace,
                                                    tmp_path: Path) -> None:
    lot = load_catalogue(workspace.database, PSDF).lots[0]
    opportunity = OpportunityInfo(7, "Bid", decision="bid", lot_codes=(lot.code,),
                                  milestones=(MilestoneInfo("submission", "Submission",
                                                            DEADLINE),))
    done = BidQuestion(None, "", "Q", answer="Done", status=Status.FINAL,
                       attachment_required=True)
    questions = [replace(done, id=number, number=str(number), attachment_id=attachment)
                 for number, attachment in ((1, None), (2, 11), (3, 12), (4, 99), (5, 13))]
    evidence = {11: document(tmp_path, 11, date(2027, 2, 28)),  # expires the day before
                12: document(tmp_path, 12, None, stored=False),
                13: document(tmp_path, 13, date(2027, 3, 1))}  # in date on the day
    partners = [BidPartnerInfo(1, 1, "Heron Trust", Role.KEY_SUBCONTRACTOR, None, ""),
                BidPartnerInfo(2, 2, "Otter CIC", Role.SUBCONTRACTOR, 60, "Mentoring",
                               exclusivity=True),
                BidPartnerInfo(3, 3, "Badger Ltd", Role.KEY_SUBCONTRACTOR, 50, "Housing")]
    lots = [LotEligibility(lot, Standing.PARTNER, (Reason(
        "Not qualified yet", Standing.PARTNER, fix=Target("questionnaire", section="part-3")),))]
    found = check_bid(opportunity, questions, datetime(2027, 2, 1, tzinfo=UTC),
                      BidFacts(evidence, partners, lots))
    question = Target("bid-writing", item=7, question=2)
    assert [(p.text, p.target) for p in found] == [
        ("Question 1: needs an attachment. Choose it from the evidence library.",
         Target("bid-writing", item=7, question=1)),
        ("Question 2: the attachment \"Policy <11> & co\" expires on 28 February 2027, before "
         "the deadline.", question),
        ("Question 3: the attachment \"Policy <12> & co\": The stored copy is missing from the "
         "evidence folder. Add the file again.", Target("bid-writing", item=7, question=3)),
        ("Question 4: the attachment chosen is no longer in the evidence library.",
         Target("bid-writing", item=7, question=4)),
        ("Otter CIC: the framework does not allow a lead to require a subcontractor to work "
         "only with it (exclusivity).", Target("opportunities", item=7)),
        ("The partners' shares add up to 110%, more than 100%.", Target("opportunities", item=7)),
        ("Heron Trust: a key subcontractor's share of the work is not recorded.",
         Target("opportunities", item=7)),
        ("Heron Trust: say what this key subcontractor delivers.",
         Target("opportunities", item=7)),
        (f"Lot {lot.code}: ◐ Partner or subcontractor only: Not qualified yet",
         Target("questionnaire", section="part-3")),
    ]
    # Another organisation leads: being able to partner is enough; no lots at all is a problem.
    led = [*partners[2:], BidPartnerInfo(4, 4, "Lead Org", Role.LEAD, 40, "Leads")]
    assert check_bid(opportunity, questions[4:], datetime(2027, 2, 1, tzinfo=UTC),
                     BidFacts(evidence, led, lots)) == []
    no_lots = check_bid(OpportunityInfo(7, "Bid", decision="bid"), [], DEADLINE,
                        BidFacts({}, [], []))
    assert [p.text for p in no_lots] == [
        "No questions have been entered for this bid yet.",
        "No lots are chosen for this bid (on the opportunity).",
        "No submission deadline is recorded (on the opportunity)."]
