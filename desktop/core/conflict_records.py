"""Checked saves in the database: the row locked at the version the page read, and a save that
still lost the race raised as a RecordConflict (the rules and the merge: `core.conflicts`)."""

from __future__ import annotations

from collections.abc import Callable, Iterator
from contextlib import contextmanager
from typing import Any

from sqlalchemy.exc import IntegrityError
from sqlalchemy.orm import Session
from sqlalchemy.orm.exc import StaleDataError

from desktop.core.conflicts import RecordConflict, Row, check_version
from desktop.store.engine import Database
from desktop.store.locks import locked


def locked_at(session: Session, model: type[Row], key: Any, version: int | None,
              info: Callable[[Row], Any]) -> Row:
    """The row of `model` with primary key `key`, locked to the end of the transaction, at the
    version the page read; otherwise RecordConflict with `info(row)` (None: it was removed)."""
    row = locked(session, model, key)
    check_version(row, version, info)
    if row is None:
        raise RecordConflict(None)
    return row


@contextmanager
def checked_transaction(database: Database, theirs: Callable[[], Any]) -> Iterator[Session]:
    """One transaction for a checked save. If the row still changed between its read and its
    write (SQLAlchemy's own version check fails, e.g. on SQLite, which cannot lock one row), or
    someone else created the same row at the same moment (a unique key refused ours), the save
    is a RecordConflict too, with `theirs()` read afresh."""
    try:
        with database.transaction() as session:
            yield session
    except (StaleDataError, IntegrityError):
        raise RecordConflict(theirs()) from None
