"""One person's first run, for test_first_run.py: opens the database given as the argument,
prints READY, waits for a line "NAME" on standard input (so several processes start at the same
moment), makes the first organisation with that name and prints one JSON line: the organisation
it got, whether it made it, and any traceback."""

from __future__ import annotations

import json
import sys
import traceback

from desktop.app.workspace import open_workspace
from desktop.core.organisation_records import first_organisation
from desktop.paths import resolve_database


def serve(database: str) -> None:
    workspace = open_workspace(resolve_database(database))
    print("READY", flush=True)
    name = sys.stdin.readline().strip()
    result: dict[str, object] = {}
    try:
        organisation, made = first_organisation(workspace.database, name)
        result = {"id": organisation.id, "name": organisation.name, "made": made}
    except BaseException:
        result = {"crash": traceback.format_exc()}
    workspace.close()
    print(json.dumps(result), flush=True)


if __name__ == "__main__":
    serve(sys.argv[1])
