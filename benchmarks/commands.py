#!/usr/bin/env python3
"""Command-line speed: `readiness`, `eligibility` and `deadlines` on the demo charity, against
`--version` (Python and the argument parser, nothing else).

Each run is a new process (`python -m desktop`), as a person typing the command pays it; the
commands are run in turn, round after round, so a busy moment on the machine falls on all of them
alike. Prints min/median/max wall seconds and the peak memory of each, the commands' medians
against the target (≤ 0.3 s), and, with `--welsh`, the same in Welsh (LANGUAGE=cy): the Welsh
path must not load Qt either.

    .venv/bin/python benchmarks/commands.py [--runs 9] [--welsh]
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


def run_once(arguments: tuple[str, ...], database: str, environment: dict[str, str]
             ) -> tuple[float, float]:
    """Wall seconds and peak RSS (MiB) of one fresh `framework-ready` process."""
    command = [sys.executable, "-m", "desktop", "--database", database, *arguments]
    started = time.perf_counter()
    process = subprocess.Popen(command, env=environment, stdout=subprocess.DEVNULL)
    _, status, usage = os.wait4(process.pid, 0)
    seconds = time.perf_counter() - started
    if status != 0:
        sys.exit(f"{' '.join(command)} failed with status {status}")
    rss_kib = usage.ru_maxrss if sys.platform != "darwin" else usage.ru_maxrss / 1024
    return seconds, rss_kib / 1024


def measure(runs: int, database: str, environment: dict[str, str]
            ) -> dict[tuple[str, ...], list[tuple[float, float]]]:
    for arguments in COMMANDS:  # warm the file cache and the .pyc files; not counted
        run_once(arguments, database, environment)
    results: dict[tuple[str, ...], list[tuple[float, float]]] = {c: [] for c in COMMANDS}
    for _ in range(runs):
        for arguments in COMMANDS:
            results[arguments].append(run_once(arguments, database, environment))
    return results


def report(title: str, results: dict[tuple[str, ...], list[tuple[float, float]]]) -> None:
    print(title)
    print(f"  {'command':14} {'min s':>7} {'median':>7} {'max':>7}  {'peak MiB':>8}")
    for arguments, figures in results.items():
        seconds = [s for s, _ in figures]
        peak = max(m for _, m in figures)
        median = statistics.median(seconds)
        verdict = "" if arguments == ("--version",) else (
            f"  (target <= {TARGET} s) {'OK' if median <= TARGET else 'OVER'}")
        print(f"  {' '.join(arguments):14} {min(seconds):7.3f} {median:7.3f} "
              f"{max(seconds):7.3f}  {peak:8.1f}{verdict}")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--runs", type=int, default=9)
    parser.add_argument("--welsh", action="store_true", help="also run every command in Welsh")
    options = parser.parse_args()
    with tempfile.TemporaryDirectory() as folder:
        environment = {**os.environ, "FRAMEWORK_READY_DATA_DIR": folder, "LANGUAGE": "en"}
        database = str(Path(folder) / "demo.sqlite3")
        subprocess.run([sys.executable, "-m", "desktop", "--database", database, "demo"],
                       env=environment, check=True, stdout=subprocess.DEVNULL)
        print(f"runs per command: {options.runs}, alternating, each a new process")
        report("English", measure(options.runs, database, environment))
        if options.welsh:
            report("Welsh (LANGUAGE=cy)",
                   measure(options.runs, database, {**environment, "LANGUAGE": "cy"}))


if __name__ == "__main__":
    main()
