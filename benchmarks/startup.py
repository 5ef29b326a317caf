#!/usr/bin/env python3
"""Start-up time and memory: a bare PySide6 window against Framework Ready on the demo data.

Each run is a new process, off screen; the bare window and the app are run alternately, so a
busy moment on the machine falls on both alike. Times are from launch until the process prints
that its window is shown (both programs), and for Framework Ready also until the demo charity's
catalogue is on screen ("data shown") and until the database is fully open, checked and synced
("saving possible": an edit can be saved from then on). Peak RSS is the child's own (wait4) over
the whole run. Prints min/median/max of each and the median ratios against the bare window
(targets: time <= 2.5x for the window and the data, memory <= 2x; saving possible is reported).

    python benchmarks/startup.py [--runs 7] [--baseline DIR]

With `--baseline DIR` (a checkout of the version to compare against, e.g. `git worktree add
/tmp/base main`) that version runs too, in turn with the other two, so before and after meet the
same moments of a busy machine; it needs the "saving possible" mark to time that stage.
"""

from __future__ import annotations

import argparse
import os
import statistics
import subprocess
import sys
import tempfile
import time
from dataclasses import dataclass
from pathlib import Path

BARE_WINDOW = """
from PySide6.QtWidgets import QApplication, QMainWindow
app = QApplication([])
window = QMainWindow()
window.resize(1280, 800)
window.show()
app.processEvents()
print("Self-test: window shown", flush=True)
"""
TIME_TARGET, MEMORY_TARGET = 2.5, 2.0


@dataclass
class Run:
    window_shown: float = 0.0  # seconds from launch
    data_shown: float = 0.0
    saving_possible: float = 0.0
    peak_mib: float = 0.0


def measure(command: list[str], environment: dict[str, str], folder: str | None = None) -> Run:
    """One run; `folder` is where `python -m desktop` finds the version to run."""
    run = Run()
    started = time.perf_counter()
    process = subprocess.Popen(command, env=environment, stdout=subprocess.PIPE, text=True,
                               cwd=folder)
    assert process.stdout is not None
    for line in process.stdout:
        now = time.perf_counter() - started
        if "window shown" in line:
            run.window_shown = now
        elif "data shown" in line:
            run.data_shown = now
        elif "saving possible" in line:
            run.saving_possible = now
    _, status, usage = os.wait4(process.pid, 0)
    if status != 0:
        sys.exit(f"{command} failed with status {status}")
    rss_kib = usage.ru_maxrss if sys.platform != "darwin" else usage.ru_maxrss / 1024
    run.peak_mib = rss_kib / 1024
    return run


FIELDS = ("window_shown", "data_shown", "saving_possible", "peak_mib")


def alternately(runs: int, commands: list[tuple[list[str], str | None]],
                environment: dict[str, str]) -> list[list[Run]]:
    """`runs` runs of each (command, folder), taken in turn (after one uncounted run each: the
    file cache)."""
    for command, folder in commands:
        measure(command, environment, folder)
    results: list[list[Run]] = [[] for _ in commands]
    for _ in range(runs):
        for (command, folder), runs_of in zip(commands, results, strict=True):
            runs_of.append(measure(command, environment, folder))
    return results


def median(runs: list[Run]) -> Run:
    return Run(*(statistics.median(getattr(r, name) for r in runs) for name in FIELDS))


def spread(runs: list[Run], name: str, scale: float = 1000) -> str:
    """min / median / max of one figure."""
    values = [getattr(r, name) * scale for r in runs]
    return (f"{min(values):6.0f} {statistics.median(values):6.0f} {max(values):6.0f}"
            if scale == 1000 else
            f"{min(values):6.1f} {statistics.median(values):6.1f} {max(values):6.1f}")


def verdict(ratio: float, target: float | None) -> str:
    if target is None:
        return f"{ratio:5.2f}x  (reported)"
    return f"{ratio:5.2f}x  (target <= {target}x) {'OK' if ratio <= target else 'OVER'}"


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--runs", type=int, default=7)
    parser.add_argument("--baseline", metavar="DIR", help="another checkout, run in turn too")
    options = parser.parse_args()
    here = str(Path(__file__).resolve().parent.parent)
    with tempfile.TemporaryDirectory() as folder:
        environment = {**os.environ, "QT_QPA_PLATFORM": "offscreen",
                       "FRAMEWORK_READY_DATA_DIR": folder}
        programs = [([sys.executable, "-c", BARE_WINDOW], None)]
        # Each version opens a demo database it made itself (a newer schema is refused by an
        # older version, as it should be).
        for number, checkout in enumerate([here, *([options.baseline] if options.baseline
                                                   else [])]):
            app = [sys.executable, "-m", "desktop", "--database",
                   str(Path(folder) / f"demo-{number}" / "demo.sqlite3")]
            subprocess.run([*app, "demo"], env=environment, check=True,
                           stdout=subprocess.DEVNULL, cwd=checkout)
            programs.append(([*app, "--self-test"], checkout))
        bare_runs, *versions = alternately(options.runs, programs, environment)
    print(f"runs per program: {options.runs}, alternately            min median    max")
    print(f"bare PySide6 window shown (ms):           {spread(bare_runs, 'window_shown')}")
    print(f"bare PySide6 window peak RSS (MiB):       {spread(bare_runs, 'peak_mib', 1)}")
    for label, app_runs in zip(("this version", "baseline"), versions, strict=False):
        report(label, bare_runs, app_runs)


def report(label: str, bare_runs: list[Run], app_runs: list[Run]) -> None:
    bare, ours = median(bare_runs), median(app_runs)
    print(f"{label}:")
    print(f"framework-ready window shown (ms):        {spread(app_runs, 'window_shown')}")
    print(f"framework-ready catalogue shown (ms):     {spread(app_runs, 'data_shown')}")
    print(f"framework-ready saving possible (ms):     {spread(app_runs, 'saving_possible')}")
    print(f"framework-ready peak RSS (MiB):           {spread(app_runs, 'peak_mib', 1)}")
    base = bare.window_shown
    print(f"window time ratio:              {verdict(ours.window_shown / base, TIME_TARGET)}")
    print(f"catalogue time ratio:           {verdict(ours.data_shown / base, TIME_TARGET)}")
    print(f"saving possible ratio:          {verdict(ours.saving_possible / base, None)}")
    print(f"memory ratio:                   "
          f"{verdict(ours.peak_mib / bare.peak_mib, MEMORY_TARGET)}")


if __name__ == "__main__":
    main()
