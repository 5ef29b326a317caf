"""Questions the window, the command line and the documents all ask, answered one way.

Each query gathers what it needs from the saved data (through core's *_records modules) and runs
core's rules on it, so the Lots page, `framework-ready eligibility`, the spreadsheet export and
the PDFs can never disagree.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from datetime import date
from pathlib import Path

from desktop.core.catalogue import Catalogue
from desktop.core.eligibility import LotEligibility, assess_all, assess_lot
from desktop.core.eligibility_records import organisation_facts
from desktop.questionnaire.model import Form
from desktop.store.engine import Database


def eligibility(database: Database, organisation_id: int, catalogue: Catalogue,
                forms: Mapping[str, Form], evidence_folder: Path, today: date, *,
                value: int | None = None,
                lot_codes: Iterable[str] | None = None) -> list[LotEligibility]:
    """Whether the organisation can bid for each lot, from its answers, evidence and partners as
    saved now: every lot of the catalogue, or those of `lot_codes` it still has (an opportunity's
    lots); `value` (pence) is a competition's value, if known."""
    facts = organisation_facts(database, organisation_id, catalogue, forms, evidence_folder,
                               today)
    if lot_codes is None:
        return assess_all(catalogue, facts, value)
    lots = {lot.code: lot for lot in catalogue.lots}
    return [assess_lot(lots[code], catalogue, facts, value) for code in lot_codes
            if code in lots]
