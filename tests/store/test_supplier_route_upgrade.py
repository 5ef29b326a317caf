"""Migration 0012 on a database from the release before: every opportunity is kept and runs
under PCR 2015, the search index still follows opportunities, and the new tables take rows."""

from __future__ import annotations

import sqlite3
from pathlib import Path

from tests.store.test_upgrade_path import earlier_release, upgrade


def test_opportunities_from_before_run_under_pcr_2015_and_stay_searchable(
        tmp_path: Path) -> None:
    path = earlier_release(tmp_path, "0010")
    upgrade(path)
    connection = sqlite3.connect(path)
    try:
        assert connection.execute("SELECT regime, procedure FROM opportunity").fetchall() == [
            ("pcr-2015", "")]
        connection.execute("UPDATE opportunity SET notes = 'Llety ŵ — zebracrossing'")
        connection.commit()
        found = connection.execute("SELECT count(*) FROM search_index WHERE search_index "
                                   "MATCH 'zebracrossing'").fetchone()[0]
        assert found == 1  # the triggers survived the new columns
        connection.execute("INSERT INTO supplier_share_code (organisation_id, code, buyer, "
                           "procurement, opportunity_id, given_on, version_id, created_at, "
                           "updated_at) VALUES (1, 'Ab12Cd34', 'MoJ', '', 1, NULL, 1, "
                           "'2026-12-03', '2026-12-03')")
        connection.commit()
        connection.execute("PRAGMA foreign_keys = ON")  # as the app sets it
        connection.execute("DELETE FROM task")
        connection.execute("DELETE FROM bid_partner")
        connection.execute("DELETE FROM opportunity")
        assert connection.execute("SELECT opportunity_id FROM supplier_share_code WHERE code = "
                                  "'Ab12Cd34'").fetchall() \
            == [(None,)]  # the share code is kept when the opportunity goes
    finally:
        connection.close()
