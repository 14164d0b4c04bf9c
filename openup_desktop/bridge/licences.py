"""The licences of OpenUp and of everything it ships, for the About screen.

The list lives in ``assets/licenses/index.json`` (written by ``packaging/update_licences.py``);
each entry names a text file beside it. Versions known only at run time are written there as
placeholders (``{qt}``, ``{pyside}``, ``{python}``, ``{sqlite}``, ``{openup}``) and filled in here.
"""

from __future__ import annotations

import json
import logging
import re
import sqlite3
import sys
from pathlib import Path

from PySide6 import __version__ as pyside_version
from PySide6.QtCore import Property, QObject, qVersion

from .. import __version__
from ..resources import asset

log = logging.getLogger("openup.bridge.licences")

INDEX_PARTS = ("licenses", "index.json")


def runtime_versions() -> dict[str, str]:
    """The versions OpenUp runs on (the log's first line, the About screen's licences)."""
    return {
        "openup": __version__,
        "qt": qVersion(),
        "pyside": pyside_version,
        "python": sys.version.split()[0],  # what platform.python_version() reads, without it
        "sqlite": sqlite3.sqlite_version,
    }


def load_licences(index: Path | None = None) -> list[dict[str, str]]:
    """Entries ``{name, version, licence, text, url}`` in the order of ``index.json``."""
    index = index or asset(*INDEX_PARTS)
    data = json.loads(index.read_text(encoding="utf-8"))
    versions = runtime_versions()
    entries = []
    for component in data["components"]:
        version = re.sub(
            r"\{(\w+)\}",
            lambda match: versions.get(match.group(1), ""),
            str(component.get("version", "")),
        )
        entries.append(
            {
                "name": str(component["name"]),
                "version": version,
                "licence": str(component["licence"]),
                "text": (index.parent / component["file"]).read_text(encoding="utf-8").strip(),
                "url": str(component.get("url", "")),
            }
        )
    return entries


class Licences(QObject):
    """Owns the list of licences the About screen shows (``Licences`` in QML): ``entries`` is a
    list of ``{name, version, licence, text, url}``, read from the index once, on first use,
    with the versions known only at run time filled in."""

    def __init__(self, index: Path | None = None, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._index = index
        self._entries: list[dict[str, str]] | None = None

    def _get_entries(self) -> list[dict[str, str]]:
        if self._entries is None:
            try:
                self._entries = load_licences(self._index)
            except (OSError, ValueError, KeyError) as error:
                # A damaged installation must not stop the About screen from opening.
                log.warning("Licence list could not be read: %s", error)
                self._entries = []
        return self._entries

    def _get_count(self) -> int:
        return len(self._get_entries())

    entries = Property(list, _get_entries, constant=True)
    count = Property(int, _get_count, constant=True)
