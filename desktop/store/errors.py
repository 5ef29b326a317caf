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
