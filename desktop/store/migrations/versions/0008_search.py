"""Search: a full-text index over what the charity typed or stored, kept by triggers

Revision ID: 0008
Revises: 0007
Create Date: 2026-12-02 09:00:00

One row per answer, evidence document, opportunity, task, partner and portal-journey step, with
its words in `body`. The row's id is the source row's id × 8 + the kind's number (see
`desktop.core.search.Kind`), so a trigger finds its row by key, never by a scan. The database
keeps the index in step itself: every save path, present or future, is covered.

SQLite: an FTS5 table (words folded to lower case and without accents: "gwr" finds "gŵr"); if
this SQLite has no FTS5, an ordinary table searched with LIKE. PostgreSQL: an ordinary table with
a GIN index on to_tsvector('simple', body).

A later migration that rebuilds one of these tables on SQLite (batch_alter_table copies it) drops
its triggers: it must make them again (tests/core/test_search.py checks they are all there).
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0008"
down_revision = "0007"
branch_labels = None
depends_on = None

KINDS = 8  # room for the kinds below and a few more
# table → (kind number, the owning organisation, the columns whose words are indexed)
SOURCES = {
    "answer": (1, "{row}.organisation_id", ()),  # the text inside the JSON answer, below
    "evidence": (2, "{row}.organisation_id", ("title", "file_name", "notes")),
    "opportunity": (3, "{row}.organisation_id", ("title", "buyer_reference", "notes",
                                                 "outcome_reason", "decision_why",
                                                 "decided_by")),
    "task": (4, "(SELECT organisation_id FROM opportunity WHERE id = {row}.opportunity_id)",
             ("title", "owner")),
    "partner": (5, "{row}.organisation_id", ("name", "charity_number", "company_number",
                                             "notes")),
    "journey_step": (6, "{row}.organisation_id", ("notes",)),
}
# The strings inside an answer's JSON (a typed text, a choice, a repeating group's cells).
SQLITE_ANSWER = ("CASE WHEN json_valid({row}.raw) THEN (SELECT group_concat(value, ' ') FROM "
                 "json_tree({row}.raw) WHERE type = 'text') ELSE {row}.raw END")
POSTGRES_ANSWER = "search_answer_words({row}.raw)"  # the function made below


Sources = dict[str, tuple[int, str, tuple[str, ...]]]


def _body(sources: Sources, table: str, row: str, answer: str) -> str:
    columns = sources[table][2]
    if not columns:
        return answer.format(row=row)
    return " || ' ' || ".join(f"coalesce({row}.{column}, '')" for column in columns)


def _sqlite_has_fts5() -> bool:
    connection = op.get_bind()
    try:
        connection.exec_driver_sql("CREATE VIRTUAL TABLE temp.fts5_probe USING fts5(body)")
    except sa.exc.OperationalError:
        return False
    connection.exec_driver_sql("DROP TABLE temp.fts5_probe")
    return True


def _sqlite() -> None:
    if _sqlite_has_fts5():
        op.execute("CREATE VIRTUAL TABLE search_index USING fts5(body, organisation_id "
                   "UNINDEXED, tokenize = 'unicode61 remove_diacritics 2')")
    else:
        op.execute("CREATE TABLE search_index (rowid INTEGER PRIMARY KEY, body TEXT, "
                   "organisation_id INTEGER)")
    sqlite_sources(SOURCES)


def sqlite_sources(sources: Sources) -> None:
    """Index each table of `sources` (and keep it indexed by triggers): also used by later
    migrations that add a kind."""
    for table, (kind, owner, columns) in sources.items():
        new = (f"INSERT INTO search_index (rowid, body, organisation_id) VALUES ("
               f"NEW.id * {KINDS} + {kind}, {_body(sources, table, 'NEW', SQLITE_ANSWER)}, "
               f"{owner.format(row='NEW')});")
        old = f"DELETE FROM search_index WHERE rowid = OLD.id * {KINDS} + {kind};"
        watched = ", ".join(columns or ("raw",))
        op.execute(f"CREATE TRIGGER search_{table}_insert AFTER INSERT ON {table} "
                   f"BEGIN {new} END")
        op.execute(f"CREATE TRIGGER search_{table}_update AFTER UPDATE OF {watched} ON {table} "
                   f"BEGIN {old} {new} END")
        op.execute(f"CREATE TRIGGER search_{table}_delete AFTER DELETE ON {table} "
                   f"BEGIN {old} END")
        op.execute(f"INSERT INTO search_index (rowid, body, organisation_id) SELECT "
                   f"{table}.id * {KINDS} + {kind}, {_body(sources, table, table, SQLITE_ANSWER)}, "
                   f"{owner.format(row=table)} FROM {table}")


def _postgresql() -> None:
    op.execute("CREATE TABLE search_index (id BIGINT PRIMARY KEY, body TEXT NOT NULL, "
               "organisation_id INTEGER)")
    op.execute("CREATE INDEX ix_search_index_words ON search_index USING gin "
               "(to_tsvector('simple', body))")
    op.execute("CREATE INDEX ix_search_index_organisation ON search_index (organisation_id)")
    # PostgreSQL's JSON has no NUL character: an answer holding one (or any JSON it cannot
    # read) is indexed as it is stored rather than refused.
    op.execute(r"""
