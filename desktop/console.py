"""Output the command line can always write: every character the app holds (ŵ, ŷ, —, ’).

On Windows, Python writes output that goes to a file or another program (`> answers.json`,
`| more`) in the ANSI code page, cp1252 in the UK, unless it runs in UTF-8 mode; cp1252 has
no ŵ or ŷ, so a Welsh name would stop the command half-way. A console window is written in
Unicode by Python itself. So output that is not a console is switched to UTF-8, as it is on
Linux and macOS.
"""

from __future__ import annotations

import sys


def utf8_when_redirected() -> None:
    for stream in (sys.stdout, sys.stderr):
        if stream is None or not hasattr(stream, "reconfigure"):
            continue  # a windowed program has no output at all
        encoding = (stream.encoding or "").lower().replace("-", "").replace("_", "")
        if encoding != "utf8" and not stream.isatty():
            stream.reconfigure(encoding="utf-8")
