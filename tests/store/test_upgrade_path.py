"""An update is a new installer over the old one: the database a charity made with any earlier
release must open in this one, be backed up first, reach SCHEMA_HEAD and keep every row.

Each earlier schema is built here from the migration scripts themselves, as a charity's file
grew: upgraded one revision at a time, with representative rows (an organisation, answers and
their history, evidence, the portal journey, partners, opportunities with milestones and
tasks) written as soon as their tables exist. The revisions are read from the scripts, so a
new migration is covered the day it is added. A migration that changes stored values on
purpose has to say so here.
"""

from __future__ import annotations

import sqlite3
from collections.abc import Iterator
from contextlib import contextmanager
from datetime import date, datetime
from pathlib import Path
from typing import Any

import pytest
from sqlalchemy import (
    Boolean,
    Connection,
    Date,
    DateTime,
    Integer,
    MetaData,
    Table,
    create_engine,
    func,
    select,
)
from sqlalchemy import (
    text as sa_text,
)

from desktop.app.workspace import open_workspace
from desktop.paths import resolve_database
from desktop.store.migrate import MIGRATIONS
from desktop.store.schema import SCHEMA_HEAD
from tests.sqlite_files import first_value

NOON = datetime(2026, 3, 2, 12, 0)  # stored naive, in UTC, as the app stores it


def scripts() -> tuple[Any, Any]:
    from alembic.config import Config
    from alembic.script import ScriptDirectory

    config = Config()
    config.set_main_option("script_location", str(MIGRATIONS))
    return config, ScriptDirectory.from_config(config)


REVISIONS = [script.revision for script in reversed(list(scripts()[1].walk_revisions()))]

