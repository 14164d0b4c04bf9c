"""The licence list shipped in assets/licenses/ is complete and readable.

Every entry of index.json points at a non-empty text, and every distribution OpenUp needs at run
time (its requirements, walked recursively, extras excluded) has an entry. When a dependency is
added, run ``python packaging/update_licences.py``.
"""

from __future__ import annotations

import contextlib
import json
import logging
import re
import tomllib
from importlib import metadata
from pathlib import Path

import pytest
from packaging.requirements import Requirement
from PySide6.QtCore import qVersion

from openup_desktop import __version__
from openup_desktop.bridge.licences import Licences, load_licences

REPO = Path(__file__).resolve().parents[2]
LICENSES = REPO / "assets" / "licenses"
INDEX = LICENSES / "index.json"
FIX = "run `python packaging/update_licences.py` and commit assets/licenses/"


def normalise(name: str) -> str:
    return re.sub(r"[-_.]+", "-", name).lower()


def components() -> list[dict]:
    return json.loads(INDEX.read_text(encoding="utf-8"))["components"]


def root_requirements() -> list[Requirement]:
    """openup-desktop's requirements: as installed (CI installs it), and as the checkout's
    pyproject.toml declares them (the tests may run from a checkout that is not installed)."""
    texts = list(
        tomllib.loads((REPO / "pyproject.toml").read_text(encoding="utf-8"))["project"][
            "dependencies"
        ]
    )
    with contextlib.suppress(metadata.PackageNotFoundError):
        texts += metadata.distribution("openup-desktop").requires or []
    return [Requirement(text) for text in texts]


def runtime_distributions() -> set[str]:
    """Normalised names of every installed distribution OpenUp needs at run time."""
    todo = root_requirements()
    found: set[str] = set()
    while todo:
        requirement = todo.pop()
        if requirement.marker and not requirement.marker.evaluate({"extra": ""}):
            continue  # an extra, or not for this Python/platform
        key = normalise(requirement.name)
        if key in found:
            continue
        found.add(key)
        dist = metadata.distribution(requirement.name)  # raises if a dependency is missing
        todo += [Requirement(text) for text in dist.requires or []]
    return found


def test_walk_finds_the_direct_and_indirect_dependencies():
    found = runtime_distributions()
    assert {"pyside6-essentials", "shiboken6", "sqlite-utils", "cryptography"} <= found
    assert {"click", "python-dateutil", "cffi"} <= found  # only through other packages
    assert "pytest" not in found  # extras ("test") stay out


@pytest.mark.parametrize("entry", components(), ids=lambda entry: entry["name"])
def test_every_entry_points_at_an_existing_non_empty_file(entry):
    assert {"name", "version", "licence", "file", "url"} <= set(entry)
    assert entry["name"].strip() and entry["licence"].strip()
    path = LICENSES / entry["file"]
    assert path.parent == LICENSES and path.is_file(), f"{entry['file']} is missing; {FIX}"
    assert path.read_text(encoding="utf-8").strip(), f"{entry['file']} is empty"


def test_every_runtime_dependency_has_an_entry():
    covered = set()
    for entry in components():
        covered.add(normalise(entry["name"]))
        covered.update(normalise(name) for name in entry.get("distributions", []))
    missing = sorted(runtime_distributions() - covered)
    assert not missing, f"no licence entry for {', '.join(missing)}; {FIX}"


def test_the_core_licences_are_listed():
    by_name = {entry["name"]: entry for entry in components()}
    assert by_name["OpenUp"]["licence"] == "MIT"
    assert (LICENSES / by_name["OpenUp"]["file"]).read_text(encoding="utf-8") == (
        REPO / "LICENSE"
    ).read_text(encoding="utf-8")
    for name in ("Qt", "PySide6 and Shiboken6"):
        assert by_name[name]["licence"] == "LGPL-3.0-only"
    qt_text = (LICENSES / by_name["Qt"]["file"]).read_text(encoding="utf-8")
    assert "https://download.qt.io/official_releases/" in qt_text
    assert "https://code.qt.io/" in qt_text
    pyside_text = (LICENSES / by_name["PySide6 and Shiboken6"]["file"]).read_text(encoding="utf-8")
    assert "https://code.qt.io/cgit/pyside/pyside-setup.git" in pyside_text
    lgpl = [entry for entry in components() if entry["licence"] == "LGPL-3.0"]
    assert lgpl and "GNU LESSER GENERAL PUBLIC LICENSE" in (LICENSES / lgpl[0]["file"]).read_text(
        encoding="utf-8"
    )
    assert {"Python", "SQLite"} <= set(by_name)


def test_bridge_reads_every_entry_and_fills_in_runtime_versions():
    entries = load_licences()
    assert [entry["name"] for entry in entries] == [entry["name"] for entry in components()]
    by_name = {entry["name"]: entry for entry in entries}
    assert by_name["Qt"]["version"] == qVersion()
    assert by_name["OpenUp"]["version"] == __version__
    for entry in entries:
        assert set(entry) == {"name", "version", "licence", "text", "url"}
        assert entry["text"].strip()
        assert "{" not in entry["version"]


def test_licences_object_gives_qml_the_list():
    licences = Licences()
    assert licences.count == len(components())
    assert licences.entries[0]["name"] == "OpenUp"


def test_a_damaged_installation_shows_an_empty_list_not_a_crash(tmp_path, caplog):
    broken = tmp_path / "index.json"
    broken.write_text('{"components": [{"name": "X", "licence": "MIT", "file": "gone.txt"}]}')
    with caplog.at_level(logging.WARNING, logger="openup.bridge.licences"):
        assert Licences(broken).entries == []
    assert "could not be read" in caplog.text
