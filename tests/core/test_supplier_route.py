"""The Procurement Act supplier route: its steps as data, PPON and share-code shapes, the
registration and share codes kept per organisation, and the plain-words warnings."""

from __future__ import annotations

from dataclasses import replace
from datetime import date

import pytest

from desktop.app.workspace import Workspace
from desktop.core.answers import save_answer
from desktop.core.conflicts import RecordConflict
from desktop.core.journey import StepStatus
from desktop.core.organisation import OrganisationInfo
from desktop.core.supplier_route import (
    InvalidRegistration,
    ProfileChange,
    Registration,
    ShareCode,
    SupplierUser,
    clean_ppon,
    clean_share_code,
    months_between,
    route_warnings,
    shipped_route,
)
from desktop.core.supplier_route_records import (
    delete_share_code,
    load_route_state,
    save_registration,
    save_route_step,
    save_share_code,
)
from desktop.questionnaire.loader import load_forms

TODAY = date(2026, 12, 3)
ROUTE = shipped_route()


def test_the_route_lists_every_step_with_a_source() -> None:
    codes = [step.code for step in ROUTE.steps]
    assert codes[:3] == ["account", "organisation", "users"]
    for wanted in ("basic-information", "connected-persons", "exclusions",
                   "financial-information", "confirm", "ppon", "share"):
        assert wanted in codes
    for step in ROUTE.steps:
        assert step.provenance.source_url.startswith("https://")
        assert step.provenance.certainty in ("confirmed", "check")
    assert [role.code for role in ROUTE.roles] == ["admin", "editor", "viewer"]
    assert ROUTE.stale_months == 12 and ROUTE.stale_provenance.needs_checking


def test_every_watched_answer_is_a_real_profile_field() -> None:
    forms = load_forms()
    for watch in ROUTE.watched:
        assert forms[watch.form].field(watch.key) is not None, watch


@pytest.mark.parametrize(("typed", "kept"), [
    ("PZPR-8554-XHNX", "PZPR-8554-XHNX"),
    (" pzpr-8554-xhnx ", "PZPR-8554-XHNX"),
    ("GB-PPON-PCRD-8181-GVRZ", "PCRD-8181-GVRZ"),
    ("", ""),
])
def test_a_ppon_is_kept_in_its_published_shape(typed: str, kept: str) -> None:
    assert clean_ppon(typed, ROUTE.ppon) == kept


@pytest.mark.parametrize("typed", ["12345678", "PZPR8554XHNX", "QZPR-8554-XHNX",
                                   "PZPR-855-XHNX", "PZPR-8554-XHN1", "<b>P</b>", "Tŷ-1234-ABCD"])
def test_a_malformed_ppon_is_refused_with_an_example(typed: str) -> None:
    with pytest.raises(InvalidRegistration, match="PZPR-8554-XHNX"):
        clean_ppon(typed, ROUTE.ppon)


def test_a_share_code_keeps_its_letters_and_refuses_other_shapes() -> None:
    assert clean_share_code(" Ab12 Cd34 ", ROUTE.share_code) == "Ab12Cd34"
    for typed in ("", "ab1", "Ab12-Cd34", "x" * 13, "ŵŷ12345"):
        with pytest.raises(InvalidRegistration, match="Ab12Cd34"):
            clean_share_code(typed, ROUTE.share_code)


def test_months_between_counts_whole_months() -> None:
    assert months_between(date(2025, 12, 3), date(2026, 12, 3)) == 12
    assert months_between(date(2025, 12, 4), date(2026, 12, 3)) == 11
    assert months_between(date(2026, 1, 31), date(2026, 2, 28)) == 0


def test_warnings_never_confirmed_long_ago_and_changed_since() -> None:
    never = route_warnings(ROUTE, Registration(), (), TODAY)
    assert len(never) == 1 and "not recorded" in never[0]
    recent = Registration(confirmed_on=date(2026, 6, 1))
    assert route_warnings(ROUTE, recent, (), TODAY) == []
    old = route_warnings(ROUTE, Registration(confirmed_on=date(2025, 11, 20)), (), TODAY)
    assert len(old) == 1 and "20 November 2025" in old[0] and "12 months" in old[0]
    changes = (ProfileChange("Registered address", date(2026, 7, 2)),
               ProfileChange("Legal name", date(2026, 5, 1)))
    [changed] = route_warnings(ROUTE, recent, changes, TODAY)
    assert "Registered address (2 July 2026)" in changed and "Legal name" not in changed


