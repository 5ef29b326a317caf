"""A colleague saved the same record first: merge what can be merged, ask about the rest.

Every page that edits shared records saves through `save_settling`. When the save is refused
because someone else saved the record since the page read it (`core.conflicts.RecordConflict`),
their changes and the person's are merged field by field; only when both changed the same
thing differently is the person asked, as on the questionnaire, "Keep mine" or "Use theirs".
The merged record is then saved against their version, so nobody's work is overwritten
without a word. If they removed the record, what was typed is shown so it can be copied.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from typing import Any, TypeVar

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QLineEdit, QPlainTextEdit, QWidget

from desktop.core.conflicts import RecordConflict, merge
from desktop.ui import dialogs

T = TypeVar("T")
translate = QCoreApplication.translate
ATTEMPTS = 3  # then the last conflict goes to the caller (autosave keeps the edit and retries)
SHOWN_CHARACTERS = 300  # of a long text in the message


@dataclass(frozen=True, slots=True)
class Subject:
    """How a page speaks of its record: the two titles, and `describe(record)`, each field the
    person edits by its path in the record ("details.title") → (its label, its value as text)."""

    changed: str  # e.g. "Someone else changed this step"
    removed: str  # e.g. "Someone else removed this step"
    describe: Callable[[Any], dict[str, tuple[str, str]]]


def save_settling(parent: QWidget, subject: Subject, base: T | None, mine: T,
                  save: Callable[[T], T], show: Callable[[T], None]) -> T | None:
    """Save `mine` (edited from `base`, the record as the page read it, None for a new one;
    `mine` then has version 0 to say "not there yet") with `save`, which
    returns the record as saved; settle any conflict as the module says, and then `show` the
    merged record (only then: a plain save leaves the boxes as typed). Returns the record as
    stored now, or None when someone else removed it."""
    attempts, typed = 0, mine
    while True:
        try:
            saved = save(mine)
        except RecordConflict as conflict:
            attempts += 1
            theirs = conflict.theirs
            if theirs is None:
                text = translate(
                    "conflicts", "Someone else removed this while you were working on it, so "
                    "your changes could not be saved. What you had typed is under \"Show "
                    "Details\", to copy.")
                dialogs.service.show_warning(parent, subject.removed, text,
                                             details=_listed(subject, mine, None))
                return None
            if attempts == ATTEMPTS:
                raise
            merged = merge(base, theirs, mine)
            mine = merged.keeping_mine
            if merged.clashes and not _keep_mine(parent, subject, merged.clashes, theirs, mine):
                mine = merged.keeping_theirs
                if mine == theirs:  # nothing of mine is left to save
                    show(theirs)
                    return theirs
            base = theirs
        else:
            if mine is not typed:
                show(mine)
            return saved


def _keep_mine(parent: QWidget, subject: Subject, clashes: tuple[str, ...], theirs: Any,
               mine: Any) -> bool:
    choice = dialogs.service.choose(parent, subject.changed, translate(
        "conflicts", "Someone else saved this while you were working on it, and you both "
        "changed the same things.\n\nTheirs:\n{theirs}\n\nYours:\n{mine}\n\nWhich do you "
        "want to keep? Anything else either of you changed is kept.").format(
            theirs=_listed(subject, theirs, clashes), mine=_listed(subject, mine, clashes)),
        [translate("conflicts", "Keep mine"), translate("conflicts", "Use theirs")])
    return choice != 1  # closing the box keeps what is on screen


def _listed(subject: Subject, record: Any, paths: tuple[str, ...] | None) -> str:
    described = subject.describe(record)
    lines = []
    for path, (label, text) in described.items():
        if paths is None or path in paths:
            shown = text if paths is None or len(text) <= SHOWN_CHARACTERS else (
                text[:SHOWN_CHARACTERS] + "…")
            lines.append(f"{label}: {shown}" if shown else translate(
                "conflicts", "{label}: (empty)").format(label=label))
    return "\n".join(lines)


def remove_checked(parent: QWidget, subject: Subject, remove: Callable[[], object]) -> bool:
    """Run `remove` (which checks the record's version); True when the record is gone now. If
    someone else changed it since it was shown, it stays, the person is told, and False."""
    try:
        remove()
    except RecordConflict as conflict:
        if conflict.theirs is None:
            return True  # someone else removed it already
        dialogs.service.show_warning(parent, subject.changed, translate(
            "conflicts", "Someone else changed this since it was shown, so it was not removed. "
            "Their changes are shown now: remove it again if you still want to."))
        return False
    return True


def show_text(widget: QLineEdit | QPlainTextEdit, text: str) -> None:
    """Put `text` in the box only if it differs, so the cursor of someone typing there stays."""
    if isinstance(widget, QLineEdit):
        if widget.text() != text:
            widget.setText(text)
    elif widget.toPlainText() != text:
        widget.setPlainText(text)
