"""Find the app's data folders (forms/, resources/) wherever the app runs from.

From the source tree they sit beside the `desktop` package; in an installed wheel and in a
PyInstaller build they are shipped inside it (`desktop/forms`, `desktop/resources`).
"""

from __future__ import annotations

import sys
from functools import cache
from pathlib import Path


@cache
def data_folder(name: str) -> Path:
    """Return the folder `name` ("forms" or "resources"), shipped or from the source tree."""
    package = Path(__file__).resolve().parent  # where importlib.resources would look, unloaded
    candidates = [package / name]
    frozen_root = getattr(sys, "_MEIPASS", None)
    if frozen_root:
        candidates.append(Path(frozen_root) / "desktop" / name)
    candidates.append(package.parent / name)
    for candidate in candidates:
        if candidate.is_dir():
            return candidate
    raise FileNotFoundError(f"The app's {name!r} folder is missing: looked in {candidates}")


def forms_folder() -> Path:
    return data_folder("forms")


def framework_packs() -> list[Path]:
    """Every framework pack shipped with the app, in a stable order."""
    return sorted((forms_folder() / "frameworks").glob("*.toml"))
