"""The qualification pack, read back with pypdf: what it says, hostile text, bookmarks, pages,
the Draft mark and what is missing, drafting notes only in the working copy."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest
from pypdf import PdfReader

from desktop.app.documents import DocumentRequest, DocumentSources, gather_qualification
from desktop.app.workspace import Workspace
from desktop.core.answer_records import save_answer
from desktop.core.catalogue_records import load_catalogue
from desktop.core.evidence import EvidenceDetails, EvidenceKind
from desktop.core.evidence_records import add_evidence
from desktop.core.organisation import OrganisationInfo
from desktop.core.qualification import PROFILE, QUESTIONNAIRE, qualification_forms
from desktop.questionnaire.loader import load_form
from desktop.questionnaire.model import Form
from desktop.reports.pdf import Cancelled, build
from desktop.reports.qualification_pack import render
from tests.packs import PSDF
from tests.reports.pdf_reading import pages_ending_on_a_heading, text_of

TODAY = date(2026, 11, 25)


def make_pack(workspace: Workspace, organisation: OrganisationInfo, path: Path,
              forms: dict[str, Form] | None = None, working_copy: bool = False,
              **options: object) -> PdfReader:
    catalogue = load_catalogue(workspace.database, PSDF)
    sources = DocumentSources(workspace.database, organisation, catalogue,
                              forms or qualification_forms(catalogue),
                              workspace.evidence_folder, TODAY)
    info, story = render(gather_qualification(sources, DocumentRequest(
        "qualification", working_copy=working_copy)))
    build(path, info, story, **options)  # type: ignore[arg-type]
    return PdfReader(path)


def test_the_pack_says_what_was_answered(workspace: Workspace, organisation: OrganisationInfo,
                                         tmp_path: Path) -> None:
    db = workspace.database
    save_answer(db, organisation.id, PROFILE, "trading_name", "Tŷ Ŵyn & Co <b>")
    save_answer(db, organisation.id, PROFILE, "income_last_year", "412,650")
    save_answer(db, organisation.id, QUESTIONNAIRE, "safeguarding", "word " * 260)
    policy = tmp_path / "policy.pdf"
    policy.write_bytes(b"policy")
    info = add_evidence(db, workspace.evidence_folder, organisation.id, policy,
                        EvidenceDetails("Safeguarding policy", EvidenceKind.POLICY,
                                        valid_until=date(2026, 12, 1)))
    reader = make_pack(workspace, organisation, tmp_path / "pack.pdf")
    text = text_of(reader)
    assert "Riverside & Sons <Trust>" in text  # the organisation's name exactly, on the cover
    assert "Tŷ Ŵyn & Co <b>" in text
    assert "£412,650" in text
    assert "word " * 20 in text.replace("\n", " ")  # the long answer, as written
    assert info.sha256[:16] in text.replace("\n", "")  # the fingerprint, however it wraps
    assert "Expires within 30 days" in text.replace("\n", " ")
    assert "Log in to the MoJ e-sourcing portal" in text
    assert f"Page {len(reader.pages)} of {len(reader.pages)}" in reader.pages[-1].extract_text()
    assert "Page 1 of" not in reader.pages[0].extract_text()  # no footer on the cover
    metadata = reader.metadata
    assert metadata is not None
    assert (metadata.title, metadata.author) == ("Qualification pack",
                                                  "Riverside & Sons <Trust>")
    assert metadata.creator.startswith("Framework Ready")
    assert reader.trailer["/Root"]["/Lang"] == "en-GB"
    outline = [item.title for item in reader.outline if not isinstance(item, list)]
    assert outline[:3] == ["Summary", "Organisation profile", "Selection questionnaire"]
    assert pages_ending_on_a_heading(reader) == []


def test_drafting_notes_only_in_the_working_copy(workspace: Workspace,
                                                 organisation: OrganisationInfo,
                                                 tmp_path: Path) -> None:
    db = workspace.database
    save_answer(db, organisation.id, PROFILE, "services_summary", "We help. " * 80)  # 160 words
    save_answer(db, organisation.id, PROFILE, "year_end", "31/02/2027")
    save_answer(db, organisation.id, QUESTIONNAIRE, "safeguarding", "We keep people safe.")
    sendable = text_of(make_pack(workspace, organisation, tmp_path / "send.pdf"))
    flat = sendable.replace("\n", " ")
    for note in ("of 150 words", "of 250 words", "over the limit", "You can keep drafting",
                 "February has 28 days", "⚠ This needs an answer", "31/02/2027"):
        assert note not in flat, note
    assert "We help. We help." in flat and "We keep people safe." in flat
    # what keeps it a draft is said once, on the summary page, in plain words
    assert "Still to do before this pack is complete" in flat
    assert "What you do, in a few sentences (over the word limit)" in flat
    assert "(needs correcting)" in flat
    working = text_of(make_pack(workspace, organisation, tmp_path / "work.pdf",
                                working_copy=True)).replace("\n", " ")
    assert "(160 of 150 words)" in working and "10 over the limit of 150" in working
    assert "(4 of 250 words)" in working
    assert "31/02/2027" in working and "February has 28 days in 2027" in working
    assert "Working copy, with drafting notes" in working


def test_an_incomplete_pack_says_draft_on_every_page(workspace: Workspace,
                                                     organisation: OrganisationInfo,
                                                     tmp_path: Path) -> None:
    reader = make_pack(workspace, organisation, tmp_path / "draft.pdf")
    assert len(reader.pages) > 3
    assert all("Draft — not complete" in page.extract_text() for page in reader.pages)
    summary = next(page.extract_text() for page in reader.pages
                   if "Ready overall" in page.extract_text() and "Contents" not in
                   page.extract_text() and "At a glance" not in page.extract_text())
    assert "Still to do before this pack is complete" in summary
    after_contents = " ".join(page.extract_text() for page in reader.pages[2:])
    flat = after_contents.replace("\n", " ")  # the list may run on to the next page
    assert "Selection questionnaire · Declarations" in flat
    assert "None added yet" in flat  # no evidence


SMALL_FORM = """
[form]
code = "{code}"
title = "{title}"
description = "A small form for the test."
version = 1

