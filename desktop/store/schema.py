"""The schema revision this version of the app writes (the newest script in migrations/versions).

Kept apart from migrate.py so that reading it needs no SQLAlchemy; a test keeps it equal to the
migration scripts' head.
"""

SCHEMA_HEAD = "0010"