# Written as soon as the table exists (in this order, for the foreign keys); a column a later
# revision adds gets a plain value of its type when it has no default.
ROWS: dict[str, list[dict[str, Any]]] = {
    "organisation": [{"id": 1, "name": "Tŷ Gwyn Trust & <Partners>", "charity_number": "1123456",
                      "company_number": "07654321", "is_sample": False, "version_id": 3,
                      "created_at": NOON, "updated_at": NOON}],
    "answer": [
        {"id": 1, "organisation_id": 1, "form_code": "organisation-profile",
         "field_key": "website", "raw": '"https://tygwyn.example"', "version_id": 2,
         "created_at": NOON, "updated_at": NOON},
        {"id": 2, "organisation_id": 1, "form_code": "selection-questionnaire",
         "field_key": "experience", "raw": '"Rydym yn darparu llety ers 1998 — ŵ ŷ"',
         "version_id": 1, "created_at": NOON, "updated_at": NOON},
        # the PSQ's PPON, date confirmed and share code of before 0015 (now the registration's)
        *({"id": number, "organisation_id": 1,
           "form_code": "procurement-specific-questionnaire@community-accommodation-services",
           "field_key": key, "raw": raw, "version_id": 1, "created_at": NOON,
           "updated_at": NOON} for number, key, raw in (
               (3, "psq_ppon", '"PRVF-2026-SMPL"'), (4, "psq_confirmed_on", '"14/09/2026"'),
               (5, "psq_share_code", '"RFSMPL26"'))),
    ],
    "answer_version": [
        {"id": 1, "answer_id": 1, "raw": '"http://tygwyn.example"', "saved_at": NOON},
        {"id": 2, "answer_id": 1, "raw": '"https://tygwyn.example"', "saved_at": NOON},
    ],
    "evidence": [{"id": 1, "organisation_id": 1, "sha256": "ab" * 32,
                  "file_name": "Polisi diogelu.pdf", "size": 48_213, "kind": "policy",
                  "title": "Safeguarding policy", "issued_on": date(2026, 1, 5),
                  "valid_until": date(2027, 1, 4), "review_by": None, "notes": "Trustees",
                  "version_id": 1, "created_at": NOON, "updated_at": NOON}],
    "journey_step": [{"id": 1, "organisation_id": 1,
                      "framework_code": "probation-dynamic-framework",
                      "step_code": "register", "status": "done", "done_on": date(2026, 2, 1),
                      "notes": "Registered on the portal", "version_id": 1,
                      "created_at": NOON, "updated_at": NOON}],
    "organisation_framework": [{"id": 1, "organisation_id": 1,
                                "framework_code": "probation-dynamic-framework",
                                "following": True, "position": 0, "chosen": True,
                                "created_at": NOON, "updated_at": NOON}],
    "partner": [{"id": 1, "organisation_id": 1, "name": "Cymdeithas Tai Partner",
                 "charity_number": "1099999", "company_number": "", "categories": '["ACC"]',
                 "notes": "", "version_id": 1, "created_at": NOON, "updated_at": NOON}],
    "opportunity": [{"id": 1, "organisation_id": 1, "title": "Accommodation — Wales",
                     "buyer_reference": "RPD-WALES-2027-04", "commissioner": "",
                     "kind": "contract", "value": 250_000_00, "length_months": 36,
                     "status": "writing", "outcome_reason": "", "decision": "bid",
                     "decided_by": "Siân Jones", "decided_at": NOON,
                     "decision_why": "We run it now", "checklist": '{"capacity": true}',
                     "notes": "", "version_id": 4, "created_at": NOON, "updated_at": NOON,
                     "framework_code": "probation-dynamic-framework"}],
    "milestone": [{"id": 1, "opportunity_id": 1, "code": "submission",
                   "label": "Tender submission", "due": NOON, "all_day": False}],
    "task": [{"id": 1, "opportunity_id": 1, "title": "Ask the trustees to sign",
              "owner": "Siân", "due": date(2026, 2, 20), "done": False, "version_id": 1,
              "created_at": NOON, "updated_at": NOON}],
    "opportunity_lot": [{"id": 1, "opportunity_id": 1, "lot_code": "ACC-D"}],
    "bid_partner": [{"id": 1, "opportunity_id": 1, "partner_id": 1, "role": "subcontractor",
                     "share_percent": 20, "services": "Move-on support",
                     "exclusivity": False}],
    "bid_question": [{"id": 1, "opportunity_id": 1, "position": 1, "number": "3.1",
                      "text": "Describe your move-on support", "answer": "Rydym yn — ŵ ŷ",
                      "limit_unit": "words", "lots": '["ACC-D"]', "status": "drafting",
                      "version_id": 1, "created_at": NOON, "updated_at": NOON}],
    "library_entry": [{"id": 1, "organisation_id": 1, "title": "Safeguarding & <you>",
                       "text": "We train every volunteer", "tags": '["safeguarding"]',
                       "review_on": date(2027, 3, 1), "used_in": "RPD-WALES-2027-04",
                       "outcome": "won", "score": "8/10", "version_id": 1,
                       "created_at": NOON, "updated_at": NOON}],
    "submission": [{"id": 1, "opportunity_id": 1, "portal": "Jaggaer", "submitted_at": NOON,
                    "submitted_by": "Siân Jones", "confirmation": "ITT-0042",
                    "notes": "", "recorded_at": NOON}],
    "submission_file": [{"id": 1, "submission_id": 1, "file_name": "Ymateb.pdf",
                         "sha256": "cd" * 32, "size": 1024}],
    "costing": [{"id": 1, "opportunity_id": 1, "lot_code": "", "length_months": 36,
                 "price": 240_000_000, "units_per_year": 120, "unit_label": "person — ŵ",
                 "vat_recoverable": False, "pays_levy": False, "arrears_days": 30,
                 "overheads": "{}", "staff": '[{"role": "Gweithiwr <b>&</b>"}]', "lines": "[]",
                 "version_id": 2, "created_at": NOON, "updated_at": NOON}],
    "board_review": [{"id": 1, "opportunity_id": 1,
                      "risks": '{"tupe": {"level": "high", "note": "Pedwar — ŷ & <b>"}}',
                      "tupe_staff": 4, "tupe_cost": 11_800_000, "tupe_pension": "LGPS",
                      "met_on": date(2026, 11, 30), "meeting": "Cyfarfod yr ymddiriedolwyr",
                      "minute": "7/2026", "decision": "bid", "conditions": "At full cost",
                      "version_id": 1, "created_at": NOON, "updated_at": NOON}],
    "supplier_registration": [{"id": 1, "organisation_id": 1, "ppon": "PZPR-8554-XHNX",
                               "confirmed_on": date(2026, 2, 1),
                               "users": '[{"name": "Siân Jones", "email": "sian@tygwyn.example",'
                                        ' "role": "admin"}]',
                               "version_id": 1, "created_at": NOON, "updated_at": NOON}],
    "supplier_share_code": [{"id": 1, "organisation_id": 1, "code": "Ab12Cd34",
                             "buyer": "Ministry of Justice", "procurement": "CAS open framework",
                             "opportunity_id": 1, "given_on": date(2026, 2, 2), "version_id": 1,
                             "created_at": NOON, "updated_at": NOON}],
}


