"""One colleague's command line, for test_team_load.py: for each line "DATABASE<tab>FILE" on
standard input, runs `framework-ready --database DATABASE answers import FILE` in this process
(Python starts once, so many rounds are quick) and prints one JSON line: the exit status, what
it said, any traceback."""

from __future__ import annotations

import contextlib
import io
import json
import sys
import traceback

from desktop.cli.main import main


def serve() -> None:
    print("READY", flush=True)
    for line in sys.stdin:
        database, file = line.rstrip("\n").split("\t")
        out, err = io.StringIO(), io.StringIO()
        status, crash = None, ""
        try:
            with contextlib.redirect_stdout(out), contextlib.redirect_stderr(err):
                status = main(["--database", database, "answers", "import", file])
        except BaseException:  # a traceback, or argparse giving up: what the test looks for
            crash = traceback.format_exc()
        print(json.dumps({"status": status, "out": out.getvalue(), "err": err.getvalue(),
                          "crash": crash}), flush=True)


if __name__ == "__main__":
    serve()
