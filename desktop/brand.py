"""The colours the window and the printed documents share, so a pack is recognisably the app's
(docs/design.md). Plain values, no Qt and no ReportLab: `desktop.ui.theme` builds the palettes
from them and `desktop.reports.pdf` its headings, cover and tables."""

from __future__ import annotations

ACCENT = "#1f5fa8"  # the light palette's highlight: the one prominent button, progress, headings
ACCENT_ON_DARK = "#8ab4f8"  # the dark palette's highlight
INK = "#1a1a1a"  # body text on white or the light window
ACCENT_PALE = "#e6eef8"  # a light wash of the accent: printed table heads and the glance box
ON_ACCENT = "#ffffff"  # words on the accent (white on it is 6.4:1)
