"""Read what the window shows first without loading SQLAlchemy: the everyday start, made fast.

When the database is a SQLite file that is already up to date (its schema is this version's and
its framework packs are the ones shipped), the organisation and the catalogue are read through a
read-only stdlib connection in a few milliseconds. Anything else (first run, an upgrade, a changed
or broken pack, a damaged file, a server database) answers None, and the full opening path
(`app.workspace`) decides what to do and say. The full path runs afterwards in any case, so every
check still happens; this only lets the person see their data while it does.
"""

from __future__ import annotations

import hashlib
import logging
import sqlite3
from dataclasses import dataclass
from pathlib import Path

from desktop.core.catalogue import Catalogue, NoCatalogue
from desktop.core.catalogue_records import catalogue_from_rows
from desktop.core.organisation import OrganisationInfo
from desktop.datafiles import framework_packs
from desktop.paths import DatabaseLocation
from desktop.store.catalogue_rows import (
    catalogue_rows,
    first_organisation,
    framework_choice,
    framework_hashes,
    schema_revision,
)
from desktop.store.schema import SCHEMA_HEAD
from desktop.store.sqlite_file import has_sqlite_header, open_read_only

log = logging.getLogger(__name__)


@dataclass(frozen=True, slots=True)
class FirstLook:
    organisation: OrganisationInfo
    catalogue: Catalogue  # the framework the organisation's pages work on


def first_look(location: DatabaseLocation, packs: list[Path] | None = None) -> FirstLook | None:
    """The organisation and catalogue if they can be read safely right now, else None."""
    path = location.file
    if path is None or not path.is_file() or not has_sqlite_header(path):
        return None
    shipped = {hashlib.sha256(pack.read_bytes()).hexdigest()
               for pack in (framework_packs() if packs is None else packs)}
    try:
        connection = open_read_only(path)
        try:
            if schema_revision(connection) != SCHEMA_HEAD:
                return None
            if not shipped <= framework_hashes(connection):
                return None  # a pack changed: the full path syncs it first
            organisation = first_organisation(connection)
            if organisation is None:
                return None  # first run: the welcome page needs the full path to save
            code = framework_choice(connection, organisation["id"])
            catalogue = catalogue_from_rows(catalogue_rows(connection, code), code)
        finally:
            connection.close()
    except (sqlite3.Error, NoCatalogue) as error:
        log.info("Quick first look not possible (%s); opening the full way", error)
        return None
    return FirstLook(
        OrganisationInfo(organisation["id"], organisation["name"],
                         organisation["charity_number"], organisation["company_number"],
                         bool(organisation["is_sample"])),
        catalogue)
