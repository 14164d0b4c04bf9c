"""``--self-check`` and ``--version``: what packaging and support rely on."""

from __future__ import annotations

import os
import shutil
import sqlite3
import subprocess

import pytest

from openup_desktop import __version__
from tests.helpers.processes import run_openup

pytestmark = pytest.mark.e2e


def test_self_check_prints_ok_with_versions_and_creates_the_database(tmp_path):
    data = tmp_path / "new-folder"
    result = run_openup("--data-dir", str(data), "--self-check")
    assert result.returncode == 0, result.stderr
    line = result.stdout.strip().splitlines()[-1]
    assert line.startswith(f"OK OpenUp {__version__}")
    assert "Qt 6." in line and "PySide6" in line and "SQLite" in line
    with sqlite3.connect(data / "openup.db") as conn:
        assert conn.execute("PRAGMA journal_mode").fetchone()[0] == "wal"
        tables = {r[0] for r in conn.execute("SELECT name FROM sqlite_master WHERE type='table'")}
    assert {"partners", "settings", "_sqlite_migrations"} <= tables


def test_version_flag():
    result = run_openup("--version")
    assert result.returncode == 0
    assert result.stdout.strip() == f"OpenUp {__version__}"


def test_random_bytes_database_is_moved_aside_never_deleted(tmp_path):
    garbage = os.urandom(64 * 1024)
    (tmp_path / "openup.db").write_bytes(garbage)
    result = run_openup("--data-dir", str(tmp_path), "--self-check")
    assert result.returncode == 0, result.stderr
    assert "started fresh" in result.stderr
    kept = list(tmp_path.glob("openup.db.damaged-*"))
    assert len(kept) == 1 and kept[0].read_bytes() == garbage
    assert run_openup("--data-dir", str(tmp_path), "--self-check").returncode == 0


def test_truncated_database_is_moved_aside(tmp_path):
    good = tmp_path / "good"
    assert run_openup("--data-dir", str(good), "--self-check").returncode == 0
    conn = sqlite3.connect(good / "openup.db")
    with conn:
        conn.execute("CREATE TABLE filler (x)")
        conn.executemany("INSERT INTO filler VALUES (?)", [("x" * 500,)] * 200)
    conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    conn.close()
    data = good / "openup.db"
    content = data.read_bytes()
    data.write_bytes(content[: len(content) // 3])
    result = run_openup("--data-dir", str(good), "--self-check")
    assert result.returncode == 0, result.stderr
    assert "damaged" in result.stderr
    assert list(good.glob("openup.db.damaged-*"))


@pytest.fixture
def read_only_folder(tmp_path):
    folder = tmp_path / "locked"
    folder.mkdir()
    if os.geteuid() == 0:
        # Root ignores permission bits; the immutable flag stops even root.
        if shutil.which("chattr") is None:
            pytest.fail("running as root needs chattr to make a read-only folder")
        subprocess.run(["chattr", "+i", str(folder)], check=True)
        yield folder
        subprocess.run(["chattr", "-i", str(folder)], check=True)
    else:
        folder.chmod(0o555)
        yield folder
        folder.chmod(0o755)


def test_read_only_data_folder_gives_a_clear_message_and_fails(read_only_folder):
    result = run_openup("--data-dir", str(read_only_folder), "--self-check")
    assert result.returncode != 0
    assert "can't" in result.stderr and str(read_only_folder) in result.stderr
    assert "Traceback" not in result.stderr
    assert list(read_only_folder.iterdir()) == []


@pytest.mark.parametrize("name", ["pct%25dir", "us #1?"])
def test_the_issue_s_own_folder_names_keep_their_data_across_starts(tmp_path, name):
    """The issue's reproduction: ``--data-dir "pct%25dir"`` found the data "damaged" each time."""
    data = tmp_path / name
    for _ in range(2):
        result = run_openup("--data-dir", str(data), "--self-check")
        assert result.returncode == 0, result.stderr
        assert "NOTICE" not in result.stderr and "damaged" not in result.stderr
    assert not list(data.glob("*.damaged-*"))
    assert sorted(p.name for p in tmp_path.iterdir()) == [name]
