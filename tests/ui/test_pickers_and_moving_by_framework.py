"""The opportunity choosers of Bid writing, Costing and Reports list the chosen framework's
opportunities, as the Opportunities page does; and an opportunity can be moved to another
framework from its editor, taking everything attached to it."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from desktop.core.bid_question_records import load_questions, save_question
from desktop.core.bid_questions import BidQuestion
from desktop.core.opportunity_records import list_summaries, load_opportunity
from desktop.ui.main_window import MainWindow
from desktop.ui.pages.bid_writing import BidWritingPage
from desktop.ui.pages.costing import CostingPage
from desktop.ui.pages.opportunities import OpportunitiesPage
from desktop.ui.pages.reports import ReportsPage
from desktop.ui.widgets.opportunity_picker import OpportunityPicker
from tests.packs import CAS, PSDF
from tests.ui.test_opportunities_page import create, opened

HOSTILE = "Ty <b>&</b> \"Llety\" 'Cymru'"  # typed by QTest, which types ASCII only
PSDF_SAMPLE = ["Accommodation Services for Wales (PSDF-CO-ACC-D-01)",
               "Women's Services for Gwent: grant round (RPD-WALES-2027-04)"]
CAS_SAMPLE = ["Community Accommodation Services: Accommodation and Support (sample) "
              "(CAS-AS-SAMPLE)"]


def pickers(window: MainWindow) -> dict[str, list[str]]:
    """What each page's chooser lists (each whole, as it shows on hovering), each page opened
    as a person would."""
    shown = {}
    for key, kind in (("bid-writing", BidWritingPage), ("costing", CostingPage),
                      ("reports", ReportsPage)):
        window.go_to(key)
        page = window.pages[key]
        assert isinstance(page, kind)
        picker = page.opportunity
        assert isinstance(picker, OpportunityPicker)
        shown[key] = [picker.itemData(row, Qt.ItemDataRole.ToolTipRole)
                      for row in range(picker.count())]
        if key == "reports":  # a narrow column: the titles alone
            assert [picker.itemText(row) for row in range(picker.count())] == [
                label.rsplit(" (", 1)[0] for label in shown[key]]
    return shown


def test_every_chooser_lists_the_chosen_frameworks_opportunities(
        qtbot: QtBot, sample_window: MainWindow) -> None:
    window = sample_window
    titles = {key: sorted(items) for key, items in pickers(window).items()}
    assert titles == {key: PSDF_SAMPLE for key in ("bid-writing", "costing", "reports")}
    window.choose_framework(CAS)
    assert pickers(window) == {key: CAS_SAMPLE for key in ("bid-writing", "costing", "reports")}
    window.choose_framework(PSDF)  # back: both are there again, nothing moved
    assert sorted(pickers(window)["costing"]) == PSDF_SAMPLE


def test_an_empty_chooser_says_what_to_do(qtbot: QtBot, window: MainWindow) -> None:
    window.choose_framework(CAS)
    assert pickers(window) == {key: [] for key in ("bid-writing", "costing", "reports")}
    bid_writing = window.pages["bid-writing"]
    costing = window.pages["costing"]
    assert isinstance(bid_writing, BidWritingPage) and isinstance(costing, CostingPage)
    for page, label in ((bid_writing, bid_writing.empty), (costing, costing.empty)):
        assert label.isVisibleTo(page)
        assert label.text().startswith("No opportunities under Community Accommodation "
                                       "Services open framework yet: add one on the "
                                       "Opportunities page")


def test_find_can_still_open_another_frameworks_opportunity_in_bid_writing(
        qtbot: QtBot, sample_window: MainWindow) -> None:
    window = sample_window
    assert window.workspace is not None and window.organisation is not None
    cas = list_summaries(window.workspace.database, window.organisation.id,
                         framework_code=CAS)[0]
    window.go_to("bid-writing")
    page = window.pages["bid-writing"]
    assert isinstance(page, BidWritingPage)
    page.open_item(cas.id)  # as a hit of the answer library or Find does
    assert page.opportunity_id == cas.id
    assert page.opportunity.currentText().endswith(
        "— under Community Accommodation Services open framework")


def editor_of(qtbot: QtBot, window: MainWindow) -> OpportunitiesPage:
    page = opened(qtbot, window)
    page.table.setFocus()
    qtbot.waitUntil(page.table.hasFocus, timeout=2000)
    return page


def listed(page: OpportunitiesPage) -> list[str]:
    return [str(page.model.index(row, 0).data()) for row in range(page.model.rowCount())]


def test_an_opportunity_moves_to_another_framework_with_everything_attached(
        qtbot: QtBot, sample_window: MainWindow, recorded_dialogs: Any) -> None:
    window = sample_window
    assert window.workspace is not None
    database = window.workspace.database
    page = editor_of(qtbot, window)
    opportunity = create(qtbot, page, HOSTILE)
    save_question(database, opportunity, BidQuestion(None, "1", "Describe <b>&</b> ŵ",
                                                     answer="Our answer 🙂"))
    combo = page.editor.framework
    assert combo.isEnabled() and combo.accessibleName() == "Framework"
    assert [combo.itemData(row) for row in range(combo.count())] == [PSDF, CAS]

    recorded_dialogs.answer = False  # "No": nothing moves
    combo.setFocus()
    qtbot.keyClick(combo, Qt.Key.Key_End)  # the keyboard chooses CAS (the last) as a person would
    assert recorded_dialogs.shown[-1][0] == "confirm"
    assert HOSTILE in recorded_dialogs.shown[-1][2]
    assert load_opportunity(database, opportunity).framework_code == PSDF
    assert combo.currentData() == PSDF and HOSTILE in listed(page)

    recorded_dialogs.answer = True
    qtbot.keyClick(combo, Qt.Key.Key_End)
    assert load_opportunity(database, opportunity).framework_code == CAS
    assert HOSTILE not in listed(page)
    assert page.editor.current is None or page.editor.current.id != opportunity
    kind, _title, text = recorded_dialogs.shown[-1]
    assert kind == "explain" and "is now listed under Community Accommodation" in text

    window.choose_framework(CAS)
    page = editor_of(qtbot, window)
    assert HOSTILE in listed(page)
    moved = load_opportunity(database, opportunity)
    assert moved.title == HOSTILE and moved.milestones  # its dates went with it
    assert [q.answer for q in load_questions(database, opportunity)] == ["Our answer 🙂"]
    assert pickers(window)["bid-writing"] == [*CAS_SAMPLE, HOSTILE]


def test_a_new_opportunity_cannot_be_moved_before_it_is_saved(
        qtbot: QtBot, sample_window: MainWindow) -> None:
    page = editor_of(qtbot, sample_window)
    page.new_opportunity()
    assert not page.editor.framework.isEnabled()
    assert page.editor.framework.currentData() == PSDF
