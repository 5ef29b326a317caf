"""The printed pack in the window's family: the app's icon on the cover under a band of the
accent colour, titles and headings in the accent — read back with pypdf and seen by rendering
the pages with pypdfium2 (docs/design.md)."""

from __future__ import annotations

from pathlib import Path

import pypdfium2
from PIL import Image

from desktop import brand
from desktop.app.workspace import Workspace
from desktop.core.organisation import OrganisationInfo
from tests.reports.test_qualification_pack import make_pack

ACCENT = tuple(int(brand.ACCENT[i:i + 2], 16) for i in (1, 3, 5))


def accent_rows(page: Image.Image) -> list[int]:
    """The pixel rows with a run of the accent colour in them (text, rules, the band)."""
    rows = []
    for y in range(page.height):
        hits = sum(1 for x in range(0, page.width, 2)
                   if all(abs(a - b) < 30 for a, b in zip(page.getpixel((x, y)), ACCENT,
                                                          strict=True)))
        if hits >= 3:
            rows.append(y)
    return rows


def test_the_cover_has_the_icon_under_the_accent_band_and_accent_headings(
        workspace: Workspace, organisation: OrganisationInfo, tmp_path: Path) -> None:
    path = tmp_path / "pack.pdf"
    reader = make_pack(workspace, organisation, path)
    assert len(reader.pages[0].images) == 1  # the app's icon, on the cover only
    assert all(not page.images for page in reader.pages[1:])
    pages = pypdfium2.PdfDocument(path)
    cover = pages[0].render(scale=0.5).to_pil().convert("RGB")
    rows = accent_rows(cover)
    band = cover.height * 12 / 297  # 12 mm of the A4 page
    assert rows[0] == 0 and any(band * 0.8 < y < band for y in rows)  # the band at the top
    title = [y for y in rows if cover.height * 0.2 < y < cover.height * 0.4]
    assert title  # the title, in the accent
    assert cover.getpixel((cover.width // 2, cover.height - 3)) == (255, 255, 255)
    # A body page: the rule under the header and the headings, in the accent too.
    body = pages[2].render(scale=0.5).to_pil().convert("RGB")
    assert len([y for y in accent_rows(body) if y > body.height * 0.1]) >= 3
