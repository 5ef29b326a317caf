"""Language and look: Welsh from Settings or the computer, light and dark palettes that keep text
readable (4.5:1 at least), and every page without clipped words at twice the font size."""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from PySide6.QtCore import QSettings, Qt
from PySide6.QtGui import QColor, QPalette
from PySide6.QtTest import QTest
from PySide6.QtWidgets import (
    QApplication,
    QCheckBox,
    QLineEdit,
    QPushButton,
    QWidget,
)
from pytestqt.qtbot import QtBot

from desktop import i18n
from desktop.ui import theme, translations
from desktop.ui.main_window import MainWindow
from desktop.ui.models.eligibility import CELL_COLOURS, CELL_TEXT
from tests.ui.layout_checks import clipped, every_view
from tests.ui.test_settings_page import settings_page

Role = QPalette.ColorRole
PAIRS = [(Role.WindowText, Role.Window), (Role.Text, Role.Base), (Role.Text, Role.AlternateBase),
         (Role.ButtonText, Role.Button), (Role.HighlightedText, Role.Highlight),
         (Role.PlaceholderText, Role.Base), (Role.Link, Role.Base), (Role.ToolTipText,
                                                                     Role.ToolTipBase)]
SCHEMES = [Qt.ColorScheme.Light, Qt.ColorScheme.Dark]


@pytest.fixture
def app_theme(qapp: QApplication) -> Iterator[QApplication]:
    """Whatever a test does to the look, the next test starts light again."""
    yield qapp
    theme.apply(qapp, Qt.ColorScheme.Light)


@pytest.mark.parametrize("scheme", SCHEMES, ids=["light", "dark"])
def test_every_text_colour_has_at_least_4_5_to_1_contrast(scheme: Qt.ColorScheme,
                                                          app_theme: QApplication) -> None:
    colours = theme.palette(scheme)
    low = {f"{text.name} on {back.name}": round(theme.contrast(colours.color(text),
                                                               colours.color(back)), 2)
           for text, back in PAIRS
           if theme.contrast(colours.color(text), colours.color(back)) < 4.5}
    assert low == {}
    theme.apply(app_theme, scheme)
    for tone in theme.TONES:
        style = theme.tone_style(tone)
        text = QColor(style.split("color:")[-1].split(";")[0].strip())
        back = QColor(style.split("background:")[1].split(";")[0].strip()) \
            if "background:" in style else colours.color(Role.Window)
        assert theme.contrast(text, back) >= 4.5, tone
    for cell in CELL_COLOURS.values():
        assert theme.contrast(QColor(CELL_TEXT), QColor(cell)) >= 4.5


@pytest.mark.parametrize("scheme", SCHEMES, ids=["light", "dark"])
def test_an_empty_check_box_and_text_box_show_their_edges(scheme: Qt.ColorScheme,
                                                           app_theme: QApplication,
                                                           qtbot: QtBot) -> None:
    """Edges at 3:1 or more (WCAG 1.4.11): Fusion's own, in dark, were nearly invisible."""
    colours = theme.palette(scheme)
    edge = QColor(theme.EDGES[SCHEMES.index(scheme)])
    for back in (Role.Window, Role.Base, Role.AlternateBase, Role.Button):
        assert theme.contrast(edge, colours.color(back)) >= 3, back.name
    theme.apply(app_theme, scheme)
    box, line = QCheckBox(), QLineEdit()
    for widget in (box, line):
        qtbot.addWidget(widget)
        widget.resize(120, 30)
        image = widget.grab().toImage()
        behind = colours.color(Role.Window if widget is box else Role.Base)
        strongest = max(theme.contrast(QColor(image.pixel(x, y)), behind)
                        for x in range(image.width()) for y in range(image.height()))
        assert strongest >= 3, type(widget).__name__


@pytest.mark.parametrize("scheme", SCHEMES, ids=["light", "dark"])
def test_a_button_reached_with_the_keyboard_is_ringed_plainly(scheme: Qt.ColorScheme,
                                                               app_theme: QApplication,
                                                               qtbot: QtBot) -> None:
    theme.apply(app_theme, scheme)
    holder = QWidget()
    qtbot.addWidget(holder)
    first, second = QPushButton("First", holder), QPushButton("Second", holder)
    second.move(0, 40)
    holder.show()
    holder.activateWindow()
    qtbot.waitUntil(holder.isActiveWindow, timeout=2000)
    first.setFocus()
    qtbot.keyClick(first, Qt.Key.Key_Tab)
    assert second.hasFocus()

    def ringed(button: QPushButton) -> int:
        highlight = theme.palette(scheme).color(Role.Highlight)
        image = button.grab().toImage()
        return sum(1 for x in range(image.width()) for y in range(image.height())
                   if theme.contrast(QColor(image.pixel(x, y)), highlight) < 1.3)

    perimeter = 2 * (second.width() + second.height())
    assert ringed(second) >= 0.8 * perimeter  # Fusion alone: a faint blend, under 0.25
    assert ringed(first) < 0.25 * perimeter


