"""The app's log: a small rotating file in the platform's log folder, private to the user.

It records what went wrong (exceptions, failed saves, backups) so that "Copy details" has
something to paste into a support email. It never records answers, names or file contents.
"""

from __future__ import annotations

import logging
import logging.handlers
from pathlib import Path

from desktop.paths import ensure_private_dir, log_dir, make_private_file

LOG_NAME = "framework-ready.log"
SIZE = 1_000_000
KEEP = 5


def start_logging(folder: Path | None = None) -> Path:
    """Send warnings and errors (and the app's own info) to the rotating log; return its path."""
    folder = ensure_private_dir(folder or log_dir())
    path = folder / LOG_NAME
    handler = logging.handlers.RotatingFileHandler(path, maxBytes=SIZE, backupCount=KEEP,
                                                   encoding="utf-8")
    handler.setFormatter(logging.Formatter("%(asctime)s %(levelname)s %(name)s: %(message)s"))
    root = logging.getLogger()
    if not any(isinstance(h, logging.handlers.RotatingFileHandler) and
               Path(h.baseFilename) == path for h in root.handlers):
        root.addHandler(handler)
    root.setLevel(logging.INFO)
    logging.getLogger("sqlalchemy").setLevel(logging.WARNING)  # no SQL (it holds answers)
    make_private_file(path)
    return path
