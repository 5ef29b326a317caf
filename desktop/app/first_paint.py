"""What the window shows first, before the full open: light enough for the first paint.

This module loads no SQLAlchemy (the window imports it before the database is open); the
Workspace it points to lives in `desktop.app.workspace`.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import TYPE_CHECKING

from desktop.core.catalogue import Catalogue
from desktop.core.organisation import OrganisationInfo
from desktop.paths import DatabaseLocation

if TYPE_CHECKING:
    from desktop.app.workspace import Workspace


@dataclass(frozen=True, slots=True)
class FirstPaint:
    """What the window shows first: where the data is, who, and which catalogue, read by the
    quick first look (core/quick_open) before the full open, or from the open workspace.

    Not a second "what is open" bundle: once `workspace` is set, the Workspace is the one
    source; `organisation` and `catalogue` are only what the first screen was painted from."""

    location: DatabaseLocation
    organisation: OrganisationInfo | None
    catalogue: Catalogue | None  # None when no framework pack was ever loaded
    workspace: Workspace | None = None  # None while the database is still being opened


def first_paint(workspace: Workspace) -> FirstPaint:
    """What the window shows, read from an open workspace."""
    from desktop.core.catalogue import NoCatalogue
    from desktop.core.organisation_records import current_organisation

    try:
        catalogue = workspace.catalogue()
    except NoCatalogue:
        catalogue = None
    return FirstPaint(workspace.database.location, current_organisation(workspace.database),
                      catalogue, workspace)
