"""What the working pages share once the database is open: who, which framework, which forms,
and the window's runner for slow work."""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING

from desktop.core.catalogue import Catalogue
from desktop.core.glossary import Glossary, glossary_for
from desktop.core.organisation import OrganisationInfo
from desktop.questionnaire.model import Form
from desktop.ui.operation import Operations

if TYPE_CHECKING:
    from desktop.app.workspace import Database


@dataclass(frozen=True, slots=True)
class PageContext:
    database: Database
    organisation: OrganisationInfo
    catalogue: Catalogue
    forms: dict[str, Form]  # bound to the catalogue's choices
    evidence_folder: Path
    # The window's runner for slow work (one at a time); a page on its own gets one of its own.
    operations: Operations = field(default_factory=Operations)

    @property
    def glossary(self) -> Glossary:
        """The framework's jargon, to link wherever it appears (built once per catalogue)."""
        return glossary_for(self.catalogue.glossary)
