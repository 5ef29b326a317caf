"""Build the one-folder app with PyInstaller and prove it runs: `python3 packaging/build.py`.

Makes its own virtual environment (packaging/.venv) from requirements/packaging.txt, builds
dist/framework-ready/, then runs the frozen app's --self-test off screen and prints the folder
size and start time against the source run (targets: ≤ 150 MB on Linux, ≤ 1.5×).
"""

from __future__ import annotations

import os
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
import venv
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
VENV = ROOT / "packaging" / ".venv"
PYTHON = VENV / ("Scripts/python.exe" if os.name == "nt" else "bin/python")
DIST = ROOT / "dist" / "framework-ready"
FROZEN = DIST / ("framework-ready.exe" if os.name == "nt" else "framework-ready")
SIZE_TARGET_MB = 150  # the Linux folder; Windows and macOS builds are measured in their own CI


def run(*command: str | Path, **options: object) -> None:
    subprocess.run([str(part) for part in command], check=True, **options)  # type: ignore[arg-type]


def self_test(command: list[str]) -> float:
    """Seconds for one `--self-test` run in a fresh data folder."""
    with tempfile.TemporaryDirectory() as folder:
        env = {**os.environ, "QT_QPA_PLATFORM": "offscreen", "FRAMEWORK_READY_DATA_DIR": folder}
        start = time.perf_counter()
        result = subprocess.run([*command, "--self-test"], env=env, capture_output=True,
                                text=True)
        seconds = time.perf_counter() - start
    if result.returncode != 0 or "Self-test passed" not in result.stdout:
        sys.exit(f"The self-test failed:\n{result.stdout}\n{result.stderr}")
    return seconds


def folder_size(path: Path) -> int:
    """Bytes on disk, each file once (the build links some libraries to others)."""
    return sum(f.lstat().st_size for f in path.rglob("*") if f.is_file() and not f.is_symlink())


# Libraries every Linux desktop provides and PyInstaller rightly leaves to the system (the C
# library, OpenGL, the X and Wayland client libraries that must match the display server, and
# CUPS, which must match the print service).
SYSTEM = ("linux-vdso", "libc.so", "libm.so", "libdl.so", "libpthread.so", "librt.so",
          "libutil.so", "libresolv.so", "ld-linux", "libGL.so", "libEGL.so", "libGLX.so",
          "libGLdispatch.so", "libOpenGL.so", "libxcb.so", "libwayland-", "libdrm.so", "libcups.so")


def from_system(folder: Path) -> set[str]:
    """Libraries that the bundle's own libraries need and neither it nor SYSTEM provides.

    The spec leaves out Qt plugins and the libraries only they need; this proves nothing that
    stays behind needs one of them, which the off-screen self-test alone would not show. Reads
    each library's direct needs (objdump, from binutils, which PyInstaller needs anyway).
    """
    libraries = [path for path in folder.rglob("*.so*") if path.is_file()]
    inside = {path.name for path in libraries}
    needed = set()
    for library in libraries:
        dump = subprocess.run(["objdump", "-p", str(library)], capture_output=True, text=True)
        for line in dump.stdout.splitlines():
            field, _, wanted = line.strip().partition(" ")
            wanted = wanted.strip()
            if field == "NEEDED" and wanted not in inside and not wanted.startswith(SYSTEM):
                needed.add(f"{wanted} (for {library.relative_to(folder)})")
    return needed


def main() -> None:
    if not PYTHON.exists():
        venv.create(VENV, with_pip=True)
    run(PYTHON, "-m", "pip", "install", "-q", "-r", ROOT / "requirements" / "packaging.txt")
    shutil.rmtree(DIST, ignore_errors=True)
    run(PYTHON, "-m", "PyInstaller", "--noconfirm", "--clean", "--distpath", ROOT / "dist",
        "--workpath", ROOT / "build", ROOT / "packaging" / "framework-ready.spec", cwd=ROOT)
    if sys.platform.startswith("linux") and (missing := from_system(DIST)):
        sys.exit("The build needs libraries it does not carry:\n" + "\n".join(sorted(missing)))
    frozen = statistics.median(self_test([str(FROZEN)]) for _ in range(3))
    source = statistics.median(self_test([str(PYTHON), "-m", "desktop"]) for _ in range(3))
    size = folder_size(DIST) / 1024**2
    print(f"frozen folder: {DIST} — {size:.0f} MB (target <= {SIZE_TARGET_MB} MB on Linux)")
    print(f"self-test: frozen {frozen:.2f} s, from source {source:.2f} s, ratio "
          f"{frozen / source:.2f}x (target <= 1.5x)")
    # The targets are checked, not only printed: a build that grew past them fails CI.
    if sys.platform.startswith("linux") and size > SIZE_TARGET_MB:
        sys.exit(f"The frozen folder is {size:.0f} MB, over its {SIZE_TARGET_MB} MB target: "
                 "see what grew with `du -s dist/framework-ready/_internal/* | sort -n`.")
    if frozen / source > 1.5:
        sys.exit(f"The frozen self-test is {frozen / source:.2f}x the source run's, over 1.5x.")


if __name__ == "__main__":
    main()
