"""Open the database and bring its framework catalogue up to date: what every start does.

A broken framework pack never stops the app: the database keeps the last good catalogue, and the
problem is reported in plain words for the window or the command line to show.
"""

from __future__ import annotations

import hashlib
import logging
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING

from desktop.core.catalogue import Catalogue, FrameworkInfo
from desktop.datafiles import framework_packs
from desktop.i18n import language, tr
from desktop.paths import DatabaseLocation, evidence_folder
from desktop.store.catalogue_sync import sync_pack, synced_pack_hashes
from desktop.store.engine import Database
from desktop.store.location_checks import location_warnings
from desktop.store.migrate import MIGRATIONS, open_database

if TYPE_CHECKING:
    from desktop.core.glossary import Glossary
    from desktop.questionnaire.model import Form

log = logging.getLogger(__name__)


class UnknownFramework(LookupError):
    """No framework pack has this code; `known` lists those there are."""

    def __init__(self, code: str, known: list[str]) -> None:
        self.code, self.known = code, known
        super().__init__(tr("There is no framework with the code \"{code}\". Known: {known}.")
                         .format(code=code, known=", ".join(known) or tr("none")))


class FrameworkView:
    """One framework as the pages show it: its catalogue, the forms bound to its choices
    (categories, areas, cohorts; its regime's questionnaires) and its glossary. The forms and
    the glossary are built on first use (a command that only reads the catalogue builds
    neither)."""

    __slots__ = ("_forms", "_glossary", "catalogue")

    def __init__(self, catalogue: Catalogue) -> None:
        self.catalogue = catalogue
        self._forms: dict[str, Form] | None = None
        self._glossary: Glossary | None = None

    @property
    def forms(self) -> dict[str, Form]:
        if self._forms is None:
            from desktop.core.qualification import qualification_forms

            self._forms = qualification_forms(self.catalogue)
        return self._forms

    @property
    def glossary(self) -> Glossary:
        """The framework's jargon, to link wherever it appears."""
        if self._glossary is None:
            from desktop.core.glossary import glossary_for

            self._glossary = glossary_for(self.catalogue.glossary)
        return self._glossary


