"""Qualification as a whole: the forms bound to the framework, and how ready the charity is.

`readiness` gives the figures the dashboard, the journey page and `framework-ready readiness`
show: the chosen framework's portal journey (its own steps, kept under its code), under the
Procurement Act 2023 the shared supplier registration on the Central Digital Platform
(forms/routes/), questionnaire completeness, the evidence the forms ask for that has a document in
date, and one next action with the place where it is done.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from datetime import date
from pathlib import Path
from typing import Any

from desktop.core.answer_records import load_answers
from desktop.core.catalogue import Catalogue
from desktop.core.evidence import EvidenceInfo, in_date, warnings
from desktop.core.evidence_records import list_evidence
from desktop.core.form_codes import PROFILE as PROFILE  # kept here too, where callers look
from desktop.core.form_codes import QUESTIONNAIRE as QUESTIONNAIRE
from desktop.core.form_codes import (
    QUESTIONNAIRES,
    first_gap,
    question,
    regime_questionnaires,
    regime_supplier_route,
)
from desktop.core.form_codes import RESULT as RESULT
from desktop.core.journey import StepState, journey_fraction, next_step
from desktop.core.journey_records import load_journey, load_steps
from desktop.core.targets import Target
from desktop.i18n import tr
from desktop.questionnaire.loader import load_forms
from desktop.questionnaire.model import Choice, Field, FieldType, Form
from desktop.questionnaire.progress import (
    bind_choices,
    completeness,
    effective_answers,
)
from desktop.questionnaire.values import visible_fields
from desktop.store.engine import Database

# the result is the buyer's, not work to do; of the questionnaires, those the regime asks
READINESS_FORMS = (PROFILE, *QUESTIONNAIRES)


def qualification_forms(catalogue: Catalogue | None) -> dict[str, Form]:
    """The shipped forms for the framework: the profile, its regime's questionnaires and the
    result, with framework-driven choices (categories, areas, cohorts) filled in. Every form
    when there is no catalogue. A questionnaire left out is only not shown: its answers stay
    saved, and come back with a framework whose regime asks for it."""
    forms = load_forms()
    if catalogue is None:
        return forms
    asked = regime_questionnaires(catalogue.framework.regime)
    forms = {code: form for code, form in forms.items()
             if code not in QUESTIONNAIRES or code in asked}
    choices = {
        "categories": tuple(Choice(c.code, c.name) for c in catalogue.categories
                            if c.kind != "cohort"),
        "cohorts": tuple(Choice(c.code, c.name) for c in catalogue.categories
                         if c.kind == "cohort"),
        "regions": tuple(Choice(r.code, r.name) for r in catalogue.regions),
        "pcc_areas": tuple(Choice(a.code, a.name) for a in catalogue.pcc_areas),
    }
    return {code: bind_choices(form, choices) for code, form in forms.items()}


def form_answers(database: Database, organisation_id: int, forms: Mapping[str, Form],
                 framework_code: str) -> dict[str, dict[str, Any]]:
    """Each form's answers as the person sees them for one framework (profile-held ones
    filled from the profile)."""
    own = {code: load_answers(database, organisation_id, code, framework_code) for code in forms}
    profile = own.get(PROFILE, {})
    return {code: effective_answers(form, own[code], profile) for code, form in forms.items()}


@dataclass(frozen=True, slots=True)
class Readiness:
    journey: float
    forms: dict[str, float]  # form code → completeness, 0.0 to 1.0
    evidence_in_date: int  # the evidence the forms ask for that has a document in date linked
    evidence_total: int  # the evidence the forms ask for (accounts, policies, insurance…)
    documents: int  # documents in the library, asked for or not
    next_action: str
    next_target: Target | None = None  # where it is done: the question, document or step
    # under the Procurement Act: how far the shared supplier registration (the Central Digital
    # Platform route) is; None under PCR 2015, whose frameworks have no such route
    supplier_route: float | None = None

    @property
    def questionnaires(self) -> float:
        return sum(self.forms.values()) / len(self.forms) if self.forms else 1.0

    @property
    def evidence(self) -> float:
        return self.evidence_in_date / self.evidence_total if self.evidence_total else 1.0

    @property
    def overall(self) -> float:
        """The parts weigh the same: journey, questionnaires, evidence asked in date, and under
        the Procurement Act the supplier registration."""
        parts = [self.journey, self.questionnaires, self.evidence]
        if self.supplier_route is not None:
            parts.append(self.supplier_route)
        return sum(parts) / len(parts)


@dataclass(frozen=True, slots=True)
class AskedEvidence:
    """A question asking for documents (the accounts, the policies…), and whether a document
    in date is linked to it."""

    form: Form
    field: Field
    in_date: bool


def asked_evidence(forms: Mapping[str, Form], answers: Mapping[str, Mapping[str, Any]],
                   documents: list[EvidenceInfo], today: date) -> list[AskedEvidence]:
    """Every evidence question the readiness forms show now (one that applies), in order."""
    good = {doc.sha256 for doc in documents if in_date(doc, today)}
    asked = []
    for code in READINESS_FORMS:
        form = forms.get(code)
        if form is None:
            continue
        for section in form.sections:
            for field in visible_fields(section.fields, dict(answers.get(code, {}))):
                if field.type is FieldType.EVIDENCE:
                    linked = answers.get(code, {}).get(field.key) or []
                    asked.append(AskedEvidence(form, field, any(sha in good for sha in linked)))
    return asked


def supplier_route_steps(database: Database, organisation_id: int,
                         catalogue: Catalogue) -> list[StepState] | None:
    """The shared supplier route's steps with how far the organisation is, where the chosen
    framework's regime has one (the Central Digital Platform under the Act); None otherwise."""
    if not regime_supplier_route(catalogue.framework.regime):
        return None
    from desktop.core.supplier_route import shipped_route
    from desktop.core.supplier_route_records import journey_key

    route = shipped_route()
    return load_steps(database, organisation_id, journey_key(route), route.steps)