def test_the_contrast_measure_is_the_wcag_one() -> None:
    assert theme.contrast(QColor("black"), QColor("white")) == pytest.approx(21)
    assert theme.contrast(QColor("#767676"), QColor("white")) == pytest.approx(4.54, abs=0.01)


def test_dark_is_chosen_with_the_keyboard_and_recolours_the_open_window(
        window: MainWindow, qtbot: QtBot, app_theme: QApplication) -> None:
    page = settings_page(window)
    page.language_and_look.look.setFocus()
    QTest.keyClick(page.language_and_look.look, Qt.Key.Key_End)  # the last choice: Dark
    assert window.settings.value(theme.APPEARANCE_KEY) == theme.DARK
    assert app_theme.palette().color(Role.Window).lightness() < 60
    assert theme.is_dark()
    assert "#4a3c00" in window.banner.styleSheet()  # toned widgets follow
    QTest.keyClick(page.language_and_look.look, Qt.Key.Key_Home)  # as the computer is set
    assert app_theme.palette().color(Role.Window).lightness() > 200  # offscreen has no scheme


def test_welsh_is_chosen_in_settings_and_said_in_welsh(window: MainWindow) -> None:
    box = settings_page(window).language_and_look
    box.language.setCurrentIndex(box.language.findData(translations.WELSH))
    assert window.settings.value(translations.LANGUAGE_KEY) == translations.WELSH
    assert not box.note.isHidden()
    # said in Welsh, to the person who chose Welsh, while the window is still English
    assert box.note.text() == ("Bydd Framework Ready yn Cymraeg y tro nesaf y byddwch yn ei "
                               "agor.")
    box.language.setCurrentIndex(box.language.findData(i18n.ENGLISH))
    assert box.note.isHidden()


def test_a_damaged_settings_file_falls_back_to_the_computer(tmp_path: object,
                                                          window: MainWindow) -> None:
    settings = QSettings(str(tmp_path) + "/bad.ini", QSettings.Format.IniFormat)
    settings.setValue(translations.LANGUAGE_KEY, "<b>klingon</b> 🙂")
    settings.setValue(theme.APPEARANCE_KEY, "&purple")
    assert translations.chosen_language(settings) in translations.LANGUAGES
    assert theme.chosen_scheme(settings) == Qt.ColorScheme.Light  # offscreen has no scheme
    from desktop.ui.pages.language_and_look import LanguageAndLookBox

    box = LanguageAndLookBox(settings)
    assert box.language.currentData() == translations.SYSTEM
    assert box.look.currentData() == theme.SYSTEM


def test_the_computer_language_is_followed_unless_settings_say(tmp_path: object) -> None:
    from PySide6.QtCore import QLocale

    settings = QSettings(str(tmp_path) + "/s.ini", QSettings.Format.IniFormat)
    expected = (translations.WELSH if QLocale.system().language() == QLocale.Language.Welsh
                else i18n.ENGLISH)
    assert translations.chosen_language(settings) == expected
    settings.setValue(translations.LANGUAGE_KEY, translations.WELSH)
    assert translations.chosen_language(settings) == translations.WELSH


@pytest.mark.parametrize("language", [i18n.ENGLISH, translations.WELSH])
def test_no_page_clips_its_words_at_twice_the_font_size(
        language: str, qtbot: QtBot, qapp: QApplication,
        request: pytest.FixtureRequest) -> None:
    font = qapp.font()
    bigger = qapp.font()
    bigger.setPointSizeF(font.pointSizeF() * 2)
    translations.install(language)
    qapp.setFont(bigger)
    try:
        window: MainWindow = request.getfixturevalue("window")
        window.resize(1280, 800)
        problems = {}
        for key in list(window.pages):
            window.go_to(key)
            for _ in range(3):  # a page built on its first visit, then laid out
                qapp.processEvents()
            problems[key] = clipped(window.pages[key])
        assert {key: found for key, found in problems.items() if found} == {}
    finally:
        qapp.setFont(font)
        translations.install(i18n.ENGLISH)



CARDED = ("Documents to print (PDF, A4)", "Spreadsheets", "Backups", "Your data",
          "Language and look", "Contract", "Overheads", "The board's decision",
          "For the annual supply-chain report", "Details", "Timetable (UK time)", "Tasks",
          "Partners in this bid")


def test_every_titled_section_of_every_page_is_a_look_card(window: MainWindow) -> None:
    """One visual language (docs/design.md): no page falls back on Qt's plain grey group box;
    each titled part of a form is a `look.Card`, named by its heading."""
    from pathlib import Path

    from PySide6.QtWidgets import QGroupBox

    from desktop.ui import look

    for key, section in every_view(window):
        assert window.pages[key].findChildren(QGroupBox) == [], (key, section)
    cards = {card.title(): card for card in window.findChildren(look.Card)}
    assert [title for title in CARDED if title not in cards] == []
    assert all(cards[title].accessibleName() == title for title in CARDED)
    source = Path(look.__file__).parent
    assert [str(path.relative_to(source)) for path in source.rglob("*.py")
            if "QGroupBox" in path.read_text(encoding="utf-8")] == []
