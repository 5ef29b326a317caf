"""Every document in the registry, made on the sample charity the way the window and the
command line make it, read back with pypdf: a new entry is tested without being named here."""

from __future__ import annotations

import argparse
from datetime import date
from pathlib import Path

import pytest
from pypdf import PdfReader

from desktop.app.documents import DocumentRequest
from desktop.app.operations import OperationError
from desktop.app.workspace import Workspace
from desktop.cli.main import build_parser
from desktop.core.organisation_records import current_organisation
from desktop.core.sample import ensure_sample
from desktop.i18n import WELSH
from desktop.reports import registry
from desktop.ui.translations import prepare
from tests.reports.pdf_reading import text_of

TODAY = date(2026, 12, 3)
REFERENCE = "psdf-co-acc-d-01"  # one of the sample charity's opportunities


@pytest.fixture
def sample(workspace: Workspace) -> Workspace:
    ensure_sample(workspace.database, TODAY)
    return workspace


def request_for(entry: registry.Entry, language: str = "en") -> DocumentRequest:
    """The document with every option it takes set, as a person would choose them."""
    return DocumentRequest(entry.key, REFERENCE if entry.takes(registry.OPPORTUNITY) else "",
                           2026 if entry.takes(registry.YEAR) else 0, language,
                           entry.takes(registry.WORKING_COPY))


@pytest.mark.parametrize("entry", registry.DOCUMENTS, ids=registry.keys())
@pytest.mark.parametrize("language", ["en", WELSH])
def test_every_document_is_made_and_reads_back_its_title(sample: Workspace, tmp_path: Path,
                                                         entry: registry.Entry,
                                                         language: str) -> None:
    organisation = current_organisation(sample.database)
    assert organisation is not None
    prepare(language)
    path = tmp_path / f"{entry.key}.pdf"
    pages = registry.make_document(sample, organisation, request_for(entry, language), path,
                                   today=TODAY)
    reader = PdfReader(path)
    assert pages == len(reader.pages) >= 1
    from desktop.i18n import speaking

    with speaking(language):
        title = entry.title()
    text = text_of(reader)
    assert title in text.replace("\n", " ")
    assert reader.metadata is not None and reader.metadata.title == title
    assert organisation.name in text
    if language == WELSH:
        assert title != entry.title(), "the title is translated"


def test_each_entry_names_a_gather_and_a_render_that_exist() -> None:
    assert len(set(registry.keys())) == len(registry.DOCUMENTS)
    for entry in registry.DOCUMENTS:
        assert callable(entry.gatherer()) and callable(entry.renderer())
        assert entry.options <= set(registry.OPTIONS)


def test_an_unknown_document_is_a_plain_message(sample: Workspace, tmp_path: Path) -> None:
    with pytest.raises(LookupError, match='There is no document called "menu"'):
        registry.entry("menu")
    organisation = current_organisation(sample.database)
    assert organisation is not None
    with pytest.raises(OperationError, match='There is no document called "menu"'):
        registry.make_document(sample, organisation, DocumentRequest("menu"),
                               tmp_path / "menu.pdf")
    assert not (tmp_path / "menu.pdf").exists()


def test_pack_offers_every_document_and_its_options_from_the_registry() -> None:
    parser = build_parser()
    commands = next(action for action in parser._actions
                    if isinstance(action, argparse._SubParsersAction))
    pack = commands.choices["pack"]
    document = next(action for action in pack._actions if action.dest == "document")
    assert tuple(document.choices or ()) == registry.keys()
    helped = pack.format_help()
    for entry in registry.DOCUMENTS:
        assert f"{entry.key}" in helped and entry.title() in helped
    opportunity = next(action for action in pack._actions if action.dest == "opportunity")
    assert "(for: bid, trustee-paper, response, compliance, receipt)" in str(opportunity.help)