def plain_value(column: Any) -> Any:
    if isinstance(column.type, Boolean):
        return False
    if isinstance(column.type, Integer):
        return 0
    if isinstance(column.type, DateTime):
        return NOON
    if isinstance(column.type, Date):
        return date(2026, 1, 5)
    return ""


def complete(table: Table, row: dict[str, Any]) -> dict[str, Any]:
    values = {key: value for key, value in row.items() if key in table.c}
    for column in table.c:
        if column.name not in values and not column.nullable and \
                column.server_default is None and not column.primary_key:
            values[column.name] = plain_value(column)
    return values


def write_rows(connection: Connection) -> None:
    """Rows for every table of ROWS that exists now and holds none yet."""
    metadata = MetaData()
    metadata.reflect(connection)
    for name, rows in ROWS.items():
        table = metadata.tables.get(name)
        if table is None or connection.execute(select(func.count()).select_from(table)).scalar():
            continue
        for row in rows:
            add_row(connection, table, row)


def build_database(path: Path, revision: str) -> None:
    """A database as a charity's would be after using each release up to `revision`."""
    from alembic import command

    config, _ = scripts()
    engine = create_engine(f"sqlite:///{path}")
    try:
        with engine.begin() as connection:
            config.attributes["connection"] = connection
            for step in REVISIONS[:REVISIONS.index(revision) + 1]:
                command.upgrade(config, step)
                write_rows(connection)
    finally:
        engine.dispose()


def earlier_release(tmp_path: Path, revision: str) -> Path:
    """A charity's database file as the release at `revision` left it, in a folder of its own
    (the upgrade's backup goes into a folder beside it)."""
    path = tmp_path / "charity" / "framework-ready.sqlite3"
    path.parent.mkdir()
    build_database(path, revision)
    return path


@contextmanager
def tables_of(path: Path) -> Iterator[tuple[Connection, dict[str, Table]]]:
    """The file's tables as its revision has them, in one transaction: to write more rows."""
    engine = create_engine(f"sqlite:///{path}")
    try:
        with engine.begin() as connection:
            metadata = MetaData()
            metadata.reflect(connection)
            yield connection, dict(metadata.tables)
    finally:
        engine.dispose()


def add_row(connection: Connection, table: Table, row: dict[str, Any]) -> None:
    """`row`, with a plain value for each column it leaves out that must have one."""
    connection.execute(table.insert().values(complete(table, row)))


def upgrade(path: Path) -> None:
    """Open the file as this release does: backed up, migrated to SCHEMA_HEAD, packs synced."""
    open_workspace(resolve_database(str(path))).close()


