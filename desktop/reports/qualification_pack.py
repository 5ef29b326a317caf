"""The qualification pack: everything trustees need to see before the questionnaire goes in.

Readiness and what is still missing, the organisation profile, the questionnaires the
framework's regime asks by section (the selection questionnaire under PCR 2015; under the
Procurement Act 2023 the supplier registration, the PSQ and the exclusions), the buyer's
decision, the evidence index (dates, validity, SHA-256) and the portal journey. A pack with
anything missing is marked "Draft — not complete" on every page. The sendable pack leaves out
drafting notes (word counts, "that does not look like a date"); the working copy keeps them.
Drawn from what `desktop.app.documents` gathers; every typed answer goes through `pdf.clean`.
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

from reportlab.platypus import Flowable

from desktop.app.documents import QualificationData
from desktop.core.evidence import EvidenceInfo
from desktop.core.form_codes import QUESTIONNAIRES
from desktop.core.opportunities import uk_time
from desktop.core.pack_gaps import Gap
from desktop.core.qualification import PROFILE, QUESTIONNAIRE, RESULT, evidence_figure
from desktop.i18n import long_date, plural, tr
from desktop.questionnaire.model import Field, FieldType, Form
from desktop.questionnaire.progress import form_progress
from desktop.questionnaire.values import display, interpret, is_empty, word_count
from desktop.reports.at_a_glance import next_deadline
from desktop.reports.pdf import DocumentInfo, facts, heading, para, table
from desktop.reports.supplier_route_section import supplier_route_section


def answer_text(field: Field, raw: Any, documents: Mapping[str, str],
                notes: bool = False) -> str:
    """An answer as it should print: its meaning when valid. With `notes` (the working copy)
    an answer that fails its check prints as typed with the problem, and long answers say
    their word count; without, a failing answer prints as not answered (the summary says what
    to correct), and a long one as written."""
    unanswered = tr("Not answered yet") if field.required else tr("—")
    if is_empty(raw):
        return unanswered
    result = interpret(field, raw)
    if field.type is FieldType.EVIDENCE and result.ok:
        return "\n".join(documents.get(sha, tr("(a document no longer in the library)"))
                         for sha in result.value)
    if field.type is FieldType.GROUP:
        rows = [row for row in raw if isinstance(row, dict)]
        return "\n".join(
            f"{number}. " + " · ".join(
                answer_text(sub, row.get(sub.key), documents, notes) for sub in field.fields
                if not is_empty(row.get(sub.key))
                and (notes or interpret(sub, row.get(sub.key)).ok))
            for number, row in enumerate(rows, start=1))
    if not result.ok and not notes and field.type is not FieldType.LONG_TEXT:
        return unanswered
    shown_as_typed = field.type in (FieldType.PHONE, FieldType.TEXT, FieldType.LONG_TEXT)
    text = display(field, result.value) if result.ok and result.value is not None \
        and not shown_as_typed else str(raw)
    if notes and field.type is FieldType.LONG_TEXT and field.word_limit:
        text += "\n" + tr("({words} of {limit} words)").format(words=word_count(str(raw)),
                                                             limit=field.word_limit)
    if notes and not result.ok:
        text += "\n" + tr("⚠ {problem}").format(problem=result.problem)
    return text


def form_section(form: Form, answers: Mapping[str, Any], documents: Mapping[str, str],
                 notes: bool) -> list[Flowable]:
    story: list[Flowable] = [heading(form.title, 1)]
    for progress in form_progress(form, answers):
        done = tr("complete") if progress.complete else tr("{answered} of {required} required "
                                                           "answers").format(
            answered=progress.answered_required, required=progress.required)
        story.append(heading(f"{progress.section.title} ({done})", 2))
        if progress.section.shows == "supplier-registration":  # printed once, in its own part
            story.append(para(tr("The PPON, the date the supplier information was last "
                                 "confirmed and the share codes given are in the supplier "
                                 "registration part above, where they are kept once.")))
        rows = [(state.field.label, answer_text(state.field, state.raw, documents, notes))
                for state in progress.fields]
        story += facts(rows) if rows else [para(tr("Nothing to answer in this section."))]
    return story


def evidence_index(documents: list[EvidenceInfo],
                   found_by_sha: Mapping[str, list[str]]) -> list[Flowable]:
    story: list[Flowable] = [heading(tr("Evidence"), 1)]
    if not documents:
        return [*story, para(tr("No documents in the evidence library yet."))]
    rows = []
    for doc in documents:
        details = doc.details
        found = found_by_sha.get(doc.sha256, [])
        rows.append((doc.title, details.kind.label,
                     long_date(details.issued_on) if details.issued_on else "—",
                     long_date(details.valid_until) if details.valid_until else "—",
                     "⚠ " + " ".join(found) if found else tr("✓ In date"),
                     f"{doc.file_name}\nSHA-256 {doc.sha256}"))
    story.append(table([tr("Document"), tr("Type"), tr("Issued"), tr("Valid until"),
                        tr("Status"), tr("File")], rows, (0.17, 0.11, 0.12, 0.12, 0.18, 0.30)))
    return story


def _decision(field: Field | None, answers: Mapping[str, Any]) -> str:
    """Where the buyer's decision stands, for the front page."""
    if field is None or is_empty(answers.get(field.key)):
        return tr("Not recorded yet")
    return answer_text(field, answers[field.key], {})