def test_steps_registration_and_share_codes_are_kept(
        workspace: Workspace, organisation: OrganisationInfo, hostile_texts: list[str]) -> None:
    db = workspace.database
    state = load_route_state(db, organisation.id, ROUTE, TODAY)
    assert len(state.steps) == len(ROUTE.steps) and state.done == 0
    assert state.registration == Registration()
    step = replace(state.steps[0], status=StepStatus.DONE, done_on=TODAY, notes=hostile_texts[0])
    save_route_step(db, organisation.id, ROUTE, step, TODAY)

    users = (SupplierUser("Siân Jones", "sian@tygwyn.example", "admin"),
             SupplierUser(hostile_texts[1][:200] or "x", "ops@tygwyn.example", "viewer"))
    today = date.today()  # the profile answers were saved today: confirmed since
    saved = save_registration(db, organisation.id, ROUTE, Registration(
        " pzpr-8554-xhnx", today, users, 0), today)
    assert saved.ppon == "PZPR-8554-XHNX" and saved.version == 1

    share = save_share_code(db, organisation.id, ROUTE, ShareCode(
        None, "Ab12Cd34", "Ministry of Justice", "CAS open framework <lot 2> & ŵ",
        given_on=today), today)
    again = load_route_state(db, organisation.id, ROUTE, today)
    assert again.steps[0].status is StepStatus.DONE and again.steps[0].notes == hostile_texts[0]
    assert again.done == 1
    assert again.registration == saved and again.registration.users == users
    assert again.share_codes == [share]
    assert again.warnings == []
    delete_share_code(db, share.id or 0, version=share.version)
    assert load_route_state(db, organisation.id, ROUTE, TODAY).share_codes == []


def test_bad_input_is_refused_and_nothing_is_written(
        workspace: Workspace, organisation: OrganisationInfo) -> None:
    db = workspace.database
    bad = [Registration("12345"),
           Registration(confirmed_on=date(2027, 1, 1)),
           Registration(users=(SupplierUser("Siân", "not an email", "admin"),)),
           Registration(users=(SupplierUser("", "a@b.org", "admin"),)),
           Registration(users=(SupplierUser("A", "a@b.org", "owner"),)),
           Registration(users=(SupplierUser("A", "a@b.org", "admin"),
                               SupplierUser("B", "A@B.org", "viewer")))]
    for registration in bad:
        with pytest.raises(InvalidRegistration):
            save_registration(db, organisation.id, ROUTE, registration, TODAY)
    for share in (ShareCode(None, "bad code!", "MoJ"), ShareCode(None, "Ab12Cd34", " "),
                  ShareCode(None, "Ab12Cd34", "MoJ", given_on=date(2027, 1, 1))):
        with pytest.raises(InvalidRegistration):
            save_share_code(db, organisation.id, ROUTE, share, TODAY)
    state = load_route_state(db, organisation.id, ROUTE, TODAY)
    assert state.registration == Registration() and state.share_codes == []


def test_a_stale_copy_is_a_conflict(workspace: Workspace,
                                    organisation: OrganisationInfo) -> None:
    db = workspace.database
    first = save_registration(db, organisation.id, ROUTE, Registration("PZPR-8554-XHNX"), TODAY)
    save_registration(db, organisation.id, ROUTE, replace(first, confirmed_on=TODAY), TODAY)
    with pytest.raises(RecordConflict) as raised:
        save_registration(db, organisation.id, ROUTE, replace(first, ppon=""), TODAY)
    assert raised.value.theirs.confirmed_on == TODAY
    with pytest.raises(RecordConflict):  # made by someone else meanwhile
        save_registration(db, organisation.id + 0, ROUTE, Registration(version=0), TODAY)


def test_a_profile_change_after_confirming_is_warned(
        workspace: Workspace, organisation: OrganisationInfo) -> None:
    db = workspace.database
    save_registration(db, organisation.id, ROUTE, Registration(confirmed_on=date(2025, 1, 6)),
                      date.today())
    save_answer(db, organisation.id, "organisation-profile", "registered_address",
                "1 Heol y Castell, Caerdydd")
    save_answer(db, organisation.id, "organisation-profile", "website", "https://x.example")
    warnings = load_route_state(db, organisation.id, ROUTE, date.today()).warnings
    assert any("Registered address" in line for line in warnings)
    assert not any("ebsite" in line for line in warnings)  # not one of the watched answers
    assert any("months ago" in line for line in warnings)
