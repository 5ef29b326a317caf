"""Locks for team mode: one bulk change per organisation at a time, and rows held while checked.

A bulk change (an answers import, the sample charity, a restore or archive import, any future
import) calls `bulk_change` first in its transaction. On PostgreSQL that takes a transaction-level
advisory lock for the organisation: a second bulk change waits for the first to commit, then reads
what it left and applies in full; if the first takes longer than `BULK_WAIT_SECONDS`, the second
stops with `BulkChangeBusy` and writes nothing. The lock goes with the transaction (commit,
rollback, a killed process or a dropped connection), so it can never be left behind. On SQLite
the first statement is a write, so the file's one-writer lock is held from the first read on.

`locked` reads one row with SELECT … FOR UPDATE (on PostgreSQL; SQLite's write lock does the
same), so a version checked on it cannot change before the transaction writes.
"""

from __future__ import annotations

from typing import Any, TypeVar

from sqlalchemy import Connection, func, select, text
from sqlalchemy.exc import OperationalError
from sqlalchemy.orm import Session

BULK_WAIT_SECONDS = 30
# The first key of every advisory lock this app takes ("FR" and 1), so that another program's
# advisory locks in a shared PostgreSQL database never collide with ours.
LOCK_SPACE = 0x46520001
WHOLE_DATABASE = 0  # the lock "organisation" for changes made before there is one (the sample)
LOCK_NOT_AVAILABLE = "55P03"  # PostgreSQL's SQLSTATE when lock_timeout ends a wait

Row = TypeVar("Row")


class BulkChangeBusy(Exception):
    """Another bulk change for the same organisation held the lock for too long; nothing was
    written, and `str()` is the sentence to show (the `what` given to `bulk_change`)."""


def bulk_change(bind: Session | Connection, organisation_id: int, what: str,
                wait_seconds: float | None = None) -> None:
    """Make the rest of this transaction the only bulk change for `organisation_id`.

    `what` is the sentence the person is shown if the wait runs out ("Someone else is importing
    answers for this organisation; try again in a moment."). Call it before the transaction
    reads what it will change. The wait is `wait_seconds`, or BULK_WAIT_SECONDS.
    """
    dialect = bind.get_bind().dialect if isinstance(bind, Session) else bind.dialect
    if dialect.name != "postgresql":
        # SQLite: a write (matching no row) takes the one-writer lock for the whole transaction.
        bind.execute(text("UPDATE organisation SET id = id WHERE id = :id"),
                     {"id": organisation_id})
        return
    wait_ms = int((wait_seconds or BULK_WAIT_SECONDS) * 1000)
    previous = bind.execute(select(func.current_setting("lock_timeout"))).scalar_one()
    bind.execute(select(func.set_config("lock_timeout", f"{wait_ms}ms", True)))
    try:
        bind.execute(select(func.pg_advisory_xact_lock(LOCK_SPACE, organisation_id)))
    except OperationalError as error:
        if getattr(error.orig, "sqlstate", None) == LOCK_NOT_AVAILABLE:
            raise BulkChangeBusy(what) from error
        raise
    bind.execute(select(func.set_config("lock_timeout", previous, True)))


def locked(session: Session, model: type[Row], key: Any) -> Row | None:
    """The row of `model` with primary key `key`, locked until the transaction ends (None when it
    is not there, e.g. someone else removed it)."""
    return session.get(model, key, with_for_update=True, populate_existing=True)