[[sections]]
key = "only"
title = "The only section"

[[sections.fields]]
key = "story"
label = "Your story"
type = "long-text"
required = true
word_limit = 60

[[sections.fields]]
key = "since"
label = "Working since"
type = "date"
required = true
"""


def small_forms(tmp_path: Path) -> dict[str, Form]:
    forms = {}
    for code, title in ((PROFILE, "Organisation profile"),
                        (QUESTIONNAIRE, "Selection questionnaire")):
        path = tmp_path / f"{code}.toml"
        path.write_text(SMALL_FORM.format(code=code, title=title), encoding="utf-8")
        forms[code] = load_form(path)
    return forms


def test_a_complete_pack_has_no_draft_mark_and_no_drafting_notes(
        workspace: Workspace, organisation: OrganisationInfo, tmp_path: Path) -> None:
    db = workspace.database
    for code in (PROFILE, QUESTIONNAIRE):
        save_answer(db, organisation.id, code, "story", "Eight words about what we do here.")
        save_answer(db, organisation.id, code, "since", "01/04/2011")
    policy = tmp_path / "policy.pdf"
    policy.write_bytes(b"policy")
    add_evidence(db, workspace.evidence_folder, organisation.id, policy,
                 EvidenceDetails("Safeguarding policy", EvidenceKind.POLICY,
                                 valid_until=date(2027, 12, 1)))
    reader = make_pack(workspace, organisation, tmp_path / "done.pdf", small_forms(tmp_path))
    text = text_of(reader)
    assert "Draft" not in text and "Still to do before" not in text
    assert "of 60 words" not in text and "⚠" not in text
    assert "Eight words about what we do here." in text and "1 April 2011" in text
    assert "Complete: every answer is in and checked" in text
    assert "Nothing: the pack is complete" in reader.pages[0].extract_text()


def test_hostile_text_prints_without_breaking_the_page(
        workspace: Workspace, organisation: OrganisationInfo, tmp_path: Path,
        hostile_texts: list[str]) -> None:
    db = workspace.database
    for number, text in enumerate(hostile_texts[:-1]):
        save_answer(db, organisation.id, QUESTIONNAIRE,
                    ["safeguarding", "data_protection", "equality", "health_and_safety"][
                        number % 4], text)
    save_answer(db, organisation.id, PROFILE, "services_summary", hostile_texts[-1])
    reader = make_pack(workspace, organisation, tmp_path / "hostile.pdf")
    text = text_of(reader)
    assert "Llety ŵ ŷ <b>&</b>" in text  # the 100,000-character paste flowed over pages
    assert len(reader.pages) > 20
    for page in reader.pages:  # nothing drawn beyond the A4 page
        assert float(page.mediabox.width) == pytest.approx(595.27, abs=0.1)


def test_cancel_leaves_no_file(workspace: Workspace, organisation: OrganisationInfo,
                               tmp_path: Path) -> None:
    target = tmp_path / "cancelled.pdf"
    seen: list[float] = []
    with pytest.raises(Cancelled):
        make_pack(workspace, organisation, target, progress=seen.append,
                  cancelled=lambda: len(seen) > 5)
    assert not target.exists()
    assert list(tmp_path.glob("*cancelled*")) == []  # no half-written temporary file either


def test_long_words_missing_files_and_fonts(workspace: Workspace,
                                            organisation: OrganisationInfo,
                                            tmp_path: Path) -> None:
    db = workspace.database
    # No spaces at all, as long as a one-line answer may be (300 characters): three lines' worth.
    save_answer(db, organisation.id, PROFILE, "trading_name", "Ŵ" * 290)
    save_answer(db, organisation.id, PROFILE, "website", "ŷ" * 250)
    policy = tmp_path / "gone.pdf"
    policy.write_bytes(b"soon gone")
    info = add_evidence(db, workspace.evidence_folder, organisation.id, policy,
                        EvidenceDetails("Lost certificate"))
    info.stored.unlink()  # the stored copy went missing
    reader = make_pack(workspace, organisation, tmp_path / "odd.pdf")
    text = text_of(reader).replace("\n", "")
    assert "Ŵ" * 290 in text and "ŷ" * 250 in text  # wrapped, all there, Welsh letters intact
    assert "The stored copy is missing" in text_of(reader).replace("\n", " ")
    fonts = set()
    for page in reader.pages:
        for font in page["/Resources"]["/Font"].values():
            descriptor = font.get_object()["/DescendantFonts"][0].get_object()[
                "/FontDescriptor"] if "/DescendantFonts" in font.get_object() else \
                font.get_object().get("/FontDescriptor")
            if descriptor is not None:
                fonts.add((str(font.get_object()["/BaseFont"]).split("+")[-1],
                           "/FontFile2" in descriptor.get_object()))
    assert fonts and all(embedded for _name, embedded in fonts)
    assert {name for name, _ in fonts} >= {"DejaVuSans", "DejaVuSans-Bold"}
