"""Documents in Welsh, chosen per document: Welsh headings, dates and ŵ ŷ, read back with pypdf."""

from __future__ import annotations

from datetime import date
from pathlib import Path

from pypdf import PdfReader

from desktop import i18n
from desktop.core.answers import save_answer
from desktop.core.organisation import OrganisationInfo
from desktop.core.qualification import PROFILE
from desktop.core.workspace import Workspace
from desktop.reports.documents import DocumentRequest, make_document
from desktop.translations import WELSH, prepare
from tests.reports.test_qualification_pack import text_of


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


def test_welsh_names_where_the_framework_has_them_english_where_not(
        workspace: Workspace, organisation: OrganisationInfo, tmp_path: Path) -> None:
    prepare(WELSH)
    path = tmp_path / "matrics.pdf"
    make_document(workspace, organisation, DocumentRequest("eligibility", language=WELSH), path)
    text = text_of(PdfReader(path)).replace("\n", " ")
    assert "Cymru" in text
    assert "Accommodation" in text  # no Welsh name in the pack: English, and the cover says so
    assert "ac yn Saesneg lle nad oes ganddo rai" in text


def test_the_catalogue_speaks_the_language_it_is_read_in(workspace: Workspace) -> None:
    from desktop.core.catalogue_records import load_catalogue

    prepare(WELSH)
    english = load_catalogue(workspace.database)
    with i18n.speaking(WELSH):
        welsh = load_catalogue(workspace.database)
    assert [r.name for r in english.regions if r.code == "D"] == ["Wales"]
    assert [r.name for r in welsh.regions if r.code == "D"] == ["Cymru"]
    assert {a.name for a in welsh.pcc_areas} >= {"Gogledd Cymru", "De Cymru", "Gwent"}
    assert welsh.category("ACC") and welsh.category("ACC").name == "Accommodation"  # none in Welsh
    wales_lots = [lot for lot in welsh.lots if lot.region_code == "D"]
    assert wales_lots and {lot.region_name for lot in wales_lots} == {"Cymru"}