def snapshot(path: Path) -> dict[str, dict[int, dict[str, Any]]]:
    """Every row of the tables ROWS writes, by id, as SQLite holds them."""
    connection = sqlite3.connect(f"{path.as_uri()}?mode=ro", uri=True)
    connection.row_factory = sqlite3.Row
    try:
        tables = {name for (name,) in connection.execute(
            "SELECT name FROM sqlite_master WHERE type = 'table'")}
        return {table: {row["id"]: dict(row) for row in connection.execute(
            f'SELECT * FROM "{table}"')} for table in ROWS if table in tables}
    finally:
        connection.close()


def revision_of(path: Path) -> str:
    return str(first_value(path, "SELECT version_num FROM alembic_version"))


def test_every_revision_is_found_in_order() -> None:
    assert REVISIONS[0] == "0001" and REVISIONS[-1] == SCHEMA_HEAD
    assert len(set(REVISIONS)) == len(REVISIONS)


@pytest.mark.parametrize("revision", REVISIONS[:-1])
def test_a_database_from_an_earlier_release_upgrades_and_keeps_every_row(
        revision: str, tmp_path: Path) -> None:
    path = earlier_release(tmp_path, revision)
    before = snapshot(path)
    assert before["organisation"]  # the first release already had it

    upgrade(path)

    assert revision_of(path) == SCHEMA_HEAD
    [kept] = (path.parent / "backups").glob(f"framework-ready.before-upgrade-{revision}-*"
                                            ".sqlite3")
    assert revision_of(kept) == revision and snapshot(kept) == before
    after = snapshot(path)
    for table, rows in before.items():
        for key, row in rows.items():
            assert key in after[table], f"{table} row {key} was lost"
            kept_values = {column: after[table][key][column] for column in row
                           if column in after[table][key]}
            assert kept_values == row, f"{table} row {key} changed"
    connection = sqlite3.connect(path)
    try:
        assert connection.execute("PRAGMA integrity_check").fetchone() == ("ok",)
        assert connection.execute("PRAGMA foreign_key_check").fetchall() == []
        assert connection.execute("SELECT count(*) FROM lot").fetchone()[0] > 100  # pack synced
    finally:
        connection.close()


def test_answers_that_belong_to_a_framework_become_that_frameworks_on_upgrade(
        tmp_path: Path) -> None:
    """0011 changes stored values on purpose: the profile's framework-vocabulary answers and
    the qualification result were the only framework's; now they are kept for it by name, and
    the app shows them for it (and not for another framework)."""
    from desktop.core.answer_records import load_answers

    path = earlier_release(tmp_path, "0010")
    with tables_of(path) as (connection, tables):
        add_row(connection, tables["framework"], {
            "id": 1, "code": "probation-dynamic-framework",
            "name": "Probation Services Dynamic Framework", "pack_version": 1})
        for number, (form, key, raw) in enumerate([
                ("organisation-profile", "categories", '["ACC", "ETE"]'),
                ("organisation-profile", "legal_name", '"Tŷ Gwyn & <Trust>"'),
                ("qualification-result", "result_status", '"qualified"')], start=10):
            add_row(connection, tables["answer"], {
                "id": number, "organisation_id": 1, "form_code": form, "field_key": key,
                "raw": raw, "version_id": 1, "created_at": NOON, "updated_at": NOON})
    workspace = open_workspace(resolve_database(str(path)))
    try:
        stored = dict(sqlite3.connect(path).execute(
            "SELECT field_key, form_code FROM answer WHERE id >= 10").fetchall())
        assert stored == {"categories": "organisation-profile@probation-dynamic-framework",
                          "legal_name": "organisation-profile",
                          "result_status": "qualification-result@probation-dynamic-framework"}
        psdf = load_answers(workspace.database, 1, "organisation-profile",
                            "probation-dynamic-framework")
        assert psdf["categories"] == ["ACC", "ETE"] and psdf["legal_name"] == "Tŷ Gwyn & <Trust>"
        other = load_answers(workspace.database, 1, "organisation-profile", "riverbank-wellbeing")
        assert "categories" not in other and other["legal_name"] == "Tŷ Gwyn & <Trust>"
    finally:
        workspace.close()


