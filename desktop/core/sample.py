"""The sample charity: a made-up organisation, part way through qualifying, to explore the app.

Its details live in forms/samples/riverside-futures.toml (data, not code). Its answers go in
through the same checked import as an answers file, so the sample cannot hold what a person
could not have typed.
"""

from __future__ import annotations

import tomllib
from dataclasses import replace
from datetime import UTC, date, datetime, time, timedelta
from pathlib import Path
from typing import Any

from desktop.core.answer_records import import_answers
from desktop.core.answers import EXPORT_KIND
from desktop.core.catalogue import Catalogue, NoCatalogue
from desktop.core.catalogue_records import chosen_framework, framework_infos, load_catalogue
from desktop.core.framework_records import choose, set_following
from desktop.core.journey import StepStatus
from desktop.core.journey_records import load_journey, save_step
from desktop.core.opportunities import (
    Kind,
    OpportunityInfo,
    Status,
    TaskInfo,
)
from desktop.core.opportunity_records import move, record_decision, save_opportunity, save_task
from desktop.core.organisation import OrganisationInfo
from desktop.core.organisation_records import create_organisation, current_organisation
from desktop.core.qualification import qualification_forms
from desktop.core.supplier_route import Registration, ShareCode, shipped_route
from desktop.core.supplier_route_records import save_registration, save_share_code
from desktop.core.supply_chain import BidPartnerInfo, PartnerInfo, PartnerYearInfo, Role
from desktop.core.supply_chain_records import name_on_bid, save_partner, save_year
from desktop.core.timetables import framework_regime, regime, usual_milestones
from desktop.datafiles import forms_folder
from desktop.i18n import tr
from desktop.questionnaire.model import Field, FieldType
from desktop.questionnaire.values import interpret, read_date
from desktop.store.engine import Database
from desktop.store.locks import WHOLE_DATABASE, bulk_change


def sample_file() -> Path:
    return forms_folder() / "samples" / "riverside-futures.toml"


def load_sample() -> dict[str, Any]:
    with sample_file().open("rb") as stream:
        return tomllib.load(stream)


def ensure_sample(database: Database, today: date | None = None) -> OrganisationInfo:
    """Create the sample charity with its answers and journey, or return the organisation the
    database already belongs to (a real one is never touched).

    All of it is one transaction under the whole database's bulk-change lock: two people
    starting the sample at once on a team database get one charity, made whole, and a sample
    cut short (a killed process, a dropped connection) leaves nothing behind.
    """
    with database.single_transaction() as whole:
        with whole.transaction() as session:
            bulk_change(session, WHOLE_DATABASE, tr(
                "Someone else is setting up the sample charity in this database; try again in "
                "a moment."))
        return _ensure_sample(whole, today)


def _ensure_sample(database: Database, today: date | None) -> OrganisationInfo:
    existing = current_organisation(database)
    if existing is not None:
        return existing
    sample = load_sample()
    details = sample["organisation"]
    organisation = create_organisation(database, details["name"],
                                       details.get("charity_number", ""), is_sample=True)
    known = [info.code for info in framework_infos(database)]
    follows = [code for code in details.get("follows", []) if code in known]
    for code in follows:  # in the sample's order; its pages work on the first
        set_following(database, organisation.id, code, True)
    if follows:
        choose(database, organisation.id, follows[0])
    try:
        catalogue = load_catalogue(database, follows[0] if follows else
                                   chosen_framework(database, None))
    except NoCatalogue:
        catalogue = None
    # every form's answers, each regime's questionnaires too (the sample follows both kinds)
    import_answers(database, organisation.id, {**qualification_forms(None),
                                               **qualification_forms(catalogue)}, {
        "kind": EXPORT_KIND,
        "forms": {code: {"answers": answers} for code, answers in sample["answers"].items()}},
        catalogue.framework.code if catalogue else "")
    for code in follows[1:]:  # the answers it keeps for another framework, in that one's words
        own = sample.get("answers_for", {}).get(code)
        if own:
            import_answers(database, organisation.id,
                           qualification_forms(load_catalogue(database, code)), {
                               "kind": EXPORT_KIND,
                               "forms": {form: {"answers": answers}
                                         for form, answers in own.items()}}, code)
    if catalogue is not None:
        steps = load_journey(database, organisation.id, catalogue)
        for number, status in sample.get("journey", {}).items():
            step = replace(steps[int(number) - 1], status=StepStatus(status))
            save_step(database, organisation.id, catalogue.framework.code, step,
                      today or date.today())
    _add_registration(database, organisation.id, sample.get("supplier_registration", {}),
                      today or date.today())
    references: dict[str, int] = {}
    if catalogue is not None:
        catalogues = {catalogue.framework.code: catalogue}
        for opportunity in sample.get("opportunities", []):
            code = opportunity.get("framework", catalogue.framework.code)  # a followed pack's
            if code not in catalogues:
                catalogues[code] = load_catalogue(database, code)
            references[opportunity.get("buyer_reference", "")] = _add_opportunity(
                database, organisation.id, catalogues[code], opportunity, today or date.today())
    for partner in sample.get("partners", []):
        _add_partner(database, organisation.id, partner, references)
    return organisation


