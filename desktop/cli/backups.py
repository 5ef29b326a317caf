"""Command-line sub-commands that work on the database file itself, without opening it as the
app does (so they also work on a damaged one): `backup`, `restore` and `check`."""

from __future__ import annotations

import argparse
import sys
from pathlib import Path
from typing import TYPE_CHECKING, Any

from desktop.i18n import tr

if TYPE_CHECKING:
    from desktop.paths import DatabaseLocation

EXIT_OK, EXIT_FOUND, EXIT_PROBLEM = 0, 1, 2


def add_commands(commands: Any, common: argparse.ArgumentParser) -> None:
    backup = commands.add_parser("backup", parents=[common],
                                 help=tr("back up the database now (keeps the last --keep)"))
    backup.add_argument("--keep", type=int, default=10, help=tr("how many backups to keep"))
    backup.set_defaults(file_handler=_backup)
    restore = commands.add_parser(
        "restore", parents=[common],
        help=tr("list backups, or put one back (the current file is kept aside)"))
    restore.add_argument("backup", nargs="?", type=Path,
                         help=tr("the backup file to restore; without it, the list"))
    restore.add_argument("--newest", action="store_true",
                         help=tr("restore the newest backup that is not damaged"))
    restore.set_defaults(file_handler=_restore)
    check = commands.add_parser("check", parents=[common],
                                help=tr("check the database file for damage"))
    check.set_defaults(file_handler=_check)
    archive = commands.add_parser("archive", parents=[common],
                                  help=tr("everything in one .zip file, out or back in"))
    actions = archive.add_subparsers(dest="action", metavar="ACTION", required=True)
    out = actions.add_parser("export", parents=[common],
                             help=tr("write the database and evidence to one .zip"))
    out.add_argument("--out", type=Path, required=True)
    out.set_defaults(file_handler=_archive_export)
    back = actions.add_parser("import", parents=[common],
                              help=tr("check an export, then put it in place of this database "
                                      "(which is kept aside)"))
    back.add_argument("file", type=Path)
    back.set_defaults(file_handler=_archive_import)


def _file(location: DatabaseLocation) -> Path | None:
    if location.file is None:
        print(tr("This is a shared server database: its server's administrator backs it up and "
                 "checks it."), file=sys.stderr)
    return location.file


def _existing_file(location: DatabaseLocation) -> Path | None:
    """The database file to copy out of, or None (said why) when there is none to copy."""
    path = _file(location)
    if path is not None and not path.exists():
        print(tr("There is no database at {file} yet.").format(file=path), file=sys.stderr)
        return None
    return path


def _backup(args: argparse.Namespace, location: DatabaseLocation) -> int:
    from desktop.app.operations import OperationError, back_up

    path = _existing_file(location)
    if path is None:
        return EXIT_PROBLEM
    try:
        made = back_up(path, args.keep)
    except OperationError as error:
        return _said(error)
    print(tr("Backed up to {file}.").format(file=made))
    return EXIT_OK


def _said(error: Exception) -> int:
    """An operation's plain reason for doing nothing, told; the exit code for a problem."""
    from desktop.app.operations import OperationError

    print(error.told() if isinstance(error, OperationError) else str(error), file=sys.stderr)
    return EXIT_PROBLEM


def _restore(args: argparse.Namespace, location: DatabaseLocation) -> int:
    from desktop.app.operations import (
        OperationError,
        backups,
        newest_sound_backup,
        restore_backup,
    )

    path = _file(location)
    if path is None:
        return EXIT_PROBLEM
    chosen = args.backup
    if args.newest:
        newest = newest_sound_backup(path)
        chosen = newest.path if newest is not None else None
        if chosen is None:
            print(tr("There is no sound backup to restore."), file=sys.stderr)
            return EXIT_PROBLEM
    if chosen is None:
        listed = backups(path)
        if not listed:
            print(tr("No backups yet. Make one with: framework-ready backup"))
        for item in listed:
            print(f"{item.made_at.astimezone():%d/%m/%Y %H:%M}  {item.size // 1024:>7} KB  "
                  f"{item.organisation or tr('(cannot be read)')}  {item.path}")
        return EXIT_OK
    try:
        aside = restore_backup(path, Path(chosen))
    except OperationError as error:
        return _said(error)
    print(tr("Restored {backup}.").format(backup=chosen))
    if aside is not None:
        print(tr("The file it replaced is kept as {file}.").format(file=aside))
    return EXIT_OK


def _check(_args: argparse.Namespace, location: DatabaseLocation) -> int:
    from desktop.app.operations import damage

    path = _file(location)
    if path is None:
        return EXIT_PROBLEM
    problems = damage(path)
    if not problems:
        print(tr("{file} is sound: no damage and no broken links.").format(file=path))
        return EXIT_OK
    print(tr("{file} is damaged:").format(file=path))
    for problem in problems[:20]:
        print(f"- {problem}")
    print(tr("Restore the newest sound backup with: framework-ready restore --newest"))
    return EXIT_FOUND


def _archive_export(args: argparse.Namespace, location: DatabaseLocation) -> int:
    from desktop.app.operations import OperationError, export_everything
    from desktop.paths import evidence_folder

    path = _existing_file(location)
    if path is None:
        return EXIT_PROBLEM
    try:
        said = export_everything(path, evidence_folder(location), args.out, shown=str(args.out))
    except OperationError as error:
        return _said(error)
    print(said)
    return EXIT_OK


def _archive_import(args: argparse.Namespace, location: DatabaseLocation) -> int:
    from desktop.app.operations import OperationError, import_everything
    from desktop.paths import evidence_folder

    path = _file(location)
    if path is None:
        return EXIT_PROBLEM
    try:
        aside = import_everything(args.file, path, evidence_folder(location))
    except OperationError as error:
        return _said(error)
    print(tr("Imported {file}.").format(file=args.file))
    if aside is not None:
        print(tr("The database it replaced is kept as {file}.").format(file=aside))
    return EXIT_OK