def test_the_psqs_ppon_and_share_code_are_carried_to_an_empty_registration(
        tmp_path: Path) -> None:
    """0015: the PSQ asks the PPON, date confirmed and share code no more; what a charity typed
    there moves to its supplier registration when that has none, and its answers stay."""
    path = earlier_release(tmp_path, "0014")
    connection = sqlite3.connect(path)
    with connection:
        connection.execute("DELETE FROM supplier_share_code")
        connection.execute("DELETE FROM supplier_registration")
    connection.close()
    upgrade(path)
    after = snapshot(path)
    [registration] = after["supplier_registration"].values()
    assert (registration["organisation_id"], registration["ppon"],
            registration["confirmed_on"]) == (1, "PRVF-2026-SMPL", "2026-09-14")
    [share] = after["supplier_share_code"].values()
    assert (share["code"], share["buyer"], share["given_on"]) == ("RFSMPL26", "", None)
    assert after["answer"][3]["raw"] == '"PRVF-2026-SMPL"'  # the answer itself is kept


def test_the_registrations_own_values_win_over_the_psqs(tmp_path: Path) -> None:
    path = earlier_release(tmp_path, "0014")
    upgrade(path)
    after = snapshot(path)
    assert after["supplier_registration"][1]["ppon"] == "PZPR-8554-XHNX"
    assert after["supplier_registration"][1]["confirmed_on"] == "2026-02-01"
    assert sorted(row["code"] for row in after["supplier_share_code"].values()) == [
        "Ab12Cd34", "RFSMPL26"]  # a code the registration lacked is added, blank buyer


def test_each_opportunity_goes_to_its_regimes_framework_else_the_chosen_one(
        tmp_path: Path) -> None:
    """0016: an opportunity whose regime only one framework has goes to that framework; where
    several have it, to the framework the organisation chose. Nothing else about it changes."""
    path = earlier_release(tmp_path, "0015")
    with tables_of(path) as (connection, tables):
        for number, (code, regime) in enumerate([
                ("probation-dynamic-framework", "pcr-2015"),
                ("community-accommodation-services", "procurement-act-2023"),
                ("another-act-framework", "procurement-act-2023")], start=1):
            add_row(connection, tables["framework"], {
                "id": number, "code": code, "name": code, "pack_version": 1,
                "regime": regime})
        add_row(connection, tables["opportunity"], {
            **ROWS["opportunity"][0], "id": 2, "title": "Under the Act — ŵ & <b>",
            "buyer_reference": "CAS-01", "regime": "procurement-act-2023"})
        connection.execute(sa_text("UPDATE organisation_framework SET framework_code = "
                                   "'community-accommodation-services'"))
    before = snapshot(path)["opportunity"]
    upgrade(path)
    after = snapshot(path)["opportunity"]
    assert {key: row["framework_code"] for key, row in after.items()} == {
        1: "probation-dynamic-framework",  # PCR 2015: only the PSDF runs under it
        2: "community-accommodation-services"}  # two Act frameworks: the one chosen
    for key, row in before.items():
        assert {column: after[key][column] for column in row} == row


def test_opportunities_upgraded_before_any_pack_get_the_chosen_framework_on_opening(
        tmp_path: Path) -> None:
    path = earlier_release(tmp_path, "0015")  # no framework rows yet: packs load after it
    before = snapshot(path)["opportunity"][1]
    upgrade(path)
    after = snapshot(path)["opportunity"][1]
    assert after["framework_code"] == "probation-dynamic-framework"  # the one it chose
    assert {column: after[column] for column in before} == before  # updated_at kept too
