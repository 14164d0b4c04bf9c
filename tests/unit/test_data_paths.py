"""Data folders with awkward names: a ``%``, ``#`` or ``?`` must never make a healthy history
look damaged (moved aside on every start), nor let a damaged one pass its check.

Each folder is started twice through the same ``build_context`` the app, ``--self-check`` and
the gallery use, and every check looks at what a couple would notice: the history still there,
nothing moved aside, nothing created beside the folder.
"""

from __future__ import annotations

import os
import sqlite3
from pathlib import Path, PureWindowsPath
from urllib.parse import unquote, urlsplit

import pytest

from openup_desktop.context import build_context
from openup_desktop.core.clock import FakeClock
from openup_desktop.files.sqlite_paths import sqlite_uri, uri_for_absolute_path
from openup_desktop.paths import resolve_paths
from openup_desktop.store.backups import BackupManager
from openup_desktop.store.database import check_database
from openup_desktop.vault.kdf import KdfParams
from tests.helpers.db import full

FAST_KDF = KdfParams(memory_kib=64, iterations=1, lanes=1)

#: Names a Windows user folder, a Mac volume or a couple's own choice can really have.
AWKWARD_NAMES = {
    "percent": "100% ours",
    "percent-encoded": "pct%25dir",
    "percent-hex-pair": "a%2Fb%00c",
    "hash": "us #1",
    "question-mark": "why?not",
    "query-look-alike": "x?mode=rwc&cache=shared",
    "spaces": "  two  spaces  ",
    "non-ascii": "Zoë y Ñandú 日本 😊",
    "very-long": "l" * 200,
}


def _start(data_dir: Path):  # type: ignore[no-untyped-def]
    paths = resolve_paths(data_dir)
    paths.ensure()
    return build_context(paths, clock=FakeClock(), kdf_params=FAST_KDF)


def _everything_under(folder: Path) -> set[str]:
    return {str(p.relative_to(folder)) for p in folder.rglob("*")}


@pytest.mark.parametrize("name", AWKWARD_NAMES.values(), ids=AWKWARD_NAMES.keys())
def test_history_in_an_awkward_folder_survives_starting_twice(qapp, tmp_path, name):
    parent = tmp_path / "parent"
    parent.mkdir()
    data_dir = parent / name / "nested #2 %41"  # the awkward part is not only the last one
    first = _start(data_dir)
    assert first.database.notice is None
    assert first.app.completeFirstRun("Sam", "#B4432F", "Alex", "#2F5E8C") == ""
    talk = first.bridges["Talk"]
    first.bridges["TalkSetup"].firstSpeaker = 0
    assert talk.start() == ""
    talk.passTurn()
    first.close()

    second = _start(data_dir)
    try:
        assert second.database.notice is None, second.database.notice
        assert second.database.moved_aside_to is None
        assert not second.app.firstRunNeeded
        assert full(second.database.db)["talks"].count == 1
        assert full(second.database.db)["turns"].count >= 1
    finally:
        second.close()
    assert not list(data_dir.glob("*.damaged-*"))
    assert sorted(os.listdir(parent)) == [name]  # nothing opened or created beside the folder
    assert sorted(os.listdir(data_dir.parent)) == ["nested #2 %41"]


@pytest.mark.parametrize("name", AWKWARD_NAMES.values(), ids=AWKWARD_NAMES.keys())
def test_a_really_damaged_file_in_an_awkward_folder_is_still_caught(qapp, tmp_path, name):
    data_dir = tmp_path / name
    data_dir.mkdir()
    junk = os.urandom(16 * 1024)
    (data_dir / "openup.db").write_bytes(junk)
    assert check_database(data_dir / "openup.db") is not None
    context = _start(data_dir)
    try:
        assert context.database.notice and "started fresh" in str(context.database.notice)
        moved = context.database.moved_aside_to
        assert moved is not None and moved.parent == data_dir and moved.read_bytes() == junk
    finally:
        context.close()
    assert sorted(os.listdir(tmp_path)) == [name]


