"""Frameworks side by side: the chosen one, remembered; answers kept per framework; a second,
small pack (tests/data/frameworks/, Procurement Act 2023) that loads, assesses and prints with
no code change; and the two regimes' rules side by side in eligibility."""

from __future__ import annotations

from dataclasses import replace
from datetime import date
from pathlib import Path
from typing import Any

import pytest
from pypdf import PdfReader

from desktop.app.documents import DocumentRequest, DocumentSources, gather_qualification
from desktop.app.queries import eligibility
from desktop.app.workspace import UnknownFramework, Workspace, open_workspace, sync_packs
from desktop.core.answer_records import load_answers, save_answer
from desktop.core.catalogue import Catalogue
from desktop.core.eligibility import Standing
from desktop.core.form_codes import stored_form
from desktop.core.organisation import OrganisationInfo
from desktop.core.qualification import PROFILE, RESULT, qualification_forms
from desktop.datafiles import framework_packs
from desktop.paths import DatabaseLocation
from desktop.reports.pdf import build
from desktop.reports.qualification_pack import render
from tests.packs import CAS, PSDF, SECOND, SECOND_PACK
from tests.reports.pdf_reading import text_of

TODAY = date(2026, 11, 25)


@pytest.fixture
def both(workspace: Workspace) -> Workspace:
    assert sync_packs(workspace, [SECOND_PACK]) == []
    return workspace


def answer(workspace: Workspace, organisation: OrganisationInfo, form: str,
           answers: dict[str, Any]) -> None:
    """Save answers the way the questionnaire pages do, for the framework being worked on."""
    forms = qualification_forms(workspace.catalogue())
    for key, raw in answers.items():
        save_answer(workspace.database, organisation.id,
                    stored_form(forms[form], key, workspace.framework_code), key, raw)


def test_the_pages_work_on_the_chosen_framework_and_it_is_remembered(
        both: Workspace, organisation: OrganisationInfo,
        database_location: DatabaseLocation) -> None:
    assert both.framework_code == PSDF  # nothing followed: the open one open longest
    assert [info.code for info in both.frameworks()] == [CAS, PSDF, SECOND]  # by name
    both.follow_framework(organisation.id, SECOND, True)
    assert both.settle_framework(organisation.id) == SECOND  # the first followed
    both.follow_framework(organisation.id, PSDF, True)
    both.choose_framework(organisation.id, PSDF)
    assert both.followed_codes(organisation.id) == [SECOND, PSDF]
    assert both.catalogue().framework.code == PSDF
    both.choose_framework(organisation.id, SECOND)
    assert both.catalogue().framework.name == "Riverbank Wellbeing Open Framework"
    both.close()
    again = open_workspace(database_location, [*framework_packs(), SECOND_PACK])
    try:
        assert again.framework_code == SECOND  # remembered for the organisation
        again.follow_framework(organisation.id, SECOND, False)
        assert again.settle_framework(organisation.id) == SECOND  # still chosen
        assert again.followed_codes(organisation.id) == [PSDF]
    finally:
        again.close()


def test_an_unknown_framework_is_refused_with_the_known_codes(
        both: Workspace, organisation: OrganisationInfo) -> None:
    with pytest.raises(UnknownFramework) as refused:
        both.choose_framework(organisation.id, "no-such-framework")
    assert refused.value.known == [CAS, PSDF, SECOND]
    assert PSDF in str(refused.value) and SECOND in str(refused.value)
    assert both.framework_code == PSDF  # unchanged
    with pytest.raises(UnknownFramework):
        both.follow_framework(organisation.id, "", True)


def test_switching_frameworks_never_loses_an_answer(
        both: Workspace, organisation: OrganisationInfo) -> None:
    db, org = both.database, organisation.id
    both.choose_framework(org, PSDF)
    answer(both, organisation, PROFILE, {"categories": ["ACC"], "regions": ["D"],
                                         "trading_name": "Tŷ Gwyn & <b>Co</b> 🙂"})
    answer(both, organisation, RESULT, {"result_status": "qualified"})
    both.choose_framework(org, SECOND)
    answer(both, organisation, PROFILE, {"categories": ["GARDEN"], "regions": ["UPPER"]})
    second = load_answers(db, org, PROFILE, SECOND)
    assert (second["categories"], second["regions"]) == (["GARDEN"], ["UPPER"])
    assert second["trading_name"] == "Tŷ Gwyn & <b>Co</b> 🙂"  # the profile is shared
    assert "result_status" not in load_answers(db, org, RESULT, SECOND)  # its own decision
    both.choose_framework(org, PSDF)
    first = load_answers(db, org, PROFILE, PSDF)
    assert (first["categories"], first["regions"]) == (["ACC"], ["D"])  # kept while away
    assert load_answers(db, org, RESULT, PSDF)["result_status"] == "qualified"
    answer(both, organisation, PROFILE, {"trading_name": "Changed once, for both"})
    assert load_answers(db, org, PROFILE, SECOND)["trading_name"] == "Changed once, for both"