def _add_registration(database: Database, organisation_id: int, details: dict[str, Any],
                      today: date) -> None:
    """The supplier registration (Procurement Act), through the same checks as its page."""
    if not details:
        return
    route = shipped_route()
    save_registration(database, organisation_id, route, Registration(
        ppon=details.get("ppon", ""), confirmed_on=_iso_day(details.get("confirmed_on"), today),
        version=None), today)
    for share in details.get("share_codes", []):
        save_share_code(database, organisation_id, route, ShareCode(
            None, share["code"], share["buyer"], share.get("procurement", ""),
            given_on=_iso_day(share.get("given_on"), today)), today)


def _iso_day(text: str | None, today: date) -> date | None:
    """A sample's date, never after the day the sample is made (the pages refuse the future)."""
    return min(date.fromisoformat(text), today) if text else None


def _add_partner(database: Database, organisation_id: int, details: dict[str, Any],
                 bids: dict[str, int]) -> None:
    partner_id = save_partner(database, organisation_id, PartnerInfo(
        None, details["name"], details.get("charity_number", ""),
        details.get("company_number", ""), categories=tuple(details.get("categories", ())))).id
    assert partner_id is not None  # a saved partner has its number
    if details.get("bid") in bids:
        name_on_bid(database, bids[details["bid"]], BidPartnerInfo(
            None, partner_id, details["name"], Role(details["role"]),
            details.get("share_percent"), details.get("services", "")))
    money = Field("spend", "spend", FieldType.MONEY)
    for year in details.get("years", []):
        save_year(database, PartnerYearInfo(
            partner_id, year["year"], year.get("services", ""),
            interpret(money, year.get("spend")).value or 0,
            read_date(year.get("started", ""))[0], read_date(year.get("ended", ""))[0]))


def _add_opportunity(database: Database, organisation_id: int, catalogue: Catalogue,
                     details: dict[str, Any], today: date) -> int:
    published = today - timedelta(days=details["published_days_ago"])
    chosen = framework_regime(catalogue)  # its regime's usual timetable, the pack's days in it
    money = Field("value", "value", FieldType.MONEY)
    info = OpportunityInfo(
        None, details["title"], details.get("buyer_reference", ""),
        details.get("commissioner", "national"), Kind(details.get("kind", "contract")),
        interpret(money, details.get("value")).value, details.get("length_months"),
        notes=details.get("notes", ""), lot_codes=tuple(details.get("lots", ())),
        milestones=usual_milestones(regime(chosen), catalogue, published), regime=chosen)
    opportunity_id = save_opportunity(database, organisation_id, info,
                                      catalogue.framework.code).id
    assert opportunity_id is not None
    for task in details.get("tasks", []):
        save_task(database, opportunity_id, TaskInfo(
            None, task["title"], task.get("owner", ""),
            today + timedelta(days=task["due_in_days"])))
    if details.get("decision"):
        move(database, opportunity_id, Status.DECIDING)
        record_decision(database, opportunity_id, details["decision"], details["decided_by"],
                        details.get("decision_why", ""),
                        {code: True for code in details.get("checklist", [])},
                        datetime.combine(today, time(9), tzinfo=UTC))
    if details.get("status") == Status.WRITING.value:
        move(database, opportunity_id, Status.WRITING)
    if details.get("costing"):
        from desktop.core.costing_records import load_costing, save_costing, typed_costing

        blank = load_costing(database, opportunity_id)
        save_costing(database, replace(blank, inputs=typed_costing(
            details["costing"], blank.inputs.length_months, info.value)))
    if details.get("board"):
        _add_board_review(database, opportunity_id, details["board"], today)
    return opportunity_id


def _add_board_review(database: Database, opportunity_id: int, details: dict[str, Any],
                      today: date) -> None:
    from desktop.core.board import BoardDecision, Decision, Level, RiskView
    from desktop.core.board_records import load_review, record_board_decision, save_review

    money = Field("cost", "cost", FieldType.MONEY)
    review = save_review(database, replace(
        load_review(database, opportunity_id),
        risks={code: RiskView(Level(view["level"]), view.get("note", ""))
               for code, view in details.get("risks", {}).items()},
        tupe_staff=int(details.get("tupe_staff", 0)),
        tupe_cost=interpret(money, details.get("tupe_cost")).value,
        tupe_pension=details.get("tupe_pension", "")))
    decided = details.get("decision")
    if decided:
        record_board_decision(database, review, BoardDecision(
            today - timedelta(days=decided["met_days_ago"]), decided.get("meeting", ""),
            decided.get("minute", ""), Decision(decided["decision"]),
            decided.get("conditions", "")), today)
