"""The eligibility engine, rule by rule and combined (table-driven), on the real framework pack."""

from __future__ import annotations

from dataclasses import replace
from datetime import date
from pathlib import Path

import pytest

from desktop.app.workspace import Workspace
from desktop.core.answer_records import save_answer
from desktop.core.catalogue import Catalogue
from desktop.core.catalogue_records import load_catalogue
from desktop.core.eligibility import (
    LotEligibility,
    OrganisationFacts,
    QualificationStatus,
    Standing,
    assess_all,
    assess_lot,
)
from desktop.core.eligibility_records import organisation_facts
from desktop.core.evidence import EvidenceDetails
from desktop.core.evidence_records import add_evidence
from desktop.core.organisation import OrganisationInfo
from desktop.core.qualification import PROFILE, RESULT, qualification_forms
from desktop.core.targets import Target
from desktop.i18n import short_pounds
from tests.packs import PSDF

MILLION = 100_000_000  # £1m in pence
QUALIFIED = QualificationStatus("qualified", frozenset({"ACC", "ETE", "FBD", "DR", "FSO", "LA",
                                                        "EW", "SI"}), 3 * MILLION, True)
READY = OrganisationFacts(
    categories=frozenset({"ACC", "ETE", "FBD", "DR", "FSO", "LA", "EW", "SI"}),
    regions=frozenset({"D"}), pcc_areas=frozenset(), cohorts=frozenset({"WOM", "YA"}),
    qualification=QUALIFIED,
    amounts={"employers_liability": 10 * MILLION, "public_liability": 5 * MILLION,
             "professional_indemnity": MILLION})


@pytest.fixture(scope="module")
def catalogue(tmp_path_factory: pytest.TempPathFactory) -> Catalogue:
    from desktop.app.workspace import open_workspace
    from desktop.paths import resolve_database

    opened = open_workspace(resolve_database(str(tmp_path_factory.mktemp("c") / "c.sqlite3")))
    try:
        return load_catalogue(opened.database, PSDF)
    finally:
        opened.close()


def assess(catalogue: Catalogue, code: str, facts: OrganisationFacts,
           value: int | None = None) -> LotEligibility:
    lot = next(lot for lot in catalogue.lots if lot.code == code)
    return assess_lot(lot, catalogue, facts, value)


def test_a_ready_organisation_can_lead_and_is_told_why(catalogue: Catalogue) -> None:
    result = assess(catalogue, "ACC-D", READY)
    assert result.standing is Standing.LEAD
    assert result.problems == ()
    assert [r.text for r in result.reasons] == [
        "You deliver Accommodation", "You work in Wales", "Qualified for Accommodation"]


GAP = Target("questionnaire", field="turnover", section="money")


@pytest.mark.parametrize(("lot", "change", "standing", "reason", "fix"), [
    ("ACC-D", {"categories": frozenset({"ETE"})}, Standing.NOT_ELIGIBLE,
     "You do not deliver Accommodation", Target("profile", field="categories")),
    ("PW-gwent", {"categories": frozenset({"FSO", "LA"})}, Standing.PARTNER,
     "You do not deliver Emotional Wellbeing, Social Inclusion: lead with partners who do",
     Target("partners")),
    ("PW-dyfed-powys", {"regions": frozenset(), "pcc_areas": frozenset({"gwent"})},
     Standing.NOT_ELIGIBLE, "You do not serve the Dyfed-Powys PCC area",
     Target("profile", field="pcc_areas")),
    ("ACC-D", {"regions": frozenset(), "pcc_areas": frozenset({"gwent", "south-wales"})},
     Standing.PARTNER, "You serve 2 of the 4 PCC areas in Wales: a lead covers the whole region",
     Target("profile", field="regions")),
    ("ACC-A", {}, Standing.NOT_ELIGIBLE, "You do not work in North East",
     Target("profile", field="regions")),
    ("WOM-gwent", {"cohorts": frozenset({"YA"})}, Standing.NOT_ELIGIBLE,
     "Women's Services lot: your services are not specific to Women",
     Target("profile", field="cohorts")),
    ("ACC-D", {"qualification": QualificationStatus(questionnaire_gap="Part 3: Money",
                                                    gap_target=GAP)},
     Standing.PARTNER,
     'Not qualified for Accommodation yet: selection questionnaire "Part 3: Money" incomplete',
     GAP),
    ("ACC-D", {"qualification": QualificationStatus()}, Standing.PARTNER,
     "Not qualified for Accommodation yet: submit your selection questionnaire on the portal",
     Target("journey")),
    ("ACC-D", {"qualification": QualificationStatus("applied")}, Standing.PARTNER,
     "Not qualified for Accommodation yet: waiting for the buyer's decision",
     Target("result", field="result_status")),
    ("ACC-D", {"qualification": replace(QUALIFIED, categories=frozenset({"ETE"}))},
     Standing.PARTNER, "Not qualified for Accommodation: you can only be a partner for them",
     Target("result", field="qualified_categories")),
    ("ACC-D", {"qualification": replace(QUALIFIED, agreement_signed=False)}, Standing.PARTNER,
     "Sign the framework agreement before you lead a bid",
     Target("result", field="agreement_signed")),
    ("ACC-D", {"amounts": {**READY.amounts, "public_liability": MILLION}}, Standing.PARTNER,
     "Public liability cover £1m is below the £5m this lot asks (Not confirmed for this "
     "framework: check the tender documents)", Target("profile", field="public_liability")),
    ("ACC-D", {"amounts": {**READY.amounts, "professional_indemnity": None}}, Standing.PARTNER,
     "Professional indemnity cover: not in your profile; £1m is asked",
     Target("profile", field="professional_indemnity")),
    ("ACC-D", {"out_of_date": {7: "Insurance certificate 2025"}}, Standing.PARTNER,
     '"Insurance certificate 2025" is out of date: renew it before you lead a bid',
     Target("evidence", item=7)),
])
def test_each_rule_alone_and_where_it_is_put_right(catalogue: Catalogue, lot: str,
                                                   change: dict[str, object], standing: Standing,
                                                   reason: str, fix: Target) -> None:
    result = assess(catalogue, lot, replace(READY, **change))  # type: ignore[arg-type]
    assert result.standing is standing
    found = [r for r in result.problems if r.text.startswith(reason)]
    assert found, result.problems
    assert found[0].fix == fix


