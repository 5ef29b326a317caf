"""The answer library panel on the bid-writing page: opened from the keyboard, answers found as
one types, Enter copies the chosen answer into the draft (a copy: the two stay separate), and
"Save to library" keeps the draft with tags and a review date, refusing a bad date."""

from __future__ import annotations

from dataclasses import replace
from datetime import date

from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from desktop.core.bid_question_records import load_questions, save_question
from desktop.core.bid_questions import BidQuestion
from desktop.core.library import LibraryEntry, Outcome
from desktop.core.library_records import load_entries, save_entry
from desktop.core.opportunities import OpportunityInfo, Status
from desktop.core.opportunity_records import save_opportunity
from desktop.core.targets import Target
from desktop.ui.main_window import MainWindow
from desktop.ui.pages.bid_writing import BidWritingPage
from tests.ui.test_bid_writing_page import PASTE, visible_alt_keys


def test_an_answer_is_found_copied_in_and_kept(qtbot: QtBot, window: MainWindow) -> None:
    assert window.workspace is not None and window.organisation is not None
    db, organisation = window.workspace.database, window.organisation.id
    old = save_opportunity(db, organisation, OpportunityInfo(None, "Old bid", "OLD-1",
                                                             status=Status.LOST)).id
    new = save_opportunity(db, organisation, OpportunityInfo(None, "New <bid> & co", "NEW-2")).id
    assert old is not None and new is not None
    save_question(db, old, BidQuestion(None, "2.1", "Safeguarding", answer="Kingfisher " + PASTE))
    # The answer being written is not offered to itself.
    question = save_question(db, new, BidQuestion(None, "1", "Describe safeguarding",
                                                  answer="kingfisher draft"))
    save_entry(db, organisation, LibraryEntry(None, "Kingfisher policy", "Kept words",
                                              review_on=date(2020, 1, 1), score="7/10"))
    window.go_to("bid-writing")
    page = window.pages["bid-writing"]
    assert isinstance(page, BidWritingPage)
    page.open_item(new)
    assert not page.library.isVisible()

    qtbot.keyClick(page, Qt.Key.Key_B, Qt.KeyboardModifier.AltModifier)
    qtbot.waitUntil(page.library.isVisible)  # the button's mnemonic clicks it
    assert page.library.search.hasFocus()
    keys = visible_alt_keys(page)
    assert {"b", "y"} <= set(keys) and len(keys) == len(set(keys))
    qtbot.keyClicks(page.library.search, "kingfisher")
    qtbot.waitUntil(lambda: len(page.library.hits) == 2)
    lines = [page.library.results.item(row).text() for row in range(2)]
    assert any("Old bid (OLD-1), question 2.1 · Lost" in text for text in lines)
    assert any("score 7/10" in text and "⚠ stale" in text for text in lines)
    row = next(r for r in range(2) if "Old bid" in lines[r])
    page.library.results.setCurrentRow(row)
    assert page.library.preview.toPlainText() == "Kingfisher " + PASTE
    page.library.results.setFocus()
    qtbot.keyClick(page.library.results, Qt.Key.Key_Return)
    assert page.answer.hasFocus()
    assert load_questions(db, new)[0].answer == "Kingfisher " + PASTE + "kingfisher draft"
    save_question(db, old, replace(load_questions(db, old)[0], answer="Changed in the old bid"))
    assert load_questions(db, new)[0].answer.startswith("Kingfisher " + PASTE)  # no link

    panel = page.library
    assert panel.title.text() == "Describe safeguarding"
    panel.tags.setText("safeguarding, Wales")
    panel.review.setText("31/02/2027")
    assert panel.save() is None and panel.problem.isVisible()
    assert "Review by" in panel.problem.text()
    panel.review.setText("31/03/2027")
    panel.outcome.setCurrentIndex(panel.outcome.findData(Outcome.WON.value))
    panel.score.setText("9/10")
    panel.save_button.click()
    [_, kept] = sorted(load_entries(db, organisation), key=lambda e: e.id or 0)
    assert (kept.title, kept.text, kept.tags, kept.review_on, kept.outcome, kept.score,
            kept.used_in) == ("Describe safeguarding", "Kingfisher " + PASTE + "kingfisher draft",
                              ("safeguarding", "Wales"), date(2027, 3, 31), Outcome.WON, "9/10",
                              "New <bid> & co (NEW-2), question 1")
    assert not panel.problem.isVisible() and "Saved to the library" in panel.saved.text()

    page.show_library(False)
    window.open_target(Target("bid-writing", item=new, question=question.id, panel="library"))
    assert page.library.isVisible()
