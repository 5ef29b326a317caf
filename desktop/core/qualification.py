"""Qualification as a whole: the forms bound to the framework, and how ready the charity is.

`readiness` gives the figures the dashboard, the journey page and `framework-ready readiness`
show: the portal journey, questionnaire completeness, evidence in date, and one next action.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from datetime import date
from pathlib import Path
from typing import Any

from desktop.core.answers import load_answers
from desktop.core.catalogue import Catalogue
from desktop.core.evidence import in_date, list_evidence, warnings
from desktop.core.journey import journey_fraction, load_journey, next_step
from desktop.core.targets import Target
from desktop.i18n import tr
from desktop.questionnaire.loader import load_forms
from desktop.questionnaire.model import Choice, Form
from desktop.questionnaire.progress import (
    bind_choices,
    completeness,
    effective_answers,
    form_progress,
)
from desktop.store.engine import Database

PROFILE = "organisation-profile"
QUESTIONNAIRE = "selection-questionnaire"
RESULT = "qualification-result"
READINESS_FORMS = (PROFILE, QUESTIONNAIRE)  # the result is the buyer's, not work to do
PAGE_OF_FORM = {PROFILE: "profile", QUESTIONNAIRE: "questionnaire", RESULT: "result"}


def question(form: str, field: str = "", section: str = "") -> Target:
    """Where a question (or a whole section) of one of the qualification forms is shown."""
    return Target(PAGE_OF_FORM[form], field=field, section=section)


def qualification_forms(catalogue: Catalogue | None) -> dict[str, Form]:
    """The shipped forms, with framework-driven choices (categories, areas, cohorts) filled in."""
    forms = load_forms()
    if catalogue is None:
        return forms
    choices = {
        "categories": tuple(Choice(c.code, c.name) for c in catalogue.categories
                            if c.kind != "cohort"),
        "cohorts": tuple(Choice(c.code, c.name) for c in catalogue.categories
                         if c.kind == "cohort"),
        "regions": tuple(Choice(r.code, r.name) for r in catalogue.regions),
        "pcc_areas": tuple(Choice(a.code, a.name) for a in catalogue.pcc_areas),
    }
    return {code: bind_choices(form, choices) for code, form in forms.items()}


def form_answers(database: Database, organisation_id: int,
                 forms: Mapping[str, Form]) -> dict[str, dict[str, Any]]:
    """Each form's answers as the person sees them (profile-held ones filled from the profile)."""
    own = {code: load_answers(database, organisation_id, code) for code in forms}
    profile = own.get(PROFILE, {})
    return {code: effective_answers(form, own[code], profile) for code, form in forms.items()}


@dataclass(frozen=True, slots=True)
class Readiness:
    journey: float
    forms: dict[str, float]  # form code → completeness, 0.0 to 1.0
    evidence_in_date: int
    evidence_total: int
    next_action: str
    next_where: str = ""  # where to do it: a form code, "evidence" or "journey"

    @property
    def questionnaires(self) -> float:
        return sum(self.forms.values()) / len(self.forms) if self.forms else 1.0

    @property
    def evidence(self) -> float:
        return self.evidence_in_date / self.evidence_total if self.evidence_total else 0.0

    @property
    def overall(self) -> float:
        """The three parts weigh the same: journey, questionnaires, evidence in date."""
        return (self.journey + self.questionnaires + self.evidence) / 3


def readiness(database: Database, organisation_id: int, catalogue: Catalogue,
              forms: Mapping[str, Form], library: Path, today: date) -> Readiness:
    answers = form_answers(database, organisation_id, forms)
    journey = load_journey(database, organisation_id, catalogue)
    documents = list_evidence(database, library, organisation_id)
    out_of_date = [doc for doc in documents if not in_date(doc, today)]
    step = next_step(journey)
    actions = [(action, where) for action, where in (
        (_unfinished_section(forms.get(PROFILE), answers.get(PROFILE, {})), PROFILE),
        (tr("Replace \"{title}\": {problem}").format(
            title=out_of_date[0].title, problem=warnings(out_of_date[0], today)[0])
         if out_of_date else "", "evidence"),
        (_unfinished_section(forms.get(QUESTIONNAIRE), answers.get(QUESTIONNAIRE, {})),
         QUESTIONNAIRE),
        (tr("Portal step {number}: {title}").format(number=step.number, title=step.step.label)
         if step else "", "journey"),
        ("" if documents else tr("Add your policies, accounts and insurance certificates to "
                                 "the evidence library."), "evidence"),
    ) if action]
    return Readiness(
        journey=journey_fraction(journey),
        forms={code: completeness(forms[code], answers[code]) for code in READINESS_FORMS
               if code in forms},
        evidence_in_date=sum(1 for doc in documents if in_date(doc, today)),
        evidence_total=len(documents),
        next_action=actions[0][0] if actions else tr("Everything is done for now. Keep "
                                                     "your evidence in date."),
        next_where=actions[0][1] if actions else "",
    )


def _unfinished_section(form: Form | None, answers: Mapping[str, Any]) -> str:
    if form is None:
        return ""
    for progress in form_progress(form, answers):
        if not progress.complete:
            return tr("{form}: finish \"{section}\"").format(form=form.title,
                                                            section=progress.section.title)
    return ""
