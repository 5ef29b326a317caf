"""Light and dark: one tested palette for each, following the computer unless Settings says.

Qt's platform palettes vary (some grey placeholder text is under 4.5:1, and some platforms ignore
a requested scheme), so the app always uses the Fusion style with its own two palettes, whose
every text and background pair is at least 4.5:1 (tests/ui/test_look.py measures them). The few
coloured words — problems, quiet notes, the warning banner — take their colours from `tone()` so
they stay readable in both, and are repainted when the scheme changes.
"""

from __future__ import annotations

from PySide6.QtCore import QRectF, QSettings, Qt
from PySide6.QtGui import QColor, QGuiApplication, QPainter, QPalette, QPen
from PySide6.QtWidgets import QApplication, QProxyStyle, QStyle, QStyleOption, QWidget

from desktop import brand

APPEARANCE_KEY = "interface/appearance"
SYSTEM, LIGHT, DARK = "system", "light", "dark"
TONE_PROPERTY = "tone"
Role = QPalette.ColorRole

# Role, then its colour in light and in dark. Every text role is at least 4.5:1 on the
# backgrounds it is drawn on; Highlight is the accent, shared with print (desktop/brand.py).
PALETTE = f"""
Window          #f3f3f3         #202124
WindowText      {brand.INK}     #f1f1f1
Base            #ffffff         #17181a
AlternateBase   #f4f6f8         #26282c
Text            #1a1a1a         #f1f1f1
Button          #e8e8e8         #2e3034
ButtonText      #1a1a1a         #f1f1f1
BrightText      #ffffff         #000000
Highlight       {brand.ACCENT}  {brand.ACCENT_ON_DARK}
HighlightedText #ffffff         #000000
PlaceholderText #595959         #b0b0b0
Link            #1a55a0         #8ab4f8
LinkVisited     #5b2d8c         #c58af9
ToolTipBase     #fffbe0         #2e3034
ToolTipText     #1a1a1a         #f1f1f1
Light           #ffffff         #45484d
Midlight        #f0f0f0         #36393d
Mid             #b8b8b8         #26282b
Dark            #8f8f8f         #141517
Shadow          #5a5a5a         #000000
"""
COLOURS: dict[QPalette.ColorRole, tuple[str, str]] = {
    getattr(Role, role): (light, dark)
    for role, light, dark in (row.split() for row in PALETTE.strip().splitlines())}
# The edges of check boxes, radio buttons, text boxes and lists: at least 3:1 against the window
# and the boxes' own backgrounds (WCAG 1.4.11), so an empty box is seen, in dark as in light.
EDGES = ("#767676", "#7c8187")
# The status colours (docs/design.md): (text, background) in light, then in dark. The text is at
# least 4.5:1 on its background, and a chip's edge is drawn in its text colour, so it stands 3:1
# and more against the window and the boxes. Always with words (a chip says "In 7 days"), never
# colour alone.
STATUSES: dict[str, tuple[tuple[str, str], tuple[str, str]]] = {
    "good": (("#1b5e20", "#e3f2e3"), ("#b9f0bd", "#1e3b21")),  # done, in date, won
    "soon": (("#5c3b00", "#fff0c2"), ("#ffe49a", "#44370a")),  # due soon, a warning
    "urgent": (("#8f1414", "#fde3e0"), ("#ffcdc7", "#561c1c")),  # overdue, expired, a problem
    "check": (("#4a2a8a", "#eee8fb"), ("#dccfff", "#352a58")),  # not confirmed: check it
    "neutral": (("#333333", "#e6e6e6"), ("#e6e6e6", "#3a3d42")),  # later, a count, a stage
}
# A sidebar count badge: filled, so its own colour is its edge (3:1 on the window and the list).
BADGE = (("#ffffff", "#b3261e"), ("#1a1a1a", "#ff9c94"))
CHIP = "color: {text}; background: {back}; border: 1px solid {text}; border-radius: 8px; " \
    "padding: 1px 6px;"
# Words that carry a meaning besides their text (always with a sign too, never colour alone).
TONES: dict[str, tuple[str, str]] = {
    "problem": ("color: #9b1c1c;", "color: #ff9c94;"),
    "quiet": ("color: #4f4f4f;", "color: #c4c4c4;"),
    "check": (f"color: {STATUSES['check'][0][0]};", f"color: {STATUSES['check'][1][0]};"),
    "banner": ("background: #fff4ce; color: #3b2e00; padding: 6px;",
               "background: #4a3c00; color: #fff4ce; padding: 6px;"),
    **{f"chip-{status}": (CHIP.format(text=light[0], back=light[1]),
                          CHIP.format(text=dark[0], back=dark[1]))
       for status, (light, dark) in STATUSES.items()},
}


def chosen_scheme(settings: QSettings) -> Qt.ColorScheme:
    """Light or dark: from Settings, else the computer's, else light."""
    choice = str(settings.value(APPEARANCE_KEY, SYSTEM))
    if choice == DARK:
        return Qt.ColorScheme.Dark
    if choice == LIGHT:
        return Qt.ColorScheme.Light
    system = QGuiApplication.styleHints().colorScheme()
    return Qt.ColorScheme.Dark if system == Qt.ColorScheme.Dark else Qt.ColorScheme.Light


def is_dark() -> bool:
    app = QApplication.instance()
    return bool(app and app.property("dark"))


