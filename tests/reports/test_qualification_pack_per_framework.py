"""The qualification pack of each framework the sample charity follows, through the registry,
read back with pypdf: the PSDF's (PCR 2015) has the selection questionnaire and no Procurement
Act part; the CAS open framework's (Procurement Act 2023) has the PSQ, the exclusions and the
supplier registration, and no selection questionnaire."""

from __future__ import annotations

from datetime import date
from pathlib import Path

from pypdf import PdfReader

from desktop.app.documents import DocumentRequest
from desktop.app.workspace import Workspace
from desktop.core.sample import ensure_sample
from desktop.i18n import WELSH, prepare
from desktop.reports.registry import make_document
from tests.packs import CAS, PSDF
from tests.reports.pdf_reading import text_of

TODAY = date(2026, 11, 25)


def pack_text(workspace: Workspace, code: str, path: Path, language: str = "en") -> str:
    organisation = ensure_sample(workspace.database, TODAY)
    workspace.use_framework(code)
    make_document(workspace, organisation, DocumentRequest("qualification", language=language),
                  path, today=TODAY)
    return " ".join(text_of(PdfReader(path)).split())


def test_the_psdf_pack_has_the_selection_questionnaire_and_no_act_part(
        workspace: Workspace, tmp_path: Path) -> None:
    text = pack_text(workspace, PSDF, tmp_path / "psdf.pdf")
    assert "Probation Services Dynamic Framework" in text
    assert "Selection questionnaire" in text and "Part 1: About your organisation" in text
    for act_only in ("Procurement Specific Questionnaire", "Exclusions under the Procurement Act",
                     "PRVF-2026-SMPL", "Mandatory grounds (Schedule 6)",
                     "Procurement Act: supplier registration", "Share codes given"):
        assert act_only not in text


def test_the_cas_pack_prints_the_registrations_ppon_once(
        workspace: Workspace, tmp_path: Path) -> None:
    """The sample's PPON and share code are its supplier registration's: printed once, in the
    registration part, and the PSQ's platform section points there instead of asking again."""
    text = pack_text(workspace, CAS, tmp_path / "cas.pdf")
    assert text.count("PRVF-2026-SMPL") == 1 and text.count("RFSMPL26") == 1
    assert text.index("PRVF-2026-SMPL") < text.rindex(  # after the contents: the PSQ itself
        "Procurement Specific Questionnaire (PSQ) Your Central")
    assert "14 September 2026" in text  # the date last confirmed, from the registration
    assert "are in the supplier registration part above, where they are kept once" in text
    assert "Share code for this procurement" not in text  # the PSQ asks it no more


def test_the_cas_pack_has_the_psq_exclusions_and_no_selection_questionnaire(
        workspace: Workspace, tmp_path: Path) -> None:
    from desktop.core.supplier_route import Registration, ShareCode, shipped_route
    from desktop.core.supplier_route_records import save_registration, save_share_code

    organisation = ensure_sample(workspace.database, TODAY)
    route = shipped_route()
    save_registration(workspace.database, organisation.id, route,
                      Registration("PZPR-8554-XHNX", date(2025, 9, 1), version=None), TODAY)
    save_share_code(workspace.database, organisation.id, route, ShareCode(
        None, "Ab12Cd34", "Ministry of Justice", "CAS open framework & ŵ",
        given_on=date(2026, 6, 1)), TODAY)
    text = pack_text(workspace, CAS, tmp_path / "cas.pdf")
    # the Central Digital Platform record, before the PSQ
    assert "Procurement Act: supplier registration" in text
    assert "PZPR-8554-XHNX" in text and "1 September 2025" in text  # PPON, last confirmed
    assert "Ab12Cd34" in text and "CAS open framework & ŵ" in text and "1 June 2026" in text
    assert "months ago" in text  # confirmed over a year ago: warned
    assert text.index("Procurement Act: supplier registration") < text.index(
        "Procurement Specific Questionnaire (PSQ) Your Central")
    assert "Community Accommodation Services open framework" in text
    assert "Procurement Specific Questionnaire (PSQ)" in text
    assert text.count("PZPR-8554-XHNX") == 1  # the registration's PPON, printed once
    assert "PRVF-2026-SMPL" not in text  # the sample's, replaced: nothing else prints a PPON
    assert "Exclusions under the Procurement Act" in text
    assert "Mandatory grounds (Schedule 6)" in text and "Mair Roberts" in text
    assert "Part 1: About your organisation" not in text  # the SQ is not asked here


def test_the_cas_pack_prints_in_welsh(workspace: Workspace, tmp_path: Path) -> None:
    prepare(WELSH)
    text = pack_text(workspace, CAS, tmp_path / "cas-cy.pdf", language=WELSH)
    assert "Holiadur Caffael Penodol (PSQ)" in text
    assert "Gwaharddiadau o dan y Ddeddf Caffael" in text


def test_the_sample_keeps_answers_for_cas_in_its_own_words(workspace: Workspace) -> None:
    from desktop.core.answer_records import load_answers
    from desktop.core.form_codes import PROFILE

    organisation = ensure_sample(workspace.database, TODAY)
    for code, categories in ((PSDF, ["ACC", "ETE", "EW", "SI"]), (CAS, ["ACC"])):
        profile = load_answers(workspace.database, organisation.id, PROFILE, code)
        assert (profile["categories"], profile["regions"]) == (categories, ["D"])


def test_each_pack_prints_its_own_frameworks_journey(
        workspace: Workspace, tmp_path: Path) -> None:
    """A step ticked on CAS shows in CAS's pack only; the PSDF's pack prints the PSDF's steps
    (the sample's) and no supplier registration figure, CAS's prints its registration's."""
    from dataclasses import replace

    from desktop.core.catalogue_records import load_catalogue
    from desktop.core.journey import StepStatus
    from desktop.core.journey_records import load_journey, save_step

    organisation = ensure_sample(workspace.database, TODAY)
    before = pack_text(workspace, PSDF, tmp_path / "psdf-before.pdf")
    step = load_journey(workspace.database, organisation.id,
                        load_catalogue(workspace.database, CAS))[2]  # its first own step
    save_step(workspace.database, organisation.id, CAS,
              replace(step, status=StepStatus.DONE, done_on=TODAY), TODAY)
    psdf = pack_text(workspace, PSDF, tmp_path / "psdf.pdf")
    cas = pack_text(workspace, CAS, tmp_path / "cas.pdf")
    assert "Portal journey 22%" in psdf and "Portal journey 22%" in before
    assert "Supplier registration 0%" not in psdf
    assert "Portal journey 25%" in cas and "Supplier registration 0%" in cas  # 1 of 4 own
    assert f"3 {step.step.label} Done 25 November 2026" in cas
    assert f"3 {step.step.label} Done" not in psdf
