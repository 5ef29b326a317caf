"""Questions the window, the command line and the documents all ask, answered one way.

Each query gathers what it needs from the saved data (through core's *_records modules) and runs
core's rules on it, so the Lots page, `framework-ready eligibility`, the spreadsheet export and
the PDFs can never disagree.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from datetime import date
from pathlib import Path

from desktop.app.workspace import Workspace
from desktop.core.catalogue import (
    Catalogue,
    FrameworkDate,
    FrameworkInfo,
    ReopeningInfo,
    regime_label,
    status_label,
)
from desktop.core.eligibility import LotEligibility, assess_all, assess_lot
from desktop.core.eligibility_records import organisation_facts
from desktop.i18n import long_date, tr
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


@dataclass(frozen=True, slots=True)
class FrameworkLine:
    """One framework as the Frameworks page and `framework-ready frameworks` list it."""

    info: FrameworkInfo
    following: bool
    chosen: bool

    @property
    def regime(self) -> str:
        return regime_label(self.info.regime)

    @property
    def status(self) -> str:
        return status_label(self.info.status)


def frameworks(workspace: Workspace, organisation_id: int | None = None) -> list[FrameworkLine]:
    """Every framework pack, by name, with whether the organisation follows it and which one
    the pages work on."""
    organisation_id = _organisation(workspace, organisation_id)
    followed = set(workspace.followed_codes(organisation_id)) if organisation_id else set()
    return [FrameworkLine(info, info.code in followed, info.code == workspace.framework_code)
            for info in workspace.frameworks()]


def dated(day: FrameworkDate | None) -> str:
    """A framework's date as shown: "10 June 2027", with "(check)" when it is not confirmed;
    "" when the pack does not give it."""
    if day is None:
        return ""
    return long_date(day.day) + (" " + tr("(check)") if day.needs_checking else "")


def reopening_text(reopening: ReopeningInfo) -> str:
    """"1 April 2028 – 31 May 2028 (check)": a reopening window as shown."""
    days = " – ".join(long_date(day) for day in (reopening.opens, reopening.closes) if day)
    return (days or reopening.label) + (
        " " + tr("(check)") if reopening.provenance.needs_checking else "")


def next_date(info: FrameworkInfo, today: date) -> str:
    """The framework's next date from `today`, as a line: "PSDF qualification: deadline date
    10 June 2027 (check)"; or that none is ahead."""
    name = info.short_name or info.name
    ahead: list[tuple[date, str, bool]] = []

    def add(day: date | None, template: str, unconfirmed: bool, **more: str) -> None:
        if day is not None and day >= today:
            ahead.append((day, template.format(framework=name, date=long_date(day), **more),
                          unconfirmed))

    for day, template in ((info.opens, tr("{framework}: opens {date}")),
                          (info.closes, tr("{framework}: qualification closes {date}")),
                          (info.deadline_date,
                           tr("{framework} qualification: deadline date {date}")),
                          (info.ends, tr("{framework}: ends {date}"))):
        if day is not None:
            add(day.day, template, day.needs_checking)
    for reopening in info.reopenings:
        unsure = reopening.provenance.needs_checking
        add(reopening.opens, tr("{framework}: reopens to new suppliers {date} ({label})"),
            unsure, label=reopening.label)
        add(reopening.closes, tr("{framework}: reopening closes {date} ({label})"), unsure,
            label=reopening.label)
    if not ahead:
        return tr("{framework}: no dates ahead in the framework information").format(
            framework=name)
    _day, line, unconfirmed = min(ahead, key=lambda item: item[0])
    return line + (" " + tr("(check)") if unconfirmed else "")


def framework_dates(workspace: Workspace, organisation_id: int | None = None,
                    today: date | None = None) -> list[str]:
    """Each followed framework's next date, in the organisation's order (the chosen framework
    when it follows none), as plain lines for the dashboard."""
    organisation_id = _organisation(workspace, organisation_id)
    infos = {info.code: info for info in workspace.frameworks()}
    codes = workspace.followed_codes(organisation_id) if organisation_id else []
    codes = [code for code in codes if code in infos] or [
        code for code in (workspace.framework_code,) if code in infos]
    return [next_date(infos[code], today or date.today()) for code in codes]


def _organisation(workspace: Workspace, organisation_id: int | None) -> int | None:
    if organisation_id is not None:
        return organisation_id
    from desktop.core.organisation_records import current_organisation

    organisation = current_organisation(workspace.database)
    return organisation.id if organisation else None
