"""The Qt user interface: main window, pages, item models and dialogs.

Importing this package first makes PySide6's import hook cheap. PySide6 replaces `__import__` and,
for every module imported after it, calls `inspect.getsource()` to look for the word "PySide6"
(for its optional `__feature__` switches, which this app does not use). That tokenises and keeps
the source of every later module in memory: about 20 MiB and 35 ms for SQLAlchemy alone. The
replacement asks the same question by reading the file's bytes; anything unusual goes to
PySide6's own check, and if a PySide6 release drops the hook nothing is changed.
"""

from __future__ import annotations

import sys
from types import ModuleType

import PySide6.QtCore  # noqa: F401 - installs the hook this module tunes


def _install_quick_pyside_check() -> None:
    feature = sys.modules.get("shibokensupport.feature")
    upstream = getattr(feature, "_mod_uses_pyside", None)
    if feature is None or upstream is None or getattr(upstream, "quick", False):
        return

    def mod_uses_pyside(module: ModuleType) -> bool:
        path = getattr(module, "__file__", None)
        if not isinstance(path, str) or not path.endswith(".py"):
            return upstream(module)
        try:
            with open(path, "rb") as source:  # noqa: PTH123 - the hot path: no Path object
                return b"PySide6" in source.read()
        except OSError:
            return upstream(module)

    mod_uses_pyside.quick = True  # type: ignore[attr-defined]
    vars(feature)["_mod_uses_pyside"] = mod_uses_pyside  # a private name: set, not declared


_install_quick_pyside_check()
