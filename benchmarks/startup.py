#!/usr/bin/env python3
"""Start-up time and memory: a bare PySide6 window against Framework Ready on the demo data.

Each run is a new process, timed from launch until it has shown its main window, processed the
pending events and exited; peak RSS is the child's own (wait4). Both run off screen. Prints the
median of several runs, and the ratios against the targets (time <= 2.5x, memory <= 2x).

    python benchmarks/startup.py [--runs 7]
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

BARE_WINDOW = """
from PySide6.QtWidgets import QApplication, QMainWindow
app = QApplication([])
window = QMainWindow()
window.resize(1280, 800)
window.show()
app.processEvents()
"""
TIME_TARGET, MEMORY_TARGET = 2.5, 2.0


def measure(command: list[str], environment: dict[str, str]) -> tuple[float, float]:
    """Seconds from launch to exit, and peak resident memory in MiB, of one run."""
    started = time.perf_counter()
    process = subprocess.Popen(command, env=environment, stdout=subprocess.DEVNULL)
    _, status, usage = os.wait4(process.pid, 0)
    elapsed = time.perf_counter() - started
    if status != 0:
        sys.exit(f"{command} failed with status {status}")
    rss_kib = usage.ru_maxrss if sys.platform != "darwin" else usage.ru_maxrss / 1024
    return elapsed, rss_kib / 1024


def median_of(runs: int, command: list[str], environment: dict[str, str]) -> tuple[float, float]:
    measure(command, environment)  # warm the file cache; not counted
    results = [measure(command, environment) for _ in range(runs)]
    return statistics.median(r[0] for r in results), statistics.median(r[1] for r in results)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--runs", type=int, default=7)
    runs = parser.parse_args().runs
    with tempfile.TemporaryDirectory() as folder:
        environment = {**os.environ, "QT_QPA_PLATFORM": "offscreen",
                       "FRAMEWORK_READY_DATA_DIR": folder}
        database = str(Path(folder) / "demo.sqlite3")
        app = [sys.executable, "-m", "desktop", "--database", database]
        subprocess.run([*app, "demo"], env=environment, check=True, stdout=subprocess.DEVNULL)
        bare_time, bare_rss = median_of(runs, [sys.executable, "-c", BARE_WINDOW], environment)
        app_time, app_rss = median_of(runs, [*app, "--self-test"], environment)
    time_ratio, memory_ratio = app_time / bare_time, app_rss / bare_rss
    print(f"runs per program:         {runs} (median)")
    print(f"bare PySide6 window:      {bare_time * 1000:7.0f} ms  {bare_rss:6.1f} MiB peak RSS")
    print(f"framework-ready (demo):   {app_time * 1000:7.0f} ms  {app_rss:6.1f} MiB peak RSS")
    print(f"time ratio:               {time_ratio:5.2f}x  (target <= {TIME_TARGET}x) "
          f"{'OK' if time_ratio <= TIME_TARGET else 'OVER'}")
    print(f"memory ratio:             {memory_ratio:5.2f}x  (target <= {MEMORY_TARGET}x) "
          f"{'OK' if memory_ratio <= MEMORY_TARGET else 'OVER'}")


if __name__ == "__main__":
    main()
