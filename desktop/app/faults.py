"""What can go wrong with the database, as the window and the command line tell it apart: the
store's problems (each a `DatabaseProblem` whose `str()` is the plain message), the explanation
of a disk or database fault, and the kinds of database error, so nothing above this floor
imports the store or SQLAlchemy to catch them."""

from __future__ import annotations

from desktop.store.errors import DamagedDatabase, DatabaseProblem, MissingDatabase
from desktop.store.faults import explain, read_only
from desktop.store.locks import BulkChangeBusy
from desktop.store.sql_errors import (
    DatabaseError,
    changed_meanwhile,
    from_the_database,
    not_reached,
    server_lost,
)

__all__ = [
    "BulkChangeBusy", "DamagedDatabase", "DatabaseError", "DatabaseProblem", "MissingDatabase",
    "changed_meanwhile", "explain", "from_the_database", "not_reached", "read_only",
    "server_lost",
]
