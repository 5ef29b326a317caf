"""The visual language (desktop/ui/look.py, docs/design.md): status colours readable in light and
dark, chips with an edge that shows, icons drawn once per colour and size, the type scale."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QColor, QPalette
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from desktop.ui import look, theme

Role = QPalette.ColorRole
SCHEMES = [Qt.ColorScheme.Light, Qt.ColorScheme.Dark]


@pytest.mark.parametrize("side", [0, 1], ids=["light", "dark"])
def test_status_colours_read_at_4_5_to_1_and_their_edges_at_3_to_1(side: int) -> None:
    colours = theme.palette(SCHEMES[side])
    grounds = [colours.color(role) for role in (Role.Window, Role.Base, Role.AlternateBase)]
    for status, pair in theme.STATUSES.items():
        text, back = (QColor(c) for c in pair[side])
        assert theme.contrast(text, back) >= 4.5, status
        # A chip's edge is drawn in its text colour: seen on every ground it sits on.
        assert min(theme.contrast(text, ground) for ground in grounds) >= 3, status
    text, back = (QColor(c) for c in theme.BADGE[side])
    assert theme.contrast(text, back) >= 4.5
    assert min(theme.contrast(back, ground) for ground in grounds) >= 3


def test_every_status_has_a_chip_tone_with_its_edge(qapp: QApplication) -> None:
    for status in theme.STATUSES:
        style = theme.TONES[f"chip-{status}"][0]
        text = theme.STATUSES[status][0][0]
        assert f"border: 1px solid {text}" in style


@pytest.mark.parametrize("scheme", SCHEMES, ids=["light", "dark"])
def test_a_chip_is_painted_in_its_status_colours(scheme: Qt.ColorScheme, qapp: QApplication,
                                                 qtbot: QtBot) -> None:
    theme.apply(qapp, scheme)
    try:
        label = look.chip("In 7 days", "soon")
        qtbot.addWidget(label)
        label.show()
        image = label.grab().toImage()
        back = QColor(theme.STATUSES["soon"][theme.column(scheme)][1])
        middle = QColor(image.pixel(4, image.height() // 2))
        assert theme.contrast(middle, back) < 1.1  # the chip's own ground, not the window's
        assert label.accessibleName() == "In 7 days"
    finally:
        theme.apply(qapp, Qt.ColorScheme.Light)


def test_icons_are_recoloured_and_drawn_once(qapp: QApplication) -> None:
    look._rendered.cache_clear()
    dark, light = QColor("#1a1a1a"), QColor("#f1f1f1")
    first = look.icon_pixmap("briefcase", dark, 20)
    assert not first.isNull() and first.width() == 20
    assert look.icon_pixmap("briefcase", dark, 20).cacheKey() == first.cacheKey()
    pale = look.icon_pixmap("briefcase", light, 20)
    assert pale.cacheKey() != first.cacheKey()

    def darkest(pixmap: object) -> int:
        image = pixmap.toImage()  # type: ignore[attr-defined]
        return min(QColor.fromRgba(image.pixel(x, y)).lightness()
                   for x in range(image.width()) for y in range(image.height())
                   if QColor.fromRgba(image.pixel(x, y)).alpha() > 200)

    assert darkest(first) < 60 and darkest(pale) > 150  # edges are blended
    assert look.icon_pixmap("briefcase", dark, 20, 2.0).width() == 40  # sharp at 200 %
    assert look._rendered.cache_info().misses == 3
    assert not look.icon_pixmap("no-such-icon", dark, 20).isNull()  # the fallback


def test_every_page_icon_is_shipped_with_its_licence_and_its_masks_match_it(
        qapp: QApplication) -> None:
    """The masks are the SVGs drawn ahead (packaging/make_page_icons.py): a changed SVG whose
    masks were not drawn again fails here."""
    import importlib.util

    from PySide6.QtGui import QImage

    spec = importlib.util.spec_from_file_location(
        "make_page_icons", Path(__file__).parents[2] / "packaging" / "make_page_icons.py")
    assert spec is not None and spec.loader is not None
    maker = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(maker)
    folder = look.data_folder("resources") / "icons" / "tabler"
    assert (folder / "LICENSE").read_text().startswith("MIT License")
    assert maker.SIZES == look.MASKS
    for icon in [*look.PAGE_ICONS.values(), look.FALLBACK]:
        svg = (folder / f"{icon}.svg").read_bytes()
        for size in look.MASKS:
            shipped = QImage(str(folder / "masks" / f"{icon}-{size}.png")).convertToFormat(
                QImage.Format.Format_ARGB32)
            assert shipped == maker.mask(svg, size), f"{icon}-{size}"


@pytest.mark.skipif(not Path("/proc/self/maps").exists(), reason="reads Linux's /proc")
def test_drawing_the_sidebar_loads_no_svg_library(tmp_path: Path) -> None:
    """A window's first paint with every icon, in a fresh process: Qt's SVG library (3 MiB at
    start-up) stays unloaded."""
    import subprocess
    import sys

    script = (
        "from PySide6.QtWidgets import QApplication\n"
        "from PySide6.QtGui import QColor\n"
        "app = QApplication([])\n"
        "from desktop.ui import look\n"
        "for key in look.PAGE_ICONS:\n"
        "    assert not look.icon_pixmap(look.page_icon(key), QColor('#1a1a1a'), 14, 2.0)"
        ".isNull()\n"
        "maps = open('/proc/self/maps').read()\n"
        "print('svg' if 'Svg' in maps or 'qsvg' in maps else 'no svg')\n")
    done = subprocess.run([sys.executable, "-c", script], capture_output=True, text=True,
                          env={**__import__("os").environ, "QT_QPA_PLATFORM": "offscreen"},
                          cwd=Path(__file__).parents[2], timeout=60, check=True)
    assert done.stdout.strip() == "no svg"


def test_the_type_scale_steps_down_from_title_to_caption(qapp: QApplication) -> None:
    sizes = [label.font().pointSizeF() for label in (
        look.page_title("Dashboard"), look.section_heading("Next deadlines"),
        look.caption("Add your first opportunity"))]
    body = qapp.font().pointSizeF()
    assert sizes == sorted(sizes, reverse=True)
    assert sizes[0] == pytest.approx(body * look.TITLE)
    assert sizes[2] < body


@pytest.mark.parametrize("scheme", SCHEMES, ids=["light", "dark"])
def test_a_progress_bar_shows_its_edge_and_its_words(scheme: Qt.ColorScheme, qapp: QApplication,
                                                     qtbot: QtBot) -> None:
    theme.apply(qapp, scheme)
    try:
        bar = look.progress("Portal journey")
        qtbot.addWidget(bar)
        bar.resize(200, 24)
        bar.setValue(0)
        image = bar.grab().toImage()
        behind = theme.palette(scheme).color(Role.Window)
        strongest = max(theme.contrast(QColor(image.pixel(x, image.height() // 2)), behind)
                        for x in range(0, 3))
        assert strongest >= 3  # the empty bar's edge; Fusion's own was lost in dark
        assert bar.text() == "0 %"
    finally:
        theme.apply(qapp, Qt.ColorScheme.Light)


def test_the_one_prominent_button_takes_the_accent_in_light_and_dark(
        qapp: QApplication, qtbot: QtBot) -> None:
    button = look.PrimaryButton("Next: finish the profile")
    qtbot.addWidget(button)
    for scheme in SCHEMES:
        theme.apply(qapp, scheme)
        qapp.processEvents()
        colours = theme.palette(scheme)
        assert button.palette().color(Role.Button) == colours.color(Role.Highlight)
        assert button.palette().color(Role.ButtonText) == colours.color(Role.HighlightedText)
    theme.apply(qapp, Qt.ColorScheme.Light)
    assert button.font().bold()


def test_the_window_and_the_printed_page_share_the_accent() -> None:
    from desktop import brand
    from desktop.reports import pdf

    assert theme.COLOURS[Role.Highlight][0] == brand.ACCENT
    assert pdf.ACCENT.hexval().lower() == "0x" + brand.ACCENT[1:].lower()
    assert pdf.STYLES["h1"].textColor == pdf.ACCENT
