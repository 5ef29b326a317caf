"""Gather what the eligibility engine needs from the saved answers and the evidence library."""

from __future__ import annotations

from collections.abc import Mapping
from datetime import date
from pathlib import Path
from typing import Any

from desktop.core.catalogue import Catalogue
from desktop.core.eligibility import OrganisationFacts, QualificationStatus
from desktop.core.evidence import in_date
from desktop.core.evidence_records import list_evidence
from desktop.core.form_codes import QUESTIONNAIRE, QUESTIONNAIRES, first_gap
from desktop.core.qualification import PROFILE, RESULT, form_answers
from desktop.core.supply_chain_records import list_partners
from desktop.questionnaire.model import Form
from desktop.questionnaire.values import interpret
from desktop.store.engine import Database


def organisation_facts(database: Database, organisation_id: int, catalogue: Catalogue,
                       forms: Mapping[str, Form], library: Path,
                       today: date) -> OrganisationFacts:
    answers = form_answers(database, organisation_id, forms, catalogue.framework.code)

    def value(form_code: str, key: str) -> Any:
        """An answer's checked meaning (None when empty or not valid yet)."""
        form = forms.get(form_code)
        field = form.field(key) if form else None
        if field is None:
            return None
        return interpret(field, answers.get(form_code, {}).get(key)).value

    def codes(form_code: str, key: str) -> frozenset[str]:
        return frozenset(value(form_code, key) or ())

    # The pack's own vocabulary: what the profile says the charity offers, in the words of the
    # framework the answers were kept for (the question whose choices come from it), and only
    # the codes this framework has.
    vocabulary = {
        "categories": {c.code for c in catalogue.categories if c.kind != "cohort"},
        "cohorts": {c.code for c in catalogue.categories if c.kind == "cohort"},
        "regions": {r.code for r in catalogue.regions},
        "pcc_areas": {a.code for a in catalogue.pcc_areas},
    }
    profile = forms.get(PROFILE)

    def offered(name: str) -> frozenset[str]:
        asking = next((f for f in profile.all_fields() if f.choices_from == name), None) \
            if profile else None
        return codes(PROFILE, asking.key) & vocabulary[name] if asking else frozenset()

    gap, gap_target, gap_form = None, None, ""
    for code in QUESTIONNAIRES:  # those the framework's regime asks (see qualification_forms)
        if code in forms:
            gap, gap_target = first_gap(forms[code], answers[code])
            if gap is not None:
                gap_form = "" if code == QUESTIONNAIRE else forms[code].title
                break
    qualification = QualificationStatus(
        status=value(RESULT, "result_status") or "not-applied",
        categories=codes(RESULT, "qualified_categories"),
        threshold=value(RESULT, "financial_threshold"),
        agreement_signed=value(RESULT, "agreement_signed") is True,
        questionnaire_gap=gap.section.title if gap else "",
        questionnaire=gap_form,
        gap_target=gap_target if gap else None)
    documents = list_evidence(database, library, organisation_id)
    return OrganisationFacts(
        categories=offered("categories"),
        regions=offered("regions"),
        pcc_areas=offered("pcc_areas"),
        cohorts=offered("cohorts"),
        qualification=qualification,
        amounts={r.profile_field: value(PROFILE, r.profile_field)
                 for r in catalogue.requirements},
        out_of_date={doc.id: doc.title for doc in documents if not in_date(doc, today)},
        partners={p.name: frozenset(p.categories)
                  for p in list_partners(database, organisation_id) if p.categories},
    )
