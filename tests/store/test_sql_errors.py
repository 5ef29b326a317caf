"""The kinds of database error the window and the command line tell apart (`app.faults`), met
for real: a SQLite file refusing a statement, a team server that is not there, a row changed
between its read and its write."""

from __future__ import annotations

from pathlib import Path

import pytest
from sqlalchemy import create_engine, text
from sqlalchemy.exc import SQLAlchemyError

from desktop.app.faults import (
    DatabaseError,
    changed_meanwhile,
    from_the_database,
    not_reached,
    server_lost,
)


def test_a_sqlite_file_that_refuses_is_not_a_lost_server(tmp_path: Path) -> None:
    engine = create_engine(f"sqlite:///{tmp_path / 'x.sqlite3'}")
    with pytest.raises(DatabaseError) as caught, engine.connect() as connection:
        connection.execute(text("SELECT * FROM no_such_table"))
    error = caught.value
    assert from_the_database(error) and not_reached(error) and not server_lost(error)
    assert not changed_meanwhile(error)


def test_a_team_server_that_is_not_there_is_lost() -> None:
    engine = create_engine("postgresql+psycopg://team@127.0.0.1:1/framework",
                           connect_args={"connect_timeout": 2})
    with pytest.raises(SQLAlchemyError) as caught:
        engine.connect()
    error = caught.value
    assert from_the_database(error) and not_reached(error) and server_lost(error)


def test_other_errors_are_none_of_these() -> None:
    error = ValueError("not a database error")
    assert not isinstance(error, DatabaseError)
    assert not any(kind(error) for kind in (from_the_database, not_reached, server_lost,
                                              changed_meanwhile))
