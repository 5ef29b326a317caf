"""The documents Framework Ready prints, one entry each: the Reports page's list, the
`framework-ready pack` command (its choices, options and --help) and the tests over every
document (tests/reports/test_registry.py) are all made from `DOCUMENTS`, and `make_document` is
the one way either the window or the command line makes one, so both make exactly the same file.

An entry names its document (`key`, as typed after `pack`), its title and its label on the
Reports page (translated when asked), the options it takes (`OPPORTUNITY`, `YEAR`,
`WORKING_COPY`; every document takes a language), its `gather` in `desktop.app.documents`
(reads the saved data, returns a plain dataclass) and its `render` module here (draws that
dataclass as ReportLab flowables). Both are named, not imported, so listing the documents (for
`pack --help`, or the window's menu) loads neither SQLAlchemy nor ReportLab.

Adding a document touches two or three files:

1. `desktop/app/documents.py`: a frozen dataclass of what it shows (subclass `DocumentData` for
   the organisation, catalogue and day) and `gather_<name>(sources, request)` returning it.
2. `desktop/reports/<name>.py`: `render(data) -> (DocumentInfo, list[Flowable])`, drawing with
   `desktop.reports.pdf` (`at_a_glance.document_info` gives a short document's title block).
3. This file: one `Entry` in `DOCUMENTS`, with `tr()` around its title and label. Then
   `python3 dev.py translations` and the Welsh for the new strings; the parametrised tests make
   it on the sample charity and read its title back without being told about it.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from datetime import date
from importlib import import_module
from typing import TYPE_CHECKING, Any

from desktop.i18n import speaking, tr

if TYPE_CHECKING:
    from pathlib import Path

    from reportlab.platypus import Flowable

    from desktop.app.documents import DocumentRequest, DocumentSources
    from desktop.app.workspace import Workspace
    from desktop.core.organisation import OrganisationInfo
    from desktop.reports.pdf import DocumentInfo, Progress

# The options a document can take, beyond its language (each entry lists the ones it takes).
OPPORTUNITY = "opportunity"  # about one opportunity: its buyer's reference or number
YEAR = "year"  # for one year (this year unless chosen)
WORKING_COPY = "working-copy"  # a working copy that keeps the drafting notes
OPTIONS = (OPPORTUNITY, YEAR, WORKING_COPY)

Render = Callable[[Any], "tuple[DocumentInfo, list[Flowable]]"]
Gather = Callable[["DocumentSources", "DocumentRequest"], Any]


@dataclass(frozen=True, slots=True)
class Entry:
    key: str  # as typed after `framework-ready pack`, and the start of the file name offered
    title: Callable[[], str]  # the document's own title, printed on it
    gather: str  # the name of its gather function in desktop.app.documents
    render: str  # the module in desktop.reports whose `render(data)` draws it
    options: frozenset[str] = frozenset()
    label: Callable[[], str] | None = None  # how the Reports page lists it, if not by its title
    in_window: bool = True  # listed on the Reports page (else the command line only)

    def takes(self, option: str) -> bool:
        return option in self.options

    def listed_as(self) -> str:
        return (self.label or self.title)()

    def gatherer(self) -> Gather:
        gather: Gather = getattr(import_module("desktop.app.documents"), self.gather)
        return gather

    def renderer(self) -> Render:
        render: Render = import_module(f"desktop.reports.{self.render}").render
        return render


DOCUMENTS: tuple[Entry, ...] = (
    Entry("qualification", lambda: tr("Qualification pack"), "gather_qualification",
          "qualification_pack", frozenset({WORKING_COPY})),
    Entry("bid", lambda: tr("Bid summary"), "gather_bid_summary", "bid_summary",
          frozenset({OPPORTUNITY}), label=lambda: tr("Bid summary for one opportunity")),
    Entry("calendar", lambda: tr("Deadline calendar"), "gather_calendar", "deadline_calendar"),
    Entry("supply-chain", lambda: tr("Annual supply-chain report"), "gather_supply_chain",
          "supply_chain_report", frozenset({YEAR})),
    Entry("eligibility", lambda: tr("Eligibility matrix"), "gather_eligibility",
          "eligibility_matrix"),
    Entry("trustee-paper", lambda: tr("Trustees' decision paper"), "gather_trustee_paper",
          "decision_paper", frozenset({OPPORTUNITY}),
          label=lambda: tr("Trustees' decision paper for one opportunity")),
    Entry("response", lambda: tr("Bid response"), "gather_bid_writing", "bid_response",
          frozenset({OPPORTUNITY}), label=lambda: tr("Bid response for internal review")),
    Entry("compliance", lambda: tr("Compliance matrix"), "gather_bid_writing",
          "compliance_matrix", frozenset({OPPORTUNITY})),
    Entry("receipt", lambda: tr("Submission receipt"), "gather_bid_writing",
          "submission_receipt", frozenset({OPPORTUNITY})),
)


# Spreadsheets, made the same way: `gather` in desktop.app.documents, and `write(data, path)`
# (returning the number of sheets) in the `render` module here.
SPREADSHEETS: tuple[Entry, ...] = (
    Entry("costing", lambda: tr("Costing spreadsheet"), "gather_costing", "costing_workbook",
          frozenset({OPPORTUNITY}), in_window=False),
)

Write = Callable[[Any, "Path"], int]


def keys() -> tuple[str, ...]:
    return tuple(entry.key for entry in DOCUMENTS)


def entry(key: str) -> Entry:
    """The entry for `key`; LookupError, in plain words, when there is none."""
    for found in DOCUMENTS:
        if found.key == key:
            return found
    raise LookupError(tr("There is no document called \"{name}\".").format(name=key))


def taking(option: str) -> list[Entry]:
    """The documents that take `option`."""
    return [found for found in DOCUMENTS if found.takes(option)]


def make_document(workspace: Workspace, organisation: OrganisationInfo,
                  request: DocumentRequest, path: Path, *,
                  progress: Progress | None = None,
                  cancelled: Callable[[], bool] | None = None,
                  today: date | None = None) -> int:
    """Gather the document, draw it in its language and write it to `path`; return its number
    of pages. OperationError, in plain words, when there is no such document or opportunity or
    `path` cannot be written; pdf.Cancelled when `cancelled()` turned true. Either way nothing
    is written."""
    from desktop.app.documents import document_sources
    from desktop.app.operations import OperationError, writing_failed
    from desktop.reports import pdf

    try:
        with speaking(request.language):
            chosen = entry(request.document)
            data = chosen.gatherer()(document_sources(workspace, organisation, today), request)
            info, story = chosen.renderer()(data)
            return pdf.build(path, info, story, progress=progress, cancelled=cancelled)
    except LookupError as error:
        raise OperationError(str(error)) from error
    except OSError as error:
        raise writing_failed(error, path) from error


def spreadsheet(key: str) -> Entry:
    """The spreadsheet entry for `key`; LookupError, in plain words, when there is none."""
    for found in SPREADSHEETS:
        if found.key == key:
            return found
    raise LookupError(tr("There is no spreadsheet called \"{name}\".").format(name=key))


def make_spreadsheet(workspace: Workspace, organisation: OrganisationInfo,
                     request: DocumentRequest, path: Path, *, today: date | None = None) -> int:
    """Gather the spreadsheet, write it in its language to `path` (atomically); return its
    number of sheets. LookupError when there is no such spreadsheet or opportunity."""
    from desktop.app.documents import document_sources

    with speaking(request.language):
        chosen = spreadsheet(request.document)
        data = chosen.gatherer()(document_sources(workspace, organisation, today), request)
        write: Write = import_module(f"desktop.reports.{chosen.render}").write
        return write(data, path)