def qualified_charity(both: Workspace, organisation: OrganisationInfo) -> Catalogue:
    """A charity qualified on the second framework whose cover is below what its lots ask,
    and whose accounts are not audited."""
    both.choose_framework(organisation.id, SECOND)
    answer(both, organisation, PROFILE, {"categories": ["GARDEN", "ARTS"], "regions": ["UPPER"],
                                         "cohorts": ["ELDER"], "public_liability": "5,000,000"})
    answer(both, organisation, RESULT, {"result_status": "qualified",
                                        "qualified_categories": ["GARDEN", "ARTS"],
                                        "agreement_signed": True})
    return both.catalogue()


def assess(both: Workspace, organisation: OrganisationInfo, catalogue: Catalogue,
           code: str) -> Any:
    return next(result for result in eligibility(
        both.database, organisation.id, catalogue, qualification_forms(catalogue),
        both.evidence_folder, TODAY) if result.lot.code == code)


def test_the_same_charity_is_yes_under_the_act_and_not_yet_under_pcr_2015(
        both: Workspace, organisation: OrganisationInfo) -> None:
    act = qualified_charity(both, organisation)
    assert act.framework.regime == "procurement-act-2023"
    pcr = replace(act, framework=replace(act.framework, regime="pcr-2015"))  # the same pack,
    # let under PCR 2015

    under_act = assess(both, organisation, act, "GRW-UPPER")
    assert under_act.standing is Standing.LEAD
    said = " ".join(reason.text for reason in under_act.reasons)
    assert ("Public liability cover £5m is below the £10m this lot asks. Not a bar now "
            "(Procurement Act 2023): ") in said
    assert "you need it by award, not to qualify." in said
    assert "only where company law requires" in said

    under_pcr = assess(both, organisation, pcr, "GRW-UPPER")
    assert under_pcr.standing is Standing.PARTNER
    problems = [reason.text for reason in under_pcr.problems]
    assert problems == ["Public liability cover £5m is below the £10m this lot asks",
                        "Audited accounts: not in your profile; £0.01 is asked"]
    # Everything else is the same: the area rule still bars the other valley.
    assert assess(both, organisation, act, "GRW-LOWER").standing is Standing.NOT_ELIGIBLE
    assert assess(both, organisation, act, "OLD").standing is Standing.LEAD


def test_a_pack_that_names_no_regime_keeps_its_requirements_as_gates(
        both: Workspace, organisation: OrganisationInfo) -> None:
    act = qualified_charity(both, organisation)
    catalogue = replace(act, framework=replace(act.framework, regime=""))
    assert assess(both, organisation, catalogue, "GRW-UPPER").standing is Standing.PARTNER


def test_the_second_pack_prints_its_qualification_pack(
        both: Workspace, organisation: OrganisationInfo, tmp_path: Path) -> None:
    catalogue = qualified_charity(both, organisation)
    sources = DocumentSources(both.database, organisation, catalogue,
                              qualification_forms(catalogue), both.evidence_folder, TODAY)
    info, story = render(gather_qualification(sources, DocumentRequest("qualification")))
    build(tmp_path / "pack.pdf", info, story)
    text = text_of(PdfReader(tmp_path / "pack.pdf"))
    flat = " ".join(text.split())
    assert "Riverbank Wellbeing Open Framework" in flat
    assert "Community gardening" in flat and "Upper Valley" in flat
    for psdf_only in ("Accommodation", "Personal Wellbeing", "Dyfed-Powys", "Ministry of Justice",
                      "bravosolution"):
        assert psdf_only not in flat  # nothing of the first framework's own vocabulary


