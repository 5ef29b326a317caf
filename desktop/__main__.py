"""`python -m desktop` and the `framework-ready` command: parse the arguments, then run."""

from __future__ import annotations

import logging
import sys


def main() -> None:
    from desktop.cli.main import main as cli_main

    # For this process only: a library's clean-up that fails after the real failure (openpyxl's
    # half-written zip on a full disk, collected as the process ends) would print "Exception
    # ignored…" on the person's screen. It goes to the log instead.
    sys.unraisablehook = lambda failure: logging.getLogger("desktop").info(
        "Ignored during clean-up: %r", failure.exc_value)
    sys.exit(cli_main())


if __name__ == "__main__":
    main()
