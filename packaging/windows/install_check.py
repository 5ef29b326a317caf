"""After `iscc`, on a Windows runner: install as a charity's volunteer would, start, update,
uninstall, and check the data is kept.

    py packaging\\windows\\install_check.py [dist\\framework-ready-0.1.0-setup.exe]

1. install silently, for this user only (no administrator rights);
2. start the installed app's `--self-test` off screen, on the real data folder
   (%LOCALAPPDATA%\\Framework Ready\\framework-ready), which it fills with the sample charity;
3. run the installer again over the installed copy (how an update arrives) and start it again:
   the same data opens;
4. uninstall silently and check the program is gone and the data folder is still there.
Says which step failed and exits non-zero. Windows only; standard library only.
"""

from __future__ import annotations

import hashlib
import os
import subprocess
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
APP = "Framework Ready"
SILENT = ("/VERYSILENT", "/CURRENTUSER", "/SUPPRESSMSGBOXES", "/NORESTART")
WAIT = 180  # seconds for an install, an uninstall or a self-test


def fail(message: str) -> None:
    sys.exit(f"install check failed: {message}")


def run(*command: str | Path, **options: object) -> subprocess.CompletedProcess[str]:
    print("> " + " ".join(str(part) for part in command), flush=True)
    done = subprocess.run([str(part) for part in command], capture_output=True, text=True,
                          encoding="utf-8", errors="replace", timeout=WAIT,
                          **options)  # type: ignore[call-overload]
    for text in (done.stdout, done.stderr):
        if text.strip():
            print(text.rstrip(), flush=True)
    return done


def digest(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def install(installer: Path, log: Path) -> None:
    done = run(installer, *SILENT, f"/LOG={log}")
    if done.returncode != 0:
        print(log.read_text(encoding="utf-8", errors="replace") if log.exists() else "")
        fail(f"the installer exited with {done.returncode}")


def self_test(program: Path) -> None:
    environment = {name: value for name, value in os.environ.items()
                   if not name.startswith("FRAMEWORK_READY_")}  # the real data folder
    environment["QT_QPA_PLATFORM"] = "offscreen"
    done = run(program, "--self-test", env=environment)
    if done.returncode != 0:
        fail(f"the installed app's self-test exited with {done.returncode}")
    # A windowed program may have no output to give; when it has, it must say it passed.
    if done.stdout.strip() and "Self-test passed" not in done.stdout:
        fail("the installed app's self-test did not say it passed")


def wait_until_gone(path: Path) -> None:
    """The uninstaller starts a copy of itself from the temporary folder and returns at once."""
    deadline = time.monotonic() + WAIT
    while path.exists():
        if time.monotonic() > deadline:
            fail(f"{path} is still there {WAIT} s after uninstalling")
        time.sleep(1)


def main(argv: list[str]) -> None:
    if os.name != "nt":
        fail("this check runs on Windows")
    found = sorted((ROOT / "dist").glob("framework-ready-*-setup.exe"))
    installer = Path(argv[0]) if argv else (found[-1] if found else None)
    if installer is None or not installer.is_file():
        fail("no installer: run iscc packaging\\windows\\framework-ready.iss first")
    local = Path(os.environ["LOCALAPPDATA"])
    folder = local / "Programs" / APP
    program = folder / "framework-ready.exe"
    shortcut = Path(os.environ["APPDATA"]) / "Microsoft" / "Windows" / "Start Menu" / \
        "Programs" / f"{APP}.lnk"
    data = local / APP / "framework-ready"
    database = data / "framework-ready.sqlite3"
    if program.exists() or database.exists():
        fail(f"{program} or {database} is there before installing")
    logs = ROOT / "dist"

    install(installer, logs / "install.log")
    for needed in (program, folder / "unins000.exe", shortcut):
        if not needed.exists():
            fail(f"{needed} was not installed")
    print(f"installed for this user in {folder}", flush=True)
    self_test(program)
    if not database.is_file():
        fail(f"the self-test made no database in {data}")

    install(installer, logs / "update.log")  # a newer installer over the old one
    self_test(program)
    kept = digest(database)

    run(folder / "unins000.exe", "/VERYSILENT", "/SUPPRESSMSGBOXES", "/NORESTART")
    wait_until_gone(program)
    if shortcut.exists():
        fail(f"{shortcut} is still there after uninstalling")
    if not database.is_file() or digest(database) != kept:
        fail(f"uninstalling removed or changed the data in {data}")
    print(f"uninstalled; the data folder {data} is kept, unchanged", flush=True)


if __name__ == "__main__":
    main(sys.argv[1:])