def test_each_followed_frameworks_next_date_as_a_line(
        both: Workspace, organisation: OrganisationInfo) -> None:
    from desktop.app.queries import framework_dates

    assert framework_dates(both, organisation.id, date(2026, 12, 3)) == [
        "PSDF qualification: deadline date 10 June 2027 (check)"]  # none followed: the chosen one
    both.follow_framework(organisation.id, SECOND, True)
    both.follow_framework(organisation.id, PSDF, True)
    assert framework_dates(both, organisation.id, date(2026, 12, 3)) == [
        "RWOF: qualification closes 15 January 2027 (check)",
        "PSDF qualification: deadline date 10 June 2027 (check)"]
    later = [framework_dates(both, organisation.id, day)[0] for day in (
        date(2026, 10, 1), date(2027, 1, 16), date(2028, 4, 2), date(2031, 1, 1),
        date(2035, 1, 1))]
    assert later == [
        "RWOF: opens 25 October 2026",
        "RWOF open framework: next reopening 1 April 2028 (check)",  # short: no long label
        "RWOF open framework: next reopening closes 31 May 2028 (check)",
        "RWOF: ends 24 October 2034",
        "RWOF: no dates ahead in the framework information"]
    both.follow_framework(organisation.id, CAS, True)
    lines = framework_dates(both, organisation.id, date(2026, 12, 3))
    # CAS's reopening has no opening date, only the Act's latest award: said once, shortly
    assert lines[-1] == "CAS open framework: next reopening by 24 October 2029 (check)"
    assert lines[-1].count("(check)") == 1


def test_the_quick_first_look_opens_on_the_chosen_framework(
        both: Workspace, organisation: OrganisationInfo,
        database_location: DatabaseLocation) -> None:
    from desktop.core.quick_open import first_look

    both.choose_framework(organisation.id, SECOND)
    both.close()
    look = first_look(database_location, [*framework_packs(), SECOND_PACK])
    assert look is not None and look.catalogue.framework.code == SECOND
    assert [lot.code for lot in look.catalogue.lots] == ["GRW-UPPER", "GRW-LOWER", "OLD"]


def test_the_default_is_the_open_framework_open_longest_not_the_first_by_name() -> None:
    from desktop.store.catalogue_rows import default_framework

    def row(code: str, status: str, opens: date | None) -> dict[str, Any]:
        return {"code": code, "status": status, "opens": opens}

    by_name = [row("a-closed", "closed", date(2019, 1, 1)), row("b-open", "open", date(2024, 1, 1)),
               row("c-open-longer", "open", date(2020, 6, 15)), row("d-open-undated", "open", None)]
    assert default_framework(by_name) == "c-open-longer"
    assert default_framework([r for r in by_name if r["status"] != "open"]) == "a-closed"
    assert default_framework([row("x", "", None), row("y", "", None)]) == "x"  # then by name
    assert default_framework([]) == ""


def test_a_new_charity_works_on_the_psdf_though_cas_sorts_first(workspace: Workspace) -> None:
    codes = [info.code for info in workspace.frameworks()]
    assert codes.index(CAS) < codes.index(PSDF)  # by name
    assert workspace.framework_code == PSDF  # open since 2020; CAS is closed between reopenings


def test_under_the_act_readiness_and_eligibility_look_at_the_psq_and_exclusions(
        workspace: Workspace, organisation: OrganisationInfo, tmp_path: Path) -> None:
    from desktop.core.form_codes import ACT_EXCLUSIONS, PSQ, QUESTIONNAIRE
    from desktop.core.qualification import readiness

    for code, asked in ((PSDF, {PROFILE, QUESTIONNAIRE}),
                        (CAS, {PROFILE, PSQ, ACT_EXCLUSIONS})):
        workspace.choose_framework(organisation.id, code)
        catalogue = workspace.catalogue()
        forms = qualification_forms(catalogue)
        assert set(forms) == asked | {RESULT}
        figures = readiness(workspace.database, organisation.id, catalogue, forms, tmp_path,
                            TODAY)
        assert set(figures.forms) == asked
        said = " ".join(reason.text for lot in eligibility(
            workspace.database, organisation.id, catalogue, forms, tmp_path, TODAY)
            for reason in lot.reasons)
        if code == CAS:
            assert "Procurement Specific Questionnaire (PSQ) \"" in said
            assert "selection questionnaire" not in said.lower()
            assert figures.next_action.startswith("Organisation profile") or \
                "Procurement Specific Questionnaire" in figures.next_action
        else:
            assert "selection questionnaire \"" in said


def test_the_profile_asks_where_in_words_every_framework_shares(
        workspace: Workspace, organisation: OrganisationInfo) -> None:
    for code, local_areas in ((PSDF, True), (CAS, False)):
        workspace.use_framework(code)
        profile = qualification_forms(workspace.catalogue())[PROFILE]
        regions = profile.field("regions")
        assert regions is not None and regions.label == "Regions you work in"
        assert len(regions.choices) == 12  # both list the 12 probation regions
        areas = profile.field("pcc_areas")  # none on CAS: not asked there
        assert (areas is not None) is local_areas
        labels = " ".join(field.label for field in profile.all_fields())
        assert "Probation regions" not in labels and "Police and Crime" not in labels
        assert profile.field("categories").label == "Services you deliver"  # type: ignore[union-attr]
