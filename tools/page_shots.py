"""Every page in every mode, before and after, side by side:
`python tools/page_shots.py OUT [--before CHECKOUT] [--scale 1.5] [--modes light-en,dark-cy]
[--pages a,b] [--framework CODE]`.

For this checkout ("after") and, with `--before`, another checkout of the app (e.g. a
`git worktree add /tmp/before COMMIT`), runs that checkout's own tools/screenshots.py over the
sample charity in each mode (light and dark, English and Welsh) at a 1366 × 768 laptop's size,
into OUT/{before,after}/<mode>/<page>.png, and then:

- with the Procurement Act framework (`--framework`, by default Community Accommodation
  Services, which the sample follows after the PSDF) chosen, the pages only it has (the
  Procurement Specific Questionnaire, Exclusions, Supplier registration), into the same folder;
- the first run (an empty database): welcome.png.

A checkout that does not have the framework, or whose screenshots.py cannot choose one, gives
those pages on the other side only; one whose screenshots.py has no `--welcome` has its
welcome page shot by a copy of it that skips the sample.

`--scale 1.5` is 150 % screen scaling: QT_SCALE_FACTOR=1.5 on an off-screen screen of
1366 × 768 logical pixels (2049 × 1152 device pixels), so pictures are 1.5 times as large;
its folders are <mode>-150.

Then a contact sheet per mode, OUT/<mode>.png, made by ImageMagick's `montage`: one row per page,
before on the left, after on the right (a page only one side has is blank on the other).
Uses the Python running it (this checkout's venv) for both.
"""

from __future__ import annotations

import argparse
import os
import shutil
import subprocess
import sys
import tempfile
from pathlib import Path

MODES = {"light-en": ("en", False), "dark-en": ("en", True),
         "light-cy": ("cy", False), "dark-cy": ("cy", True)}
HERE = Path(__file__).resolve().parent.parent
ACT_FRAMEWORK = "community-accommodation-services"
THUMB = 683  # each picture half a laptop's width on the sheet
SAMPLE_LINE = "    ensure_sample(workspace.database)\n"


def environment() -> dict[str, str]:
    return {**os.environ, "QT_QPA_PLATFORM": os.environ.get("QT_QPA_PLATFORM", "offscreen")}


def shoot(checkout: Path, out: Path, language: str, dark: bool, scale: str,
          extra: list[str], script: Path | None = None) -> None:
    command = [sys.executable, str(script or checkout / "tools" / "screenshots.py"), str(out),
               "--language", language, "--scale", scale, *extra]
    if dark:
        command.append("--dark")
    done = subprocess.run(command, cwd=checkout, env={
        **environment(), "PYTHONPATH": str(checkout)}, capture_output=True, text=True)
    if done.returncode:
        raise SystemExit(f"{' '.join(command)} failed:\n{done.stdout}{done.stderr}")


def options(checkout: Path) -> str:
    return (checkout / "tools" / "screenshots.py").read_text(encoding="utf-8")


def welcome_script(checkout: Path, folder: Path) -> Path | None:
    """A copy of an older checkout's screenshots.py that shoots the first run (no sample)."""
    text = options(checkout)
    if SAMPLE_LINE not in text:
        return None
    copy = folder / "welcome_shots.py"
    copy.write_text(text.replace(SAMPLE_LINE, "").replace(
        "Path(__file__).resolve().parent.parent", repr(str(checkout))), encoding="utf-8")
    return copy


def shoot_side(checkout: Path, out: Path, language: str, dark: bool, scale: str,
               pages: str, framework: str) -> None:
    """Every page of one checkout in one mode: the default framework's, the Act framework's
    own, and the Welcome page."""
    chosen = ["--pages", pages] if pages else []
    shoot(checkout, out, language, dark, scale, chosen)
    text = options(checkout)
    if "--framework" in text and "--except" in text and \
            (checkout / "forms" / "frameworks" / f"{framework}.toml").is_file():
        have = ",".join(sorted(path.stem for path in out.glob("*.png")))
        shoot(checkout, out, language, dark, scale,
              ["--framework", framework, "--except", have, *chosen])
    if pages and "welcome" not in pages.split(","):
        return
    if "--welcome" in text:
        shoot(checkout, out, language, dark, scale, ["--welcome"])
        return
    with tempfile.TemporaryDirectory(prefix="page-shots-") as folder:
        script = welcome_script(checkout, Path(folder))
        if script is not None:
            shoot(checkout, out, language, dark, scale, [], script)


def sheet(before: Path, after: Path, target: Path) -> None:
    """Before and after of each page side by side, one row per page, labelled."""
    if shutil.which("montage") is None:
        raise SystemExit("The contact sheets need ImageMagick's montage (apt install imagemagick)")
    pages = sorted({p.name for p in before.glob("*.png")} | {p.name for p in after.glob("*.png")})
    tiles: list[str] = []
    for page in pages:
        for side, folder in (("before", before), ("after", after)):
            path = folder / page
            tiles += ["-label", f"{page[:-4]}: {side}" if path.is_file() else
                      f"{page[:-4]}: no {side}", str(path) if path.is_file() else "null:"]
    subprocess.run(["montage", *tiles, "-tile", "2x", "-geometry", f"{THUMB}x{THUMB // 2 + 8}+6+6",
                    "-background", "white", "-pointsize", "16", "-depth", "8", str(target)],
                   check=True)


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("out", type=Path)
    parser.add_argument("--before", type=Path)
    parser.add_argument("--scale", default="1")
    parser.add_argument("--pages", default="")
    parser.add_argument("--modes", default=",".join(MODES))
    parser.add_argument("--framework", default=ACT_FRAMEWORK,
                        help="the Procurement Act framework whose own pages are shot too")
    args = parser.parse_args()
    suffix = "" if float(args.scale) == 1 else f"-{round(float(args.scale) * 100)}"
    for mode in args.modes.split(","):
        language, dark = MODES[mode]
        folder = f"{mode}{suffix}"
        sides = {"after": HERE, **({"before": args.before} if args.before else {})}
        for side, checkout in sides.items():
            out = args.out / side / folder
            shutil.rmtree(out, ignore_errors=True)
            shoot_side(checkout.resolve(), out, language, dark, args.scale, args.pages,
                       args.framework)
        sheet(args.out / "before" / folder, args.out / "after" / folder,
              args.out / f"{folder}.png")


if __name__ == "__main__":
    main()
