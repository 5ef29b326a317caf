"""Problems opening a database, each with a message a charity worker can act on."""

from __future__ import annotations


class DatabaseProblem(Exception):
    """A database could not be opened; `str()` is the plain-English explanation."""


class FolderNotWritable(DatabaseProblem):
    pass


class NotADatabase(DatabaseProblem):
    pass


class NewerDatabase(DatabaseProblem):
    pass


class ServerUnavailable(DatabaseProblem):
    pass


class DamagedDatabase(DatabaseProblem):
    """The file is ours but damaged (e.g. a flat battery mid-write): restore a backup."""


class DiskFull(DatabaseProblem):
    """The disk holding the database has no room: nothing is wrong with the file itself."""


class ReadOnly(DatabaseProblem):
    """The file, its folder or the whole disk is read-only: it can be read, not changed."""


class PermissionDenied(DatabaseProblem):
    """This user account may not read or change the file."""


class DatabaseBusy(DatabaseProblem):
    """Another program (or window) is using the file in a way that stops this one."""


class InUse(DatabaseBusy):
    """The window has this database open: it must not be replaced from outside."""


class MissingDatabase(DatabaseProblem):
    """The file is gone but its folder shows it was there: restore, never start afresh."""

    def __init__(self, message: str, newest_copy: object = None) -> None:
        super().__init__(message)
        self.newest_copy = newest_copy


class DiskTrouble(DatabaseProblem):
    """The computer could not read or write the disk (it may be failing or was removed)."""


class NetworkLocation(DatabaseProblem):
    """The file is on a network share, where SQLite's locking is not safe (team mode is)."""


class PathTooLong(DatabaseProblem):
    """Windows, without long paths, could not open the files kept for this database."""
