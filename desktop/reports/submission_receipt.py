"""The submission receipt: from the submission log, what went where — the portal, the date and
time in UK time, who pressed submit, the portal's confirmation reference, and each file sent
with its size and SHA-256 (so the copy kept can be shown to be the one sent)."""

from __future__ import annotations

from reportlab.platypus import Flowable

from desktop.app.documents import BidWritingData
from desktop.i18n import tr
from desktop.reports.at_a_glance import document_info
from desktop.reports.pdf import DocumentInfo, facts, heading, para, table


def render(data: BidWritingData) -> tuple[DocumentInfo, list[Flowable]]:
    story: list[Flowable] = [heading(tr("Submissions logged"), 1)]
    for entry in data.submissions:
        story.append(heading(tr("Submitted {when}").format(when=entry.when), 2))
        story += facts([(tr("Portal"), entry.portal), (tr("Date and time (UK)"), entry.when),
                        (tr("Pressed submit"), entry.submitted_by),
                        (tr("Confirmation reference"), entry.confirmation),
                        *([(tr("Notes"), entry.notes)] if entry.notes else [])], answers=False)
        story.append(table([tr("File"), tr("Size (bytes)"), tr("SHA-256")],
                           [(f.file_name, f"{f.size:,}", f.sha256) for f in entry.files],
                           (0.34, 0.14, 0.52)))
    if not data.submissions:
        story.append(para(tr("No submission is logged for this bid yet.")))
    latest = data.submissions[0] if data.submissions else None
    glance = ((tr("Submitted"), latest.when if latest else tr("Not logged yet")),
              (tr("Confirmation reference"), latest.confirmation if latest else "—"))
    return document_info(tr("Submission receipt"), data.opportunity.title, data, glance), story