@dataclass(slots=True)
class Workspace:
    """An open database with its catalogue synced, the framework the pages work on, and
    anything the person should be told.

    Which framework the pages work on, in the order a person would look for it:
    1. the one the charity chose ("Work on this framework", the "Working on" chooser);
    2. else the first one it follows (the sample charity follows the PSDF, then CAS);
    3. else the default: the framework open to new suppliers that has been open longest. Today
       that is the Probation Services Dynamic Framework (open since June 2020); a framework
       that is closed, planned or expired comes after every open one, the earliest opened
       first, then by name. So a new pack never takes over a charity that has not chosen
       just because its name sorts first.
    The command line's --framework overrides it for one command (`use_framework`).

    Each framework is read once per language and kept (`view`): switching back and forth in
    the "Working on" chooser reads nothing again; syncing a pack (`sync_packs`) forgets them."""

    database: Database
    evidence_folder: Path
    pack_problems: list[str] = field(default_factory=list)
    location_warnings: list[str] = field(default_factory=list)  # e.g. a folder OneDrive syncs
    framework_code: str = ""  # the chosen framework ("" when no pack was ever loaded)
    # (framework code, language) → that framework as read: see `view`
    _views: dict[tuple[str, str], FrameworkView] = field(
        default_factory=dict, init=False, repr=False, compare=False)

    def close(self) -> None:
        self.database.close()

    @property
    def file(self) -> Path | None:
        """The SQLite file the data is in (backed up, exported, replaced by a restore); None
        for a server database, which its server's administrator backs up."""
        return self.database.location.file

    def where(self) -> str:
        """Where the data is, as it can be shown (a server's address without its password)."""
        return self.database.location.describe()

    def view(self, code: str = "") -> FrameworkView:
        """Framework `code` (else the chosen one) in the language `tr()` speaks now, read once
        and kept; NoCatalogue when there is no such pack in the database."""
        key = (code or self.framework_code, language())
        view = self._views.get(key)
        if view is None:
            from desktop.core.catalogue_records import load_catalogue

            view = self._views[key] = FrameworkView(load_catalogue(self.database, key[0]))
        return view

    def keep(self, catalogue: Catalogue) -> None:
        """A catalogue already read from this database in the language spoken now (the
        window's quick first look, which found every pack synced): kept, not read again."""
        self._views.setdefault((catalogue.framework.code, language()), FrameworkView(catalogue))

    def forget_frameworks(self) -> None:
        """The packs changed: every framework is read again when next asked for."""
        self._views.clear()

    def catalogue(self) -> Catalogue:
        """The chosen framework's catalogue; NoCatalogue when no pack was ever loaded."""
        return self.view().catalogue

    def forms(self) -> dict[str, Form]:
        """The chosen framework's forms (profile, questionnaires, result), bound to it."""
        return self.view().forms

    def glossary(self) -> Glossary:
        return self.view().glossary

    def frameworks(self) -> list[FrameworkInfo]:
        """Every framework pack in the database, by name."""
        from desktop.core.catalogue_records import framework_infos

        return framework_infos(self.database)

    def use_framework(self, code: str) -> None:
        """Work on `code` for now (the command line's --framework), without remembering it."""
        known = [info.code for info in self.frameworks()]
        if code not in known:
            raise UnknownFramework(code, known)
        self.framework_code = code

    def choose_framework(self, organisation_id: int, code: str) -> None:
        """Work on `code` from now on: remembered for the organisation (and followed)."""
        from desktop.core.framework_records import choose

        self.use_framework(code)
        choose(self.database, organisation_id, code)

    def follow_framework(self, organisation_id: int, code: str, following: bool) -> None:
        from desktop.core.framework_records import set_following

        if code not in [info.code for info in self.frameworks()]:
            raise UnknownFramework(code, [info.code for info in self.frameworks()])
        set_following(self.database, organisation_id, code, following)

    def followed_codes(self, organisation_id: int) -> list[str]:
        """The frameworks the organisation follows, in its order."""
        from desktop.core.framework_records import followed

        return [row.framework_code for row in followed(self.database, organisation_id)
                if row.following]

    def settle_framework(self, organisation_id: int | None) -> str:
        """Pick the framework the pages work on by the rule in the class docstring."""
        from desktop.core.catalogue_records import chosen_framework

        self.framework_code = chosen_framework(self.database, organisation_id)
        return self.framework_code


def migration_scripts() -> Path:
    """The folder of the database's migration scripts (an installed copy must carry it)."""
    return MIGRATIONS


def open_workspace(location: DatabaseLocation, packs: list[Path] | None = None) -> Workspace:
    """Open (create, migrate) the database at `location` and sync the shipped framework packs."""
    workspace = Workspace(open_database(location), evidence_folder(location))
    if location.file is not None:
        workspace.location_warnings = location_warnings(location.file)
    if not workspace.database.read_only:  # else shown as it is: synced when it can be saved
        workspace.pack_problems = sync_packs(workspace, framework_packs()
                                             if packs is None else packs)
    from desktop.core.organisation_records import current_organisation

    organisation = current_organisation(workspace.database)
    code = workspace.settle_framework(organisation.id if organisation else None)
    if organisation is not None and not workspace.database.read_only:
        from desktop.core.opportunity_records import adopt_unassigned

        adopt_unassigned(workspace.database, organisation.id, code)  # upgraded before any pack
    return workspace


def sync_packs(workspace: Workspace, packs: list[Path]) -> list[str]:
    """Sync each pack whose file changed since it was last loaded; return plain-English problems.
    The workspace then reads its frameworks again."""
    database = workspace.database
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
        workspace.forget_frameworks()
    return problems