def column(scheme: Qt.ColorScheme) -> int:
    """Which of a (light, dark) pair this scheme takes."""
    return 1 if scheme == Qt.ColorScheme.Dark else 0


def palette(scheme: Qt.ColorScheme) -> QPalette:
    side = column(scheme)
    result = QPalette()
    for role, colours in COLOURS.items():
        result.setColor(role, QColor(colours[side]))
    disabled = QColor(COLOURS[Role.PlaceholderText][side])
    for role in (Role.WindowText, Role.Text, Role.ButtonText):
        result.setColor(QPalette.ColorGroup.Disabled, role, disabled)
    return result


def status_colours(status: str) -> tuple[QColor, QColor]:
    """A status's (text, background) in the current scheme."""
    text, back = STATUSES[status][1 if is_dark() else 0]
    return QColor(text), QColor(back)


def badge_colours() -> tuple[QColor, QColor]:
    text, back = BADGE[1 if is_dark() else 0]
    return QColor(text), QColor(back)


def tone_style(tone: str) -> str:
    return TONES[tone][1 if is_dark() else 0]


def set_tone(widget: QWidget, tone: str) -> None:
    """Colour `widget`'s text for its meaning, in the current scheme and after any change."""
    widget.setProperty(TONE_PROPERTY, tone)
    widget.setStyleSheet(tone_style(tone))


KEYBOARD_FOCUS = QStyle.StateFlag.State_HasFocus | QStyle.StateFlag.State_KeyboardFocusChange
BUTTON = QStyle.PrimitiveElement.PE_PanelButtonCommand


class EdgedStyle(QProxyStyle):
    """Fusion, with the edges of boxes one can tick, type in or choose from, and of progress
    bars, drawn in `EDGES`,
    and a button reached with the keyboard ringed twice as thick.

    Fusion draws those edges a shade darker than the window colour, which in dark is almost the
    colour of the box itself: an empty check box disappears. Fusion is given, for these few
    parts only, a window colour whose darker shade is the edge colour, so its own drawing (and
    its exact geometry at every scale) is kept. Its keyboard focus on a button is a one-pixel
    outline, easy to lose; a second ring inside it makes it plain.
    """

    EDGED = (QStyle.PrimitiveElement.PE_IndicatorCheckBox,
             QStyle.PrimitiveElement.PE_IndicatorRadioButton,
             QStyle.PrimitiveElement.PE_FrameLineEdit,
             QStyle.PrimitiveElement.PE_Frame)  # lists, tables and long text boxes

    def __init__(self, edge: QColor) -> None:
        super().__init__("Fusion")
        self.window_for_edges = edge.lighter(140)  # Fusion's edge: the window colour darker(140)

    def drawControl(self, element: QStyle.ControlElement, option: QStyleOption,
                    painter: QPainter, widget: QWidget | None = None) -> None:
        if element is QStyle.ControlElement.CE_ProgressBarGroove:  # a progress bar's edge
            option = type(option)(option)
            option.palette.setColor(Role.Window, self.window_for_edges)
        super().drawControl(element, option, painter, widget)

    def drawPrimitive(self, element: QStyle.PrimitiveElement, option: QStyleOption,
                      painter: QPainter, widget: QWidget | None = None) -> None:
        if element in self.EDGED:
            option = type(option)(option)
            option.palette.setColor(Role.Window, self.window_for_edges)
        super().drawPrimitive(element, option, painter, widget)
        if element is BUTTON and option.state & KEYBOARD_FOCUS == KEYBOARD_FOCUS:
            painter.save()
            painter.setRenderHint(QPainter.RenderHint.Antialiasing, True)
            painter.setPen(QPen(option.palette.color(Role.Highlight), 1))
            painter.setBrush(Qt.BrushStyle.NoBrush)
            painter.drawRoundedRect(QRectF(option.rect).adjusted(1.5, 1.5, -1.5, -1.5), 2, 2)
            painter.restore()


def apply(app: QApplication, scheme: Qt.ColorScheme) -> None:
    """Use the palette for `scheme` everywhere, and recolour every toned widget."""
    app.setStyle(EdgedStyle(QColor(EDGES[column(scheme)])))
    app.setProperty("dark", scheme == Qt.ColorScheme.Dark)
    app.setPalette(palette(scheme))
    for widget in app.allWidgets():
        tone = widget.property(TONE_PROPERTY)
        if tone:
            widget.setStyleSheet(tone_style(str(tone)))


def follow(app: QApplication, settings: QSettings) -> None:
    """Apply the chosen scheme now and whenever the computer switches (if it is followed)."""
    apply(app, chosen_scheme(settings))
    app.styleHints().colorSchemeChanged.connect(
        lambda _scheme: apply(app, chosen_scheme(settings)))


def contrast(foreground: QColor, background: QColor) -> float:
    """The WCAG 2 contrast ratio of two colours (1 to 21)."""

    def luminance(colour: QColor) -> float:
        def channel(value: float) -> float:
            return value / 12.92 if value <= 0.03928 else ((value + 0.055) / 1.055) ** 2.4

        return (0.2126 * channel(colour.redF()) + 0.7152 * channel(colour.greenF())
                + 0.0722 * channel(colour.blueF()))

    lighter, darker = sorted((luminance(foreground), luminance(background)), reverse=True)
    return (lighter + 0.05) / (darker + 0.05)
