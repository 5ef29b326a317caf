"""SQLAlchemy's errors told apart, so that nothing above `desktop.app` catches a SQLAlchemy type
itself: the window, the command line and the autosaver ask these (through `desktop.app.faults`)
what kind of database error they met, and say it in plain words."""

from __future__ import annotations

import sqlite3

from sqlalchemy.exc import DBAPIError, OperationalError, SQLAlchemyError
from sqlalchemy.orm.exc import StaleDataError

DatabaseError = SQLAlchemyError  # what any database call can raise besides OSError


def from_the_database(error: BaseException) -> bool:
    """The database (or its driver) refused or failed, rather than the program around it."""
    return isinstance(error, DBAPIError)


def not_reached(error: BaseException) -> bool:
    """The database could not be used at all just then (gone, locked, unreachable)."""
    return isinstance(error, OperationalError)


def server_lost(error: BaseException) -> bool:
    """A team database server that could not be reached (not a problem with a SQLite file)."""
    return isinstance(error, OperationalError) and not isinstance(error.orig, sqlite3.Error)


def changed_meanwhile(error: BaseException) -> bool:
    """The row changed between its read and its write (someone else saved at that moment)."""
    return isinstance(error, StaleDataError)
