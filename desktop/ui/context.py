"""What the working pages share once the database is open: the workspace (the database, the
chosen framework with its catalogue, forms and glossary), who, and the window's runner for slow
work.

Not a second "what is open" bundle: everything but the organisation and the runner is read from
the Workspace, which keeps each framework it has read (desktop/app/workspace.py)."""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import TYPE_CHECKING

from desktop.core.organisation import OrganisationInfo
from desktop.ui.operation import Operations

if TYPE_CHECKING:
    from pathlib import Path

    from desktop.app.workspace import Database, Workspace
    from desktop.core.catalogue import Catalogue
    from desktop.core.glossary import Glossary
    from desktop.questionnaire.model import Form


@dataclass(frozen=True, slots=True)
class PageContext:
    workspace: Workspace
    organisation: OrganisationInfo
    # The window's runner for slow work (one at a time); a page on its own gets one of its own.
    operations: Operations = field(default_factory=Operations)

    @property
    def database(self) -> Database:
        return self.workspace.database

    @property
    def evidence_folder(self) -> Path:
        return self.workspace.evidence_folder

    @property
    def catalogue(self) -> Catalogue:
        """The chosen framework's catalogue."""
        return self.workspace.catalogue()

    @property
    def forms(self) -> dict[str, Form]:
        """The shipped forms, bound to the chosen framework's choices."""
        return self.workspace.forms()

    @property
    def glossary(self) -> Glossary:
        """The chosen framework's jargon, to link wherever it appears."""
        return self.workspace.glossary()
