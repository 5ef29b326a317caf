"""The qualification forms by code, and where their questions are shown in the window.

Plain Python (no database): the eligibility rules, readiness and search all point at a question
with `question()`, and `first_gap()` finds the question to do next in a form.
"""

from __future__ import annotations

from collections.abc import Mapping
from functools import cache
from typing import Any

from desktop.core.targets import Target
from desktop.questionnaire.model import Form
from desktop.questionnaire.progress import SectionProgress, form_progress

PROFILE = "organisation-profile"
QUESTIONNAIRE = "selection-questionnaire"
RESULT = "qualification-result"
PSQ = "procurement-specific-questionnaire"  # under the Procurement Act 2023, with:
ACT_EXCLUSIONS = "procurement-act-exclusions"
PAGE_OF_FORM = {PROFILE: "profile", QUESTIONNAIRE: "questionnaire", PSQ: "psq",
                ACT_EXCLUSIONS: "exclusions", RESULT: "result"}
# The questionnaires a regime can ask for (forms/regimes/*.toml say which), in the order shown.
QUESTIONNAIRES = (QUESTIONNAIRE, PSQ, ACT_EXCLUSIONS)


def regime_questionnaires(regime: str) -> tuple[str, ...]:
    """The questionnaires a framework under `regime` asks for, in order (forms/regimes/*.toml):
    the Procurement Specific Questionnaire and the Act's exclusions under the Procurement Act
    2023, the selection questionnaire under PCR 2015 and for a pack that names no regime."""
    return _named_questionnaires(regime) or (QUESTIONNAIRE,)


@cache
def _named_questionnaires(regime: str) -> tuple[str, ...]:
    """The forms the regime file's [questionnaires] table names. The window's sidebar asks this
    before its first paint, so only that table is read here (no rules engine, no pack model: a
    millisecond, not tens); the whole file is checked by `catalogue.regimes.regime_rules`
    wherever a rule is used, and tests/catalogue/test_pack_format.py keeps the two in step."""
    if not regime:
        return ()
    import tomllib

    from desktop.datafiles import forms_folder

    with (forms_folder() / "regimes" / f"{regime}.toml").open("rb") as file:
        table = tomllib.load(file).get("questionnaires", {})
    return tuple(table.get("forms", ()))


def regime_supplier_route(regime: str) -> str:
    """The supplier route (forms/routes/) a framework under `regime` shares: the Central
    Digital Platform under the Procurement Act 2023; "" (none) under PCR 2015 or no regime."""
    from desktop.catalogue.regimes import regime_rules  # read when first asked: not at start

    rules = regime_rules(regime)
    return rules.supplier_route if rules is not None else ""


SCOPE = "@"  # "organisation-profile@probation-dynamic-framework": that framework's answers


def stored_form(form: Form, key: str, framework_code: str) -> str:
    """The form code an answer is saved under: the form's own for a shared answer; the form's
    code and the framework's for one that belongs to one framework (see Form.framework_scoped),
    so switching frameworks never overwrites, nor loses, another framework's answer."""
    if framework_code and form.framework_scoped(key):
        return f"{form.code}{SCOPE}{framework_code}"
    return form.code


def form_of(stored: str) -> str:
    """The form code of a stored one (either kind)."""
    return stored.split(SCOPE, 1)[0]


def question(form: str, field: str = "", section: str = "") -> Target:
    """Where a question (or a whole section) of one of the qualification forms is shown."""
    return Target(PAGE_OF_FORM[form], field=field, section=section)


def first_gap(form: Form, answers: Mapping[str, Any]) -> tuple[SectionProgress | None, Target]:
    """The first section not complete yet, and its first question still to answer or put
    right: in the profile when the question is one the profile holds. (None, the form's
    first section) when the form is complete."""
    for progress in form_progress(form, answers):
        if progress.complete:
            continue
        field = progress.problems[0].field
        if field.from_profile:
            return progress, question(PROFILE, field.from_profile)
        return progress, question(form.code, field.key, progress.section.key)
    return None, question(form.code)