@pytest.mark.parametrize("name", AWKWARD_NAMES.values(), ids=AWKWARD_NAMES.keys())
def test_backups_of_an_awkward_folder_are_checked_and_listed(qapp, tmp_path, name):
    data_dir = tmp_path / name
    context = _start(data_dir)
    context.app.completeFirstRun("Sam", "#B4432F", "Alex", "#2F5E8C")
    context.close()
    live = data_dir / "openup.db"
    manager = BackupManager(data_dir, FakeClock())
    conn = sqlite3.connect(live)
    try:
        made = manager.backup_now(conn, "daily")
    finally:
        conn.close()
    listed = manager.list_backups()
    assert [(b.path, b.ok) for b in listed] == [(made.path, True)]
    result = manager.restore(listed[0], live, close_live=lambda: None)
    assert result.moved_aside_to is None and result.before_restore is not None
    assert check_database(live) is None


def test_a_missing_file_is_never_created_by_the_check(tmp_path):
    folder = tmp_path / "why?#%25"
    folder.mkdir()
    assert check_database(folder / "openup.db") is not None
    assert os.listdir(folder) == [] and os.listdir(tmp_path) == [folder.name]


def test_the_uri_names_the_very_file_on_posix(tmp_path):
    folder = tmp_path / "a%25b#c?d e ë"
    folder.mkdir()
    path = folder / "openup.db"
    sqlite3.connect(path).close()
    uri = sqlite_uri(path, "ro")
    parts = urlsplit(uri)
    assert parts.scheme == "file" and parts.netloc == "" and not parts.fragment
    assert parts.query == "mode=ro"
    assert unquote(parts.path) == str(path.resolve())


@pytest.mark.parametrize(
    ("windows_path", "expected"),
    [
        (
            r"C:\Users\Zoë\100%25 #1?\OpenUp\openup.db",
            "file:///C:/Users/Zo%C3%AB/100%2525%20%231%3F/OpenUp/openup.db?mode=ro",
        ),
        # A network share: SQLite refuses a URI authority, so the server goes into the path.
        (r"\\nas\home\OpenUp\openup.db", "file:////nas/home/OpenUp/openup.db?mode=ro"),
        # Long-path prefixes resolve() may leave on: SQLite wants the plain form.
        (r"\\?\C:\very\long\openup.db", "file:///C:/very/long/openup.db?mode=ro"),
        (r"\\?\UNC\nas\home\openup.db", "file:////nas/home/openup.db?mode=ro"),
    ],
)
def test_windows_paths_become_the_uris_sqlite_reads_on_windows(windows_path, expected):
    """The same function builds the URI on every system; here it is fed Windows paths."""
    assert uri_for_absolute_path(PureWindowsPath(windows_path), "ro") == expected


def test_two_launches_checking_the_folder_at_once_both_find_it_writable(tmp_path, monkeypatch):
    """Found by double-clicking twice on a first start: each launch wrote and deleted the same
    probe file, so the slower one found its probe gone and said the folder could not be used.
    Here the second launch checks in the middle of the first one's check."""
    from pathlib import Path

    from openup_desktop.paths import check_writable

    write_bytes = Path.write_bytes
    other_launch_done: list[bool] = []

    def write_then_the_other_launch_checks(self: Path, data: bytes) -> int:
        written = write_bytes(self, data)
        if not other_launch_done:
            other_launch_done.append(True)
            check_writable(self.parent)  # writes and deletes its own probe meanwhile
        return written

    monkeypatch.setattr(Path, "write_bytes", write_then_the_other_launch_checks)
    check_writable(tmp_path)  # raised DataFolderError ("No such file or directory") before
    assert other_launch_done
    assert list(tmp_path.iterdir()) == [], "no probe is left behind"