def readiness(database: Database, organisation_id: int, catalogue: Catalogue,
              forms: Mapping[str, Form], library: Path, today: date) -> Readiness:
    """How ready the organisation is for the chosen framework (`catalogue`): its own steps and
    answers, never another framework's."""
    answers = form_answers(database, organisation_id, forms, catalogue.framework.code)
    journey = load_journey(database, organisation_id, catalogue)
    route = supplier_route_steps(database, organisation_id, catalogue)
    route_step = next_step(route) if route else None
    documents = list_evidence(database, library, organisation_id)
    out_of_date = [doc for doc in documents if not in_date(doc, today)]
    asked = asked_evidence(forms, answers, documents, today)
    missing = next((item for item in asked if not item.in_date), None)
    step = next_step(journey)
    actions: list[tuple[str, Target | None]] = [
        _unfinished(forms.get(PROFILE), answers.get(PROFILE, {})),
        (tr("Replace \"{title}\": {problem}").format(
            title=out_of_date[0].title, problem=warnings(out_of_date[0], today)[0]),
         Target("evidence", item=out_of_date[0].id)) if out_of_date else ("", None),
        next((unfinished for unfinished in (
            _unfinished(forms.get(code), answers.get(code, {})) for code in QUESTIONNAIRES)
            if unfinished[0]), ("", None)),
        (tr("Supplier registration step {number}: {title}").format(
            number=route_step.number, title=route_step.step.label),
         Target("supplier-route", item=route_step.step.code)) if route_step else ("", None),
        (tr("Portal step {number}: {title}").format(number=step.number, title=step.step.label),
         Target("journey", item=step.step.code)) if step else ("", None),
        (tr("Add your policies, accounts and insurance certificates to the evidence "
            "library."), Target("evidence")) if not documents else
        (tr("{form}: link a document in date to \"{question}\"").format(
            form=missing.form.title, question=missing.field.label),
         question(missing.form.code, missing.field.key)) if missing else ("", None),
    ]
    action, target = next(((text, place) for text, place in actions if text), (tr(
        "Everything is done for now. Keep your evidence in date."), None))
    return Readiness(
        journey=journey_fraction(journey),
        forms={code: completeness(forms[code], answers[code]) for code in READINESS_FORMS
               if code in forms},
        evidence_in_date=sum(1 for item in asked if item.in_date),
        evidence_total=len(asked),
        documents=len(documents),
        next_action=action,
        next_target=target,
        supplier_route=journey_fraction(route) if route is not None else None,
    )


def _unfinished(form: Form | None, answers: Mapping[str, Any]) -> tuple[str, Target | None]:
    """What to finish next in `form`, and the question to start at; ("", None) if complete."""
    if form is None:
        return "", None
    progress, target = first_gap(form, answers)
    if progress is None:
        return "", None
    return tr("{form}: finish \"{section}\"").format(form=form.title,
                                                     section=progress.section.title), target


def evidence_figure(figures: Readiness) -> str:
    """Readiness's evidence line: "3 / 5" of the evidence asked for, or "none added yet" when
    the library is empty (never "0 / 0", which reads as if nothing were asked)."""
    if not figures.documents:
        return tr("none added yet")
    return f"{figures.evidence_in_date} / {figures.evidence_total}"
