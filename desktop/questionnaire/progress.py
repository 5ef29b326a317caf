"""How far a questionnaire is: which fields show, what each section still needs, whole-form figures.

Works on raw answers ({field key: what was typed or chosen}). Fields taken from the organisation
profile (`from_profile`) count with the profile's answer, so nothing is asked twice.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, replace
from typing import Any

from desktop.questionnaire.model import Choice, Field, Form, Section
from desktop.questionnaire.values import interpret, is_empty, visible_fields

Answers = Mapping[str, Any]


@dataclass(frozen=True, slots=True)
class FieldState:
    field: Field
    raw: Any
    value: Any
    problem: str

    @property
    def answered(self) -> bool:
        return not is_empty(self.raw)


@dataclass(frozen=True, slots=True)
class SectionProgress:
    section: Section
    fields: tuple[FieldState, ...]  # the visible ones

    @property
    def required(self) -> int:
        return sum(1 for state in self.fields if state.field.required)

    @property
    def answered_required(self) -> int:
        return sum(1 for s in self.fields if s.field.required and s.answered and not s.problem)

    @property
    def problems(self) -> list[FieldState]:
        return [state for state in self.fields if state.problem]

    @property
    def complete(self) -> bool:
        """Every visible field is valid (required ones answered, word limits kept)."""
        return not self.problems

    @property
    def fraction(self) -> float:
        return self.answered_required / self.required if self.required else 1.0


def effective_answers(form: Form, own: Answers, profile: Answers | None = None) -> dict[str, Any]:
    """The form's answers with profile-held fields filled from the profile."""
    merged = dict(own)
    for field in form.all_fields():
        if field.from_profile:
            merged[field.key] = (profile or {}).get(field.from_profile)
    return merged


def section_progress(section: Section, answers: Answers) -> SectionProgress:
    states = []
    for field in visible_fields(section.fields, answers):
        raw = answers.get(field.key)
        result = interpret(field, raw)
        states.append(FieldState(field, raw, result.value, result.problem))
    return SectionProgress(section, tuple(states))


def form_progress(form: Form, answers: Answers) -> list[SectionProgress]:
    return [section_progress(section, answers) for section in form.sections]


def completeness(form: Form, answers: Answers) -> float:
    """Share of required, visible fields answered validly across the form (0.0 to 1.0)."""
    sections = form_progress(form, answers)
    required = sum(s.required for s in sections)
    return sum(s.answered_required for s in sections) / required if required else 1.0


def bind_choices(form: Form, choices: Mapping[str, tuple[Choice, ...]]) -> Form:
    """Fill in `choices_from` fields (e.g. the framework's categories) with their choices. An
    optional question whose choices are none (a framework with no local areas) is not asked."""
    def bound(field: Field) -> Field:
        if field.choices_from and field.choices_from in choices:
            field = replace(field, choices=choices[field.choices_from])
        if field.fields:
            field = replace(field, fields=tuple(bound(sub) for sub in field.fields))
        return field

    def asked(field: Field) -> bool:
        return field.required or not field.choices_from or field.choices_from not in choices \
            or bool(choices[field.choices_from])

    return replace(form, sections=tuple(
        replace(section, fields=tuple(bound(f) for f in section.fields if asked(f)))
        for section in form.sections))
