"""`python -m desktop` and the `framework-ready` command: parse the arguments, then run."""

from __future__ import annotations

import sys


def main() -> None:
    from desktop.cli.main import main as cli_main

    sys.exit(cli_main())


if __name__ == "__main__":
    main()