def test_every_problem_says_where_it_is_put_right(catalogue: Catalogue) -> None:
    bare = OrganisationFacts(out_of_date={3: "Old policy"})
    for result in assess_all(catalogue, bare, value=10**12):
        assert all(reason.fix is not None for reason in result.problems), result.lot.code


def test_a_competition_above_the_financial_threshold(catalogue: Catalogue) -> None:
    assert assess(catalogue, "ACC-D", READY, value=3 * MILLION).standing is Standing.LEAD
    over = assess(catalogue, "ACC-D", READY, value=240_000_000 + 3 * MILLION)
    assert over.standing is Standing.PARTNER
    assert over.problems[0].text == ("Lot value £5.4m is above your financial threshold band "
                                     "(£3m)")
    assert over.problems[0].fix == Target("result", field="financial_threshold")


def test_rules_combine_to_the_lowest_standing(catalogue: Catalogue) -> None:
    facts = replace(READY, cohorts=frozenset(), qualification=QualificationStatus("applied"),
                    amounts={})
    result = assess(catalogue, "WOM-gwent", facts)
    assert result.standing is Standing.NOT_ELIGIBLE
    assert len(result.problems) == 1 + 1 + 3  # cohort, qualification, three insurance covers
    assert result.summary().startswith("✗ Not eligible: Women's Services lot")


def test_every_lot_is_answered(catalogue: Catalogue) -> None:
    results = assess_all(catalogue, READY)
    assert len(results) == 109
    lead = {r.lot.code for r in results if r.standing is Standing.LEAD}
    assert lead == {"ACC-D", "ETE-D", "PWYA-D", "PW-dyfed-powys", "PW-gwent", "PW-north-wales",
                    "PW-south-wales", "WOM-dyfed-powys", "WOM-gwent", "WOM-north-wales",
                    "WOM-south-wales"}


@pytest.mark.parametrize(("pence", "said"), [
    (500_000_000, "£5m"), (240_000_000, "£2.4m"), (100_000_000, "£1m"), (25_000_000, "£250,000"),
    (1250, "£12.50")])
def test_short_amounts(pence: int, said: str) -> None:
    assert short_pounds(pence) == said


def test_facts_come_from_the_answers_and_the_library(
        workspace: Workspace, organisation: OrganisationInfo, tmp_path: Path) -> None:
    db, org = workspace.database, organisation.id
    catalogue = load_catalogue(db, PSDF)
    for key, raw in {"categories": ["ACC"], "regions": ["D"], "cohorts": ["WOM"],
                     "public_liability": "£2,000,000", "employers_liability": "not a number"
                     }.items():
        save_answer(db, org, PROFILE, key, raw)
    for key, raw in {"result_status": "qualified", "qualified_categories": ["ACC"],
                     "financial_threshold": "1,500,000", "agreement_signed": True}.items():
        save_answer(db, org, RESULT, key, raw)
    certificate = tmp_path / "certificate.pdf"
    certificate.write_bytes(b"certificate")
    library = tmp_path / "library"
    add_evidence(db, library, org, certificate,
                 EvidenceDetails("Old certificate", valid_until=date(2026, 1, 1)))
    facts = organisation_facts(db, org, catalogue, qualification_forms(catalogue), library,
                               date(2026, 11, 25))
    assert facts.categories == {"ACC"} and facts.regions == {"D"} and facts.cohorts == {"WOM"}
    assert facts.amounts["public_liability"] == 2 * MILLION
    assert facts.amounts["employers_liability"] is None  # not valid yet: treated as not given
    assert facts.qualification == QualificationStatus(
        "qualified", frozenset({"ACC"}), 150_000_000, True,
        "Part 1: About your organisation",
        Target("questionnaire", field="bidding_as", section="part1"))
    assert list(facts.out_of_date.values()) == ["Old certificate"]


def test_partners_who_deliver_the_rest_let_you_lead(catalogue: Catalogue) -> None:
    facts = replace(READY, categories=frozenset({"FSO", "LA"}),
                    partners={"Mind Cymru": frozenset({"EW"}), "Tenovus": frozenset({"SI"})})
    result = assess(catalogue, "PW-gwent", facts)
    assert result.standing is Standing.LEAD
    assert result.reasons[0].text == (
        "You deliver Family and Significant Others, Lifestyle and Associates; Mind Cymru, "
        "Tenovus deliver Emotional Wellbeing, Social Inclusion: lead with them as "
        "subcontractors")
    half = replace(facts, partners={"Mind Cymru": frozenset({"EW"})})
    assert assess(catalogue, "PW-gwent", half).problems[0].text.startswith(
        "You do not deliver Social Inclusion: lead with partners who do")
