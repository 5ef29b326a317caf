"""The submission log on the bid-writing page: refused without its parts (nothing saved),
logged with the exact files and the bid then marked submitted; the opportunity editor refuses
"submitted" without a log entry, in plain words."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta
from pathlib import Path
from typing import Any

from pytestqt.qtbot import QtBot

from desktop.core.opportunities import MilestoneInfo, OpportunityInfo, Status
from desktop.core.opportunity_records import load_opportunity, save_opportunity
from desktop.core.submission_records import stored_copy, submissions
from desktop.ui.main_window import MainWindow
from desktop.ui.pages.bid_writing import BidWritingPage
from desktop.ui.pages.opportunities import OpportunitiesPage

HOSTILE = "Tŷ <b>&</b> “smart” 🙂 ŵ ŷ"


def test_a_submission_is_logged_and_the_bid_marked_submitted(
        qtbot: QtBot, window: MainWindow, recorded_dialogs: Any, tmp_path: Path) -> None:
    assert window.workspace is not None and window.organisation is not None
    db = window.workspace.database
    bid = save_opportunity(db, window.organisation.id, OpportunityInfo(
        None, "Otters " + HOSTILE, "OTT-1", status=Status.WRITING, decision="bid",
        milestones=(MilestoneInfo("submission", "Submission deadline",
                                  datetime.now(UTC) + timedelta(days=1)),))).id
    assert bid is not None

    window.go_to("opportunities")
    editor = window.pages["opportunities"]
    assert isinstance(editor, OpportunitiesPage)
    editor.open_item(bid)
    editor.editor.move_to(Status.SUBMITTED)
    assert "Log the submission first" in editor.editor.problem.text()
    assert load_opportunity(db, bid).status is Status.WRITING

    window.go_to("bid-writing")
    page = window.pages["bid-writing"]
    assert isinstance(page, BidWritingPage)
    page.open_item(bid)
    page.log_button.click()
    panel = page.submission
    assert panel.isVisible() and panel.portal.hasFocus() and not page.library.isVisible()
    panel.portal.setText("Jaggaer " + HOSTILE)
    panel.who.setText("Siân")
    panel.confirmation.setText("ITT-42")
    assert panel.save() is None and "exact files" in panel.problem.text()
    sent = tmp_path / "response.pdf"
    sent.write_bytes(b"%PDF-1.4 response")
    recorded_dialogs.files = [sent]
    panel.add_file.click()
    panel.clock.setText("27:00")
    assert panel.save() is None and "24-hour clock" in panel.problem.text()
    assert submissions(db, bid) == []
    panel.clock.setText("00:01")
    assert panel.save() is not None and not panel.problem.isVisible()
    [logged] = submissions(db, bid)
    assert logged.portal == "Jaggaer " + HOSTILE and logged.confirmation == "ITT-42"
    assert stored_copy(window.workspace.evidence_folder, logged.files[0]).read_bytes() == \
        sent.read_bytes()
    assert load_opportunity(db, bid).status is Status.SUBMITTED
    assert "Jaggaer " + HOSTILE in panel.earlier.item(0).text()
