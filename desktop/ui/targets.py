"""A target (core.targets) said in words, for the button that goes there."""

from __future__ import annotations

from collections.abc import Mapping

from desktop.core.form_codes import PAGE_OF_FORM
from desktop.core.targets import Target
from desktop.i18n import tr
from desktop.questionnaire.model import Form


def target_label(target: Target, forms: Mapping[str, Form]) -> str:
    """What a "go there" button says: the question, or the page and thing (the button's
    description names the form: see `target_description`)."""
    form_code = next((code for code, page in PAGE_OF_FORM.items() if page == target.page), "")
    form = forms.get(form_code)
    if form is not None:
        field = form.field(target.field) if target.field else None
        section = form.section(target.section) if target.section else None
        if field is not None:
            return tr("Go to \u201c{question}\u201d").format(question=field.label)
        if section is not None:
            return tr("Go to \u201c{section}\u201d").format(section=section.title)
        return tr("Go to {form}").format(form=form.title)
    return {
        "evidence": tr("Go to the document in the evidence library")
        if target.item is not None else tr("Go to the evidence library"),
        "partners": tr("Go to your partners"),
        "journey": tr("Go to the portal journey"),
        "supplier-route": tr("Go to the supplier registration"),
        "opportunities": tr("Go to the opportunity"),
    }.get(target.page, tr("Go there"))


def target_description(target: Target, forms: Mapping[str, Form]) -> str:
    """Where the button goes, for screen readers and the tip: the form's name too."""
    form_code = next((code for code, page in PAGE_OF_FORM.items() if page == target.page), "")
    form = forms.get(form_code)
    if form is None:
        return tr("Opens the place where this is put right")
    return tr("Opens {form} at this question").format(form=form.title)
