"""What changes the data as a whole, one function each, for the window and the command line:
backing up, restoring a backup, exporting everything to one file and importing it back, and
importing answers. (Making a document is `desktop.reports.registry.make_document`: drawing is
above this floor; it gathers through `desktop.app.documents` and fails with `OperationError`
through `failing_plainly` here.)

Each either finishes or changes nothing (one transaction, or a file swapped in whole after the
current one is kept aside), and each fails only with `OperationError`, whose `str()` is the
plain message to show (from `store.faults.explain` for a disk or database fault) and whose
`details` list the reasons when there are several. None of them touches the window: they are
safe to run on a worker thread (`desktop.ui.operation`), opening their own sessions.
"""

from __future__ import annotations

import json
import sqlite3
from collections.abc import Iterator, Mapping
from contextlib import contextmanager
from pathlib import Path
from typing import TYPE_CHECKING, Any

from desktop.i18n import tr
from desktop.store import archive, backup
from desktop.store.archive import ArchiveSummary
from desktop.store.backup import BackupInfo
from desktop.store.errors import DatabaseProblem
from desktop.store.faults import cannot_write, explain

if TYPE_CHECKING:  # the file operations load no SQLAlchemy: they work on a damaged file too
    from desktop.questionnaire.model import Form
    from desktop.store.engine import Database

ANSWERS_LIMIT = 50 * 1024 * 1024  # an answers file is text; anything bigger is not one
__all__ = ["ArchiveSummary", "BackupInfo", "Cancelled", "OperationError"]


class Cancelled(Exception):
    """The person cancelled (a document being made); nothing was written."""


class OperationError(Exception):
    """The operation did nothing; `str()` says why in plain words, `details` list reasons."""

    def __init__(self, message: str, details: tuple[str, ...] = ()) -> None:
        super().__init__(message)
        self.details = details

    def told(self) -> str:
        """The message with its reasons, one a line, as the window's dialog shows it."""
        return "\n".join([str(self), *(f"- {reason}" for reason in self.details)])


@contextmanager
def failing_plainly(file: Path, refused: str = "{reason}", *,
                    writing: Path | None = None) -> Iterator[None]:
    """Turn what can go wrong into one OperationError: a refusal (ValueError: a damaged backup,
    a refused archive) said through `refused`; a disk or database fault explained for the
    database `file`, or, when `writing` is given, for the file being written there."""
    try:
        yield
    except OperationError:
        raise
    except DatabaseProblem as error:
        raise OperationError(str(error)) from error
    except ValueError as error:
        raise OperationError(refused.format(reason=error)) from error
    except OSError as error:
        said = cannot_write(error, writing) if writing is not None else str(explain(error, file))
        raise OperationError(said) from error
    except sqlite3.Error as error:
        raise OperationError(str(explain(error, file))) from error


def writing_failed(error: OSError, target: Path) -> OperationError:
    """Why a file the person asked for (a PDF, a spreadsheet) could not be saved."""
    return OperationError(cannot_write(error, target))


# -- backups ------------------------------------------------------------------------------
def back_up(database_file: Path, keep: int) -> Path:
    """A backup now, then only the newest `keep` kept; return the backup made."""
    if not database_file.exists():
        raise OperationError(tr("There is no database at {file} yet.").format(file=database_file))
    with failing_plainly(database_file):
        made = backup.make_backup(database_file)
        backup.rotate(database_file, keep)
    return made


def back_up_if_due(database_file: Path, keep: int) -> Path | None:
    """The automatic backup (on exit): at most one a day, then only the newest `keep` kept;
    None when none was due. An OSError is left to the caller (nothing to tell: it is logged)."""
    return backup.backup_if_due(database_file, keep)


def backups(database_file: Path) -> list[BackupInfo]:
    """The backups of this database, newest first (a damaged one says so in its organisation)."""
    return backup.list_backups(database_file)


def newest_sound_backup(database_file: Path) -> BackupInfo | None:
    return backup.newest_sound(database_file)


def damage(database_file: Path) -> list[str]:
    """What is wrong with the database file, in plain words (nothing: it is sound)."""
    return backup.check(database_file)


def restore_backup(database_file: Path, chosen: Path) -> Path | None:
    """Put the backup `chosen` in place of the database; return where the current file was kept
    (None when there was none). The database must not be open in another process."""
    with failing_plainly(database_file, tr("Nothing was restored: {reason}")):
        return backup.restore(database_file, chosen)


# -- everything in one file ---------------------------------------------------------------
def export_everything(database_file: Path, evidence_folder: Path, target: Path, *,
                      shown: str = "") -> str:
    """The database and evidence written to the .zip `target`; return what to say about it
    (naming the file as `shown`, else by its name)."""
    if not database_file.exists():
        raise OperationError(tr("There is no database at {file} yet.").format(file=database_file))
    with failing_plainly(database_file, writing=target):
        summary = archive.export_archive(database_file, evidence_folder, target)
    return archive.exported(summary, shown or target.name)


def check_export(path: Path) -> ArchiveSummary:
    """What an export holds, once checked whole (every checksum) without unpacking it."""
    with failing_plainly(path):
        return archive.check_archive(path)


def evidence_files(count: int) -> str:
    """ "1 evidence file", "12 evidence files"."""
    return archive.evidence_files(count)


def import_everything(path: Path, database_file: Path, evidence_folder: Path) -> Path | None:
    """Put the export at `path` in place of the database and add its evidence files; return
    where the current database was kept (None when there was none)."""
    with failing_plainly(database_file, tr("Nothing was imported: {reason}")):
        return archive.import_archive(path, database_file, evidence_folder)


# -- answers ------------------------------------------------------------------------------
def read_answers_file(path: Path) -> Any:
    """The JSON of an answers file (checked when imported)."""
    try:
        if path.stat().st_size > ANSWERS_LIMIT:
            raise OperationError(tr("{file} is too big to be an answers file.").format(
                file=path))
        return json.loads(path.read_text(encoding="utf-8"))
    except FileNotFoundError as error:
        raise OperationError(tr("{file} was not found.").format(file=path)) from error
    except (OSError, UnicodeDecodeError, json.JSONDecodeError) as error:
        raise OperationError(tr("{file} is not a Framework Ready answers file.").format(
            file=path)) from error


def import_answers_file(database: Database, organisation_id: int, forms: Mapping[str, Form],
                        path: Path, framework_code: str) -> int:
    """Check every answer in the file, then save them all in one transaction (or none); return
    how many changed. Earlier wording is kept in each answer's history; answers that belong to
    one framework are saved for `framework_code`."""
    from desktop.core.answer_records import import_answers
    from desktop.core.answers import AnswersImportError
    from desktop.store.locks import BulkChangeBusy

    document = read_answers_file(path)
    try:
        return import_answers(database, organisation_id, forms, document, framework_code)
    except AnswersImportError as error:
        raise OperationError(tr("Nothing was imported, because:"),
                             tuple(error.problems)) from error
    except BulkChangeBusy as error:
        raise OperationError(tr("Nothing was changed. {reason}").format(reason=error)) from error
