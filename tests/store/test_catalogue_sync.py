"""Syncing a framework pack into the database: complete, idempotent, updated in place."""

from __future__ import annotations

from pathlib import Path

from sqlalchemy import func, select

from desktop.app.workspace import Workspace, sync_packs
from desktop.catalogue.loader import load_pack
from desktop.catalogue.regimes import regime_rules
from desktop.core.catalogue_records import load_catalogue
from desktop.core.organisation_records import create_organisation, current_organisation
from desktop.store import models
from desktop.store.catalogue_sync import sync_pack
from desktop.store.engine import Database
from tests.packs import PSDF, shipped_pack

PACK = shipped_pack()


def counts(database: Database, framework: str = "") -> dict[str, int]:
    """Rows by table: of every framework, or of `framework`'s catalogue only."""
    tables = (models.Framework, models.Source, models.Fact, models.CategoryGroup,
              models.NeedCategory, models.Region, models.PccArea, models.LotFamily, models.Lot,
              models.PortalStep, models.GlossaryTerm)
    with database.sessions() as session:
        framework_id = session.scalar(select(models.Framework.id).where(
            models.Framework.code == framework))

        def count(table: type[models.Base]) -> int | None:
            query = select(func.count()).select_from(table)
            if framework and table is models.Framework:
                query = query.where(models.Framework.id == framework_id)
            elif framework:
                query = query.where(table.framework_id == framework_id)  # type: ignore[attr-defined]
            return session.scalar(query)

        result = {t.__tablename__: count(t) for t in tables}
        result["lot_category"] = session.scalar(
            select(func.count()).select_from(models.lot_category))
    return result


def test_first_start_syncs_the_whole_catalogue(workspace: Workspace) -> None:
    from desktop.datafiles import framework_packs

    assert counts(workspace.database)["framework"] == len(framework_packs()) == 2  # PSDF, CAS
    numbers = counts(workspace.database, PSDF)
    assert numbers["need_category"] == 14
    assert numbers["region"] == 12
    assert numbers["pcc_area"] == 42
    assert numbers["lot"] == 109
    assert workspace.pack_problems == []


def test_syncing_again_creates_nothing(workspace: Workspace) -> None:
    before = counts(workspace.database)
    assert sync_packs(workspace, [PACK]) == []
    with workspace.database.transaction() as session:
        result = sync_pack(session, load_pack(PACK))
    assert result.unchanged
    assert counts(workspace.database) == before


def test_newer_pack_updates_in_place_and_keeps_user_data(workspace: Workspace,
                                                          tmp_path: Path) -> None:
    create_organisation(workspace.database, "Smith & Sons <Trust>", "1123456")
    with workspace.database.sessions() as session:
        ids = dict(session.execute(select(models.Lot.code, models.Lot.id)).all())
    before = counts(workspace.database)
    kept = workspace.catalogue()  # read once and kept by the workspace…
    assert workspace.catalogue() is kept
    text = PACK.read_text(encoding="utf-8")
    newer = tmp_path / PACK.name
    version = load_pack(PACK).version
    newer.write_text(text.replace(f"version = {version}", f"version = {version + 1}", 1)
                     .replace("Accommodation Services for {area}",
                              "Accommodation and Housing Services for {area}", 1),
                     encoding="utf-8")
    assert sync_packs(workspace, [newer]) == []
    with workspace.database.sessions() as session:
        assert dict(session.execute(select(models.Lot.code, models.Lot.id)).all()) == ids
        assert session.scalar(select(models.Framework.pack_version).where(
            models.Framework.code == PSDF)) == version + 1
    catalogue = load_catalogue(workspace.database, PSDF)
    titles = {lot.code: lot.title for lot in catalogue.lots}
    assert titles["ACC-H"] == "Accommodation and Housing Services for South Central"
    assert workspace.catalogue() is not kept  # …until a pack is synced: then read again
    assert {lot.code: lot.title for lot in workspace.catalogue().lots} == titles
    assert counts(workspace.database) == before
    organisation = current_organisation(workspace.database)
    assert organisation is not None and organisation.name == "Smith & Sons <Trust>"


def test_broken_pack_keeps_the_last_good_catalogue(workspace: Workspace, tmp_path: Path) -> None:
    broken = tmp_path / PACK.name
    broken.write_text(PACK.read_text(encoding="utf-8").replace("[[regions]]", "[[regoins]]", 1),
                      encoding="utf-8")
    problems = sync_packs(workspace, [broken])
    assert len(problems) == 1
    assert PACK.name in problems[0] and "last good copy" in problems[0]
    assert len(load_catalogue(workspace.database, PSDF).lots) == 109


def test_a_second_framework_syncs_beside_the_first_with_its_dates(workspace: Workspace) -> None:
    second = Path(__file__).parent.parent / "data" / "frameworks" / "riverbank-wellbeing.toml"
    assert sync_packs(workspace, [second]) == []
    catalogue = load_catalogue(workspace.database, "riverbank-wellbeing")
    info = catalogue.framework
    assert (info.regime, info.procedure, info.status) == (
        "procurement-act-2023", "open-framework", "open")
    assert info.opens is not None and info.opens.day.isoformat() == "2026-10-25"
    assert not info.opens.needs_checking  # the framework's own certainty
    assert info.closes is not None and info.closes.needs_checking
    assert info.deadline_date is None
    assert [r.label for r in info.reopenings] == ["First reopening to new suppliers",
                                                  "Second reopening to new suppliers"]
    rules = regime_rules(info.regime)
    assert rules is not None and not rules.insurance_before_award
    assert [lot.code for lot in catalogue.lots] == ["GRW-UPPER", "GRW-LOWER", "OLD"]
    assert load_catalogue(workspace.database, "probation-dynamic-framework").lots[0].code != \
        "GRW-UPPER"
    with workspace.database.transaction() as session:  # syncing again changes nothing
        assert sync_pack(session, load_pack(second)).unchanged
