"""Questions the window, the command line and the documents all ask, answered one way.

Each query gathers what it needs from the saved data (through core's *_records modules) and runs
core's rules on it, so the Lots page, `framework-ready eligibility`, the spreadsheet export and
the PDFs can never disagree.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field
from datetime import date, datetime
from pathlib import Path
from typing import TYPE_CHECKING, Any, ClassVar

from desktop.app.workspace import Workspace
from desktop.core.catalogue import (
    Catalogue,
    FrameworkDate,
    FrameworkInfo,
    ReopeningInfo,
    regime_label,
    status_label,
)
from desktop.core.eligibility import assess_all, assess_lot
from desktop.core.eligibility_records import organisation_facts
from desktop.core.evidence import EvidenceInfo, warnings
from desktop.core.evidence_records import list_evidence
from desktop.core.form_codes import PAGE_OF_FORM
from desktop.core.opportunities import UK, Status
from desktop.core.opportunity_records import (
    OverdueTask,
    UpcomingMilestone,
    overdue_tasks,
    status_counts,
    upcoming_milestones,
)
from desktop.core.qualification import READINESS_FORMS, Readiness, form_answers, readiness
from desktop.i18n import long_date, tr
from desktop.questionnaire.model import Form
from desktop.questionnaire.progress import form_progress
from desktop.store.engine import Database

if TYPE_CHECKING:
    from desktop.core.eligibility import LotEligibility

ALL = 10_000  # counted, not shown: far more than any charity has


def eligibility(database: Database, organisation_id: int, catalogue: Catalogue,
                forms: Mapping[str, Form], evidence_folder: Path, today: date, *,
                value: int | None = None,
                lot_codes: Iterable[str] | None = None) -> list[LotEligibility]:
    """Whether the organisation can bid for each lot, from its answers, evidence and partners as
    saved now: every lot of the catalogue, or those of `lot_codes` it still has (an opportunity's
    lots); `value` (pence) is a competition's value, if known."""
    # Here, not at the top: the sidebar's counts import this module at start-up, and the
    # eligibility rules (with the supply chain's) are only needed once lots are assessed.

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

    @property
    def procedure(self) -> str:
        return procedure_label(self.info.regime, self.info.procedure)

    @property
    def procedure_after_regime(self) -> str:
        """The kind to say after the regime's name ("Procurement Act 2023; open framework"),
        so the regime is not named twice; the full label when the regime has no short one."""
        return (procedure_label(self.info.regime, self.info.procedure, short=True)
                or self.procedure)


def procedure_label(regime: str, procedure: str, *, short: bool = False) -> str:
    """A framework's kind in plain English, from its regime's rules (forms/regimes/): "Open
    framework (Procurement Act 2023)", or `short` "open framework"; the pack's own code when the
    regime does not name it (short: ""), "" when the pack gives none."""
    from desktop.catalogue.regimes import regime_rules  # read when first asked: not at start

    rules = regime_rules(regime) if regime else None
    known = rules.framework_procedure(procedure) if rules and procedure else None
    if short:
        return known.said_short() if known else ""
    return known.said() if known else procedure


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
    """The framework's next date from `today`, as one short line: "PSDF qualification: deadline
    date 10 June 2027 (check)", "CAS open framework: next reopening by 24 October 2029
    (check)"; or that none is ahead."""
    name = info.short_name or info.name
    kind = procedure_label(info.regime, info.procedure, short=True)
    named = tr("{framework} {kind}").format(framework=name, kind=kind) if kind else name
    ahead: list[tuple[date, str, bool]] = []

    def add(day: date | None, template: str, unconfirmed: bool, who: str = name) -> None:
        if day is not None and day >= today:
            ahead.append((day, template.format(framework=who, date=long_date(day)), unconfirmed))

    for day, template in ((info.opens, tr("{framework}: opens {date}")),
                          (info.closes, tr("{framework}: qualification closes {date}")),
                          (info.deadline_date,
                           tr("{framework} qualification: deadline date {date}")),
                          (info.ends, tr("{framework}: ends {date}"))):
        if day is not None:
            add(day.day, template, day.needs_checking)
    for reopening in info.reopenings:  # the window's long label is on the Frameworks page
        unsure = reopening.provenance.needs_checking
        if reopening.opens is not None and reopening.opens >= today:
            add(reopening.opens, tr("{framework}: next reopening {date}"), unsure, named)
        elif reopening.closes is not None:
            add(reopening.closes, tr("{framework}: next reopening closes {date}")
                if reopening.opens else tr("{framework}: next reopening by {date}"), unsure,
                named)
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


