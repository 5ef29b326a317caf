"""Open the database and bring its framework catalogue up to date: what every start does.

A broken framework pack never stops the app: the database keeps the last good catalogue, and the
problem is reported in plain words for the window or the command line to show.
"""

from __future__ import annotations

import hashlib
import logging
from dataclasses import dataclass, field
from pathlib import Path

from desktop.datafiles import framework_packs
from desktop.i18n import tr
from desktop.paths import DatabaseLocation, evidence_folder
from desktop.store.catalogue_sync import sync_pack, synced_pack_hashes
from desktop.store.engine import Database
from desktop.store.location_checks import location_warnings
from desktop.store.migrate import open_database

log = logging.getLogger(__name__)


@dataclass(slots=True)
class Workspace:
    """An open database with its catalogue synced, and anything the person should be told."""

    database: Database
    evidence_folder: Path
    pack_problems: list[str] = field(default_factory=list)
    location_warnings: list[str] = field(default_factory=list)  # e.g. a folder OneDrive syncs

    def close(self) -> None:
        self.database.close()


def open_workspace(location: DatabaseLocation, packs: list[Path] | None = None) -> Workspace:
    """Open (create, migrate) the database at `location` and sync the shipped framework packs."""
    workspace = Workspace(open_database(location), evidence_folder(location))
    if location.file is not None:
        workspace.location_warnings = location_warnings(location.file)
    if workspace.database.read_only:
        return workspace  # shown as it is: the shipped packs are synced when it can be saved
    workspace.pack_problems = sync_packs(workspace.database, framework_packs() if packs is None
                                         else packs)
    return workspace


def sync_packs(database: Database, packs: list[Path]) -> list[str]:
    """Sync each pack whose file changed since it was last loaded; return plain-English problems."""
    with database.sessions() as session:
        known = synced_pack_hashes(session)
    problems = []
    for path in packs:
        if hashlib.sha256(path.read_bytes()).hexdigest() in known:
            continue  # the common start: nothing changed, nothing parsed (nor its parser loaded)
        from desktop.catalogue.loader import PackError, load_pack

        try:
            pack = load_pack(path)
        except PackError as error:
            log.error("Framework pack not loaded: %s", error)
            problems.append(tr("The framework information in {file} could not be read, so the "
                               "last good copy is shown. Details: {error}").format(
                                   file=path.name, error=error))
            continue
        with database.transaction() as session:
            sync_pack(session, pack)
    return problems
