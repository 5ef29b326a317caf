"""The supplier route's part of a qualification pack, read back from the PDF."""

from __future__ import annotations

from datetime import date
from pathlib import Path

from pypdf import PdfReader

from desktop.app.workspace import Workspace
from desktop.core.organisation import OrganisationInfo
from desktop.core.supplier_route import Registration, ShareCode, SupplierUser, shipped_route
from desktop.core.supplier_route_records import (
    load_route_state,
    save_registration,
    save_share_code,
)
from desktop.reports.pdf import DocumentInfo, build
from desktop.reports.supplier_route_section import supplier_route_section


def test_the_section_prints_ppon_users_share_codes_and_sources(
        workspace: Workspace, organisation: OrganisationInfo, tmp_path: Path) -> None:
    db, route, today = workspace.database, shipped_route(), date.today()
    save_registration(db, organisation.id, route, Registration(
        "PZPR-8554-XHNX", date(2024, 1, 8),
        (SupplierUser("Siân Jones <b>&</b>", "sian@tygwyn.example", "admin"),)), today)
    save_share_code(db, organisation.id, route, ShareCode(
        None, "Ab12Cd34", "Ministry of Justice", "CAS open framework & ŵ", given_on=today), today)
    state = load_route_state(db, organisation.id, route, today)
    path = tmp_path / "route.pdf"
    build(path, DocumentInfo("Qualification pack", organisation.name, "CAS", "route"),
          supplier_route_section(route, state))
    text = " ".join(" ".join(page.extract_text().split()) for page in PdfReader(path).pages)
    for wanted in ("Procurement Act: supplier registration", "PZPR-8554-XHNX", "8 January 2024",
                   "Siân Jones <b>&</b>", "Administrator", "Ab12Cd34",
                   "CAS open framework & ŵ", "legislation.gov.uk", "months ago"):
        assert wanted in text, wanted
