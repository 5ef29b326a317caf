"""Qt bindings known to crash the app: refused at start, before any window, with the fix named.

pyproject.toml excludes them from installs, but an environment can still hold one (installed by
hand, or by another program sharing it), and the crash would come hours later, mid-typing.
"""

from __future__ import annotations

import PySide6
from PySide6.QtCore import QCoreApplication

# 6.12.0 drops a reference to None on every call that returns nothing: Python 3.11 crashes
# after a few thousand calls (tests/ui/test_bindings.py shows it at once).
KNOWN_TO_CRASH = frozenset({"6.12.0"})
SOUND_VERSION = "6.11.3"  # the one requirements/app.txt pins (a test keeps the two the same)


def binding_problem() -> str:
    """What is wrong with the installed PySide6, in plain words with the fix; "" when sound."""
    version = PySide6.__version__
    if version not in KNOWN_TO_CRASH:
        return ""
    return QCoreApplication.translate(
        "bindings", "PySide6 {version} is known to crash Framework Ready, so it will not start. "
        "Reinstall it with: pip install 'PySide6-Essentials=={sound}'").format(
            version=version, sound=SOUND_VERSION)
