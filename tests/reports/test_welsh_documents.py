"""Documents in Welsh, chosen per document: Welsh headings, dates and ŵ ŷ, read back with pypdf."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest
from pypdf import PdfReader

from desktop import i18n
from desktop.app.documents import DocumentRequest
from desktop.app.workspace import Workspace
from desktop.core.answer_records import save_answer
from desktop.core.opportunity_records import all_opportunities
from desktop.core.organisation import OrganisationInfo
from desktop.core.organisation_records import current_organisation
from desktop.core.qualification import PROFILE
from desktop.core.sample import ensure_sample
from desktop.i18n import WELSH, prepare
from desktop.reports.registry import make_document
from tests.packs import PSDF
from tests.reports.pdf_reading import pages_ending_on_a_heading, text_of


def test_a_qualification_pack_in_welsh(workspace: Workspace, organisation: OrganisationInfo,
                                       tmp_path: Path) -> None:
    save_answer(workspace.database, organisation.id, PROFILE, "trading_name",
                "Cymdeithas Tŷ Ŵyn a'i Ffrindiau")
    prepare(WELSH)
    path = tmp_path / "pecyn.pdf"
    pages = make_document(workspace, organisation, DocumentRequest("qualification",
                                                                   language=WELSH), path,
                          today=date(2027, 3, 5))
    reader = PdfReader(path)
    text = text_of(reader)
    assert len(reader.pages) == pages
    assert "Pecyn cymhwyso" in text and "Cynnwys" in text and "Tystiolaeth" in text
    assert "Cymdeithas Tŷ Ŵyn a'i Ffrindiau" in text
    assert "Enw masnachu, os yw'n wahanol" in text.replace("\n", " ")  # the question, in Welsh
    assert "Trading name" not in text
    assert "5 Mawrth 2027" in text
    assert "Qualification pack" not in text and "Contents" not in text
    assert "Eitem\nManylion" in text and "Cwestiwn\nAteb" in text  # summary, then answers
    assert reader.trailer["/Root"]["/Lang"] == "cy-GB"
    assert i18n.language() == i18n.ENGLISH  # the window's language is untouched


def test_the_same_pack_in_english(workspace: Workspace, organisation: OrganisationInfo,
                                  tmp_path: Path) -> None:
    path = tmp_path / "pack.pdf"
    make_document(workspace, organisation, DocumentRequest("qualification"), path,
                  today=date(2027, 3, 5))
    reader = PdfReader(path)
    text = text_of(reader)
    assert "Qualification pack" in text and "5 March 2027" in text
    assert "Item\nDetail" in text and "Question\nAnswer" in text
    assert "Enw masnachu" not in text
    assert reader.trailer["/Root"]["/Lang"] == "en-GB"


APPENDIX = "Enwau'r fframwaith yn Saesneg"


@pytest.mark.parametrize("document", ["eligibility", "qualification", "calendar"])
def test_a_welsh_document_reads_welsh_throughout(workspace: Workspace, document: str,
                                                 tmp_path: Path) -> None:
    """Need categories, lot families, regions and the framework's name (in every footer) are
    Welsh; the app's own Welsh names are listed at the end beside the framework's English."""
    from desktop.core.catalogue_records import load_catalogue

    ensure_sample(workspace.database, date(2026, 11, 25))
    organisation = current_organisation(workspace.database)
    assert organisation is not None
    prepare(WELSH)
    path = tmp_path / f"{document}.pdf"
    make_document(workspace, organisation, DocumentRequest(document, language=WELSH), path,
                  today=date(2026, 11, 25))
    reader = PdfReader(path)
    assert pages_ending_on_a_heading(reader) == []
    pages = [page.extract_text().replace("\n", " ") for page in reader.pages]
    assert all("Fframwaith Deinamig y Gwasanaethau Prawf" in page for page in pages)
    text = " ".join(pages)
    assert APPENDIX in text
    body, appendix = text.rsplit(APPENDIX, 1)
    for typed in all_opportunities(workspace.database, organisation.id):
        body = body.replace(typed.title, "")  # the charity's own words stay as typed
    english = load_catalogue(workspace.database, PSDF)
    for area in sorted((a.name for a in english.pcc_areas), key=len, reverse=True):
        body = body.replace(area, "")  # police areas in England keep English names, as said
    for name, _welsh in english.own_welsh:
        assert name not in body, name
    assert "Probation Services Dynamic Framework" in appendix
    assert "mae'r prynwr yn ei adnabod wrth ei enw Saesneg" in text  # the cover's note
    if document == "eligibility":
        assert "Gwasanaethau Llety ar gyfer Cymru" in body and "Llety" in appendix
        assert "Accommodation" in appendix and "Cymru" in body


def test_the_catalogue_speaks_the_language_it_is_read_in(workspace: Workspace) -> None:
    from desktop.core.catalogue_records import load_catalogue

    prepare(WELSH)
    english = load_catalogue(workspace.database, PSDF)
    with i18n.speaking(WELSH):
        welsh = load_catalogue(workspace.database, PSDF)
    assert [r.name for r in english.regions if r.code == "D"] == ["Wales"]
    assert [r.name for r in welsh.regions if r.code == "D"] == ["Cymru"]
    assert {a.name for a in welsh.pcc_areas} >= {"Gogledd Cymru", "De Cymru", "Gwent"}
    assert welsh.category("ACC") and welsh.category("ACC").name == "Llety"  # the app's own
    assert ("Accommodation", "Llety") in english.own_welsh
    assert ("Wales", "Cymru") not in english.own_welsh  # the official name, not ours
    assert welsh.framework.name == "Fframwaith Deinamig y Gwasanaethau Prawf"
    wales_lots = [lot for lot in welsh.lots if lot.region_code == "D"]
    assert wales_lots and {lot.region_name for lot in wales_lots} == {"Cymru"}
