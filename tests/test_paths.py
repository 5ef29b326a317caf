"""A team database address is shown without its password, exactly as SQLAlchemy would show it,
though `desktop.paths` (a plain helper) does not load SQLAlchemy to do it."""

from __future__ import annotations

from pathlib import Path

import pytest
from sqlalchemy.engine import make_url

from desktop.paths import hide_password, resolve_database


@pytest.mark.parametrize("url", [
    "postgresql+psycopg://team:s3cret@db.example.org:5432/framework",
    "postgresql+psycopg://team@db.example.org/framework",
    "postgresql://bid.writer:p%40ss@db/fr?sslmode=require",
    "postgresql+psycopg://writer:pw@[::1]:5432/fr",
    "postgresql://:pw@db/fr",
])
def test_the_password_is_hidden_as_sqlalchemy_hides_it(url: str) -> None:
    shown = resolve_database(url).describe()
    assert shown == make_url(url).render_as_string(hide_password=True)
    assert "s3cret" not in shown and ":pw@" not in shown and "p%40ss" not in shown


def test_a_password_with_an_unquoted_at_sign_is_still_hidden() -> None:
    assert hide_password("postgresql://team:p@ss@db/fr") == "postgresql://team:***@db/fr"


def test_a_file_is_shown_as_its_path(tmp_path: Path) -> None:
    assert resolve_database(str(tmp_path / "bids.sqlite3")).describe() == str(
        (tmp_path / "bids.sqlite3").resolve())
