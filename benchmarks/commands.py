#!/usr/bin/env python3
"""Command-line speed: `readiness`, `eligibility` and `deadlines` on the demo charity, against
`--version` (Python and the argument parser, nothing else).

Each run is a new process (`python -m desktop`), as a person typing the command pays it; the
commands are run in turn, round after round, so a busy moment on the machine falls on all of them
alike. Prints min/median/max wall seconds and the peak memory of each, the commands' medians
against the target (≤ 0.3 s) with their ratios to it and to `--version`, and, with `--welsh`,
the same in Welsh (LANGUAGE=cy): the Welsh path must not load Qt either.

    .venv/bin/python benchmarks/commands.py [--runs 9] [--welsh] [--baseline DIR]

CPU seconds (user + system) are printed beside the wall time: on a machine other work keeps
busy they move far less. With `--baseline DIR` (another checkout, e.g. `git worktree add
/tmp/base main`) that version's commands run in turn with these, on the same database.
"""

from __future__ import annotations

import argparse
import os
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

COMMANDS = (("--version",), ("readiness",), ("eligibility",), ("deadlines",))
TARGET = 0.3  # seconds, wall, for each command but --version


Figures = list[tuple[float, float, float]]  # wall seconds, CPU seconds, peak MiB per run


def run_once(arguments: tuple[str, ...], database: str, environment: dict[str, str],
             folder: str) -> tuple[float, float, float]:
    """Wall seconds, CPU seconds and peak RSS (MiB) of one fresh `framework-ready` process of
    the version in `folder`."""
    command = [sys.executable, "-m", "desktop", "--database", database, *arguments]
    started = time.perf_counter()
    process = subprocess.Popen(command, env=environment, stdout=subprocess.DEVNULL, cwd=folder)
    _, status, usage = os.wait4(process.pid, 0)
    seconds = time.perf_counter() - started
    if status != 0:
        sys.exit(f"{' '.join(command)} failed with status {status}")
    rss_kib = usage.ru_maxrss if sys.platform != "darwin" else usage.ru_maxrss / 1024
    return seconds, usage.ru_utime + usage.ru_stime, rss_kib / 1024


def measure(runs: int, database: str, environment: dict[str, str], folders: list[str]
            ) -> list[dict[tuple[str, ...], Figures]]:
    """Each command of each version in turn, round after round."""
    for folder in folders:  # warm the file cache and the .pyc files; not counted
        for arguments in COMMANDS:
            run_once(arguments, database, environment, folder)
    results: list[dict[tuple[str, ...], Figures]] = [{c: [] for c in COMMANDS} for _ in folders]
    for _ in range(runs):
        for arguments in COMMANDS:
            for folder, figures in zip(folders, results, strict=True):
                figures[arguments].append(run_once(arguments, database, environment, folder))
    return results


def report(title: str, results: dict[tuple[str, ...], Figures]) -> None:
    print(title)
    print(f"  {'command':14} {'min s':>7} {'median':>7} {'max':>7}  {'CPU s':>6}  {'peak MiB':>8}")
    version = statistics.median(wall for wall, _, _ in results[("--version",)])
    for arguments, figures in results.items():
        seconds = [wall for wall, _, _ in figures]
        cpu = statistics.median(used for _, used, _ in figures)
        peak = max(mib for _, _, mib in figures)
        median = statistics.median(seconds)
        verdict = "" if arguments == ("--version",) else (
            f"  (target <= {TARGET} s) {'OK' if median <= TARGET else 'OVER'}"
            f" {median / TARGET:4.2f}x target, {median / version:4.1f}x --version")
        print(f"  {' '.join(arguments):14} {min(seconds):7.3f} {median:7.3f} "
              f"{max(seconds):7.3f}  {cpu:6.3f}  {peak:8.1f}{verdict}")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--runs", type=int, default=9)
    parser.add_argument("--welsh", action="store_true", help="also run every command in Welsh")
    parser.add_argument("--baseline", metavar="DIR", help="another checkout, run in turn too")
    options = parser.parse_args()
    here = str(Path(__file__).resolve().parent.parent)
    folders = [here, *([options.baseline] if options.baseline else [])]
    labels = ["this version", "baseline"]
    with tempfile.TemporaryDirectory() as folder:
        environment = {**os.environ, "FRAMEWORK_READY_DATA_DIR": folder, "LANGUAGE": "en"}
        database = str(Path(folder) / "demo.sqlite3")
        subprocess.run([sys.executable, "-m", "desktop", "--database", database, "demo"],
                       env=environment, check=True, stdout=subprocess.DEVNULL, cwd=here)
        print(f"runs per command: {options.runs}, in turn, each a new process")
        languages = [("English", environment)]
        if options.welsh:
            languages.append(("Welsh (LANGUAGE=cy)", {**environment, "LANGUAGE": "cy"}))
        for language, speaking in languages:
            for label, results in zip(labels, measure(options.runs, database, speaking,
                                                      folders), strict=False):
                report(f"{language}, {label}", results)


if __name__ == "__main__":
    main()
