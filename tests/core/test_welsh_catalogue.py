"""The framework read in Welsh: the pack's own Welsh for steps, milestones, facts and the glossary,
and saved milestones named in whichever language reads them."""

from __future__ import annotations

import sqlite3
from datetime import UTC, date, datetime
from pathlib import Path

from desktop import i18n
from desktop.app.workspace import Workspace, open_workspace
from desktop.core.catalogue_records import load_catalogue
from desktop.core.opportunities import OpportunityInfo, default_milestones
from desktop.core.opportunity_records import (
    all_opportunities,
    load_opportunity,
    save_opportunity,
    upcoming_milestones,
)
from desktop.core.organisation import OrganisationInfo
from desktop.i18n import WELSH, prepare
from desktop.paths import resolve_database
from tests.packs import PSDF


def test_steps_milestones_facts_and_glossary_in_welsh(workspace: Workspace) -> None:
    prepare(WELSH)
    english = load_catalogue(workspace.database, PSDF)
    with i18n.speaking(WELSH):
        welsh = load_catalogue(workspace.database, PSDF)
    assert [s.code for s in welsh.portal_steps] == [s.code for s in english.portal_steps]
    assert welsh.portal_steps[0].label.startswith("Mewngofnodwch")
    assert english.portal_steps[0].label.startswith("Log in")
    assert "esourcing@justice.gov.uk" in welsh.portal_steps[0].text  # kept as written
    labels = {m.code: m.label for m in welsh.milestones}
    assert labels["submission"] == "Terfyn amser cyflwyno"
    assert {m.code: m.days_after_publication for m in welsh.milestones} == \
        {m.code: m.days_after_publication for m in english.milestones}
    assert {t.code for t in welsh.glossary} == {t.code for t in english.glossary}
    assert any(t.label.startswith("Holiadur dethol") for t in welsh.glossary)
    assert all(fact.label for fact in welsh.facts)
    assert [r.label for r in welsh.requirements] != [r.label for r in english.requirements]


def test_a_milestone_saved_from_the_welsh_window_reads_in_english_in_english(
        workspace: Workspace, organisation: OrganisationInfo) -> None:
    prepare(WELSH)
    db = workspace.database
    with i18n.speaking(WELSH):
        milestones = default_milestones(load_catalogue(db, PSDF), date(2027, 3, 1))
        opportunity = save_opportunity(db, organisation.id, OpportunityInfo(
            None, "Gwasanaethau Llety i Gymru", milestones=milestones)).id or 0
        welsh = load_opportunity(db, opportunity)
        soon = upcoming_milestones(db, organisation.id, datetime(2026, 11, 25, tzinfo=UTC))
    english = load_opportunity(db, opportunity)
    assert welsh.deadline is not None and welsh.deadline.label == "Terfyn amser cyflwyno"
    assert english.deadline is not None and english.deadline.label == "Submission deadline"
    assert soon[0].milestone.label != "Published"
    assert all_opportunities(db, organisation.id)[0].milestones[0].label == "Published"


def test_an_older_database_gets_the_welsh_when_it_is_opened(tmp_path: Path) -> None:
    """0005 adds the columns empty; the pack sync at the next start fills them."""
    path = tmp_path / "fr.sqlite3"
    open_workspace(resolve_database(str(path))).close()
    with sqlite3.connect(path) as connection:
        connection.execute("UPDATE portal_step SET title_cy = '', detail_cy = ''")
        connection.execute("UPDATE framework SET content_hash = 'older'")
    connection.close()
    open_workspace(resolve_database(str(path))).close()
    with sqlite3.connect(path) as connection:
        empty = connection.execute("SELECT count(*) FROM portal_step WHERE title_cy = ''")
        assert empty.fetchone() == (0,)
    connection.close()


def test_the_workspace_keeps_the_framework_once_per_language(workspace: Workspace) -> None:
    """A Welsh document made beside the English window reads the framework in Welsh, and the
    window's English copy is neither replaced nor read again."""
    prepare(WELSH)
    english = workspace.catalogue()
    with i18n.speaking(WELSH):
        welsh = workspace.catalogue()
        assert workspace.catalogue() is welsh
        assert workspace.glossary() is workspace.view().glossary
    assert welsh is not english and workspace.catalogue() is english
    assert welsh.portal_steps[0].label.startswith("Mewngofnodwch")
    assert english.portal_steps[0].label.startswith("Log in")
    assert workspace.view(PSDF).forms is workspace.forms()


def test_each_frameworks_buyer_and_description_in_welsh(workspace: Workspace) -> None:
    """The Frameworks page and the Welcome read them from here: the pack's Welsh in Welsh, the
    English otherwise (and where a pack gives no Welsh)."""
    from desktop.core.catalogue_records import framework_infos

    prepare(WELSH)
    english = {info.code: info for info in framework_infos(workspace.database)}
    with i18n.speaking(WELSH):
        welsh = {info.code: info for info in framework_infos(workspace.database)}
    assert set(welsh) == set(english) and len(welsh) == 2
    assert english[PSDF].description.startswith("The Ministry of Justice's dynamic framework")
    assert welsh[PSDF].description.startswith("Fframwaith deinamig y Weinyddiaeth Gyfiawnder")
    assert welsh[PSDF].buyer.startswith("Y Weinyddiaeth Gyfiawnder / HMPPS")
    assert english[PSDF].buyer.startswith("Ministry of Justice / HMPPS")
    cas = "community-accommodation-services"
    assert welsh[cas].description.startswith("Fframwaith agored y Weinyddiaeth Gyfiawnder")
    assert "o dan Ddeddf Caffael 2023" in welsh[cas].description  # mutated after "o dan"
