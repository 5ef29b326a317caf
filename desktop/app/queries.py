"""Questions the window, the command line and the documents all ask, answered one way.

Each query gathers what it needs from the saved data (through core's *_records modules) and runs
core's rules on it, so the Lots page, `framework-ready eligibility`, the spreadsheet export and
the PDFs can never disagree.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from datetime import date
from pathlib import Path

from desktop.core.catalogue import Catalogue, LotInfo
from desktop.core.eligibility import LotEligibility, assess_all, assess_lot
from desktop.core.eligibility_records import organisation_facts
from desktop.questionnaire.model import Form
from desktop.store.engine import Database


def eligibility(database: Database, organisation_id: int, catalogue: Catalogue,
                forms: Mapping[str, Form], evidence_folder: Path, today: date, *,
                value: int | None = None,
                lots: Iterable[LotInfo] | None = None) -> list[LotEligibility]:
    """Whether the organisation can bid for each lot (every lot of the catalogue unless `lots`
    names some), from its answers, evidence and partners as saved now; `value` (pence) is a
    competition's value, if known."""
    facts = organisation_facts(database, organisation_id, catalogue, forms, evidence_folder,
                               today)
    if lots is None:
        return assess_all(catalogue, facts, value)
    return [assess_lot(lot, catalogue, facts, value) for lot in lots]