@dataclass(frozen=True, slots=True)
class Attention:
    """What waits on each page, for the sidebar's badges: documents that need attention
    (expired, expiring, review due, copy missing), open tasks past their due date, and each
    readiness form's required questions not yet answered (or answered wrongly)."""

    evidence: int = 0
    overdue_tasks: int = 0
    unanswered: Mapping[str, int] = field(default_factory=dict)  # page key → questions

    # The pages a count can be on (the sidebar keeps room for a badge on those lines only).
    PAGES: ClassVar[tuple[str, ...]] = ("evidence", "opportunities",
                                        *(PAGE_OF_FORM[code] for code in READINESS_FORMS))

    def on_page(self, key: str) -> int:
        if key == "evidence":
            return self.evidence
        if key == "opportunities":
            return self.overdue_tasks
        return self.unanswered.get(key, 0)


@dataclass(frozen=True, slots=True)
class Glance:
    """Everything the dashboard shows, read in one go (off the GUI thread)."""

    readiness: Readiness
    deadlines: list[UpcomingMilestone]
    overdue: list[OverdueTask]
    evidence: list[tuple[EvidenceInfo, list[str]]]  # documents that need attention, and why
    documents: int  # in the library, in date or not
    pipeline: dict[Status, int]
    attention: Attention


def unanswered(forms: Mapping[str, Form], answers: Mapping[str, Mapping[str, Any]]
               ) -> dict[str, int]:
    """Each readiness form's required, shown questions not answered validly, by page key."""
    found = {}
    for code in READINESS_FORMS:
        if code in forms:
            sections = form_progress(forms[code], answers.get(code, {}))
            found[PAGE_OF_FORM[code]] = sum(s.required - s.answered_required for s in sections)
    return found


def attention(database: Database, organisation_id: int, forms: Mapping[str, Form],
              framework_code: str, evidence_folder: Path, today: date) -> Attention:
    """The sidebar's counts, from the saved data as it is now."""
    documents = list_evidence(database, evidence_folder, organisation_id)
    return Attention(
        evidence=sum(1 for doc in documents if warnings(doc, today)),
        overdue_tasks=len(overdue_tasks(database, organisation_id, today, limit=ALL)),
        unanswered=unanswered(forms, form_answers(database, organisation_id, forms,
                                                  framework_code)))


def glance(database: Database, organisation_id: int, catalogue: Catalogue,
           forms: Mapping[str, Form], evidence_folder: Path, now: datetime) -> Glance:
    """The dashboard's figures: readiness and the next step, the next deadlines, overdue tasks,
    evidence that needs attention, opportunities by status, and the sidebar's counts."""
    today = now.astimezone(UK).date()
    documents = list_evidence(database, evidence_folder, organisation_id)
    needing = [(doc, found) for doc in documents if (found := warnings(doc, today))]
    overdue = overdue_tasks(database, organisation_id, today, limit=ALL)
    return Glance(
        readiness=readiness(database, organisation_id, catalogue, forms, evidence_folder, today),
        deadlines=upcoming_milestones(database, organisation_id, now, limit=6,
                                      framework_code=catalogue.framework.code),
        overdue=overdue, evidence=needing, documents=len(documents),
        pipeline=status_counts(database, organisation_id, catalogue.framework.code),
        attention=Attention(len(needing), len(overdue), unanswered(
            forms, form_answers(database, organisation_id, forms, catalogue.framework.code))))
