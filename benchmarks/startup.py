#!/usr/bin/env python3
"""Start-up time and memory: a bare PySide6 window against Framework Ready on the demo data.

Each run is a new process, off screen. Times are from launch until the process prints that its
window is shown (both programs), and for Framework Ready also until the demo charity's catalogue
is on screen. Peak RSS is the child's own (wait4) over the whole run, which for Framework Ready
includes opening the database fully after the catalogue is shown. Prints the median of several
runs and the ratios against the targets (time <= 2.5x, memory <= 2x).

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
    peak_mib: float = 0.0


def measure(command: list[str], environment: dict[str, str]) -> Run:
    run = Run()
    started = time.perf_counter()
    process = subprocess.Popen(command, env=environment, stdout=subprocess.PIPE, text=True)
    assert process.stdout is not None
    for line in process.stdout:
        now = time.perf_counter() - started
        if "window shown" in line:
            run.window_shown = now
        elif "data shown" in line:
            run.data_shown = now
    _, status, usage = os.wait4(process.pid, 0)
    if status != 0:
        sys.exit(f"{command} failed with status {status}")
    rss_kib = usage.ru_maxrss if sys.platform != "darwin" else usage.ru_maxrss / 1024
    run.peak_mib = rss_kib / 1024
    return run


def median_of(runs: int, command: list[str], environment: dict[str, str]) -> Run:
    measure(command, environment)  # warm the file cache; not counted
    results = [measure(command, environment) for _ in range(runs)]
    return Run(*(statistics.median(getattr(r, name) for r in results)
                 for name in ("window_shown", "data_shown", "peak_mib")))


def verdict(ratio: float, target: float) -> str:
    return f"{ratio:5.2f}x  (target <= {target}x) {'OK' if ratio <= target else 'OVER'}"


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
        bare = median_of(runs, [sys.executable, "-c", BARE_WINDOW], environment)
        app = median_of(runs, [*app, "--self-test"], environment)
    print(f"runs per program:               {runs} (median)")
    print(f"bare PySide6 window shown:      {bare.window_shown * 1000:6.0f} ms"
          f"  {bare.peak_mib:6.1f} MiB peak RSS")
    print(f"framework-ready window shown:   {app.window_shown * 1000:6.0f} ms"
          f"  {app.peak_mib:6.1f} MiB peak RSS")
    print(f"framework-ready catalogue shown:{app.data_shown * 1000:6.0f} ms")
    base = bare.window_shown
    print(f"window time ratio:              {verdict(app.window_shown / base, TIME_TARGET)}")
    print(f"catalogue time ratio:           {verdict(app.data_shown / base, TIME_TARGET)}")
    print(f"memory ratio:                   {verdict(app.peak_mib / bare.peak_mib, MEMORY_TARGET)}")


if __name__ == "__main__":
    main()
