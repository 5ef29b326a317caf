"""The application layer's queries: one answer for the Lots page, the CLI and the documents."""

from __future__ import annotations

from datetime import date

from desktop.app.queries import eligibility
from desktop.app.workspace import Workspace
from desktop.core.answer_records import save_answer
from desktop.core.catalogue_records import load_catalogue
from desktop.core.eligibility import Standing, assess_all, assess_lot
from desktop.core.eligibility_records import organisation_facts
from desktop.core.organisation import OrganisationInfo
from desktop.core.qualification import PROFILE, RESULT, qualification_forms
from tests.packs import PSDF

TODAY = date(2026, 11, 25)
TEN_MILLION = 1_000_000_000  # pence


def test_eligibility_is_the_rules_run_on_what_is_saved(workspace: Workspace,
                                                       organisation: OrganisationInfo) -> None:
    db, folder = workspace.database, workspace.evidence_folder
    for key, raw in {"categories": ["ACC"], "regions": ["D"]}.items():
        save_answer(db, organisation.id, PROFILE, key, raw)
    save_answer(db, organisation.id, RESULT, "financial_threshold", "1,500,000")
    catalogue = load_catalogue(db, PSDF)
    forms = qualification_forms(catalogue)
    facts = organisation_facts(db, organisation.id, catalogue, forms, folder, TODAY)

    everything = eligibility(db, organisation.id, catalogue, forms, folder, TODAY)
    assert everything == assess_all(catalogue, facts)
    assert [r.lot.code for r in everything] == [lot.code for lot in catalogue.lots]
    assert {r.standing for r in everything} != {Standing.NOT_ELIGIBLE}  # the answers counted

    chosen = catalogue.lots[3:5]
    retired = "GONE"  # a lot the framework no longer has is left out
    some = eligibility(db, organisation.id, catalogue, forms, folder, TODAY,
                       value=TEN_MILLION, lot_codes=[*(lot.code for lot in chosen), retired])
    assert some == [assess_lot(lot, catalogue, facts, TEN_MILLION) for lot in chosen]
    over = "Lot value £10m is above your financial threshold band"
    assert all(any(r.text.startswith(over) for r in result.reasons) for result in some)
    assert not any(r.text.startswith(over) for result in everything for r in result.reasons)
