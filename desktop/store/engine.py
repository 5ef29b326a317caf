"""The one engine factory: SQLite tuned for safety (WAL, synchronous=FULL, foreign keys, a busy
timeout) or a PostgreSQL URL for team mode, and the session factory built on it.

On PostgreSQL every connection gives up instead of hanging: connecting within CONNECT_SECONDS, a
dropped network noticed within NETWORK_SECONDS (TCP keepalives and a user timeout), and no wait
for another person's lock longer than LOCK_WAIT_MS. The window saves as the person works, so
each of these is at worst a short pause, after which it says plainly that the server cannot be
reached and keeps what was typed (see desktop/ui/widgets/autosave.py).
"""

from __future__ import annotations

import sqlite3
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass

from sqlalchemy import Engine, create_engine, event
from sqlalchemy.orm import Session, sessionmaker

from desktop.paths import DatabaseLocation

BUSY_TIMEOUT_MS = 10_000
CONNECT_SECONDS = 5
NETWORK_SECONDS = 10
LOCK_WAIT_MS = 10_000


def _set_sqlite_pragmas(dbapi_connection, _record) -> None:
    cursor = dbapi_connection.cursor()
    try:
        cursor.execute(f"PRAGMA busy_timeout = {BUSY_TIMEOUT_MS}")
        cursor.execute("PRAGMA journal_mode = WAL")
        cursor.execute("PRAGMA synchronous = FULL")
        cursor.execute("PRAGMA foreign_keys = ON")
    finally:
        cursor.close()


def _set_read_only_pragmas(dbapi_connection, _record) -> None:
    cursor = dbapi_connection.cursor()
    try:
        cursor.execute(f"PRAGMA busy_timeout = {BUSY_TIMEOUT_MS}")
        cursor.execute("PRAGMA query_only = ON")
    finally:
        cursor.close()


def make_engine(location: DatabaseLocation, read_only: bool = False) -> Engine:
    """Create the engine for `location`; SQLite connections get the safety pragmas.

    `read_only` (a file the person made read-only, or on a read-only disk) opens the file so it
    cannot be written at all, without switching its journal mode.
    """
    if location.file is not None and read_only:
        from desktop.store.sqlite_file import read_only_choice, read_only_uri

        uri = read_only_uri(location.file, read_only_choice(location.file))
        engine = create_engine("sqlite://", creator=lambda: sqlite3.connect(
            uri, uri=True, timeout=BUSY_TIMEOUT_MS / 1000, check_same_thread=False))
        event.listen(engine, "connect", _set_read_only_pragmas)
        return engine
    if location.is_sqlite:
        engine = create_engine(location.url, connect_args={"timeout": BUSY_TIMEOUT_MS / 1000})
        event.listen(engine, "connect", _set_sqlite_pragmas)
        return engine
    return create_engine(location.url, pool_pre_ping=True,
                         connect_args=_postgres_arguments(location.url))


def _postgres_arguments(url: str) -> dict[str, object]:
    """libpq settings that bound every wait (see the module docstring); any the URL sets win."""
    from sqlalchemy.engine import make_url

    given = make_url(url).query
    arguments: dict[str, object] = {
        "connect_timeout": CONNECT_SECONDS, "keepalives": 1, "keepalives_idle": 5,
        "keepalives_interval": 2, "keepalives_count": 3,
        "tcp_user_timeout": NETWORK_SECONDS * 1000,
        "options": f"-c lock_timeout={LOCK_WAIT_MS}",
    }
    return {key: value for key, value in arguments.items() if key not in given}


@dataclass(frozen=True, slots=True)
class Database:
    """An open, migrated database: where it is, its engine and its session factory."""

    location: DatabaseLocation
    engine: Engine
    sessions: sessionmaker[Session]
    read_only: str = ""  # why it cannot be saved to ("file", "folder", "mount"), or ""

    @contextmanager
    def transaction(self) -> Iterator[Session]:
        """One unit of work: commits on success, rolls back on any error."""
        with self.sessions.begin() as session:
            yield session

    @contextmanager
    def single_transaction(self) -> Iterator[Database]:
        """A Database on one connection in one transaction: the functions given it open their own
        sessions and transactions as usual, but those join this one, so a change of many steps
        (the sample charity) commits whole when the block ends, or not at all."""
        with self.engine.connect() as connection, connection.begin():
            yield Database(self.location, self.engine, sessionmaker(
                connection, expire_on_commit=False, join_transaction_mode="rollback_only"),
                self.read_only)

    def close(self) -> None:
        self.engine.dispose()


def make_database(location: DatabaseLocation, engine: Engine | None = None,
                  read_only: str = "") -> Database:
    engine = engine or make_engine(location, bool(read_only))
    return Database(location, engine, sessionmaker(engine, expire_on_commit=False), read_only)
