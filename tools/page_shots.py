"""Every page in every mode, before and after, side by side:
`python tools/page_shots.py OUT [--before CHECKOUT] [--scale 1.5] [--pages a,b]`.

For this checkout ("after") and, with `--before`, another checkout of the app (e.g. a
`git worktree add /tmp/before COMMIT`), runs that checkout's own tools/screenshots.py over the
sample charity in each mode (light and dark, English and Welsh) at a 1366 × 768 laptop's size,
into OUT/{before,after}/<mode>/<page>.png; then a contact sheet per mode, OUT/<mode>.png: one
row per page, before on the left, after on the right (pages only one side has are left blank).
Uses the Python running it (this checkout's venv) for both.
"""

from __future__ import annotations

import argparse
import os
import subprocess
import sys
from pathlib import Path

from PIL import Image, ImageDraw

MODES = {"light-en": ("en", False), "dark-en": ("en", True),
         "light-cy": ("cy", False), "dark-cy": ("cy", True)}
HERE = Path(__file__).resolve().parent.parent
THUMB = 683  # each picture half size on the sheet


def shoot(checkout: Path, out: Path, language: str, dark: bool, scale: str, pages: str) -> None:
    command = [sys.executable, str(checkout / "tools" / "screenshots.py"), str(out),
               "--language", language, "--scale", scale]
    if dark:
        command.append("--dark")
    if pages:
        command += ["--pages", pages]
    subprocess.run(command, check=True, cwd=checkout,
                   env={**os.environ, "QT_QPA_PLATFORM": os.environ.get("QT_QPA_PLATFORM",
                                                                        "offscreen")})


def sheet(before: Path, after: Path, target: Path) -> None:
    pages = sorted({p.name for p in before.glob("*.png")} | {p.name for p in after.glob("*.png")})
    rows: list[list[Image.Image | None]] = []
    for page in pages:
        pair: list[Image.Image | None] = []
        for side in (before, after):
            path = side / page
            shown: Image.Image | None = None
            if path.is_file():
                shown = Image.open(path).convert("RGB")
                shown.thumbnail((THUMB, THUMB))
            pair.append(shown)
        rows.append(pair)
    height = max((p.height for pair in rows for p in pair if p), default=100)
    label = 22
    canvas = Image.new("RGB", (2 * THUMB + 12, len(rows) * (height + label + 8)), "white")
    draw = ImageDraw.Draw(canvas)
    for number, (page, pair) in enumerate(zip(pages, rows, strict=True)):
        top = number * (height + label + 8)
        draw.text((4, top + 4), f"{page[:-4]}: before (left), after (right)", fill="black")
        for column, picture in enumerate(pair):
            if picture is not None:
                canvas.paste(picture, (column * (THUMB + 12), top + label))
    canvas.save(target)


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("out", type=Path)
    parser.add_argument("--before", type=Path)
    parser.add_argument("--scale", default="1")
    parser.add_argument("--pages", default="")
    parser.add_argument("--modes", default=",".join(MODES))
    args = parser.parse_args()
    for mode in args.modes.split(","):
        language, dark = MODES[mode]
        sides = {"after": HERE, **({"before": args.before} if args.before else {})}
        for side, checkout in sides.items():
            shoot(checkout, args.out / side / mode, language, dark, args.scale, args.pages)
        sheet(args.out / "before" / mode, args.out / "after" / mode, args.out / f"{mode}.png")


if __name__ == "__main__":
    main()