CREATE FUNCTION search_answer_words(raw TEXT) RETURNS TEXT AS $$
BEGIN
  RETURN (SELECT string_agg(leaf #>> '{}', ' ') FROM
          jsonb_path_query(replace(raw, '\u0000', '')::jsonb, 'strict $.**') AS leaf
          WHERE jsonb_typeof(leaf) = 'string');
EXCEPTION WHEN others THEN
  RETURN raw;
END $$ LANGUAGE plpgsql IMMUTABLE""")
    postgresql_sources(SOURCES)


def postgresql_sources(sources: Sources) -> None:
    """As `sqlite_sources`, with one trigger function per table."""
    for table, (kind, owner, _columns) in sources.items():
        op.execute(f"""
CREATE FUNCTION search_{table}() RETURNS trigger AS $$
BEGIN
  IF TG_OP <> 'INSERT' THEN
    DELETE FROM search_index WHERE id = OLD.id * {KINDS} + {kind};
  END IF;
  IF TG_OP <> 'DELETE' THEN
    INSERT INTO search_index (id, body, organisation_id) VALUES (NEW.id * {KINDS} + {kind},
      coalesce({_body(sources, table, 'NEW', POSTGRES_ANSWER)}, ''), {owner.format(row='NEW')});
  END IF;
  RETURN NULL;
END $$ LANGUAGE plpgsql""")
        op.execute(f"CREATE TRIGGER search_{table} AFTER INSERT OR UPDATE OR DELETE ON {table} "
                   f"FOR EACH ROW EXECUTE FUNCTION search_{table}()")
        op.execute(f"INSERT INTO search_index (id, body, organisation_id) SELECT "
                   f"{table}.id * {KINDS} + {kind}, "
                   f"coalesce({_body(sources, table, table, POSTGRES_ANSWER)}, ''), "
                   f"{owner.format(row=table)} FROM {table}")


def upgrade() -> None:
    if op.get_bind().dialect.name == "sqlite":
        _sqlite()
    else:
        _postgresql()


def drop_sources(sources: Sources) -> None:
    """Undo `sqlite_sources` / `postgresql_sources`: the triggers and the indexed rows."""
    sqlite = op.get_bind().dialect.name == "sqlite"
    for table, (kind, _owner, _columns) in sources.items():
        if sqlite:
            for event in ("insert", "update", "delete"):
                op.execute(f"DROP TRIGGER search_{table}_{event}")
        else:
            op.execute(f"DROP TRIGGER search_{table} ON {table}")
            op.execute(f"DROP FUNCTION search_{table}()")
        key = "rowid" if sqlite else "id"
        op.execute(f"DELETE FROM search_index WHERE {key} % {KINDS} = {kind}")


def downgrade() -> None:
    sqlite = op.get_bind().dialect.name == "sqlite"
    drop_sources(SOURCES)
    if not sqlite:
        op.execute("DROP FUNCTION search_answer_words(TEXT)")
    op.execute("DROP TABLE search_index")
