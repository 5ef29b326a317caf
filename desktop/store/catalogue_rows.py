"""Plain SQL reads of the catalogue and the organisation, over any DB-API connection.

The same queries serve a stdlib `sqlite3` connection at start (before SQLAlchemy is loaded) and
SQLAlchemy's raw connection on SQLite or PostgreSQL afterwards. Only integers are put into the
SQL text (ids), so the differing parameter styles of the drivers do not matter.
"""

from __future__ import annotations

from typing import Any

Row = dict[str, Any]

CATALOGUE_TABLES = ("source", "fact", "category_group", "need_category", "region", "pcc_area",
                    "lot_family", "lot", "portal_step", "glossary_term", "requirement",
                    "milestone_template", "reopening")
ORDER = {"source": "id", "category_group": "id", "glossary_term": "id", "requirement": "id"}


def fetch(connection: Any, sql: str) -> list[Row]:
    cursor = connection.cursor()
    try:
        cursor.execute(sql)
        names = [column[0] for column in cursor.description]
        return [dict(zip(names, values, strict=True)) for values in cursor.fetchall()]
    finally:
        cursor.close()


def schema_revision(connection: Any) -> str | None:
    rows = fetch(connection, "SELECT version_num FROM alembic_version")
    return rows[0]["version_num"] if rows else None


def framework_hashes(connection: Any) -> set[str]:
    return {row["content_hash"] for row in fetch(connection, "SELECT content_hash FROM framework")}


def first_organisation(connection: Any) -> Row | None:
    rows = fetch(connection, "SELECT id, name, charity_number, company_number, is_sample "
                             "FROM organisation ORDER BY id")
    return rows[0] if rows else None


def followed_rows(connection: Any, organisation_id: int) -> list[Row]:
    """The organisation's frameworks (followed or not), in its order."""
    return fetch(connection, "SELECT framework_code, following, position, chosen "
                             "FROM organisation_framework WHERE organisation_id = "
                             f"{int(organisation_id)} ORDER BY position, id")


def framework_choice(connection: Any, organisation_id: int | None) -> str:
    """The framework the pages work on (the rule `app.workspace.Workspace` explains): the
    organisation's chosen one, else the first it follows, else the default: the open framework
    that has been open longest, else the one that opened first, else the first by name ("" when
    no pack was ever loaded). A framework whose pack is gone is passed over."""
    rows = fetch(connection, "SELECT code, status, opens FROM framework ORDER BY name")
    codes = [row["code"] for row in rows]
    followed = [] if organisation_id is None else followed_rows(connection, organisation_id)
    ranked = [row for row in followed if row["chosen"]] + [
        row for row in followed if row["following"]]
    return next((row["framework_code"] for row in ranked if row["framework_code"] in codes),
                default_framework(rows))


def default_framework(rows: list[Row]) -> str:
    """The framework a charity that has chosen and follows none works on: the open one that has
    been open longest (most charities bid there), else the one that opened first, else the
    first by name; "" when there is none. `rows` are by name, with code, status and opens."""
    def opened(row: Row) -> str:
        return str(row["opens"] or "9999-12-31")  # an ISO date, or a date object's str()

    ranked = sorted(rows, key=lambda row: (row["status"] != "open", opened(row)))
    return str(ranked[0]["code"]) if ranked else ""


def framework_rows(connection: Any) -> dict[str, list[Row]]:
    """Every framework's own row, its reopenings and its sources: enough to list them all."""
    return {table: fetch(connection, f"SELECT * FROM {table} "  # table names are constants
                                     f"ORDER BY {order}")
            for table, order in (("framework", "name"), ("reopening", "framework_id, position"),
                                 ("source", "framework_id, id"))}


def catalogue_rows(connection: Any, framework_code: str) -> dict[str, list[Row]]:
    """Every row of one framework's catalogue by table (retired rows included, flagged); no
    framework row when there is no such framework."""
    frameworks = fetch(connection, "SELECT * FROM framework ORDER BY name")
    chosen = [f for f in frameworks if f["code"] == framework_code][:1]
    rows: dict[str, list[Row]] = {"framework": chosen}
    if not chosen:
        return rows
    framework_id = int(chosen[0]["id"])
    for table in CATALOGUE_TABLES:
        order = ORDER.get(table, "position")
        rows[table] = fetch(connection, f"SELECT * FROM {table} "  # table names are constants
                                        f"WHERE framework_id = {framework_id} ORDER BY {order}")
    rows["lot_category"] = fetch(
        connection, "SELECT link.lot_id, link.category_id, link.is_cohort "
                    "FROM lot_category link JOIN lot ON lot.id = link.lot_id "
                    f"WHERE lot.framework_id = {framework_id}")
    return rows
