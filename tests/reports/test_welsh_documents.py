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
    assert "5 Mawrth 2027" in text
    assert "Qualification pack" not in text and "Contents" not in text
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
    assert reader.trailer["/Root"]["/Lang"] == "en-GB"
