"""Questionnaire answers: saved as typed, each change kept as a version that can be restored.

Saving an unchanged answer does nothing, so autosaving as often as the page likes is cheap.
Saves within a few minutes of each other while someone types are one version (the newest wording
replaces the draft), so the history holds what people meant to keep, not every keystroke.
Values are stored as JSON of what was typed or chosen (`questionnaire.values.interpret` says what
they mean), so a half-typed or not-yet-valid answer is never lost. Reading and saving them:
`core.answer_records`.
"""

from __future__ import annotations

import json
from collections.abc import Mapping
from dataclasses import dataclass
from datetime import datetime, timedelta
from typing import Any

from desktop.i18n import tr
from desktop.questionnaire.model import Form
from desktop.questionnaire.values import shape_problem

DRAFT_WINDOW = timedelta(minutes=5)
EXPORT_KIND = "framework-ready-answers"


@dataclass(frozen=True, slots=True)
class AnswerVersionInfo:
    id: int
    raw: Any
    saved_at: datetime


class AnswerConflict(Exception):
    """Someone else saved this answer since it was shown: `theirs` is what they saved."""

    def __init__(self, theirs: Any) -> None:
        super().__init__("changed by someone else")
        self.theirs = theirs


UNCHECKED = object()  # save without comparing with what the page last saw


class AnswersImportError(ValueError):
    """The file cannot be imported; `problems` lists every reason, and nothing was written."""

    def __init__(self, problems: list[str]) -> None:
        super().__init__("\n".join(problems))
        self.problems = problems


def encode(raw: Any) -> str:
    return json.dumps(raw, ensure_ascii=False, sort_keys=True)


def check_import(forms: Mapping[str, Form], document: Any) -> list[str]:
    if not isinstance(document, dict) or document.get("kind") != EXPORT_KIND:
        return [tr("This is not a Framework Ready answers file.")]
    parts = document.get("forms")
    if not isinstance(parts, dict):
        return [tr("The file has no answers in it.")]
    problems = []
    for code, part in parts.items():
        form = forms.get(code)
        if form is None:
            problems.append(tr("The file has answers for a form this version does not know: "
                               "{code}.").format(code=code))
            continue
        answers = part.get("answers") if isinstance(part, dict) else None
        if not isinstance(answers, dict):
            problems.append(tr("The answers for {form} are not readable.").format(
                form=form.title))
            continue
        for key, raw in answers.items():
            field = form.field(key)
            if field is None:
                problems.append(tr("{form}: there is no question \"{key}\".").format(
                    form=form.title, key=key))
            elif problem := shape_problem(field, raw):
                problems.append(f"{form.title}: {problem}")
    return problems
