"""What a qualification pack still lacks before it can go to the buyer or the board.

A pack is complete when every section of the organisation profile and the selection
questionnaire is complete (every required answer in, none failing its check or over its word
limit) and there is evidence, all of it in date. The buyer's decision and the portal journey are
not counted: they come after the questionnaire is sent.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass
from datetime import date
from typing import Any

from desktop.core.evidence import EvidenceInfo, in_date, warnings
from desktop.core.qualification import READINESS_FORMS
from desktop.i18n import tr
from desktop.questionnaire.model import FieldType, Form
from desktop.questionnaire.progress import FieldState, form_progress

SHOWN = 4  # fields named in one line before "and 3 more"


@dataclass(frozen=True, slots=True)
class Gap:
    where: str  # "Selection questionnaire · Part 3: Insurance", or "Evidence"
    what: str  # "Public liability cover (needs an answer), Date (needs correcting)"


def pack_gaps(forms: Mapping[str, Form], answers: Mapping[str, Mapping[str, Any]],
              documents: Sequence[EvidenceInfo], today: date) -> list[Gap]:
    """Every gap, section by section, then the evidence; empty when the pack is complete."""
    gaps = []
    for code in READINESS_FORMS:
        form = forms.get(code)
        if form is None:
            continue
        for progress in form_progress(form, answers.get(code, {})):
            if progress.problems:
                gaps.append(Gap(f"{form.title} · {progress.section.title}",
                                _fields(progress.problems)))
    if not documents:
        gaps.append(Gap(tr("Evidence"), tr("None added yet: add your policies, accounts and "
                                           "insurance certificates.")))
    for document in documents:
        if not in_date(document, today):
            gaps.append(Gap(tr("Evidence"), f"{document.title}: "
                                            f"{' '.join(warnings(document, today))}"))
    return gaps


def _fields(states: Iterable[FieldState]) -> str:
    named = [f"{state.field.label} ({_reason(state)})" for state in states]
    if len(named) > SHOWN:
        named = [*named[:SHOWN], tr("and {count} more").format(count=len(named) - SHOWN)]
    return ", ".join(named)


def _reason(state: FieldState) -> str:
    if not state.answered:
        return tr("needs an answer")
    if state.field.type is FieldType.LONG_TEXT and state.field.word_limit:
        return tr("over the word limit")
    return tr("needs correcting")
