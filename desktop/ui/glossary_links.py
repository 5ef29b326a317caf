"""Text with the framework's jargon linked to its meaning: Tab to a word, press Enter, read.

Pack and form text is never markup: every run is escaped, and only the links are added. The
meaning opens in a message box through the dialog service (so a screen reader reads it and Esc
closes it); the Framework page keeps the whole glossary.
"""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QFocusEvent
from PySide6.QtWidgets import QLabel, QWidget

from desktop.core.glossary import Glossary
from desktop.ui import dialogs
from desktop.ui.qt_helpers import escape
from desktop.ui.theme import set_tone

SCHEME = "glossary:"
LINKS = Qt.TextInteractionFlag.LinksAccessibleByKeyboard \
    | Qt.TextInteractionFlag.LinksAccessibleByMouse
SELECTABLE = Qt.TextInteractionFlag.TextSelectableByKeyboard \
    | Qt.TextInteractionFlag.TextSelectableByMouse


class GlossaryLabel(QLabel):
    """A wrapped label whose glossary words are links; plain text (no Tab stop) without any.

    `selectable` keeps it in the Tab order with its text selectable (reasons to read and copy),
    and `accessible_name` names it for what it holds, its text becoming the description."""

    def __init__(self, glossary: Glossary, text: str = "", tone: str = "", *,
                 selectable: bool = False, accessible_name: str = "",
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.glossary, self.selectable, self.fixed_name = glossary, selectable, accessible_name
        self.plain_text = text
        self.setWordWrap(True)
        self.setOpenExternalLinks(False)
        if tone:
            set_tone(self, tone)
        self.linkActivated.connect(self._explain)
        self.set_text(text)

    def set_text(self, text: str) -> None:
        self.plain_text = text
        pieces = self.glossary.pieces(text)
        linked = any(piece.entry for piece in pieces)
        flags = LINKS if linked else Qt.TextInteractionFlag.NoTextInteraction
        if self.selectable:
            flags |= SELECTABLE
        self.setTextFormat(Qt.TextFormat.RichText if linked else Qt.TextFormat.PlainText)
        self.setTextInteractionFlags(flags)
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus if self.selectable
                            else Qt.FocusPolicy.TabFocus if linked else Qt.FocusPolicy.NoFocus)
        self.setText("".join(
            escape(piece.text) if piece.entry is None
            else f'<a href="{SCHEME}{escape(piece.entry.code)}">{escape(piece.text)}</a>'
            for piece in pieces) if linked else text)
        hint = self.tr("Linked words are in the glossary: Tab to one and press Enter to read "
                       "what it means.") if linked else ""
        self.setAccessibleName(self.fixed_name or text)
        self.setAccessibleDescription("\n".join(part for part in (
            text if self.fixed_name else "", hint) if part))

    def focusInEvent(self, event: QFocusEvent) -> None:
        """Tab lands on the first link (Shift+Tab on the last), not on the label as a whole,
        so one Tab and Enter open a meaning; Tab past the last link goes on as usual."""
        super().focusInEvent(event)
        reason = event.reason()
        if self.textFormat() == Qt.TextFormat.RichText and reason in (
                Qt.FocusReason.TabFocusReason, Qt.FocusReason.BacktabFocusReason):
            self.focusNextPrevChild(reason == Qt.FocusReason.TabFocusReason)

    def _explain(self, link: str) -> None:
        entry = self.glossary.entry(link.removeprefix(SCHEME))
        if entry is not None:
            dialogs.service.explain(self.window(), entry.label, entry.text)
