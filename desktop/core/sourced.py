"""Where the app's own data files (routes, regimes, calendars in forms/) say each fact comes
from: a `[[sources]]` list, and on each entry a `source` code and a `certainty`."""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

from desktop.core.catalogue import Provenance
from desktop.declarative import OPTIONAL_TEXT, TEXT, TomlReader

SOURCE_KEYS = {"code": TEXT, "title": TEXT, "url": TEXT, "published": OPTIONAL_TEXT}
CERTAINTIES = ("confirmed", "inferred", "check")


def read_sources(reader: TomlReader, raw: Any) -> dict[str, dict[str, Any]]:
    """The file's `[[sources]]` by code, each checked (a url on every one)."""
    sources = {}
    for index, entry in enumerate(raw):
        source = reader.entry("sources", index, entry, SOURCE_KEYS)
        sources[source["code"]] = source
    return sources


def provenance(reader: TomlReader, sources: Mapping[str, Mapping[str, Any]],
               entry: Mapping[str, Any], header: str, index: int | None) -> Provenance:
    """The entry's source (one of `sources`) and certainty, or the file's error saying why not."""
    source = sources.get(str(entry["source"]))
    if source is None:
        raise reader.fail(header, index, "source", f'"{entry["source"]}" is not one of the '
                          "[[sources]]")
    if entry["certainty"] not in CERTAINTIES:
        raise reader.fail(header, index, "certainty", "should be confirmed, inferred or check")
    return Provenance(source["code"], source["title"], source["url"], str(entry["certainty"]))
