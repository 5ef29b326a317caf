"""The schema revision this version of the app writes (the newest script in migrations/versions).

Kept apart from migrate.py so that reading it needs no SQLAlchemy; a test keeps it equal to the
migration scripts' head.
"""

SCHEMA_HEAD = "0017"
# Made by migration 0008 and kept by triggers (FTS5 on SQLite, with its shadow tables), not a
# model: comparing the models with the database leaves out every table named so.
SEARCH_INDEX = "search_index"


def is_model_table(name: str) -> bool:
    """False for the search index's tables, which no model describes."""
    return not name.startswith(SEARCH_INDEX)