def still_to_do(gaps: list[Gap]) -> list[Flowable]:
    """The summary's list of what keeps the pack a draft."""
    if not gaps:
        return [para(tr("✓ Complete: every answer is in and checked, and the evidence is in "
                        "date."))]
    return [heading(tr("Still to do before this pack is complete"), 2),
            table([tr("Where"), tr("What")], [(gap.where, gap.what) for gap in gaps],
                  (0.38, 0.62))]


def render(data: QualificationData) -> tuple[DocumentInfo, list[Flowable]]:
    forms, answers, documents, figures, gaps = (data.forms, data.answers, data.documents,
                                                data.figures, data.gaps)
    working_copy, catalogue, today = data.working_copy, data.catalogue, data.today
    titles = {doc.sha256: doc.title for doc in documents}
    marks = ((tr("Draft — not complete"),) if gaps else ()) + \
        ((tr("Working copy, with drafting notes"),) if working_copy else ())
    result = forms.get(RESULT)
    decision = result.all_fields()[0] if result and result.all_fields() else None
    glance = (
        (tr("Ready overall"), f"{round(figures.overall * 100)}%"),
        (tr("Still to do"), plural(len(gaps), tr("1 thing: see the summary"),
                                   tr("{count} things: see the summary"))
         if gaps else tr("Nothing: the pack is complete")),
        (tr("Next deadline"), next_deadline(data.opportunities, uk_time(today))),
        (tr("Buyer's decision"), _decision(decision, answers.get(RESULT, {}))),
    )
    info = DocumentInfo(tr("Qualification pack"), data.organisation.name,
                        catalogue.framework.name,
                        tr("Organisation profile, selection questionnaire, evidence and portal "
                           "journey") if QUESTIONNAIRE in forms else
                        tr("Organisation profile, supplier registration, Procurement Specific "
                           "Questionnaire, exclusions, evidence and portal journey"),
                        made_on=today, cover=True, glance=glance, marks=marks,
                        own_names=catalogue.own_welsh)
    story: list[Flowable] = [
        heading(tr("Summary"), 1),
        *facts([(tr("Ready overall"), f"{round(figures.overall * 100)}%"),
               (tr("Portal journey"), f"{round(figures.journey * 100)}%"),
               *(((tr("Supplier registration"), f"{round(figures.supplier_route * 100)}%"),)
                 if figures.supplier_route is not None else ()),
               *((forms[code].title, f"{round(value * 100)}%")
                 for code, value in figures.forms.items()),
               (tr("Evidence asked for, in date"), evidence_figure(figures)),
               (tr("Next step"), figures.next_action)], answers=False),
        *still_to_do(gaps),
    ]
    for code in (PROFILE, *QUESTIONNAIRES, RESULT):  # the questionnaires the regime asks
        if code in forms:
            story += form_section(forms[code], answers[code], titles, working_copy)
        if code == PROFILE and data.supplier_route is not None:  # the Act: the CDP record
            story += supplier_route_section(*data.supplier_route)
    story += evidence_index(documents, data.evidence_warnings)
    story.append(heading(tr("Portal journey"), 1))
    story.append(table(
        [tr("No."), tr("What to do"), tr("Status"), tr("Date"), tr("Notes")],
        [(str(step.number), step.step.label, step.status.label,
          long_date(step.done_on) if step.done_on else "", step.notes)
         for step in data.journey],
        (0.07, 0.37, 0.15, 0.14, 0.27)))
    return info, story
