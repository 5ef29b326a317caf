"""The qualification pack: everything trustees need to see before the questionnaire goes in.

Readiness, the organisation profile, the selection questionnaire by section (word counts against
limits), the buyer's decision, the evidence index (dates, validity, SHA-256) and the portal
journey. Built from `core` only; every typed answer goes through `pdf.clean`.
"""

from __future__ import annotations

from collections.abc import Mapping
from datetime import date
from pathlib import Path
from typing import Any

from reportlab.platypus import Flowable

from desktop.core.catalogue import Catalogue
from desktop.core.evidence import EvidenceInfo, list_evidence, warnings
from desktop.core.journey import load_journey
from desktop.core.organisation import OrganisationInfo
from desktop.core.qualification import PROFILE, QUESTIONNAIRE, RESULT, form_answers, readiness
from desktop.i18n import long_date, tr
from desktop.questionnaire.model import Field, FieldType, Form
from desktop.questionnaire.progress import form_progress
from desktop.questionnaire.values import display, interpret, is_empty, word_count
from desktop.reports.pdf import DocumentInfo, facts, heading, para, table
from desktop.store.engine import Database


def answer_text(field: Field, raw: Any, documents: Mapping[str, str]) -> str:
    """An answer as it should print: its meaning when valid, else exactly what was typed."""
    if is_empty(raw):
        return tr("Not answered yet") if field.required else tr("—")
    result = interpret(field, raw)
    if field.type is FieldType.EVIDENCE and result.ok:
        return "\n".join(documents.get(sha, tr("(a document no longer in the library)"))
                         for sha in result.value)
    if field.type is FieldType.GROUP:
        rows = [row for row in raw if isinstance(row, dict)]
        return "\n".join(
            f"{number}. " + " · ".join(answer_text(sub, row.get(sub.key), documents)
                                       for sub in field.fields if not is_empty(row.get(sub.key)))
            for number, row in enumerate(rows, start=1))
    shown_as_typed = field.type in (FieldType.PHONE, FieldType.TEXT, FieldType.LONG_TEXT)
    text = display(field, result.value) if result.ok and result.value is not None \
        and not shown_as_typed else str(raw)
    if field.type is FieldType.LONG_TEXT and field.word_limit:
        text += "\n" + tr("({words} of {limit} words)").format(words=word_count(str(raw)),
                                                             limit=field.word_limit)
    if not result.ok:
        text += "\n" + tr("⚠ {problem}").format(problem=result.problem)
    return text


def form_section(form: Form, answers: Mapping[str, Any],
                 documents: Mapping[str, str]) -> list[Flowable]:
    story: list[Flowable] = [heading(form.title, 1)]
    for progress in form_progress(form, answers):
        done = tr("complete") if progress.complete else tr("{answered} of {required} required "
                                                           "answers").format(
            answered=progress.answered_required, required=progress.required)
        story.append(heading(f"{progress.section.title} ({done})", 2))
        rows = [(state.field.label, answer_text(state.field, state.raw, documents))
                for state in progress.fields]
        story += facts(rows) if rows else [para(tr("Nothing to answer in this section."))]
    return story


def evidence_index(documents: list[EvidenceInfo], today: date) -> list[Flowable]:
    story: list[Flowable] = [heading(tr("Evidence"), 1)]
    if not documents:
        return [*story, para(tr("No documents in the evidence library yet."))]
    rows = []
    for doc in documents:
        details = doc.details
        found = warnings(doc, today, verify=True)
        rows.append((doc.title, details.kind.label,
                     long_date(details.issued_on) if details.issued_on else "—",
                     long_date(details.valid_until) if details.valid_until else "—",
                     "⚠ " + " ".join(found) if found else tr("✓ In date"),
                     f"{doc.file_name}\nSHA-256 {doc.sha256}"))
    story.append(table([tr("Document"), tr("Type"), tr("Issued"), tr("Valid until"),
                        tr("Status"), tr("File")], rows, (0.17, 0.11, 0.12, 0.12, 0.18, 0.30)))
    return story


def qualification_pack(database: Database, organisation: OrganisationInfo,
                       catalogue: Catalogue, forms: Mapping[str, Form], library: Path,
                       today: date) -> tuple[DocumentInfo, list[Flowable]]:
    answers = form_answers(database, organisation.id, forms)
    documents = list_evidence(database, library, organisation.id)
    titles = {doc.sha256: doc.title for doc in documents}
    figures = readiness(database, organisation.id, catalogue, forms, library, today)
    info = DocumentInfo(tr("Qualification pack"), organisation.name, catalogue.framework.name,
                        tr("Organisation profile, selection questionnaire, evidence and portal "
                           "journey"), made_on=today)
    story: list[Flowable] = [
        heading(tr("Summary"), 1),
        *facts([(tr("Ready overall"), f"{round(figures.overall * 100)}%"),
               (tr("Portal journey"), f"{round(figures.journey * 100)}%"),
               *((forms[code].title, f"{round(value * 100)}%")
                 for code, value in figures.forms.items()),
               (tr("Evidence in date"), f"{figures.evidence_in_date} / "
                                        f"{figures.evidence_total}"),
               (tr("Next step"), figures.next_action)], answers=False),
    ]
    for code in (PROFILE, QUESTIONNAIRE, RESULT):
        if code in forms:
            story += form_section(forms[code], answers[code], titles)
    story += evidence_index(documents, today)
    story.append(heading(tr("Portal journey"), 1))
    story.append(table(
        [tr("No."), tr("What to do"), tr("Status"), tr("Date"), tr("Notes")],
        [(str(step.number), step.step.label, step.status.label,
          long_date(step.done_on) if step.done_on else "", step.notes)
         for step in load_journey(database, organisation.id, catalogue)],
        (0.06, 0.38, 0.14, 0.14, 0.28)))
    return info, story
