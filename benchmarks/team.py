"""Team mode under load: colleagues (separate processes) autosaving answers on one PostgreSQL
database at once, for a minute.

Each colleague saves as the questionnaire page does: `save_answer` with the answer as its page
last saw it, so a colleague's change in between is refused as a conflict instead of overwritten.
Four saves in five go to the colleague's own questions; one in five to one of a few questions
everybody edits, where each save adds a line of its own to the text it last saw. When a save is
refused, the colleague does what "Keep mine" on top of theirs does: takes their text, adds its
line, and saves again. Afterwards every line a save reported as saved must be in the final text,
and each colleague's own questions must hold its last saved wording: anything missing is an
update lost (must be 0).

Prints saves per second, the median and 95th-percentile time of one save (target ≤ 100 ms on
this machine), the conflicts reported and the updates lost.

    .venv/bin/python benchmarks/team.py [--seconds 60] [--colleagues 8] [--pause 0.1]
                                        [--server postgresql+psycopg://…]

`--server` (default: FRAMEWORK_READY_TEST_POSTGRES, as `.ci/postgres start` prints) is a server
where a throwaway database is made for the run and dropped after it.
"""

from __future__ import annotations

import argparse
import json
import os
import random
import statistics
import subprocess
import sys
import time
import uuid
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from sqlalchemy import create_engine, text

from desktop.app.workspace import open_workspace
from desktop.core.answer_records import load_answers, save_answer
from desktop.core.answers import AnswerConflict
from desktop.core.organisation_records import create_organisation
from desktop.paths import resolve_database

FORM = "organisation-profile"
OWN_QUESTIONS = 5
SHARED_QUESTIONS = 4
SHARED_SHARE = 0.2  # of the saves
START_AFTER_SECONDS = 5  # for every colleague's process to be up before the clock starts


def own_key(colleague: int, number: int) -> str:
    return f"benchmark_colleague_{colleague}_question_{number}"


def shared_key(number: int) -> str:
    return f"benchmark_shared_question_{number}"


def colleague(number: int, url: str, start: float, seconds: float, pause: float) -> None:
    """One colleague's process: save until the time is up, then print what happened as JSON."""
    workspace = open_workspace(resolve_database(url))
    database, organisation = workspace.database, 1
    randomness = random.Random(number)
    seen: dict[str, Any] = {}  # each answer as this colleague's page last saw it
    latencies: list[float] = []
    saved_lines: list[str] = []
    conflicts = edit = 0
    time.sleep(max(0.0, start - time.time()))
    while time.time() < start + seconds:
        edit += 1
        if randomness.random() < SHARED_SHARE:
            key = shared_key(randomness.randrange(SHARED_QUESTIONS))
            line = f"colleague {number} edit {edit}"
            wanted = f"{seen.get(key) or ''}\n{line}".lstrip("\n")
        else:
            key, line = own_key(number, randomness.randrange(OWN_QUESTIONS)), ""
            wanted = f"colleague {number} wording {edit}"
        while True:
            began = time.perf_counter()
            try:
                save_answer(database, organisation, FORM, key, wanted, expected=seen.get(key))
            except AnswerConflict as conflict:
                latencies.append(time.perf_counter() - began)
                conflicts += 1
                seen[key] = conflict.theirs  # keep both: theirs, with my line added again
                wanted = f"{conflict.theirs or ''}\n{line}".lstrip("\n")
                continue
            latencies.append(time.perf_counter() - began)
            break
        seen[key] = wanted
        if line:
            saved_lines.append(line)
        time.sleep(pause)
    workspace.close()
    own = {key: value for key, value in seen.items() if key.startswith("benchmark_colleague")}
    print(json.dumps({"latencies": latencies, "conflicts": conflicts, "own": own,
                      "lines": saved_lines}))


def run(server: str, colleagues: int, seconds: float, pause: float) -> None:
    name = f"fr_team_benchmark_{uuid.uuid4().hex[:8]}"
    admin = create_engine(server, isolation_level="AUTOCOMMIT")
    with admin.connect() as connection:
        connection.execute(text(f'CREATE DATABASE "{name}"'))
    url = server.replace("/postgres?", f"/{name}?", 1)
    try:
        workspace = open_workspace(resolve_database(url))
        create_organisation(workspace.database, "Riverside Futures")
        start = time.time() + START_AFTER_SECONDS
        processes = [subprocess.Popen(
            [sys.executable, __file__, "--colleague", str(number), "--database", url,
             "--start", str(start), "--seconds", str(seconds), "--pause", str(pause)],
            stdout=subprocess.PIPE, text=True) for number in range(colleagues)]
        outputs = [process.communicate()[0] for process in processes]
        if any(process.returncode for process in processes):
            raise SystemExit("a colleague's process failed: see above")
        results = [json.loads(output) for output in outputs]
        final = load_answers(workspace.database, 1, FORM)
        workspace.close()
    finally:
        with admin.connect() as connection:
            connection.execute(text(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)'))
        admin.dispose()
    report(results, final, colleagues, seconds, pause)


def report(results: list[dict[str, Any]], final: dict[str, Any], colleagues: int,
           seconds: float, pause: float) -> None:
    latencies = sorted(value for result in results for value in result["latencies"])
    conflicts = sum(result["conflicts"] for result in results)
    saves = len(latencies)
    shared_text = "\n".join(str(final.get(shared_key(n)) or "") for n in range(SHARED_QUESTIONS))
    present = set(shared_text.splitlines())
    lost_lines = sum(1 for result in results for line in result["lines"] if line not in present)
    lost_own = sum(1 for result in results for key, value in result["own"].items()
                   if final.get(key) != value)
    p95 = latencies[max(0, round(0.95 * saves) - 1)] if latencies else 0.0
    print(f"Team mode: {colleagues} colleagues autosaving for {seconds:g} s on one PostgreSQL "
          f"database (a pause of {pause:g} s after each save)")
    print(f"  saves:              {saves} ({saves / seconds:.1f} per second)")
    print(f"  one save, median:   {statistics.median(latencies) * 1000:.1f} ms")
    print(f"  one save, 95th pc:  {p95 * 1000:.1f} ms (target ≤ 100 ms)")
    print(f"  conflicts reported: {conflicts} (each settled by keeping both)")
    print(f"  updates lost:       {lost_lines + lost_own} (must be 0)")
    if lost_lines + lost_own:
        raise SystemExit(1)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--seconds", type=float, default=60.0)
    parser.add_argument("--colleagues", type=int, default=8)
    parser.add_argument("--pause", type=float, default=0.1,
                        help="seconds each colleague waits after a save (a person typing "
                             "non-stop autosaves about every 0.6 s)")
    parser.add_argument("--server", default=os.environ.get("FRAMEWORK_READY_TEST_POSTGRES", ""))
    parser.add_argument("--colleague", type=int, help=argparse.SUPPRESS)
    parser.add_argument("--database", help=argparse.SUPPRESS)
    parser.add_argument("--start", type=float, help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.colleague is not None:
        colleague(args.colleague, args.database, args.start, args.seconds, args.pause)
        return
    if not args.server.startswith("postgresql"):
        raise SystemExit("Give --server postgresql+psycopg://… (or set "
                         "FRAMEWORK_READY_TEST_POSTGRES: eval \"$(.ci/postgres start)\")")
    run(args.server, args.colleagues, args.seconds, args.pause)


if __name__ == "__main__":
    main()
